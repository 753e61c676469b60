#pragma once

#include "core/common/Result.h"
#include "core/plan/Mip.h"
#include "core/plan/Plan.h"

#include <QList>
#include <QString>

// The week plan's model, inside core/plan: the classes of households that share every cost,
// the capacity rows, the integer programme over them and how it is solved. Plan.cpp builds the
// rows of a plan from it.
namespace rd::plan::model {

// A cost in the model's whole units (plan::eenheid per score point), per person.
double eenheden(double score, int personen);
double strafKosten(const Gewichten &g, int personen);

// One eligible target of a class, in the ranking's order.
struct Keuze
{
    int doel = 0;
    double score = 0;
    QList<FactorWaarde> factoren;
};

// Households with the same inputs to every factor and rule: they share every cost.
struct Klasse
{
    int personen = 0;
    QList<int> leden;    // indices in PlanInvoer::huishoudens, queue order, not pinned
    QList<Keuze> keuzes; // eligible targets, best first
    QString uitgesloten; // when none is eligible: the most frequent reason
    QString reden;
};

// What every solve shares: the classes, the capacity rows and what the pins take of them.
struct Opzet
{
    QList<Klasse> klassen;
    QList<int> klasseVan;       // per household
    QList<QList<int>> rijenVan; // per target: the capacity rows it fills
    QList<qint64> rijRuimte;    // per capacity row: the room left after the pins
    QList<PlanRij> vasteRijen;  // per household; doel -2 when not pinned
};

// The class model: per class one integer column per target it fits (how many of its
// households go there) and one for those left out; per class a row that counts them all; per
// capacity row the persons it takes.
struct KlasseModel
{
    mip::Model model;
    QList<QList<QPair<int, int>>> kolommen; // per class: (column, choice index), best first
    QList<int> buiten;                      // per class: the column of those left out; -1: none
};

// The classes, the capacity rows and the pinned rows of a plan; an error for a bad pin.
Result<Opzet> zetOp(const PlanInvoer &in);
// Whether a household of `personen` fits every capacity row of `doel` in `ruimte`.
bool past(const Opzet &o, const QList<qint64> &ruimte, int doel, int personen);
KlasseModel klasseModel(const PlanInvoer &in, const Opzet &o);
QList<double> afgerond(const KlasseModel &km, const Opzet &o, const QList<double> &lp);
double kostenVan(const mip::Model &m, const QList<double> &x);
// The relaxation's classes that are whole kept, those it splits solved exactly over the room
// left: a solution of the class model, empty when none was found in `maxSeconden`.
QList<double> rest(const PlanInvoer &in, const KlasseModel &km, const Opzet &o,
                   const QList<double> &lp, double maxSeconden);
QList<QList<int>> delen(const Opzet &o);
Result<mip::Oplossing> losCbc(const PlanInvoer &in, const KlasseModel &km, const Opzet &o,
                              double maxSeconden);

} // namespace rd::plan::model
