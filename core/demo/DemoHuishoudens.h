#pragma once

#include "core/demo/DemoRandom.h"
#include "core/domain/HalfJaar.h"
#include "core/domain/Huishouden.h"
#include "core/domain/Regio.h"
#include "core/gemeente/Referentiedata.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// The household half of the demo generator: invented households with persons, intake and
// case dates, and the coupling planned for each. Used only by maakDemo (DemoGenerator.cpp).
namespace rd::demo {

// A coupling to make once the household has its id.
struct Plan
{
    QDate datum; // invalid: not coupled (still in the queue)
    QString gemeente;
    qint64 partnerschap = 0;
    QString reden;
    int regio = 0;
};

// Everything one run works with.
struct Context
{
    Context(quint32 seed, const QDate &dag) : random(seed), vandaag(dag) {}
    Random random;
    QDate vandaag;
    QList<Gemeente> gemeenten; // sorted by name
    QList<qint64> inwoners;    // per gemeente
    QList<qint64> geplaatst;   // persons placed per gemeente by this run
    QHash<QString, qsizetype> index;
    QList<QList<qsizetype>> perRegio = QList<QList<qsizetype>>(regio::aantal + 1);
    QList<Random::Weights> regioKeus = QList<Random::Weights>(regio::aantal + 1); // by population
    QList<Azc> azcs;
    Random::Weights azcKeus;
    qint64 weigeringen = 0; // refusals made by this run: each one's uuid (DemoTijdlijn.cpp)
    QList<QList<Partnerschap>> partnerschappen = QList<QList<Partnerschap>>(regio::aantal + 1);
    QList<HalfJaar> halfJaren;
    Random::Weights halfJaarKeus;
    Random::Weights herkomstKeus;
    qint64 volgendVNummer = 0;
    quint32 volgendBsnPrefix = 0; // the first eight digits
};

// One of two gemeenten of the region drawn by population: the one further behind.
qsizetype kiesGemeente(Context &d, int regio);
// Household number `nummer` of the run; `plan` gets its coupling (or none).
Huishouden maakHuishouden(Context &d, int nummer, Plan &plan);

} // namespace rd::demo
