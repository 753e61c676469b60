#pragma once

// Internal to core/rapport: one builder per report, each in its own file. RapportService
// checks the period and the scope, then calls the builder. A builder runs its SQL (the scope
// applied with RapportBereik::filter), fills the tables, the totals row and the chart, and
// sets the notes; `sql` returns the same statements with their values for the benchmark.

#include "core/common/Result.h"
#include "core/rapport/Rapport.h"
#include "core/rapport/RapportService.h"

#include <QStringList>

namespace rd {

class Store;

struct RapportVraag
{
    HalfJaar periode;
    RapportBereik bereik;
    RapportOpties opties;
    QDate van() const { return periode.begin(); }
    QDate tot() const { return periode.eind(); }
};

namespace rapportbouw {

// Each fills rapport.tabellen / grafiek / toelichting; soort, titel, periode, bereik and
// gemaaktOp are set by RapportService.
Status perGemeente(Store &store, const RapportVraag &vraag, Rapport &rapport);
Status huishoudens(Store &store, const RapportVraag &vraag, Rapport &rapport);
Status termijnGemeente(Store &store, const RapportVraag &vraag, Rapport &rapport);
Status termijnLocatie(Store &store, const RapportVraag &vraag, Rapport &rapport);
Status weigeringen(Store &store, const RapportVraag &vraag, Rapport &rapport);
Status zelfhuisvesters(Store &store, const RapportVraag &vraag, Rapport &rapport);
Status toezicht(Store &store, const RapportVraag &vraag, Rapport &rapport);
Status doorlooptijden(Store &store, const RapportVraag &vraag, Rapport &rapport);

QStringList sqlPerGemeente(const RapportVraag &vraag);
QStringList sqlHuishoudens(const RapportVraag &vraag);
QStringList sqlTermijnGemeente(const RapportVraag &vraag);
QStringList sqlTermijnLocatie(const RapportVraag &vraag);
QStringList sqlWeigeringen(const RapportVraag &vraag);
QStringList sqlZelfhuisvesters(const RapportVraag &vraag);
QStringList sqlToezicht(const RapportVraag &vraag);
QStringList sqlDoorlooptijden(const RapportVraag &vraag);

} // namespace rapportbouw

} // namespace rd
