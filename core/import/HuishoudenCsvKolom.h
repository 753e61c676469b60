#pragma once

#include <QHash>
#include <QString>

// The household CSV's columns by number, for the import's parts (not a public API).
namespace rd::huishoudencsv {

// The columns, in export order; K indexes huishoudenCsvKolommen().
enum K
{
    Sleutel,
    VNummer,
    Referent,
    Voornamen,
    Achternaam,
    Geboortedatum,
    Geslacht,
    LandHerkomst,
    Moedertaal,
    Talen,
    Opleiding,
    Werkervaring,
    Bsn,
    FysiekeBeperking,
    Nareiziger,
    // Household level from here on: the same on every row of the household.
    CategorieK,
    AzcK,
    Vergunning,
    Brp,
    Tekenen,
    Huur,
    Verhuizing,
    Uitschrijving,
    HuisvestGemeente,
    EersteHuisvesting,
    Zelfhuisvester,
    GezinsherenigingVanaf,
    GesprekDatum,
    TolkTaal,
    NareizigersVerwacht,
    GezinsherenigingStatus,
    Woonbehoefte,
    Opleidingswens,
    Werkwens,
    Criteria,
    SpecifiekeHuisvesting,
    AantalKolommen
};

// Where a validation field key (HuishoudenValidatie.h) lives in the file.
const QHash<QString, K> &veldKolommen();

} // namespace rd::huishoudencsv
