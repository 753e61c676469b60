#include "CommandLine.h"
#include "Commands.h"
#include "core/sync/ServerAccount.h"
#include "core/sync/ServerAdres.h"
#include "core/sync/ServerSchema.h"

namespace rd::cli {

QString serverWachtwoord(const QString &wie)
{
    // libpq's own ways remain when it is empty: ~/.pgpass, a peer or trust login
    return vraagWachtwoord("REGIEDESK_PASSWORD",
                           Cli::tr("Password for %1 at the server: ").arg(wie));
}

namespace {

// server account list|add NAME|password NAME|remove NAME on the server.
int accountActie(const CommandLine &cl, ServerBeheer &server, const QString &actie,
                 const QString &naam, const std::optional<Account> &nieuw)
{
    if (actie == QLatin1String("list"))
        return toonAccounts(cl, server.lijst(), Cli::tr("No accounts on the server."));
    if (actie == QLatin1String("remove")) {
        if (const Status s = server.verwijder(naam); !s)
            return fail(s.error());
        out() << Cli::tr("Account %1 can no longer sign in at the server (what it sent stays, as "
                         "history).")
                     .arg(naam)
              << '\n';
        return ExitOk;
    }
    int code = ExitFailure;
    const auto wachtwoord = nieuwWachtwoord(cl, naam, code);
    if (!wachtwoord)
        return code;
    const Status s =
        nieuw ? server.maak(*nieuw, *wachtwoord) : server.zetWachtwoord(naam, *wachtwoord);
    if (!s)
        return fail(s.error());
    if (nieuw)
        out() << Cli::tr("Account %1 made at the server: %2.").arg(naam, nieuw->omschrijving())
              << '\n';
    else
        out() << Cli::tr("Password of %1 set at the server.").arg(naam) << '\n';
    return ExitOk;
}

} // namespace

int runServer(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("server"), globals);
    cl.addArgument(QStringLiteral("ACTION..."),
                   Cli::tr("init: install the team server's schema on an empty database, or "
                           "upgrade it to this program's version. account list | add NAME | "
                           "password NAME | remove NAME: the server's accounts (as the "
                           "database's owner; a new password from a prompt or "
                           "REGIEDESK_NEW_PASSWORD, never sent in clear)."));
    cl.addOption({QStringLiteral("url"),
                  Cli::tr("The server, as postgresql://user@host:port/database (no password: "
                          "it comes from a prompt or REGIEDESK_PASSWORD)."),
                  QStringLiteral("URL")});
    addAccountOpties(cl);
    cl.addTableFormatOption();
    if (auto done = cl.parse(arguments))
        return *done;
    const QStringList &pos = cl.positional();
    const QString actie = pos.value(0);
    const QString wat = pos.value(1);
    const bool init = actie == QLatin1String("init") && pos.size() == 1;
    const bool metNaam = wat == QLatin1String("add") || wat == QLatin1String("password") ||
                         wat == QLatin1String("remove");
    const bool account =
        actie == QLatin1String("account") &&
        ((wat == QLatin1String("list") && pos.size() == 2) || (metNaam && pos.size() == 3));
    if (!init && !account)
        return cl.usageError(
            Cli::tr("'%1' is not an action; give init, account list, account add NAME, account "
                    "password NAME or account remove NAME")
                .arg(pos.join(QLatin1Char(' ')).left(60)));
    const auto url = cl.required(QStringLiteral("url"));
    if (!url)
        return ExitUsage;
    const auto adres = serveradres::lees(*url);
    if (!adres)
        return cl.usageError(adres.error().toString());
    if (account) {
        // the new account's role and scope are checked before anything is asked or sent
        std::optional<Account> nieuw;
        if (wat == QLatin1String("add")) {
            int code = ExitUsage;
            nieuw = leesAccountOpties(cl, pos.value(2).trimmed(), code);
            if (!nieuw)
                return code;
        }
        auto server = ServerBeheer::verbind(*adres, serverWachtwoord(adres->gebruiker));
        if (!server)
            return fail(server.error());
        return accountActie(cl, **server, wat, pos.value(2).trimmed(), nieuw);
    }
    const auto stand = serverschema::installeer(*adres, serverWachtwoord(adres->gebruiker));
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
