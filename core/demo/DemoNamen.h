#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Tables for the demo generator: countries of origin as among recent status holders in the
// Netherlands, their languages, and name lists that are combined at random into invented
// names (no real persons). The values are demo data in Dutch, as a regievoerder would type them.
namespace rd::demo {

struct Herkomst
{
    QString land;
    int gewicht = 0; // share in per mille of all households
    QStringList moedertalen;
    QList<int> moedertaalGewichten; // per mille, one per mother tongue
    QStringList tweedeTalen;        // often spoken besides the mother tongue
    QStringList mannen;
    QStringList vrouwen;
    QStringList achternamen;
};

const QList<Herkomst> &herkomsten(); // weights add up to 1000

const QStringList &opleidingen();      // an adult's education
const QStringList &beroepen();         // work experience: "bakker", the years are added
const QStringList &opleidingswensen(); // intake interview
const QStringList &werkwensen();       // intake interview
const QStringList &beperkingen();      // visible physical limitations only, never a diagnosis
const QStringList &koppelRedenen();    // why a regievoerder coupled to this gemeente

} // namespace rd::demo
