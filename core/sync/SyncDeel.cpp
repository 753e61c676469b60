// An entry of households of several scopes travels in parts (server version 8, docs/sync.md,
// "What travels").

#include "core/journaal/JournaalToegang.h"
#include "core/sync/SyncIntern.h"

#include <QHash>

#include <map>

namespace rd::sync {

namespace {

const QString gemeenteSleutel = QStringLiteral("gemeente");
const QString azcSleutel = QStringLiteral("azc");

// `data` with each top-level list of household rows ({"huishouden": id, ...}) cut to those of
// `ids`; none when it still names another household elsewhere.
std::optional<QJsonObject> deelData(const QJsonObject &data, const QSet<qint64> &ids)
{
    QJsonObject uit = data;
    for (auto it = uit.begin(); it != uit.end(); ++it) {
        if (!it.value().isArray())
            continue;
        const QJsonArray lijst = it.value().toArray();
        QJsonArray deel;
        bool vanHuishoudens = !lijst.isEmpty();
        for (const QJsonValue &v : lijst) {
            const QJsonValue h = v.toObject().value(QLatin1String("huishouden"));
            if (!v.isObject() || !h.isDouble()) {
                vanHuishoudens = false;
                break;
            }
            if (ids.contains(qint64(h.toDouble())))
                deel.append(v);
        }
        if (vanHuishoudens)
            it.value() = deel;
    }
    for (qint64 id : journaal::genoemdeHuishoudens(uit))
        if (!ids.contains(id))
            return std::nullopt;
    return uit;
}

} // namespace

Result<std::optional<InDelen>> inDelen(Store &store, const JournaalRegel &r,
                                       const QJsonObject &data, const Basis &basis)
{
    const std::optional<InDelen> heel;
    if (r.ongedaan || basis.vnummers.size() < 2 || r.soort == QLatin1String("intake") ||
        r.soort == QLatin1String("import-huishoudens"))
        return heel;
    // Each scope with its households, in a fixed order (the parts' order at the server)
    std::map<std::pair<QString, QString>, QList<qint64>> delen;
    QVariant regio;
    bool eenBereik = true;
    QList<std::pair<QString, QString>> eerste;
    for (auto it = basis.vnummers.constBegin(); it != basis.vnummers.constEnd(); ++it) {
        const qint64 id = it.key().toLongLong();
        auto b = journaal::bereikBijRegel(store, r.seq, id);
        if (!b)
            return b.error();
        if (regio.isNull())
            regio = b->regio;
        QList<std::pair<QString, QString>> sleutels;
        for (const auto &[soort, waarde] :
             {std::pair{gemeenteSleutel, b->gemeente}, std::pair{gemeenteSleutel, b->lid},
              std::pair{azcSleutel, b->azc}})
            if (!waarde.isNull()) {
                sleutels.append({soort, waarde.toString()});
                delen[sleutels.constLast()].append(id);
            }
        if (it == basis.vnummers.constBegin())
            eerste = sleutels;
        else if (sleutels != eerste)
            eenBereik = false;
    }
    if (eenBereik || regio.isNull())
        return heel;

    InDelen uit;
    uit.regio = regio;
    QHash<qint64, QJsonArray> json; // a household is in a gemeente's part and its AZC's
    const auto huishoudenJson = [&](qint64 id) -> Result<QJsonArray> {
        if (auto it = json.constFind(id); it != json.constEnd())
            return *it;
        auto j = meeTeSturen(store, {id}, true);
        if (!j)
            return j.error();
        return *json.insert(id, *j);
    };
    for (const auto &[sleutel, ids] : delen) {
        const auto d = deelData(data, QSet<qint64>(ids.cbegin(), ids.cend()));
        if (!d)
            return heel; // households outside a list of them: not split
        QJsonObject vnummers;
        QJsonArray bijlage;
        for (qint64 id : ids) {
            const QString k = QString::number(id);
            vnummers.insert(k, basis.vnummers.value(k));
            auto j = huishoudenJson(id);
            if (!j)
                return j.error();
            for (const QJsonValue &v : std::as_const(*j))
                bijlage.append(v);
        }
        QJsonObject deel{{sleutel.first, sleutel.second},
                         {QStringLiteral("data"), *d},
                         {QStringLiteral("vnummers"), vnummers},
                         {QStringLiteral("bijlage"), bijlage}};
        if (ids.size() == 1)
            deel.insert(QStringLiteral("huishouden"),
                        basis.vnummers.value(QString::number(ids[0])));
        uit.delen.append(deel);
    }
    // The region's devices receive the whole entry, with the households it couples (as a
    // coupling's, server version 6)
    if (r.soort == QLatin1String("koppel") || r.soort == QLatin1String("plan"))
        for (auto it = basis.vnummers.constBegin(); it != basis.vnummers.constEnd(); ++it) {
            auto j = huishoudenJson(it.key().toLongLong());
            if (!j)
                return j.error();
            for (const QJsonValue &v : std::as_const(*j))
                uit.bijlage.append(v);
        }
    return std::optional<InDelen>(std::move(uit));
}

} // namespace rd::sync
