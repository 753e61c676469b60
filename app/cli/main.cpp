// regiedesk-cli [--db FILE] COMMAND [args]: the store from the command line. Only wiring:
// arguments are parsed here and in the command files, the work is done by core services.
#include "Cli.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace {

using namespace rd::cli;

// Where the command name stands in `arguments` (argv, the program first): the first argument
// that is neither a global option nor its value; -1 when there is none.
qsizetype commandIndex(const QStringList &arguments)
{
    static const QStringList withValue{QStringLiteral("--db"), QStringLiteral("--today"),
                                       QStringLiteral("--lang"), QStringLiteral("--user")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (withValue.contains(argument)) {
            ++i;
            continue;
        }
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!argument.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

// The command that will run: "help COMMAND" runs COMMAND's help.
QString commandName(const QStringList &arguments)
{
    const qsizetype at = commandIndex(arguments);
    if (at < 0)
        return {};
    if (arguments.at(at) == QLatin1String("help"))
        return arguments.value(at + 1);
    return arguments.at(at);
}

// --lang has to be known before any help text is built, so it is looked up ahead of parsing.
// The letter commands have a --lang of their own (the letter's language): for them only a
// --lang before the command sets the language of the messages.
QString requestedLanguage(const QStringList &arguments)
{
    const qsizetype at = commandIndex(arguments);
    const qsizetype end = at >= 0 && ownsLangOption(commandName(arguments)) ? at : arguments.size();
    for (qsizetype i = 1; i < end; ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < end)
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

void installTranslator(QCoreApplication &app, const QString &language)
{
    auto *translator = new QTranslator(&app);
    const QString folder = QStringLiteral(":/i18n");
    // Without --lang the system's language; in a locale of neither language (C, as on a
    // server) the English messages, so that their plurals read "1 household", not "(s)".
    const bool loaded = language.isEmpty()
                            ? translator->load(QLocale(), QStringLiteral("regiedesk"),
                                               QStringLiteral("_"), folder) ||
                                  translator->load(QStringLiteral("regiedesk_en"), folder)
                            : translator->load(QStringLiteral("regiedesk_") + language, folder);
    if (loaded)
        QCoreApplication::installTranslator(translator);
    // Numbers and dates in reports and PDFs follow the language chosen, as in the window:
    // "150,0" and "1.234" in Dutch.
    if (language == QLatin1String("nl"))
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    else if (language == QLatin1String("en"))
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QString mainHelp(const QCommandLineParser &parser)
{
    QString text = helpText(parser);
    text += QLatin1Char('\n') + Cli::tr("Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const auto &command : commands())
        width = std::max(width, int(command.name.size()));
    for (const auto &command : commands())
        text += QStringLiteral("  ") + command.name.leftJustified(width + 2) +
                QCoreApplication::translate("Cli", command.summary) + QLatin1Char('\n');
    text += QLatin1Char('\n') +
            Cli::tr("Run 'regiedesk-cli COMMAND --help' for the arguments of a command.\n"
                    "Exit codes: 0 done, 1 refused (bad file, refused action, store cannot be "
                    "opened), 2 wrong command line.") +
            QLatin1Char('\n');
    return text;
}

int usageError(const QString &message)
{
    err() << QStringLiteral("regiedesk-cli: ") << message << '\n'
          << Cli::tr("Try 'regiedesk-cli --help'.") << Qt::endl;
    return ExitUsage;
}

int run(QCoreApplication &app)
{
    const QStringList arguments = QCoreApplication::arguments();
    const QString language = requestedLanguage(arguments);
    if (!language.isEmpty() && language != QLatin1String("nl") && language != QLatin1String("en"))
        return usageError(Cli::tr("--lang \"%1\" is not nl or en").arg(language));
    installTranslator(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Regiedesk on the command line: the store, quota and couplings."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        Cli::tr("The store FILE (default: the window's store, %1).").arg(rd::Store::defaultPath()),
        QStringLiteral("FILE"));
    const QCommandLineOption today(
        QStringLiteral("today"), Cli::tr("Use DATE (YYYY-MM-DD) as today, for reproducible runs."),
        QStringLiteral("DATE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  Cli::tr("Language of the messages: nl or en."),
                                  QStringLiteral("nl|en"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        Cli::tr("Record changes as made by NAME (default: the login name)."),
        QStringLiteral("NAME"));
    parser.addOptions({db, today, lang, user});
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("One of the commands below."),
                                 QStringLiteral("COMMAND [args]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QStringLiteral("regiedesk-cli %1\n").arg(QStringLiteral(REGIEDESK_VERSION));
        return ExitOk;
    }
    QStringList rest = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        out() << mainHelp(parser);
        return ExitOk;
    }
    if (rest.isEmpty())
        return usageError(Cli::tr("missing COMMAND"));

    // "help COMMAND" is the same as "COMMAND --help".
    if (rest.first() == QLatin1String("help")) {
        if (rest.size() == 1) {
            out() << mainHelp(parser);
            return ExitOk;
        }
        rest = QStringList{rest.at(1), QStringLiteral("--help")};
    }
    const Command *command = findCommand(rest.first());
    if (!command)
        return usageError(Cli::tr("unknown command \"%1\"").arg(rest.first()));
    const GlobalOptions globals{parser.value(db), parser.value(today), language,
                                parser.value(user)};
    return command->run(rest.mid(1), globals);
}

// Without a login session (cron, ssh) XDG_RUNTIME_DIR is unset and QGuiApplication warns on
// stderr before falling back to a folder of its own. The offscreen platform needs no runtime
// folder; give it a private one (0700, as the XDG spec asks), so stderr keeps only our messages.
void provideRuntimeFolder()
{
#ifndef Q_OS_WIN
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString folder =
        QDir::tempPath() + QStringLiteral("/regiedesk-runtime-%1").arg(uint(getuid()));
    if (!QDir().mkpath(folder))
        return;
    if (!QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
#endif
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Letters and reports lay out text (QTextDocument, QPdfWriter): that needs the fonts of a
    // QGuiApplication, which runs without a display on the offscreen platform. The other
    // commands, and a report written as CSV, stay a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    const bool help = arguments.contains(QLatin1String("--help")) ||
                      arguments.contains(QLatin1String("-h")) ||
                      arguments.contains(QLatin1String("--help-all"));
    const qsizetype at = commandIndex(arguments);
    const QStringList rest = at >= 0 ? arguments.mid(at + 1) : QStringList();
    if (laysOutPages(commandName(arguments), rest) && !help) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        provideRuntimeFolder();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the window, so both find the same default store.
    QCoreApplication::setOrganizationName(QStringLiteral("COA"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("coa.nl"));
    QCoreApplication::setApplicationName(QStringLiteral("regiedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGIEDESK_VERSION));

    const int code = run(*app);
    out().flush();
    err().flush();
    return code;
}
