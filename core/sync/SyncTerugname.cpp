#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/sync/SyncIntern.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rd::sync {

namespace {

// The couplings a koppel or plan entry made, last first.
QList<qint64> koppelingenVan(const QJsonObject &data, const char *lijst)
{
    QList<qint64> ids;
    for (const QJsonValue &v : data.value(QLatin1String(lijst)).toArray())
        ids.prepend(qint64(v.toObject().value(QLatin1String("koppeling")).toDouble()));
    return ids;
}

} // namespace

Status neemTerug(Store &store, const JournaalRegel &eigen)
{
    const QJsonObject data = QJsonDocument::fromJson(eigen.data).object();
    const QString reden = tr("taken back: the team server has another change of this household "
                             "(a conflict)");
    const bool koppel = eigen.soort == QLatin1String("koppel");
    const bool plan = eigen.soort == QLatin1String("plan");
    const bool ontkoppel = eigen.soort == QLatin1String("ontkoppel");
    if (eigen.ongedaan || data.contains(QLatin1String("opnieuw")) || !(koppel || plan || ontkoppel))
        return Error{tr("change log entry %1").arg(eigen.seq),
                     tr("a change of type %1 cannot be taken back by the program yet: undo it by "
                        "hand, then resolve the conflict")
                         .arg(eigen.soort)};
    return store.transaction([&]() -> Status {
        KoppelingService service(store);
        if (koppel || plan) {
            for (qint64 id : koppelingenVan(data, koppel ? "huishoudens" : "rijen")) {
                auto k = service.koppeling(id);
                if (!k)
                    return k.error();
                // undone or ended here since: its effect is gone already
                if (!k->has_value() || (*k)->ongedaan || !(*k)->actief())
                    continue;
                if (Status s = service.maakOngedaan(id, reden); !s)
                    return s;
            }
        } else {
            const qint64 id = qint64(data.value(QLatin1String("koppeling")).toDouble());
            auto k = service.koppeling(id);
            if (!k)
                return k.error();
            if (k->has_value() && !(*k)->ongedaan && !(*k)->actief())
                if (Status s = service.herstelOntkoppeling(id); !s)
                    return s;
        }
        JournaalInvoer invoer;
        invoer.soort = QStringLiteral("terugname");
        invoer.huishouden = eigen.huishouden;
        invoer.samenvatting =
            tr("Taken back after a conflict at the team server: %1").arg(eigen.samenvatting);
        invoer.data = {{QStringLiteral("van"), eigen.seq}, {QStringLiteral("soort"), eigen.soort}};
        auto regel = journaal::voegToe(store, invoer);
        if (!regel)
            return regel.error();
        auto q = sql::run(store.database(),
                          QStringLiteral("INSERT INTO sync_lokaal (seq, van) VALUES (?, ?)"),
                          {regel->seq, eigen.seq});
        if (!q)
            return q.error();
        auto u = sql::run(store.database(),
                          QStringLiteral("UPDATE sync_uitkomst SET teruggenomen = 1 WHERE seq = ?"),
                          {eigen.seq});
        if (!u)
            return u.error();
        return {};
    });
}

} // namespace rd::sync
