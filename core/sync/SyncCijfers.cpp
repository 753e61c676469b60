// The figures a province receives (issue 16, server schema 004-cijfers.sql, docs/sync.md): a
// regievoerder's device publishes the reports of its region's provinces, a province's device
// receives those of its own area. Only tables that name no person travel (RapportJson).
#include "core/domain/Regio.h"
#include "core/instellingen/Instellingen.h"
#include "core/rapport/RapportJson.h"
#include "core/rapport/RapportService.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/sync/SyncIntern.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rd::sync {

namespace {

// The server's change log up to which this store holds what its account sees: the last entry
// received, or its own last entry the server numbered when that came later.
Result<qint64> totSeq(Store &store)
{
    auto tot = sql::scalar(store.database(),
                           QStringLiteral("SELECT max(s.watermerk, coalesce((SELECT "
                                          "max(server_seq) FROM sync_uitkomst), 0)) FROM "
                                          "sync_server s WHERE s.id = 1"),
                           {}, 0);
    if (!tot)
        return tot.error();
    return tot->toLongLong();
}

// Whether this store holds exactly what the server has up to totSeq: nothing unsent, nothing in
// conflict, nothing received that could not be replayed.
Result<bool> gelijkMetServer(Store &store)
{
    auto open = aantalOnverzonden(store);
    if (!open)
        return open.error();
    if (*open > 0)
        return false;
    auto conflict = sql::scalar(store.database(),
                                QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_uitkomst WHERE "
                                               "uitkomst = 'conflict' AND opgelost = 0) OR EXISTS "
                                               "(SELECT 1 FROM sync_niet_afgespeeld WHERE "
                                               "opgelost = 0)"));
    if (!conflict)
        return conflict.error();
    return conflict->toInt() == 0;
}

} // namespace

QList<HalfJaar> cijferPeriodes(const QDate &peildatum)
{
    const HalfJaar nu = HalfJaar::van(peildatum);
    return {nu.vorige(), nu};
}

Result<int> publiceerCijfers(Store &store, QSqlDatabase &server,
                             const std::optional<Account> &account, const QDate &peildatum)
{
    if (!account || account->rol != Rol::Regievoerder)
        return 0;
    auto a = vereisAansluiting(store);
    if (!a)
        return a.error();
    auto gelijk = gelijkMetServer(store);
    if (!gelijk)
        return gelijk.error();
    if (!*gelijk)
        return 0;
    auto tot = totSeq(store);
    if (!tot)
        return tot.error();
    auto vorige = sql::eersteRij(store.database(),
                                 QStringLiteral("SELECT cijfers_tot, cijfers_op FROM sync_server "
                                                "WHERE id = 1 AND cijfers_tot = ? AND cijfers_op "
                                                "= ?"),
                                 {*tot, peildatum.toString(Qt::ISODate)}, [](const QSqlQuery &) {});
    if (!vorige)
        return vorige.error();
    if (*vorige)
        return 0; // published at this state and date already

    RapportOpties opties;
    opties.peildatum = peildatum;
    auto tolerantie = Instellingen(store).tolerantie();
    if (!tolerantie)
        return tolerantie.error();
    opties.tolerantie = *tolerantie;
    const RapportService service(store);
    int bewaard = 0;
    if (!server.transaction())
        return Error{QCoreApplication::translate("Sync", "team server"),
                     QCoreApplication::translate("Sync", "cannot start a transaction")};
    const auto stop = [&](const Error &e) -> Result<int> {
        server.rollback();
        return e;
    };
    QSqlQuery q(server);
    q.prepare(QStringLiteral("SELECT regiedesk.publiceer_cijfer(CAST(? AS uuid), ?, ?, ?, ?, "
                             "CAST(? AS date), CAST(? AS jsonb))"));
    for (const QString &provincie : regio::provincies(account->regio)) {
        for (const HalfJaar &periode : cijferPeriodes(peildatum)) {
            for (RapportSoort soort : rapport::alle()) {
                auto r =
                    service.maak(soort, periode, RapportBereik::vanProvincie(provincie), opties);
                if (!r)
                    return stop(r.error());
                const QByteArray inhoud =
                    QJsonDocument(rapportjson::naarJson(*r)).toJson(QJsonDocument::Compact);
                q.addBindValue(a->apparaat);
                q.addBindValue(provincie);
                q.addBindValue(rapport::code(soort));
                q.addBindValue(periode.toString());
                q.addBindValue(*tot);
                q.addBindValue(peildatum.toString(Qt::ISODate));
                q.addBindValue(QString::fromUtf8(inhoud));
                if (!q.exec())
                    return stop(serverFout(q));
                if (q.next() && q.value(0).toBool())
                    ++bewaard;
            }
        }
    }
    if (!server.commit())
        return Error{QCoreApplication::translate("Sync", "team server"),
                     QCoreApplication::translate("Sync", "the figures could not be stored")};
    if (Status s = sql::doe(store.database(),
                            QStringLiteral("UPDATE sync_server SET cijfers_tot = ?, cijfers_op = ? "
                                           "WHERE id = 1"),
                            {*tot, peildatum.toString(Qt::ISODate)});
        !s)
        return s.error();
    return bewaard;
}

Result<std::pair<int, int>> ontvangCijfers(Store &store, QSqlDatabase &server,
                                           const std::optional<Account> &account)
{
    if (!account || account->rol != Rol::Provincie)
        return std::pair{0, 0};
    const QString provincie = regio::provincie(account->provincie);
    // What this store has, by its server version
    QHash<QString, qint64> hier;
    {
        auto q = sql::run(store.database(),
                          QStringLiteral("SELECT rapport || '/' || periode, versie FROM "
                                         "cijfer_ontvangen WHERE provincie = ?"),
                          {provincie});
        if (!q)
            return q.error();
        while (q->next())
            hier.insert(q->value(0).toString(), q->value(1).toLongLong());
    }
    // What the server has of this province (row-level security: nothing else), only the rows
    // whose version differs fetched whole
    QSqlQuery q(server);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT rapport, periode, versie FROM regiedesk.cijfer WHERE provincie = ?"));
    q.addBindValue(provincie);
    if (!q.exec())
        return serverFout(q);
    QList<std::pair<QString, QString>> nieuw;
    while (q.next())
        if (hier.value(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(), 0) !=
            q.value(2).toLongLong())
            nieuw << std::pair{q.value(0).toString(), q.value(1).toString()};
    int ontvangen = 0;
    int geweigerd = 0;
    QSqlQuery rij(server);
    rij.setForwardOnly(true);
    rij.prepare(QStringLiteral(
        "SELECT inhoud::text, tot_seq, peildatum::text, door, to_char(tijd AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), versie FROM regiedesk.cijfer WHERE provincie = ? "
        "AND rapport = ? AND periode = ?"));
    const Status s = store.transaction([&]() -> Status {
        // figures of another province (the account was changed at the server) go
        if (Status d = sql::doe(store.database(),
                                QStringLiteral("DELETE FROM cijfer_ontvangen WHERE provincie <> ?"),
                                {provincie});
            !d)
            return d;
        for (const auto &[soort, periode] : nieuw) {
            rij.addBindValue(provincie);
            rij.addBindValue(soort);
            rij.addBindValue(periode);
            if (!rij.exec())
                return serverFout(rij);
            if (!rij.next())
                continue;
            const QByteArray inhoud = rij.value(0).toString().toUtf8();
            // A document this program cannot show is not kept: the one before stays
            const QJsonDocument doc = QJsonDocument::fromJson(inhoud);
            auto gelezen = rapportjson::vanJson(doc.object());
            if (!doc.isObject() || !gelezen || rapport::code(gelezen->soort) != soort ||
                gelezen->periode.toString() != periode) {
                ++geweigerd;
                continue;
            }
            if (Status w = sql::doe(
                    store.database(),
                    QStringLiteral("INSERT OR REPLACE INTO cijfer_ontvangen (provincie, rapport, "
                                   "periode, tot_seq, peildatum, inhoud, door, tijd, versie) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {provincie, soort, periode, rij.value(1), rij.value(2),
                     QString::fromUtf8(inhoud), rij.value(3), rij.value(4), rij.value(5)});
                !w)
                return w;
            ++ontvangen;
        }
        return {};
    });
    if (!s)
        return s.error();
    return std::pair{ontvangen, geweigerd};
}

} // namespace rd::sync
