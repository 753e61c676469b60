// The households that travel beside an entry: a coupling's (server version 6), and those a
// partnership's member houses (version 7, docs/sync.md, "What travels"), with what a member's
// device makes of their couplings.

#include "core/huishouden/HuishoudenJson.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/regel/KoppelRegels.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/sync/SyncIntern.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace rd::sync {

namespace {

// The household's latest coupling (not undone), ended or not.
Result<std::optional<Koppeling>> laatsteKoppeling(Store &store, qint64 huishouden)
{
    static const QString statement =
        koppelregels::koppelingSelect("koppeling k") +
        QStringLiteral("WHERE k.huishouden = ? AND k.ongedaan = 0 ORDER BY k.id DESC LIMIT 1");
    return sql::eerste(store.database(), statement, {huishouden}, koppelregels::koppelingVan);
}

QString datum(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

Result<QJsonObject> partnerschapKoppeling(Store &store, qint64 huishouden)
{
    auto k = laatsteKoppeling(store, huishouden);
    if (!k)
        return k.error();
    if (!k->has_value() || (*k)->partnerschapId <= 0)
        return QJsonObject();
    const Koppeling &kk = **k;
    return QJsonObject{{QStringLiteral("gemeente"), kk.gemeenteCode},
                       {QStringLiteral("partnerschap"), kk.partnerschapId},
                       {QStringLiteral("datum"), datum(kk.datum)},
                       {QStringLiteral("reden"), kk.reden},
                       {QStringLiteral("door"), kk.door},
                       {QStringLiteral("overrule_reden"), kk.overruleReden}};
}

Result<QJsonArray> meeTeSturen(Store &store, const QList<qint64> &ids, bool metKoppeling)
{
    QJsonArray uit;
    HuishoudenRepository repository(store);
    for (qint64 id : ids) {
        auto bestaat = sql::scalar(store.database(),
                                   QStringLiteral("SELECT EXISTS (SELECT 1 FROM huishouden "
                                                  "WHERE id = ?)"),
                                   {id});
        if (!bestaat)
            return bestaat.error();
        if (bestaat->toInt() == 0)
            continue; // gone since (a replay that removed it): nothing of it travels
        auto h = repository.laad(id);
        if (!h)
            return h.error();
        QJsonObject json = huishoudenjson::alsJson(store, *h);
        if (metKoppeling) {
            auto k = partnerschapKoppeling(store, id);
            if (!k)
                return k.error();
            if (!k->isEmpty())
                json.insert(QStringLiteral("koppeling"), *k);
        }
        uit.append(json);
    }
    return uit;
}

Status maakLidKoppeling(Store &store, qint64 huishouden, const QJsonObject &koppeling,
                        const QDate &vandaag)
{
    if (koppeling.isEmpty())
        return {};
    const auto t = [&](const char *sleutel) {
        return koppeling.value(QLatin1String(sleutel)).toString();
    };
    // Made as it was in force: when it ended where it was sent from, that uncoupling is an entry
    // of its own that reaches this member after this one (it is filed as this one is).
    std::optional<Store::Namens> namens;
    if (!t("door").isEmpty())
        namens.emplace(store, t("door"));
    KoppelReeks stap(store, {KoppelVerzoek{huishouden, t("overrule_reden")}}, t("gemeente"),
                     qint64(koppeling.value(QLatin1String("partnerschap")).toDouble()),
                     QDate::fromString(t("datum"), Qt::ISODate), t("reden"), QString(),
                     vandaag.isValid() ? vandaag : QDate::currentDate());
    return stap.voerUit();
}

} // namespace rd::sync
