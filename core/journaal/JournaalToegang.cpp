#include "core/journaal/JournaalToegang.h"

#include "core/journaal/Journaal.h"
#include "core/regel/HuishoudenSql.h"
#include "core/regel/KoppelRegels.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace rd::journaal {

static void huishoudIds(const QJsonValue &v, QSet<qint64> &ids)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("huishouden") && it.value().isDouble())
                ids.insert(qint64(it.value().toDouble()));
            else
                huishoudIds(it.value(), ids);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            huishoudIds(e, ids);
    }
}

QSet<qint64> genoemdeHuishoudens(const QJsonValue &data)
{
    QSet<qint64> ids;
    huishoudIds(data, ids);
    return ids;
}

// The scope of an AZC location (an import's households, an intake's AZC before): its region
// and name; no gemeente (a coupling is not made by either).
Result<InvoerBereik> bereikVanAzc(Store &store, const QString &kolom, const QVariant &waarde)
{
    if (kolom != QLatin1String("id") && kolom != QLatin1String("naam"))
        return Error{QStringLiteral("bereikVanAzc"), QStringLiteral("unknown column ") + kolom};
    InvoerBereik b;
    auto rij = sql::eersteRij(store.database(),
                              QStringLiteral("SELECT pr.regio, a.naam FROM azc a "
                                             "LEFT JOIN gemeente ag ON ag.code = a.gemeente "
                                             "LEFT JOIN provincie pr ON pr.naam = ag.provincie "
                                             "WHERE a.") +
                                  kolom + QStringLiteral(" = ?"),
                              {waarde}, [&](const QSqlQuery &q) {
                                  b.regio = q.value(0);
                                  b.azc = q.value(1);
                              });
    if (!rij)
        return rij.error();
    return b;
}

Result<QList<qint64>> huishoudensVan(Store &store, const QJsonObject &data)
{
    QSet<qint64> ids;
    huishoudIds(data, ids);
    QList<qint64> koppelingen;
    for (const QJsonValue &v : data.value(QLatin1String("koppelingen")).toArray())
        koppelingen << qint64(v.toDouble());
    if (data.value(QLatin1String("koppeling")).isDouble())
        koppelingen << qint64(data.value(QLatin1String("koppeling")).toDouble());
    for (qint64 k : std::as_const(koppelingen)) {
        auto h = sql::scalar(store.database(),
                             QStringLiteral("SELECT huishouden FROM koppeling WHERE id = ?"), {k});
        if (!h)
            return h.error();
        if (!h->isNull())
            ids.insert(h->toLongLong());
    }
    QList<qint64> gesorteerd(ids.cbegin(), ids.cend());
    std::sort(gesorteerd.begin(), gesorteerd.end());
    return gesorteerd;
}

Result<InvoerBereik> bereikVanHuishouden(Store &store, qint64 id)
{
    static const QString statement =
        QStringLiteral("SELECT pr.regio, a.naam, k.gemeente, CASE WHEN k.partnerschap IS NOT "
                       "NULL THEN %1 END FROM huishouden h " RD_SQL_REGIO_VAN_HUISHOUDEN
                       "LEFT JOIN koppeling k ON k.id = (SELECT z.id FROM koppeling z WHERE "
                       "z.huishouden = h.id AND z.ongedaan = 0 ORDER BY z.id DESC LIMIT 1) "
                       "WHERE h.id = ?")
            .arg(koppelregels::huisvestendeGemeenteSql());
    InvoerBereik b;
    auto rij = sql::eersteRij(store.database(), statement, {id}, [&](const QSqlQuery &q) {
        b.regio = q.value(0);
        b.azc = q.value(1);
        b.gemeente = q.value(2);
        if (!q.value(3).isNull() && q.value(3) != q.value(2))
            b.lid = q.value(3);
    });
    if (!rij)
        return rij.error();
    return b;
}

Result<HuishoudBereiken> bereikVanHuishoudens(Store &store, const QJsonObject &data)
{
    auto ids = huishoudensVan(store, data);
    if (!ids)
        return ids.error();
    HuishoudBereiken uit;
    for (qint64 id : std::as_const(*ids)) {
        auto b = bereikVanHuishouden(store, id);
        if (!b)
            return b.error();
        uit.append({id, *b});
    }
    return uit;
}

Status controleerToegang(Store &store, const JournaalInvoer &invoer,
                         const HuishoudBereiken &huishoudens)
{
    if (!store.account() || store.vanElders() || invoer.gemigreerd)
        return {};
    QList<InvoerBereik> bereiken;
    for (const auto &[id, b] : huishoudens)
        bereiken << b;
    for (qint64 azc : invoer.azcs) {
        auto b = bereikVanAzc(store, QStringLiteral("id"), azc);
        if (!b)
            return b.error();
        bereiken << *b;
    }
    const QJsonValue vorigAzc = invoer.bijlageVorig.value(QLatin1String("azc"));
    if (vorigAzc.isString() && !vorigAzc.toString().isEmpty()) {
        auto b = bereikVanAzc(store, QStringLiteral("naam"), vorigAzc.toString());
        if (!b)
            return b.error();
        bereiken << *b;
    }
    return toegang::magSchrijven(*store.account(), invoer.soort, bereiken);
}

Status legBereikVast(Store &store, qint64 seq, const HuishoudBereiken &huishoudens)
{
    for (const auto &[id, b] : huishoudens)
        if (Status s = sql::doe(store.database(),
                                QStringLiteral("INSERT INTO journaal_bereik (seq, huishouden, "
                                               "regio, azc, gemeente, lid) VALUES (?, ?, ?, ?, ?, "
                                               "?)"),
                                {seq, id, b.regio, b.azc, b.gemeente, b.lid});
            !s)
            return s;
    return {};
}

Result<InvoerBereik> bereikBijRegel(Store &store, qint64 seq, qint64 huishouden)
{
    InvoerBereik b;
    bool gevonden = false;
    auto rij = sql::eersteRij(store.database(),
                              QStringLiteral("SELECT regio, azc, gemeente, lid FROM "
                                             "journaal_bereik WHERE seq = ? AND huishouden = ?"),
                              {seq, huishouden}, [&](const QSqlQuery &q) {
                                  gevonden = true;
                                  b.regio = q.value(0);
                                  b.azc = q.value(1);
                                  b.gemeente = q.value(2);
                                  b.lid = q.value(3);
                              });
    if (!rij)
        return rij.error();
    if (!gevonden)
        return bereikVanHuishouden(store, huishouden);
    return b;
}

} // namespace rd::journaal
