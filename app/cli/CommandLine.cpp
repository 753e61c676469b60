#include "CommandLine.h"

#include "core/validatie/Identificatie.h"

#include "Commands.h"
#include "Output.h"
#include "core/account/AccountService.h"
#include "core/domain/Regio.h"
#include "core/store/Store.h"
#include "core/validatie/TekstControle.h"

#include <QDir>
#include <QFileInfo>

namespace rd::cli {

namespace {

const QString dbOption = QStringLiteral("db");
const QString todayOption = QStringLiteral("today");
const QString userOption = QStringLiteral("user");
const QString langOption = QStringLiteral("lang");
const QString forceOption = QStringLiteral("force");

} // namespace

QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    if (!arguments.isEmpty()) {
        const qsizetype at = text.indexOf(arguments.constFirst());
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, arguments.constFirst().size(), QStringLiteral("regiedesk-cli"));
    }
    return text;
}

CommandLine::CommandLine(const QString &command, const GlobalOptions &globals, LangOption lang)
    : m_command(command), m_globals(globals)
{
    if (const Command *known = findCommand(command))
        m_parser.setApplicationDescription(QCoreApplication::translate("Cli", known->summary));
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(command, Cli::tr("The command."));
    m_parser.addOption(
        QCommandLineOption(dbOption, Cli::tr("The store FILE."), QStringLiteral("FILE")));
    m_parser.addOption(QCommandLineOption(todayOption,
                                          Cli::tr("Use DATE as today (for reproducible runs)."),
                                          QStringLiteral("DATE")));
    m_parser.addOption(QCommandLineOption(
        userOption, Cli::tr("Record changes as made by NAME (default: the login name)."),
        QStringLiteral("NAME")));
    if (lang == LangOption::Messages)
        m_parser.addOption(QCommandLineOption(
            langOption, Cli::tr("Language of the messages: nl or en."), QStringLiteral("nl|en")));
}

void CommandLine::addArgument(const QString &name, const QString &description)
{
    m_argumentNames << name;
    m_parser.addPositionalArgument(name, description);
}

void CommandLine::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void CommandLine::addForceOption(const QString &description)
{
    m_parser.addOption(QCommandLineOption(forceOption, description));
}

bool CommandLine::force() const
{
    return m_parser.isSet(forceOption);
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{QStringLiteral("regiedesk-cli")} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
        out() << helpText(m_parser);
        return ExitOk;
    }
    m_positional = m_parser.positionalArguments();
    const auto &names = m_argumentNames;
    const bool more = !names.isEmpty() && names.last().endsWith(QLatin1String("..."));
    if (m_positional.size() < names.size())
        return usageError(Cli::tr("missing argument %1").arg(names.at(m_positional.size())));
    if (!more && m_positional.size() > names.size())
        return usageError(Cli::tr("unexpected argument \"%1\"").arg(m_positional.at(names.size())));

    // --user is a name as the intake form's names are: one line, no control characters.
    const QString userText =
        m_parser.isSet(userOption) ? m_parser.value(userOption) : m_globals.user;
    m_user = userText.trimmed();
    if (m_parser.isSet(userOption) || !m_globals.user.isEmpty()) {
        if (m_user.isEmpty())
            return usageError(Cli::tr("--user is empty; give a name"));
        if (const QString fout = tekstFout(m_user, TekstSoort::Regel, maxNaamLengte);
            !fout.isEmpty())
            return usageError(Cli::tr("--user \"%1\": %2").arg(userText, fout));
    }
    const QString todayText =
        m_parser.isSet(todayOption) ? m_parser.value(todayOption) : m_globals.today;
    if (todayText.isEmpty()) {
        m_today = QDate::currentDate();
    } else {
        const auto today = date(todayText, QStringLiteral("--today"));
        if (!today)
            return ExitUsage;
        m_today = *today;
    }
    return std::nullopt;
}

QString CommandLine::dbPath() const
{
    if (m_parser.isSet(dbOption))
        return m_parser.value(dbOption);
    return m_globals.db.isEmpty() ? Store::defaultPath() : m_globals.db;
}

int CommandLine::usageError(const QString &message) const
{
    out().flush();
    err() << QStringLiteral("regiedesk-cli: ") << m_command << QStringLiteral(": ") << message
          << '\n'
          << Cli::tr("Try 'regiedesk-cli %1 --help'.").arg(m_command) << Qt::endl;
    return ExitUsage;
}

std::optional<QString> CommandLine::vNummer() const
{
    const QString tekst = positional().value(0).trimmed();
    if (!isGeldigVNummer(tekst)) {
        usageError(Cli::tr("V-NUMMER \"%1\" is not a V-nummer (ten digits)").arg(tekst));
        return std::nullopt;
    }
    return tekst;
}

std::optional<HalfJaar> CommandLine::halfJaar(const QString &text, const QString &name) const
{
    auto result = HalfJaar::parse(text);
    if (!result)
        usageError(Cli::tr("%1 \"%2\" is not a half-year such as 2025-H1").arg(name, text));
    return result;
}

std::optional<qint64> CommandLine::nonNegative(const QString &text, const QString &name) const
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0) {
        usageError(Cli::tr("%1 \"%2\" is not a whole number of zero or more").arg(name, text));
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> CommandLine::date(const QString &text, const QString &name) const
{
    const QDate value = QDate::fromString(text, Qt::ISODate);
    if (!value.isValid() || text.size() != 10) {
        usageError(Cli::tr("%1 \"%2\" is not a date such as 2025-03-31").arg(name, text));
        return std::nullopt;
    }
    return value;
}

std::optional<int> CommandLine::regio(const QString &name) const
{
    if (!m_parser.isSet(name))
        return 0;
    const QString text = m_parser.value(name);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > regio::aantal) {
        usageError(Cli::tr("--%1 \"%2\" is not a region (1 to %3)")
                       .arg(name, text, QString::number(regio::aantal)));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> CommandLine::required(const QString &name) const
{
    const QString value = m_parser.value(name).trimmed();
    if (!m_parser.isSet(name) || value.isEmpty()) {
        usageError(Cli::tr("the option --%1 is required").arg(name));
        return std::nullopt;
    }
    return value;
}

Result<std::unique_ptr<Store>> CommandLine::openStore(StoreUse use) const
{
    const QString path = dbPath();
    if (use != StoreUse::Create && !QFileInfo::exists(path))
        return Error{
            path, Cli::tr("does not exist; create it with 'regiedesk-cli --db %1 init'").arg(path)};
    const Store::Mode mode = use == StoreUse::Read       ? Store::Mode::ReadOnly
                             : use == StoreUse::Existing ? Store::Mode::ReadWrite
                                                         : Store::Mode::Create;
    auto store = Store::open(path, mode);
    if (!store)
        return store;
    if (!m_user.isEmpty())
        (*store)->setGebruiker(m_user);
    // A store with local accounts signs in first: --user (else the login name) and its password;
    // every change is then checked against the account's role and scope (docs/sync.md).
    const QString naam = (*store)->gebruiker();
    auto wie = account::meldAan(**store, naam, [&] {
        m_signInPassword =
            vraagWachtwoord("REGIEDESK_PASSWORD", Cli::tr("Password for %1: ").arg(naam));
        return m_signInPassword;
    });
    if (!wie) {
        if (m_user.isEmpty())
            return Error{wie.error().where,
                         Cli::tr("%1 (this store has accounts: give --user NAME, and the "
                                 "password at the prompt or in REGIEDESK_PASSWORD)")
                             .arg(wie.error().message)};
        return wie.error();
    }
    return store;
}

void CommandLine::addTableFormatOption()
{
    addOption(QCommandLineOption(QStringLiteral("format"),
                                 Cli::tr("Output as a table (default) or CSV."),
                                 QStringLiteral("csv|table"), QStringLiteral("table")));
}

std::optional<OutputFormat> CommandLine::tableFormat() const
{
    const QString tekst = value(QStringLiteral("format"));
    const auto formaat = parseOutputFormat(tekst);
    if (!formaat)
        usageError(Cli::tr("--format \"%1\" is not csv or table").arg(tekst));
    return formaat;
}

} // namespace rd::cli
