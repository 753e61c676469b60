#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rd::cli {

// Every user-visible string of the command line is translated under the context "Cli".
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// 0: done; 1: the input or the store was refused (bad file, refused action, unknown
// V-nummer); 2: the command line itself is wrong (unknown command, missing argument).
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

// Options valid before and after the command.
struct GlobalOptions
{
    QString db;    // --db FILE; empty: Store::defaultPath()
    QString today; // --today YYYY-MM-DD, as written; empty: the system date
    QString lang;  // --lang nl|en
    QString user;  // --user NAME, recorded with each change; empty: the login name
};

} // namespace rd::cli
