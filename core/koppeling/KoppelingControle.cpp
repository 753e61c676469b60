#include "core/koppeling/KoppelingControle.h"

#include "core/domain/HalfJaar.h"
#include "core/domain/Huishouden.h"
#include "core/fase/Fase.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/regel/BemiddelingStop.h"
#include "core/regel/Woonbehoefte.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace rd {

bool ControleUitkomst::blokkerend() const
{
    return std::any_of(punten.cbegin(), punten.cend(),
                       [](const ControlePunt &p) { return p.ernst == ControleErnst::Blokkerend; });
}

QList<ControlePunt> ControleUitkomst::waarschuwingen() const
{
    QList<ControlePunt> result;
    for (const auto &p : punten) {
        if (p.ernst == ControleErnst::Waarschuwing)
            result.append(p);
    }
    return result;
}

namespace {

constexpr int maxAchterNamen = 5;

// What the household would be coupled to: one gemeente, or a partnership as a whole.
struct Doel
{
    Gemeente gemeente; // the target gemeente (a partnership's coordinator unless one was named)
    QString naam;      // for texts: the gemeente's or the partnership's name
    QStringList leden; // the gemeenten the household may end up in
    int regio = 0;     // the coordinator's region for a partnership
};

Error onbekendeGemeente(const QString &code)
{
    return Error{QCoreApplication::translate("KoppelingControle", "gemeente"),
                 QCoreApplication::translate("KoppelingControle", "unknown gemeente %1").arg(code)};
}

Result<Gemeente> laadGemeente(const Referentiedata &ref, const QString &code)
{
    auto g = ref.gemeente(code);
    if (!g)
        return g.error();
    if (!g->has_value())
        return onbekendeGemeente(code);
    return **g;
}

Result<Doel> bepaalDoel(const Referentiedata &ref, const QString &gemeenteCode,
                        qint64 partnerschapId)
{
    if (partnerschapId <= 0) {
        auto g = laadGemeente(ref, gemeenteCode);
        if (!g)
            return g.error();
        return Doel{*g, g->naam, {g->code}, g->regio};
    }
    auto alle = ref.partnerschappen();
    if (!alle)
        return alle.error();
    const auto it = std::find_if(alle->cbegin(), alle->cend(),
                                 [&](const Partnerschap &p) { return p.id == partnerschapId; });
    if (it == alle->cend())
        return Error{QCoreApplication::translate("KoppelingControle", "partnership"),
                     QCoreApplication::translate("KoppelingControle", "unknown partnership %1")
                         .arg(partnerschapId)};
    auto coordinator = laadGemeente(ref, it->coordinator);
    if (!coordinator)
        return coordinator.error();
    Gemeente doel = *coordinator;
    if (!gemeenteCode.isEmpty() && gemeenteCode != it->coordinator) {
        auto lid = laadGemeente(ref, gemeenteCode);
        if (!lid)
            return lid.error();
        if (!it->leden.contains(gemeenteCode))
            return Error{QCoreApplication::translate("KoppelingControle", "gemeente"),
                         QCoreApplication::translate("KoppelingControle",
                                                     "%1 is not a member of the partnership %2")
                             .arg(lid->naam, it->naam)};
        doel = *lid;
    }
    return Doel{doel, it->naam, it->leden, coordinator->regio};
}

QString gemeenteNaam(const Referentiedata &ref, const QString &code)
{
    auto g = ref.gemeente(code);
    if (g && g->has_value())
        return QStringLiteral("%1 (%2)").arg((*g)->naam, code);
    return code;
}

// The union of the members' housing profiles; empty (unknown) when any member's is unknown.
Result<QSet<QString>> woningprofiel(const QSqlDatabase &db, const QStringList &leden)
{
    QSet<QString> profiel;
    for (const auto &code : leden) {
        auto waarde = sql::scalar(
            db, QStringLiteral("SELECT woningprofiel FROM gemeente WHERE code = ?"), {code});
        if (!waarde)
            return waarde.error();
        QSet<QString> eigen;
        for (const auto &deel : waarde->toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!deel.trimmed().isEmpty())
                eigen.insert(deel.trimmed().toLower());
        }
        if (eigen.isEmpty())
            return QSet<QString>();
        profiel.unite(eigen);
    }
    return profiel;
}

QString getal(qint64 n)
{
    // A real minus sign, so "−12" reads as a number behind.
    return n < 0 ? QString(QChar(0x2212)) + QString::number(-n) : QString::number(n);
}

void criteriumElders(const Huishouden &h, const Doel &doel, const Referentiedata &ref,
                     QList<ControlePunt> &punten)
{
    if (!h.gesprek)
        return;
    for (const auto &c : h.gesprek->criteria) {
        if (c.gemeenteCode.isEmpty() || doel.leden.contains(c.gemeenteCode))
            continue;
        punten.append(
            {ControleErnst::Blokkerend, QStringLiteral("criterium-elders"),
             QCoreApplication::translate(
                 "KoppelingControle",
                 "The mandatory placement criterion \"%1\" ties the household to %2, not to %3.")
                 .arg(criterium::naam(c.soort), gemeenteNaam(ref, c.gemeenteCode), doel.naam)});
    }
}

void gezinshereniging(const Huishouden &h, const QDate &vandaag, QList<ControlePunt> &punten)
{
    if (!gezinsherenigingBlokActief(h.gezinsherenigingVanaf, vandaag))
        return;
    punten.append({ControleErnst::Blokkerend, QStringLiteral("gezinshereniging"),
                   QCoreApplication::translate("KoppelingControle",
                                               "Family reunification blocks placement until %1.")
                       .arg(QLocale().toString(gezinsherenigingBlokTot(h.gezinsherenigingVanaf),
                                               QLocale::ShortFormat))});
}

Status buitenRegio(const Huishouden &h, const Doel &doel, const Referentiedata &ref,
                   QList<ControlePunt> &punten)
{
    if (h.azcId <= 0)
        return {};
    auto azc = ref.azc(h.azcId);
    if (!azc)
        return azc.error();
    if (!azc->has_value() || (*azc)->regio == 0 || (*azc)->regio == doel.regio)
        return {};
    punten.append(
        {ControleErnst::Blokkerend, QStringLiteral("buiten-regio"),
         QCoreApplication::translate("KoppelingControle",
                                     "%1 lies in region %2, outside region %3 of the AZC %4.")
             .arg(doel.naam, QString::number(doel.regio), QString::number((*azc)->regio),
                  (*azc)->naam)});
    return {};
}

void grootHuishouden(const Huishouden &h, QList<ControlePunt> &punten)
{
    if (h.aantalPersonen() < fase::grootHuishoudenVanaf)
        return;
    punten.append({ControleErnst::Waarschuwing, QStringLiteral("groot-huishouden"),
                   QCoreApplication::translate(
                       "KoppelingControle",
                       "A very large household of %1 persons: it needs specific housing.")
                       .arg(h.aantalPersonen())});
}

bool bruikbaar(const TaakstellingOverzicht *quota, const Doel &doel, const QDate &vandaag)
{
    if (!quota || quota->halfJaar != HalfJaar::van(vandaag))
        return false;
    return std::any_of(quota->rijen.begin(), quota->rijen.end(),
                       [&](const TaakstellingStand &rij) { return rij.regio == doel.regio; });
}

void voorsprong(Store &store, const TaakstellingOverzicht *cache, const Doel &doel,
                const QDate &vandaag, QList<ControlePunt> &punten)
{
    // Without a computable quota (no vg, population missing) there is nothing to weigh.
    Result<TaakstellingOverzicht> berekend = TaakstellingOverzicht();
    if (!bruikbaar(cache, doel, vandaag))
        berekend = TaakstellingService(store).bereken(HalfJaar::van(vandaag), doel.regio, vandaag);
    if (!berekend)
        return;
    const TaakstellingOverzicht &overzicht = bruikbaar(cache, doel, vandaag) ? *cache : *berekend;
    qint64 doelVoorAchter = 0;
    QList<TaakstellingStand> achter;
    for (const auto &rij : overzicht.rijen) {
        if (rij.regio != doel.regio)
            continue;
        if (doel.leden.contains(rij.code))
            doelVoorAchter += rij.voorAchter;
        else if (rij.voorAchter < 0)
            achter.append(rij);
    }
    if (doelVoorAchter <= 0 || achter.isEmpty())
        return;
    std::stable_sort(achter.begin(), achter.end(),
                     [](const TaakstellingStand &a, const TaakstellingStand &b) {
                         return a.voorAchter < b.voorAchter;
                     });
    QStringList namen;
    for (const auto &rij : achter.mid(0, maxAchterNamen))
        namen << QStringLiteral("%1 (%2)").arg(rij.naam, getal(rij.voorAchter));
    punten.append(
        {ControleErnst::Waarschuwing, QStringLiteral("voorsprong"),
         QCoreApplication::translate("KoppelingControle",
                                     "%1 is ahead on its forecast by %2 persons while "
                                     "%n other gemeente(s) in the region are behind; "
                                     "most behind: %3",
                                     nullptr, int(achter.size()))
             .arg(doel.naam, QString::number(doelVoorAchter), namen.join(QStringLiteral(", ")))});
}

Status woningprofielPast(Store &store, const Huishouden &h, const Doel &doel, const QDate &vandaag,
                         QList<ControlePunt> &punten)
{
    const auto nodig = woonbehoefte::nodig(h, vandaag);
    if (nodig.isEmpty())
        return {};
    auto profiel = woningprofiel(store.database(), doel.leden);
    if (!profiel)
        return profiel.error();
    if (profiel->isEmpty())
        return {};
    QStringList ontbreekt;
    for (const auto &code : nodig) {
        if (!profiel->contains(code))
            ontbreekt << code;
    }
    if (ontbreekt.isEmpty())
        return {};
    punten.append({ControleErnst::Waarschuwing, QStringLiteral("woningprofiel"),
                   QCoreApplication::translate("KoppelingControle",
                                               "The housing stock of %1 lacks what this household "
                                               "needs: %2.")
                       .arg(doel.naam, ontbreekt.join(QStringLiteral(", ")))});
    return {};
}

} // namespace

Result<ControleUitkomst> KoppelingControle::controleer(qint64 huishoudenId,
                                                       const QString &gemeenteCode,
                                                       qint64 partnerschapId, const QDate &vandaag,
                                                       Omvang omvang) const
{
    auto h = HuishoudenRepository(m_store).laad(huishoudenId);
    if (!h)
        return h.error();
    // Not a blocking item that a reason could override: the household cannot be coupled.
    if (auto s = bemiddeling::nietGestopt(
            m_store, huishoudenId, QCoreApplication::translate("KoppelingControle", "household"));
        !s)
        return s.error();
    const Referentiedata ref(m_store);
    auto doel = bepaalDoel(ref, gemeenteCode.trimmed(), partnerschapId);
    if (!doel)
        return doel.error();

    ControleUitkomst uitkomst;
    auto &punten = uitkomst.punten;
    criteriumElders(*h, *doel, ref, punten);
    gezinshereniging(*h, vandaag, punten);
    if (auto s = buitenRegio(*h, *doel, ref, punten); !s)
        return s.error();
    if (omvang == Omvang::AlleenBlokkerend)
        return uitkomst;
    grootHuishouden(*h, punten);
    voorsprong(m_store, m_quota, *doel, vandaag, punten);
    if (auto s = woningprofielPast(m_store, *h, *doel, vandaag, punten); !s)
        return s.error();
    return uitkomst;
}

} // namespace rd
