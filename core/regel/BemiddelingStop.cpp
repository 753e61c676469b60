#include "core/regel/BemiddelingStop.h"

#include "core/common/IsoDatum.h"
#include "core/regel/KoppelRegels.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace rd::bemiddeling {

QString stopSql()
{
    // The refusal right before each refusal (by date, then id) was judged unjustified, and this
    // one is not judged justified; the first such refusal of a household is the stop. SQLite
    // returns the other columns of the row that holds min(datum).
    return QStringLiteral(
        "SELECT w.huishouden AS huishouden, min(w.datum) AS datum, w.id AS weigering "
        "FROM woningweigering w "
        "WHERE ifnull(w.oordeel, '') <> 'terecht' "
        "  AND (SELECT v.oordeel FROM woningweigering v WHERE v.huishouden = w.huishouden "
        "       AND (v.datum < w.datum OR (v.datum = w.datum AND v.id < w.id)) "
        "       ORDER BY v.datum DESC, v.id DESC LIMIT 1) = 'onterecht' "
        "GROUP BY w.huishouden");
}

QString gestoptKoppelingSql()
{
    return QStringLiteral("SELECT k.id AS koppeling, s.huishouden AS huishouden, s.datum AS datum "
                          "FROM (%1) s JOIN koppeling_geldig k ON k.huishouden = s.huishouden "
                          "AND k.ontkoppeld_op = s.datum "
                          "WHERE k.id = (SELECT max(l.id) FROM koppeling_geldig l "
                          "              WHERE l.huishouden = s.huishouden)")
        .arg(stopSql());
}

Result<std::optional<BemiddelingStop>> stop(Store &store, qint64 huishoudenId)
{
    static const QString select =
        QStringLiteral("SELECT s.datum, s.weigering FROM (%1) s WHERE s.huishouden = ?")
            .arg(stopSql());
    return sql::eerste(store.database(), select, {huishoudenId}, [&](const QSqlQuery &q) {
        return BemiddelingStop{huishoudenId, q.value(1).toLongLong(), sql::toDate(q.value(0))};
    });
}

Error stopFout(const BemiddelingStop &stop, const QString &waar)
{
    return Error{waar, QCoreApplication::translate(
                           "BemiddelingStop",
                           "mediation stopped on %1: the household refused a dwelling again after "
                           "an unjustified refusal (handbook 3.4.2)")
                           .arg(isoDatum(stop.datum))};
}

Status nietGestopt(Store &store, qint64 huishoudenId, const QString &waar)
{
    auto gestopt = stop(store, huishoudenId);
    if (!gestopt)
        return gestopt.error();
    if (gestopt->has_value())
        return stopFout(**gestopt, waar);
    return {};
}

Status volgStop(Store &store, qint64 huishoudenId, const std::optional<BemiddelingStop> &voor)
{
    const auto db = store.database();
    auto na = stop(store, huishoudenId);
    if (!na)
        return na.error();
    auto actief = koppelregels::actieveKoppeling(store, huishoudenId);
    if (!actief)
        return actief.error();
    if (na->has_value()) {
        const BemiddelingStop &s = **na;
        if (!actief->has_value())
            return {};
        const Koppeling &k = **actief;
        auto verhuisd = sql::scalar(db,
                                    QStringLiteral("SELECT coalesce(verhuis_datum, "
                                                   "uitschrijving_datum) FROM huishouden "
                                                   "WHERE id = ?"),
                                    {huishoudenId});
        if (!verhuisd)
            return verhuisd.error();
        if (!verhuisd->isNull())
            return Error{
                QStringLiteral("huishouden"),
                QCoreApplication::translate(
                    "BemiddelingStop", "the household has already moved; mediation cannot stop")};
        if (k.datum > s.datum)
            return Error{QStringLiteral("koppeling"),
                         QCoreApplication::translate("BemiddelingStop",
                                                     "the coupling in force was made on %1, after "
                                                     "the refusal of %2 that stops mediation")
                             .arg(isoDatum(k.datum), isoDatum(s.datum))};
        auto q = sql::run(db,
                          QStringLiteral("UPDATE koppeling SET ontkoppeld_op = ?, ontkoppel_reden "
                                         "= ?, ontkoppeld_door = ? WHERE id = ?"),
                          {sql::date(s.datum),
                           QCoreApplication::translate(
                               "BemiddelingStop",
                               "mediation stopped (handbook 3.4.2): refused again on %1 after an "
                               "unjustified refusal")
                               .arg(isoDatum(s.datum)),
                           store.gebruiker(), k.id});
        return q ? Status() : Status(q.error());
    }
    // The change lifted the stop: the coupling it ended is in force again.
    if (!voor || actief->has_value())
        return {};
    auto laatste = sql::run(db,
                            QStringLiteral("SELECT id, ontkoppeld_op FROM koppeling_geldig "
                                           "WHERE huishouden = ? ORDER BY id DESC LIMIT 1"),
                            {huishoudenId});
    if (!laatste)
        return laatste.error();
    if (!laatste->next() || sql::toDate(laatste->value(1)) != voor->datum)
        return {};
    auto q = sql::run(db,
                      QStringLiteral("UPDATE koppeling SET ontkoppeld_op = NULL, ontkoppel_reden = "
                                     "NULL, ontkoppeld_door = NULL WHERE id = ?"),
                      {laatste->value(0)});
    return q ? Status() : Status(q.error());
}

} // namespace rd::bemiddeling
