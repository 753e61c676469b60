#pragma once

#include "Cli.h"
#include "core/common/Result.h"
#include "core/suggestie/Suggestie.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rd {
class Store;
struct Account;
} // namespace rd

namespace rd::cli {
class CommandLine;
}

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

// Commands that lay out pages (letters, reports): they need a QGuiApplication for the fonts.
bool laysOutPages(const QString &name);
// Whether this command line lays out pages: as laysOutPages, except a report written as CSV
// (--format csv, or no --format and --out '-' or a .csv file), which starts as a plain
// QCoreApplication (no platform plugin, no fonts: a third of a small report's time).
// `arguments` are those after the command name.
bool laysOutPages(const QString &name, const QStringList &arguments);
// Commands whose own --lang is not the message language (the letter's language): for them
// only a --lang before the command sets the messages' language.
bool ownsLangOption(const QString &name);

// StoreCommands.cpp
int runInit(const QStringList &arguments, const GlobalOptions &globals);
int runDemo(const QStringList &arguments, const GlobalOptions &globals);
int runCheck(const QStringList &arguments, const GlobalOptions &globals);
int runUpgrade(const QStringList &arguments, const GlobalOptions &globals);
// TaakstellingCommands.cpp
int runImportPopulation(const QStringList &arguments, const GlobalOptions &globals);
int runSetVg(const QStringList &arguments, const GlobalOptions &globals);
int runHerverdeling(const QStringList &arguments, const GlobalOptions &globals);
int runSetArt30(const QStringList &arguments, const GlobalOptions &globals);
// TaakstellingTable.cpp
int runQuota(const QStringList &arguments, const GlobalOptions &globals);
// HuishoudenCommands.cpp
// The household with a member with this V-nummer; an error naming it when there is none.
Result<qint64> huishoudenVan(Store &store, const QString &vNummer);
int runImportHouseholds(const QStringList &arguments, const GlobalOptions &globals);
int runExportHouseholds(const QStringList &arguments, const GlobalOptions &globals);
int runCouple(const QStringList &arguments, const GlobalOptions &globals);
int runUncouple(const QStringList &arguments, const GlobalOptions &globals);
// WeigeringCommands.cpp
int runRefusal(const QStringList &arguments, const GlobalOptions &globals);
int runJudge(const QStringList &arguments, const GlobalOptions &globals);
int runNewCandidate(const QStringList &arguments, const GlobalOptions &globals);
// TijdlijnCommands.cpp
int runReunification(const QStringList &arguments, const GlobalOptions &globals);
int runSelfHoused(const QStringList &arguments, const GlobalOptions &globals);
int runEvent(const QStringList &arguments, const GlobalOptions &globals);
// CasusCommands.cpp
int runCases(const QStringList &arguments, const GlobalOptions &globals);
// SuggestieCommands.cpp; the first four shared with PlanCommands.cpp:
QString vierDecimalen(double x); // "0.4200", never translated
// "GM0363", or "SV:12" for a partnership: what `couple` takes.
QString doelCode(const SuggestieDoel &d);
// Each factor's value and weighted contribution: "achterstand,achterstand_bijdrage,...", and
// the cells (empty for a factor not in the list).
QStringList factorKolommen();
QStringList factorCellen(const QList<FactorWaarde> &factoren);
int runSuggest(const QStringList &arguments, const GlobalOptions &globals);
int runSetWeights(const QStringList &arguments, const GlobalOptions &globals);
// ServerCommands.cpp
// The password for the server: REGIEDESK_PASSWORD, else a prompt without echo when stdin is a
// terminal, else empty (libpq's ~/.pgpass, peer or trust login).
QString serverWachtwoord(const QString &wie);
int runServer(const QStringList &arguments, const GlobalOptions &globals);
// AccountCommands.cpp; the helpers shared with `server account` in ServerCommands.cpp:
// --role, --region, --azc, --gemeente, --province
void addAccountOpties(CommandLine &cl);
// The account those options describe, named `naam`; none after a usage error (`code`).
std::optional<Account> leesAccountOpties(const CommandLine &cl, const QString &naam, int &code);
// A new password: REGIEDESK_NEW_PASSWORD, else asked twice at a terminal; none after a message.
std::optional<QString> nieuwWachtwoord(const CommandLine &cl, const QString &naam, int &code);
// The accounts as a table or CSV (--format): naam, rol, bereik; `geen` when there are none.
int toonAccounts(const CommandLine &cl, const Result<QList<Account>> &accounts,
                 const QString &geen);
int runAccounts(const QStringList &arguments, const GlobalOptions &globals);
// SyncCommands.cpp
int runConnect(const QStringList &arguments, const GlobalOptions &globals);
int runSync(const QStringList &arguments, const GlobalOptions &globals);
int runConflicts(const QStringList &arguments, const GlobalOptions &globals);
int runResolve(const QStringList &arguments, const GlobalOptions &globals);
// PlanCommands.cpp
int runPlan(const QStringList &arguments, const GlobalOptions &globals);
// RapportCommands.cpp
int runReport(const QStringList &arguments, const GlobalOptions &globals);
// JournaalCommands.cpp
int runLog(const QStringList &arguments, const GlobalOptions &globals);
int runVerify(const QStringList &arguments, const GlobalOptions &globals);
// BriefCommands.cpp
int runLetter(const QStringList &arguments, const GlobalOptions &globals);
int runLetters(const QStringList &arguments, const GlobalOptions &globals);

} // namespace rd::cli
