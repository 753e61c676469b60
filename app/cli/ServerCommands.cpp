#include "CommandLine.h"
#include "Commands.h"
#include "core/sync/ServerAdres.h"
#include "core/sync/ServerSchema.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace rd::cli {

QString serverWachtwoord(const QString &wie)
{
    const QByteArray env = qgetenv("REGIEDESK_PASSWORD");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    if (!isatty(STDIN_FILENO))
        return {}; // libpq's own ways remain: ~/.pgpass, a peer or trust login
    err() << Cli::tr("Password for %1 at the server: ").arg(wie);
    err().flush();
    termios oud{};
    const bool terminal = tcgetattr(STDIN_FILENO, &oud) == 0;
    if (terminal) {
        termios stil = oud;
        stil.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &stil);
    }
    QTextStream in(stdin);
    const QString wachtwoord = in.readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &oud);
    err() << '\n';
    return wachtwoord;
}

int runServer(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("server"), globals);
    cl.addArgument(QStringLiteral("init"),
                   Cli::tr("init: install the team server's schema on an empty database, or "
                           "upgrade it to this program's version."));
    cl.addOption({QStringLiteral("url"),
                  Cli::tr("The server, as postgresql://user@host:port/database (no password: "
                          "it comes from a prompt or REGIEDESK_PASSWORD)."),
                  QStringLiteral("URL")});
    if (auto done = cl.parse(arguments))
        return *done;
    if (cl.positional().value(0) != QLatin1String("init"))
        return cl.usageError(Cli::tr("unknown action '%1'; the action is init")
                                 .arg(cl.positional().value(0).left(40)));
    const auto url = cl.required(QStringLiteral("url"));
    if (!url)
        return ExitUsage;
    const auto adres = serveradres::lees(*url);
    if (!adres)
        return cl.usageError(adres.error().toString());
    auto db = serveradres::verbind(*adres, QStringLiteral("regiedesk-server-init"),
                                   serverWachtwoord(adres->gebruiker));
    if (!db)
        return fail(db.error());
    const auto stand = serverschema::installeer(*db);
    db->close();
    if (!stand)
        return fail(stand.error());
    if (stand->toegepast.isEmpty())
        out() << Cli::tr("%1: the server's schema is up to date (version %2).")
                     .arg(adres->tekst(), QString::number(stand->na))
              << '\n';
    else
        out() << Cli::tr("%1: schema version %2 installed (was %3): %4.")
                     .arg(adres->tekst(), QString::number(stand->na), QString::number(stand->voor),
                          stand->toegepast.join(QStringLiteral(", ")))
              << '\n';
    return ExitOk;
}

} // namespace rd::cli
