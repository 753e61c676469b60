#include "core/plan/PlanService.h"

#include "core/huishouden/HuishoudenRepository.h"
#include "core/instellingen/Instellingen.h"
#include "core/suggestie/SuggestieService.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace rd {

QString PlanService::margeSleutel()
{
    return QStringLiteral("plan.marge");
}

namespace {

Result<double> getal(Store &store, const QString &sleutel, double standaard, double van, double tot,
                     bool geheel)
{
    auto tekst = Instellingen(store).waarde(sleutel);
    if (!tekst)
        return tekst.error();
    if (tekst->isEmpty())
        return standaard;
    bool ok = false;
    const double waarde = tekst->toDouble(&ok);
    if (!ok || waarde < van || waarde > tot || (geheel && waarde != std::floor(waarde)))
        return Error{sleutel,
                     QCoreApplication::translate("Plan", "\"%1\" is not a number from %2 to %3")
                         .arg(*tekst, QString::number(van), QString::number(tot))};
    return waarde;
}

} // namespace

Result<int> PlanService::marge() const
{
    auto m = getal(m_store, margeSleutel(), 10, 0, 100, true);
    if (!m)
        return m.error();
    return int(*m);
}

Result<double> PlanService::seconden() const
{
    return getal(m_store, QStringLiteral("plan.seconden"), 30, 1, 600, false);
}

Result<PlanGegevens> PlanService::gegevens(int regio, const QDate &vandaag,
                                           const QStringList &vNummers,
                                           const TaakstellingOverzicht *quota) const
{
    if (regio < 1 || regio > 5)
        return Error{QStringLiteral("regio"),
                     QCoreApplication::translate("Plan", "a region is a number from 1 to 5")};
    auto wachtrij = WachtrijService(m_store).wachtrij(regio, vandaag);
    if (!wachtrij)
        return wachtrij.error();
    PlanGegevens g;
    if (vNummers.isEmpty()) {
        g.rijen = *wachtrij;
    } else {
        QHash<QString, const WachtrijRij *> perVNummer;
        for (const WachtrijRij &r : std::as_const(*wachtrij))
            perVNummer.insert(r.vNummer, &r);
        for (const QString &v : vNummers) {
            const WachtrijRij *r = perVNummer.value(v);
            if (!r)
                return Error{v, QCoreApplication::translate(
                                    "Plan", "no household waiting in region %1 has this V-nummer")
                                    .arg(regio)};
            if (!std::any_of(g.rijen.cbegin(), g.rijen.cend(), [r](const WachtrijRij &x) {
                    return x.huishoudenId == r->huishoudenId;
                }))
                g.rijen << *r;
        }
        // in the queue's order, whatever the file's
        QHash<qint64, qsizetype> plek;
        for (qsizetype i = 0; i < wachtrij->size(); ++i)
            plek.insert(wachtrij->at(i).huishoudenId, i);
        std::stable_sort(g.rijen.begin(), g.rijen.end(),
                         [&](const WachtrijRij &a, const WachtrijRij &b) {
                             return plek.value(a.huishoudenId) < plek.value(b.huishoudenId);
                         });
    }
    SuggestieService suggesties(m_store);
    auto gewichten = suggesties.gewichten();
    if (!gewichten)
        return gewichten.error();
    auto doelen = suggesties.doelen(regio, vandaag, quota);
    if (!doelen)
        return doelen.error();
    auto marge = this->marge();
    if (!marge)
        return marge.error();
    g.invoer.doelen = *doelen;
    g.invoer.gewichten = *gewichten;
    g.invoer.vandaag = vandaag;
    g.invoer.margeProcent = *marge;
    HuishoudenRepository huishoudens(m_store);
    for (const WachtrijRij &r : std::as_const(g.rijen)) {
        auto h = huishoudens.laad(r.huishoudenId);
        if (!h)
            return h.error();
        g.invoer.huishoudens << suggestie::invoer(*h, r.regio, vandaag);
    }
    return g;
}

namespace plan {

QJsonObject uitleg(const PlanRij &rij, const PlanUitkomst &uitkomst)
{
    auto tekst = [](double x) { return QString::number(x, 'f', 4); };
    return {{QStringLiteral("bron"), QStringLiteral("plan")},
            {QStringLiteral("score"), tekst(rij.score)},
            {QStringLiteral("factoren"), suggestie::factorenJson(rij.factoren)},
            {QStringLiteral("doelwaarde"), tekst(uitkomst.doelwaarde)},
            {QStringLiteral("grens"), tekst(uitkomst.grens)},
            {QStringLiteral("gap"), tekst(uitkomst.gap)},
            {QStringLiteral("vast"), rij.vast}};
}

} // namespace plan
} // namespace rd
