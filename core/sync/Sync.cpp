#include "core/sync/Sync.h"

#include "core/account/AccountService.h"
#include "core/herhaling/Herhaling.h"
#include "core/journaal/Journaal.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/sync/ServerMelding.h"
#include "core/sync/ServerSchema.h"
#include "core/sync/SyncIntern.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace rd {

QString SyncConflict::nummer() const
{
    return seq > 0 ? QString::number(seq) : QStringLiteral("S") + QString::number(serverSeq);
}

std::optional<std::pair<qint64, qint64>> SyncConflict::leesNummer(const QString &tekst)
{
    const QString t = tekst.trimmed();
    const bool ander = t.startsWith(QLatin1Char('S'), Qt::CaseInsensitive);
    bool ok = false;
    const qint64 n = (ander ? t.mid(1) : t).toLongLong(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    return ander ? std::pair<qint64, qint64>{0, n} : std::pair<qint64, qint64>{n, 0};
}

} // namespace rd

namespace rd::sync {

Error serverFout(const QSqlQuery &q)
{
    QString tekst = q.lastError().databaseText().trimmed();
    if (tekst.isEmpty())
        tekst = q.lastError().text().trimmed();
    tekst.remove(QStringLiteral("regiedesk: "));
    return Error{QCoreApplication::translate("Sync", "server"), vertaalServerMelding(tekst)};
}

Result<std::optional<SyncAansluiting>> aansluiting(Store &store)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("SELECT url, account, apparaat, vanaf_seq, watermerk, "
                                     "laatste_sync FROM sync_server WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SyncAansluiting>();
    SyncAansluiting a;
    a.url = q->value(0).toString();
    a.account = q->value(1).toString();
    a.apparaat = q->value(2).toString();
    a.vanafSeq = q->value(3).toLongLong();
    a.watermerk = q->value(4).toLongLong();
    a.laatsteSync = q->value(5).toString();
    return std::optional<SyncAansluiting>(a);
}

Result<SyncAansluiting> vereisAansluiting(Store &store)
{
    auto a = aansluiting(store);
    if (!a)
        return a.error();
    if (!a->has_value())
        return Error{store.path(),
                     QCoreApplication::translate(
                         "Sync", "is not joined to a team server (regiedesk-cli connect)")};
    return **a;
}

namespace {

// The server's schema must be the one this program ships (its versioned files): an older server
// is named with what to do.
Status vereisSchema(QSqlDatabase &db, const ServerAdres &adres)
{
    auto versie = serverschema::versie(db);
    const int nodig = static_cast<int>(serverschema::bestanden().size());
    if (!versie)
        return versie.error();
    if (*versie < nodig)
        return Error{adres.tekst(),
                     QCoreApplication::translate("Sync", "has server schema version %1, this "
                                                         "program needs %2: run regiedesk-cli "
                                                         "server init first")
                         .arg(QString::number(*versie), QString::number(nodig))};
    return {};
}

// The role and scope of the account this device works as, read from the server (a beheerder may
// have changed them) into the store, which checks every change against them. A store whose
// account is signed in (account::meldAan) works with the new ones at once.
Status leesAccount(Store &store, QSqlDatabase &server)
{
    QSqlQuery q(server);
    if (!q.exec(QStringLiteral("SELECT rol, regio, azc, gemeente, provincie FROM "
                               "regiedesk.account WHERE naam = session_user")))
        return serverFout(q);
    if (!q.next())
        return Error{QCoreApplication::translate("Sync", "team server"),
                     QCoreApplication::translate("Sync", "this login has no Regiedesk account "
                                                         "on the server (any more)")};
    const auto rol = rol::uitNaam(q.value(0).toString());
    if (!rol)
        return Error{QCoreApplication::translate("Sync", "team server"),
                     QCoreApplication::translate("Sync", "names an unknown role '%1'")
                         .arg(q.value(0).toString())};
    auto u = sql::doe(store.database(),
                      QStringLiteral("UPDATE sync_server SET rol = ?, regio = ?, azc = ?, "
                                     "gemeente = ?, provincie = ? WHERE id = 1 AND (rol IS NOT ? "
                                     "OR regio IS NOT ? OR azc IS NOT ? OR gemeente IS NOT ? OR "
                                     "provincie IS NOT ?)"),
                      {q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(0),
                       q.value(1), q.value(2), q.value(3), q.value(4)});
    if (!u)
        return u;
    if (store.account()) {
        Account a = *store.account();
        a.rol = *rol;
        a.regio = q.value(1).toInt();
        a.azc = q.value(2).toString();
        a.gemeente = q.value(3).toString();
        a.provincie = q.value(4).toString();
        store.setAccount(a);
    }
    return {};
}

} // namespace

Status sluitAan(Store &store, const ServerAdres &adres, const QString &account,
                const QString &wachtwoord, const QString &apparaatNaam)
{
    ServerAdres zonderGebruiker = adres; // the account is kept apart
    zonderGebruiker.gebruiker.clear();
    auto bestaand = aansluiting(store);
    if (!bestaand)
        return bestaand.error();
    if (bestaand->has_value()) {
        const SyncAansluiting &a = **bestaand;
        if (a.url == zonderGebruiker.tekst() && a.account == account)
            return {};
        return Error{store.path(),
                     QCoreApplication::translate(
                         "Sync", "is joined to %1 as %2 already; a store joins one server")
                         .arg(a.url, a.account)};
    }
    // A joined store works as the server's account; local accounts would be a second truth.
    auto lokaal =
        sql::scalar(store.database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM account)"));
    if (!lokaal)
        return lokaal.error();
    if (lokaal->toInt() != 0)
        return Error{store.path(),
                     QCoreApplication::translate(
                         "Sync", "has local accounts; a store joined to a team server works with "
                                 "the server's accounts: remove the local ones first "
                                 "(regiedesk-cli accounts remove)")};
    const QString verbinding = QStringLiteral("regiedesk-connect");
    Status status;
    {
        auto db = serveradres::verbind(adres, verbinding, wachtwoord, account);
        if (!db)
            return db.error();
        status = vereisSchema(*db, adres);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (status) {
            QSqlQuery q(*db);
            q.prepare(QStringLiteral("SELECT regiedesk.meld_aan(CAST(? AS uuid), ?)"));
            q.addBindValue(id);
            q.addBindValue(apparaatNaam.left(200));
            if (!q.exec())
                status = serverFout(q);
        }
        if (status)
            status = store.transaction([&]() -> Status {
                auto kop = journaal::kop(store);
                if (!kop)
                    return kop.error();
                auto q = sql::run(store.database(),
                                  QStringLiteral("INSERT INTO sync_server (id, url, account, "
                                                 "apparaat, vanaf_seq) VALUES (1, ?, ?, ?, ?)"),
                                  {zonderGebruiker.tekst(), account, id, kop->first});
                if (!q)
                    return q.error();
                return leesAccount(store, *db);
            });
        db->close();
    }
    QSqlDatabase::removeDatabase(verbinding);
    return status;
}

Result<QList<JournaalRegel>> onverzonden(Store &store)
{
    auto a = vereisAansluiting(store);
    if (!a)
        return a.error();
    // Every entry up to sync_server.basis_tot is done (SyncPush.cpp, werkBasisBij): only the
    // entries since are read, not the whole log since joining.
    auto tot = sql::scalar(store.database(),
                           QStringLiteral("SELECT basis_tot FROM sync_server WHERE id = 1"), {}, 0);
    if (!tot)
        return tot.error();
    const qint64 na = std::max(a->vanafSeq, tot->toLongLong());
    auto alle = journaal::lees(store, JournaalFilter{{}, {}, na});
    if (!alle)
        return alle.error();
    auto gedaan = gedaneSeqs(store, na);
    if (!gedaan)
        return gedaan.error();
    QList<JournaalRegel> lijst;
    for (const JournaalRegel &r : *alle)
        if (!r.gemigreerd && !gedaan->contains(r.seq))
            lijst << r;
    return lijst;
}

Result<qint64> aantalOnverzonden(Store &store)
{
    auto n = sql::scalar(store.database(),
                         QStringLiteral("SELECT count(*) FROM journaal j, sync_server s WHERE "
                                        "j.seq > s.vanaf_seq AND j.gemigreerd = 0 AND j.seq NOT "
                                        "IN (SELECT seq FROM sync_uitkomst UNION ALL SELECT seq "
                                        "FROM sync_ontvangen UNION ALL SELECT seq FROM "
                                        "sync_lokaal)"),
                         {}, 0);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<SyncTelling> synchroniseer(Store &store, const QString &wachtwoord, const QDate &peildatum)
{
    auto a = vereisAansluiting(store);
    if (!a)
        return a.error();
    auto adres = serveradres::lees(a->url);
    if (!adres)
        return adres.error();
    const QString verbinding = QStringLiteral("regiedesk-sync");
    Result<SyncTelling> uit = SyncTelling{};
    {
        auto db = serveradres::verbind(*adres, verbinding, wachtwoord, a->account);
        if (!db)
            return db.error();
        // A server older than this program (not upgraded yet) is named before anything is sent.
        Status schema = vereisSchema(*db, *adres);
        if (schema)
            schema = leesAccount(store, *db);
        // The role the server gives this login: a province makes no change and receives none,
        // only the figures of its area (it may not even read the server's change log).
        auto rol =
            schema ? account::vanServer(store) : Result<std::optional<Account>>(schema.error());
        const bool provincie = rol && *rol && (*rol)->rol == Rol::Provincie;
        auto gepusht = !rol        ? Result<SyncTelling>(rol.error())
                       : provincie ? Result<SyncTelling>(SyncTelling{})
                                   : push(store, *db);
        if (!gepusht) {
            uit = gepusht.error();
        } else {
            auto gepuld = provincie ? Result<SyncTelling>(SyncTelling{}) : pull(store, *db);
            if (!gepuld) {
                uit = gepuld.error();
            } else {
                SyncTelling t = *gepusht;
                t.ontvangen = gepuld->ontvangen;
                t.nietAfgespeeld = gepuld->nietAfgespeeld;
                uit = t;
                // The changes went through: figures that cannot be published or received now
                // are said beside them, not instead of them (the next sync tries again)
                auto gepubliceerd = publiceerCijfers(store, *db, *rol, peildatum);
                if (gepubliceerd)
                    uit->cijfersGepubliceerd = *gepubliceerd;
                else
                    uit->cijfersFout = gepubliceerd.error().toString();
                if (auto cijfers = ontvangCijfers(store, *db, *rol)) {
                    uit->cijfersOntvangen = cijfers->first;
                    uit->cijfersGeweigerd = cijfers->second;
                } else {
                    uit->cijfersFout = cijfers.error().toString();
                }
                auto q = sql::run(store.database(),
                                  QStringLiteral("UPDATE sync_server SET laatste_sync = ? "
                                                 "WHERE id = 1"),
                                  {journaal::tijdTekst(QDateTime::currentDateTimeUtc())});
                if (!q)
                    uit = q.error();
            }
        }
        db->close();
    }
    QSqlDatabase::removeDatabase(verbinding);
    return uit;
}

Result<QList<SyncConflict>> conflicten(Store &store)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("SELECT u.seq, u.server_seq, j.soort, coalesce(j.huishouden, "
                                     "''), j.samenvatting, coalesce(u.samenvatting, ''), "
                                     "coalesce(u.door, ''), coalesce(u.tijd, ''), u.reden, "
                                     "u.teruggenomen FROM sync_uitkomst u JOIN journaal j ON "
                                     "j.seq = u.seq WHERE u.uitkomst = 'conflict' AND u.opgelost "
                                     "= 0 UNION ALL SELECT 0, server_seq, soort, huishouden, '', "
                                     "samenvatting, door, tijd, reden, 0 FROM "
                                     "sync_niet_afgespeeld WHERE opgelost = 0 ORDER BY 2"));
    if (!q)
        return q.error();
    QList<SyncConflict> lijst;
    while (q->next())
        lijst << SyncConflict{q->value(0).toLongLong(),
                              q->value(1).toLongLong(),
                              q->value(2).toString(),
                              q->value(3).toString(),
                              q->value(4).toString(),
                              q->value(5).toString(),
                              q->value(6).toString(),
                              q->value(7).toString(),
                              vertaalServerMelding(q->value(8).toString()),
                              q->value(9).toInt() != 0};
    return lijst;
}

Status los(Store &store, qint64 seq, qint64 serverSeq, bool neemServer)
{
    if (seq > 0) {
        auto r = sql::run(store.database(),
                          QStringLiteral("SELECT teruggenomen FROM sync_uitkomst WHERE seq = ? "
                                         "AND uitkomst = 'conflict' AND opgelost = 0"),
                          {seq});
        if (!r)
            return r.error();
        if (!r->next())
            return Error{QCoreApplication::translate("Sync", "change log entry %1").arg(seq),
                         QCoreApplication::translate("Sync", "is not an open conflict")};
        const bool teruggenomen = r->value(0).toInt() != 0;
        auto regels = journaal::lees(store, JournaalFilter{{}, {}, seq - 1, seq});
        if (!regels)
            return regels.error();
        if (regels->isEmpty() || regels->first().seq != seq)
            return Error{QCoreApplication::translate("Sync", "change log entry %1").arg(seq),
                         QCoreApplication::translate("Sync", "is not in this store")};
        const JournaalRegel eigen = regels->first();
        return store.transaction([&]() -> Status {
            // A type the program cannot take back was left as it was (the regievoerder undoes it
            // by hand, then resolves); one it can is taken back now if that failed before.
            if (!teruggenomen && kanTerug(eigen.soort))
                if (Status s = neemTerug(store, eigen); !s)
                    return s;
            if (!neemServer) {
                // Mine, made again on the server's version, as a new change with the checks
                if (eigen.soort == QLatin1String("intake")) {
                    if (Status s = maakIntakeOpnieuw(store, eigen); !s)
                        return s;
                } else if (Status s = herhaling::Speler(store, true).speel(eigen); !s) {
                    return s;
                }
            }
            auto u = sql::run(store.database(),
                              QStringLiteral("UPDATE sync_uitkomst SET opgelost = 1 WHERE seq = ?"),
                              {seq});
            if (!u)
                return u.error();
            return {};
        });
    }
    auto r = sql::run(store.database(),
                      QStringLiteral("SELECT soort, huishouden, samenvatting, door, tijd, data, "
                                     "vnummers, ongedaan, bijlage FROM sync_niet_afgespeeld WHERE "
                                     "server_seq = ? AND opgelost = 0"),
                      {serverSeq});
    if (!r)
        return r.error();
    if (!r->next())
        return Error{QCoreApplication::translate("Sync", "server entry %1").arg(serverSeq),
                     QCoreApplication::translate("Sync", "is not an open conflict")};
    if (!neemServer)
        return Error{QCoreApplication::translate("Sync", "server entry %1").arg(serverSeq),
                     QCoreApplication::translate(
                         "Sync",
                         "is a change of another that this store could not make; it can only be "
                         "taken (--take server) once the store allows it")};
    Ontvangen o;
    o.serverSeq = serverSeq;
    o.soort = r->value(0).toString();
    o.huishouden = r->value(1).toString();
    o.samenvatting = r->value(2).toString();
    o.door = r->value(3).toString();
    o.tijd = r->value(4).toString();
    o.data = r->value(5).toString().toUtf8();
    o.vnummers = r->value(6).toString().toUtf8();
    o.bijlage = r->value(8).toString().toUtf8();
    if (!r->value(7).isNull())
        o.ongedaan = r->value(7).toLongLong();
    if (o.soort == QLatin1String("import-huishoudens")) {
        // Taken as the server has it: the households of the file this store holds already (its
        // own import of the same file, made second) are brought to the file's version.
        QJsonObject data = QJsonDocument::fromJson(o.data).object();
        data.insert(QStringLiteral("overnemen"), true);
        o.data = QJsonDocument(data).toJson(QJsonDocument::Compact);
    }
    return store.transaction([&]() -> Status {
        herhaling::Speler speler(store);
        if (Status s = speelOntvangen(store, speler, o); !s)
            return s;
        auto u = sql::run(store.database(),
                          QStringLiteral("UPDATE sync_niet_afgespeeld SET opgelost = 1 WHERE "
                                         "server_seq = ?"),
                          {serverSeq});
        if (!u)
            return u.error();
        return {};
    });
}

} // namespace rd::sync
