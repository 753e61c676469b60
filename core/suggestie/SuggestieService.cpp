#include "core/suggestie/SuggestieService.h"

#include "core/domain/HalfJaar.h"
#include "core/domain/Huishouden.h"
#include "core/fase/Fase.h"
#include "core/gemeente/GemeenteService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/instellingen/Instellingen.h"
#include "core/regel/Woonbehoefte.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace rd {

namespace suggestie {

SuggestieHuishouden invoer(const Huishouden &h, int regio, const QDate &vandaag)
{
    SuggestieHuishouden uit;
    uit.id = h.id;
    uit.personen = h.aantalPersonen();
    uit.regio = regio;
    uit.nodig = woonbehoefte::nodig(h, vandaag);
    if (gezinsherenigingBlokActief(h.gezinsherenigingVanaf, vandaag))
        uit.geblokkeerdTot = gezinsherenigingBlokTot(h.gezinsherenigingVanaf);
    if (h.gesprek) {
        for (const PlaatsingsCriterium &c : h.gesprek->criteria) {
            if (!c.gemeenteCode.isEmpty()) {
                if (!uit.gebondenAan.contains(c.gemeenteCode))
                    uit.gebondenAan << c.gemeenteCode;
            } else if ((c.soort == CriteriumSoort::Werk || c.soort == CriteriumSoort::Opleiding) &&
                       !c.plaats.trimmed().isEmpty()) {
                uit.plaatsen << c.plaats.trimmed().toLower();
            }
        }
    }
    return uit;
}

QString gewichtSleutel(Factor f)
{
    return QStringLiteral("suggestie.gewicht.") + factor::code(f);
}

} // namespace suggestie

namespace {

constexpr double maxGewicht = 10;

} // namespace

Result<Gewichten> SuggestieService::gewichten() const
{
    Gewichten gewichten;
    const Instellingen instellingen(m_store);
    for (const Factor f : factor::alle()) {
        const QString sleutel = suggestie::gewichtSleutel(f);
        auto tekst = instellingen.waarde(sleutel);
        if (!tekst)
            return tekst.error();
        if (tekst->isEmpty())
            continue;
        bool ok = false;
        const double gewicht = tekst->toDouble(&ok);
        if (!ok || gewicht < 0 || gewicht > maxGewicht)
            return Error{sleutel, QCoreApplication::translate(
                                      "Suggestie", "\"%1\" is not a weight between 0 and 10")
                                      .arg(*tekst)};
        gewichten.zet(f, gewicht);
    }
    return gewichten;
}

Status SuggestieService::zetGewichten(const Gewichten &gewichten)
{
    for (const Factor f : factor::alle()) {
        const double gewicht = gewichten.van(f);
        if (!(gewicht >= 0 && gewicht <= maxGewicht))
            return Error{
                suggestie::gewichtSleutel(f),
                QCoreApplication::translate("Suggestie", "the weight must lie between 0 and 10")};
    }
    return m_store.transaction([&]() -> Status {
        Instellingen instellingen(m_store);
        for (const Factor f : factor::alle()) {
            if (auto s = instellingen.zetWaarde(suggestie::gewichtSleutel(f),
                                                QString::number(gewichten.van(f), 'g', 6));
                !s)
                return s;
        }
        return {};
    });
}

Result<QList<SuggestieDoel>> SuggestieService::doelen(int regio, const QDate &vandaag,
                                                      const TaakstellingOverzicht *quota) const
{
    auto gemeenten = GemeenteService(m_store).alle(regio);
    if (!gemeenten)
        return gemeenten.error();
    auto partnerschappen = Referentiedata(m_store).partnerschappen(regio);
    if (!partnerschappen)
        return partnerschappen.error();

    QHash<QString, const TaakstellingStand *> stand;
    if (quota && quota->halfJaar == HalfJaar::van(vandaag)) {
        for (const TaakstellingStand &rij : quota->rijen)
            stand.insert(rij.code, &rij);
    }
    const bool compleet =
        std::all_of(gemeenten->cbegin(), gemeenten->cend(),
                    [&](const GemeenteGegevens &g) { return stand.contains(g.gemeente.code); });
    Result<TaakstellingOverzicht> berekend = TaakstellingOverzicht();
    if (!compleet) {
        berekend = TaakstellingService(m_store).bereken(HalfJaar::van(vandaag), regio, vandaag);
        if (!berekend)
            return berekend.error();
        stand.clear();
        for (const TaakstellingStand &rij : std::as_const(berekend->rijen))
            stand.insert(rij.code, &rij);
    }
    QHash<QString, const GemeenteGegevens *> gegevens;
    for (const GemeenteGegevens &g : std::as_const(*gemeenten))
        gegevens.insert(g.gemeente.code, &g);

    QList<SuggestieDoel> doelen;
    for (const GemeenteGegevens &g : std::as_const(*gemeenten)) {
        SuggestieDoel d;
        d.code = g.gemeente.code;
        d.naam = g.gemeente.naam;
        d.regio = g.gemeente.regio;
        d.leden = {d.code};
        d.plaatsen = {d.naam.toLower()};
        if (const TaakstellingStand *s = stand.value(d.code)) {
            d.opgave = s->opgave;
            d.prognose = s->prognose;
        }
        d.profiel = QSet<QString>(g.woningprofiel.cbegin(), g.woningprofiel.cend());
        doelen.append(d);
    }
    for (const Partnerschap &p : std::as_const(*partnerschappen)) {
        SuggestieDoel d;
        d.code = p.coordinator;
        d.partnerschapId = p.id;
        d.naam = p.naam;
        d.leden = p.leden;
        bool profielBekend = true;
        for (const QString &lid : p.leden) {
            const GemeenteGegevens *g = gegevens.value(lid);
            if (const TaakstellingStand *s = stand.value(lid)) {
                d.opgave += s->opgave;
                d.prognose += s->prognose;
            }
            if (!g) { // a member outside the region asked for: its figures are not here
                profielBekend = false;
                continue;
            }
            if (lid == p.coordinator)
                d.regio = g->gemeente.regio;
            d.plaatsen << g->gemeente.naam.toLower();
            if (g->woningprofiel.isEmpty())
                profielBekend = false;
            for (const QString &code : g->woningprofiel)
                d.profiel.insert(code);
        }
        if (!profielBekend) // unknown when any member's is unknown, as the checks judge it
            d.profiel.clear();
        doelen.append(d);
    }
    return doelen;
}

Result<QList<Suggestie>> SuggestieService::voor(qint64 huishoudenId, const QDate &vandaag,
                                                const TaakstellingOverzicht *quota) const
{
    auto h = HuishoudenRepository(m_store).laad(huishoudenId);
    if (!h)
        return h.error();
    int regio = 0;
    if (h->azcId > 0) {
        auto azc = Referentiedata(m_store).azc(h->azcId);
        if (!azc)
            return azc.error();
        if (azc->has_value())
            regio = (*azc)->regio;
    }
    auto gewichten = this->gewichten();
    if (!gewichten)
        return gewichten.error();
    auto doelen = this->doelen(regio, vandaag, quota);
    if (!doelen)
        return doelen.error();
    return suggestie::rangschik(suggestie::invoer(*h, regio, vandaag), *doelen, *gewichten,
                                vandaag);
}

} // namespace rd
