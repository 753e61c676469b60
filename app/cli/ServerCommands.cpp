#include "CommandLine.h"
#include "Commands.h"
#include "core/sync/ServerAdres.h"
#include "core/sync/ServerSchema.h"

namespace rd::cli {

QString serverWachtwoord(const QString &wie)
{
    // libpq's own ways remain when it is empty: ~/.pgpass, a peer or trust login
    return vraagWachtwoord("REGIEDESK_PASSWORD",
                           Cli::tr("Password for %1 at the server: ").arg(wie));
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
