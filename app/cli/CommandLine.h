#pragma once

#include "Cli.h"
#include "Output.h"
#include "core/common/Result.h"
#include "core/domain/HalfJaar.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rd {
class Store;
}

namespace rd::cli {

// The parser's --help text with "regiedesk-cli" as the program name instead of argv[0].
QString helpText(const QCommandLineParser &parser);

// The options of one command plus the global ones (--db, --today, --lang), which may also
// stand before the command. Parse errors are usage errors (exit 2) that name the argument and
// point to --help; --help prints the command's usage on stdout (exit 0).
class CommandLine
{
public:
    // Whether --lang after the command is the global one (the messages' language) or an
    // option the command adds itself (the letter's language; see ownsLangOption).
    enum class LangOption
    {
        Messages,
        Own
    };

    // `command` is a name from commands(); its summary heads the --help text.
    CommandLine(const QString &command, const GlobalOptions &globals,
                LangOption lang = LangOption::Messages);

    // A required positional argument; a name ending in "..." takes one or more.
    void addArgument(const QString &name, const QString &description);
    void addOption(const QCommandLineOption &option);
    // --force: replace an output file that exists (without it the command refuses, exit 1).
    void addForceOption(const QString &description);
    bool force() const;

    // `arguments` are the command's own (after the command name). Returns an exit code when
    // the run ends here (--help, a parse error, a missing or unexpected argument).
    std::optional<int> parse(const QStringList &arguments);

    const QStringList &positional() const { return m_positional; }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QDate today() const { return m_today; }
    QString dbPath() const;
    // --user, trimmed and checked; empty when not given.
    QString user() const { return m_user; }
    // The password the store's local account was signed in with by openStore (empty when the
    // store has no local accounts): `accounts password` of one's own account gives it as the
    // current password.
    QString signInPassword() const { return m_signInPassword; }

    // Prints "regiedesk-cli: COMMAND: message" and the --help hint on stderr; returns ExitUsage.
    int usageError(const QString &message) const;

    // Typed arguments: on a bad value they print a usage error naming `name` and return nullopt.
    // The first argument as a V-nummer (ten digits, trimmed); nullopt after a usage error.
    std::optional<QString> vNummer() const;
    std::optional<HalfJaar> halfJaar(const QString &text, const QString &name) const;
    std::optional<qint64> nonNegative(const QString &text, const QString &name) const;
    std::optional<QDate> date(const QString &text, const QString &name) const;
    std::optional<int> regio(const QString &name) const; // the option `name`; 0 when not set
    // --format csv|table, a table when not given.
    void addTableFormatOption();
    // The format asked for; nullopt after a usage error naming it (the caller returns ExitUsage).
    std::optional<OutputFormat> tableFormat() const;
    // A required option's non-empty value, e.g. --reason.
    std::optional<QString> required(const QString &name) const;

    // Read: the file must exist and is only read (never migrated or written: an older store
    // is refused). Existing: the file must exist already (every write command but init and
    // demo), so a typing error in --db never creates a new store; an older one is migrated
    // after a backup. Create: init and demo, which make the file when it is missing.
    enum class StoreUse
    {
        Read,
        Existing,
        Create
    };
    Result<std::unique_ptr<Store>> openStore(StoreUse use) const;

private:
    QString m_command;
    GlobalOptions m_globals;
    QCommandLineParser m_parser;
    QStringList m_argumentNames;
    QStringList m_positional;
    QDate m_today;
    QString m_user; // --user; empty: the store's default (the login name)
    mutable QString m_signInPassword;
};

} // namespace rd::cli
