#include "core/rapport/RapportService.h"

#include "core/journaal/Journaal.h"
#include "core/rapport/RapportBouw.h"
#include "core/rapport/RapportJson.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace rd {

namespace {

using Bouwer = Status (*)(Store &, const RapportVraag &, Rapport &);
using SqlBouwer = QStringList (*)(const RapportVraag &);

std::pair<Bouwer, SqlBouwer> bouwerVan(RapportSoort soort)
{
    switch (soort) {
    case RapportSoort::PerGemeente:
        return {rapportbouw::perGemeente, rapportbouw::sqlPerGemeente};
    case RapportSoort::Huishoudens:
        return {rapportbouw::huishoudens, rapportbouw::sqlHuishoudens};
    case RapportSoort::TermijnGemeente:
        return {rapportbouw::termijnGemeente, rapportbouw::sqlTermijnGemeente};
    case RapportSoort::TermijnLocatie:
        return {rapportbouw::termijnLocatie, rapportbouw::sqlTermijnLocatie};
    case RapportSoort::Weigeringen:
        return {rapportbouw::weigeringen, rapportbouw::sqlWeigeringen};
    case RapportSoort::Zelfhuisvesters:
        return {rapportbouw::zelfhuisvesters, rapportbouw::sqlZelfhuisvesters};
    case RapportSoort::Toezicht:
        return {rapportbouw::toezicht, rapportbouw::sqlToezicht};
    case RapportSoort::Doorlooptijden:
        return {rapportbouw::doorlooptijden, rapportbouw::sqlDoorlooptijden};
    }
    return {nullptr, nullptr};
}

Status controleer(Store &store, const HalfJaar &periode, const RapportBereik &bereik)
{
    if (!periode.isValid())
        return Error{
            QStringLiteral("periode"),
            QCoreApplication::translate("RapportService", "is not a half-year such as 2025-H1")};
    return bereik.controleer(store);
}

} // namespace

Result<Rapport> RapportService::maak(RapportSoort soort, const HalfJaar &periode,
                                     const RapportBereik &bereik, const RapportOpties &opties) const
{
    if (auto s = controleer(m_store, periode, bereik); !s)
        return s.error();
    // A province's device joined to a team server shows the figures published for its area
    auto gepubliceerd = rapportjson::ontvangen(m_store, soort, periode, bereik);
    if (!gepubliceerd)
        return gepubliceerd.error();
    const auto bouwer = bouwerVan(soort).first;
    if (*gepubliceerd && bouwer) {
        // Its title and headings in this program's language, from the same report made here
        // (a province's store has no households: it costs little); the figures as published
        Rapport r = std::move(**gepubliceerd);
        r.titel = rapport::titel(soort);
        r.bereikNaam = bereik.omschrijving(m_store);
        Rapport skelet;
        RapportOpties hier = opties;
        hier.peildatum = r.gemaaktOp;
        if (bouwer(m_store, RapportVraag{periode, bereik, hier}, skelet))
            rapportjson::neemKoppenOver(r, skelet);
        return r;
    }
    Rapport rapport;
    rapport.soort = soort;
    rapport.titel = rapport::titel(soort);
    rapport.periode = periode;
    rapport.bereik = bereik;
    rapport.bereikNaam = bereik.omschrijving(m_store);
    rapport.gemaaktOp = opties.peildatum;
    // Read before the figures: the copy shows at least what the log held up to this head.
    auto kop = journaal::kop(m_store);
    if (!kop)
        return kop.error();
    rapport.journaalSeq = kop->first;
    rapport.journaalHash = kop->second;
    if (!bouwer)
        return Error{QStringLiteral("rapport"),
                     QCoreApplication::translate("RapportService", "unknown report")};
    if (auto s = bouwer(m_store, RapportVraag{periode, bereik, opties}, rapport); !s)
        return s.error();
    return rapport;
}

Result<QStringList> RapportService::sql(RapportSoort soort, const HalfJaar &periode,
                                        const RapportBereik &bereik,
                                        const RapportOpties &opties) const
{
    if (auto s = controleer(m_store, periode, bereik); !s)
        return s.error();
    const auto bouwer = bouwerVan(soort).second;
    if (!bouwer)
        return Error{QStringLiteral("rapport"),
                     QCoreApplication::translate("RapportService", "unknown report")};
    return bouwer(RapportVraag{periode, bereik, opties});
}

} // namespace rd
