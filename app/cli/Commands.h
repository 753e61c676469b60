#pragma once

#include "Cli.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rd::cli {

// One command: `arguments` are everything after the command name; the return value is the
// process exit code (see ExitCode).
using CommandFunction = int (*)(const QStringList &arguments, const GlobalOptions &globals);

struct Command
{
    QString name;
    const char *summary; // source text, translated in context "Cli" when shown
    CommandFunction run;
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);

// StoreCommands.cpp
int runInit(const QStringList &arguments, const GlobalOptions &globals);
int runDemo(const QStringList &arguments, const GlobalOptions &globals);
// QuotaCommands.cpp
int runImportPopulation(const QStringList &arguments, const GlobalOptions &globals);
int runSetVg(const QStringList &arguments, const GlobalOptions &globals);
int runHerverdeling(const QStringList &arguments, const GlobalOptions &globals);
// QuotaTable.cpp
int runQuota(const QStringList &arguments, const GlobalOptions &globals);
// HouseholdCommands.cpp
int runImportHouseholds(const QStringList &arguments, const GlobalOptions &globals);
int runExportHouseholds(const QStringList &arguments, const GlobalOptions &globals);
int runCouple(const QStringList &arguments, const GlobalOptions &globals);
int runUncouple(const QStringList &arguments, const GlobalOptions &globals);
// CaseCommands.cpp
int runCases(const QStringList &arguments, const GlobalOptions &globals);

} // namespace rd::cli
