#include "CommandLine.h"
#include "Commands.h"
#include "core/store/Store.h"
#include "core/sync/ServerAdres.h"
#include "core/sync/Sync.h"

#include <QSysInfo>

namespace rd::cli {

int runConnect(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("connect"), globals);
    cl.addOption({QStringLiteral("url"),
                  Cli::tr("The team server, as postgresql://host:port/database (no password)."),
                  QStringLiteral("URL")});
    if (auto done = cl.parse(arguments))
        return *done;
    const auto url = cl.required(QStringLiteral("url"));
    if (!url)
        return ExitUsage;
    if (cl.user().isEmpty())
        return cl.usageError(Cli::tr("--user NAME is missing: the account at the server"));
    const auto adres = serveradres::lees(*url);
    if (!adres)
        return cl.usageError(adres.error().toString());
    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    const QString naam = QSysInfo::machineHostName();
    if (const Status s = sync::sluitAan(**store, *adres, cl.user(), serverWachtwoord(cl.user()),
                                        naam.isEmpty() ? QStringLiteral("regiedesk") : naam);
        !s)
        return fail(s.error());
    auto a = sync::aansluiting(**store);
    if (!a || !a->has_value())
        return fail(a ? Error{(*store)->path(), Cli::tr("was not joined")} : a.error());
    out() << Cli::tr("%1 is joined to %2 as %3 (device %4); changes from entry %5 on are sent "
                     "by sync.")
                 .arg((*store)->path(), (*a)->url, (*a)->account, (*a)->apparaat,
                      QString::number((*a)->vanafSeq + 1))
          << '\n';
    return ExitOk;
}

int runSync(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("sync"), globals);
    if (auto done = cl.parse(arguments))
        return *done;
    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    auto a = sync::vereisAansluiting(**store);
    if (!a)
        return fail(a.error());
    auto telling = sync::synchroniseer(**store, serverWachtwoord(a->account), cl.today());
    if (!telling)
        return fail(telling.error());
    out() << Cli::tr("sent: %1 applied, %2 conflict, %3 no-op; received: %4")
                 .arg(QString::number(telling->toegepast), QString::number(telling->conflict),
                      QString::number(telling->geen), QString::number(telling->ontvangen))
          << '\n';
    if (telling->nietAfgespeeld > 0)
        out() << Cli::tr("%1 received changes could not be made on this store; they are listed "
                         "with the conflicts.")
                     .arg(telling->nietAfgespeeld)
              << '\n';
    if (telling->conflict > 0 || telling->nietAfgespeeld > 0)
        out() << Cli::tr("See the conflicts with: regiedesk-cli conflicts") << '\n';
    if (telling->cijfersGepubliceerd > 0)
        out() << Cli::tr("province figures published: %1 reports").arg(telling->cijfersGepubliceerd)
              << '\n';
    if (telling->cijfersOntvangen > 0)
        out() << Cli::tr("province figures received: %1 reports").arg(telling->cijfersOntvangen)
              << '\n';
    if (!telling->cijfersFout.isEmpty())
        out() << Cli::tr("province figures not published or received this time: %1")
                     .arg(telling->cijfersFout)
              << '\n';
    if (telling->cijfersGeweigerd > 0)
        out() << Cli::tr("%1 published reports could not be read by this version of Regiedesk; "
                         "the ones received before are kept.")
                     .arg(telling->cijfersGeweigerd)
              << '\n';
    return ExitOk;
}

int runConflicts(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("conflicts"), globals);
    cl.addTableFormatOption();
    if (auto done = cl.parse(arguments))
        return *done;
    const auto formaat = cl.tableFormat();
    if (!formaat)
        return ExitUsage;
    auto store = cl.openStore(CommandLine::StoreUse::Read);
    if (!store)
        return fail(store.error());
    auto lijst = sync::conflicten(**store);
    if (!lijst)
        return fail(lijst.error());
    const QStringList kolommen{QStringLiteral("seq"),           QStringLiteral("soort"),
                               QStringLiteral("huishouden"),    QStringLiteral("mijn_versie"),
                               QStringLiteral("server_versie"), QStringLiteral("door"),
                               QStringLiteral("tijd")};
    QList<QStringList> rijen;
    // An own change by its sequence number; a change of another this store could not make by
    // S and its number at the server: what resolve takes.
    for (const SyncConflict &c : *lijst)
        rijen << QStringList{c.nummer(),     c.soort, c.huishouden, c.mijnVersie,
                             c.serverVersie, c.door,  c.tijd};
    if (*formaat == OutputFormat::Csv) {
        writeCsv(out(), kolommen, rijen);
        return ExitOk;
    }
    if (rijen.isEmpty()) {
        out() << Cli::tr("No conflicts.") << '\n';
        return ExitOk;
    }
    TextTable table;
    for (const QString &k : kolommen)
        table.addColumn(k, k == QLatin1String("seq") ? TextTable::Align::Right
                                                     : TextTable::Align::Left);
    for (const QStringList &r : std::as_const(rijen))
        table.addRow(r);
    table.write(out());
    return ExitOk;
}

int runResolve(const QStringList &arguments, const GlobalOptions &globals)
{
    CommandLine cl(QStringLiteral("resolve"), globals);
    cl.addArgument(QStringLiteral("SEQ"),
                   Cli::tr("The conflict as `conflicts` lists it: an entry's number, or S and a "
                           "server number."));
    cl.addOption({QStringLiteral("take"),
                  Cli::tr("server: keep the server's version; mine: make my change again on top "
                          "of it, as a new change."),
                  QStringLiteral("server|mine")});
    if (auto done = cl.parse(arguments))
        return *done;
    const auto take = cl.required(QStringLiteral("take"));
    if (!take)
        return ExitUsage;
    if (*take != QLatin1String("server") && *take != QLatin1String("mine"))
        return cl.usageError(Cli::tr("--take \"%1\": give server or mine").arg(take->left(40)));
    const QString tekst = cl.positional().value(0).trimmed();
    const auto nummer = SyncConflict::leesNummer(tekst);
    if (!nummer)
        return cl.usageError(
            Cli::tr("\"%1\" is not a conflict's number (a number, or S and a number)")
                .arg(tekst.left(40)));
    auto store = cl.openStore(CommandLine::StoreUse::Existing);
    if (!store)
        return fail(store.error());
    if (const Status s =
            sync::los(**store, nummer->first, nummer->second, *take == QLatin1String("server"));
        !s)
        return fail(s.error());
    out() << Cli::tr("Conflict %1 resolved.").arg(tekst) << '\n';
    return ExitOk;
}

} // namespace rd::cli
