#pragma once

#include "core/common/Result.h"
#include "core/plan/Mip.h"
#include "core/suggestie/Suggestie.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace rd {

// A plan for the week (issue 15): one proposed target for each waiting household of a region,
// chosen together so that the sum of the suggestions' costs is as low as it can be, solved to a
// proven optimum. A proposal only: a person confirms every coupling. docs/suggesties.md gives the
// model in full. Like the ranking it reads only the narrow SuggestieHuishouden: origin is never
// an input.
struct PlanInvoer
{
    QList<SuggestieHuishouden> huishoudens; // in the queue's order (longest waiting first)
    QList<SuggestieDoel> doelen;            // the region's gemeenten and partnerships
    Gewichten gewichten;
    QDate vandaag;
    // How far past its remaining opgave a plan may fill a target, in percent of its opgave.
    int margeProcent = 10;
    // Rows a person pinned: household id -> target key (plan::sleutel); an empty key pins the
    // household to "not in this plan". Kept as they are by every solve.
    QHash<qint64, QString> vast;
};

struct PlanRij
{
    qint64 huishouden = 0;
    int personen = 0;
    int doel = -1;                // index in PlanInvoer::doelen; -1: not assigned
    bool vast = false;            // pinned by a person
    double score = 0;             // the suggestion's score for the target (0 when not assigned)
    QList<FactorWaarde> factoren; // the target's factors, in factor::alle() order
    // Not assigned: "gezinshereniging", "buiten-regio" or "criterium-elders" when no target is
    // eligible (the most frequent reason over the targets), "capaciteit" when the eligible ones
    // are full, "vastgezet" when a person left it out; empty when assigned.
    QString uitgesloten;
    QString reden; // for a person, translated; empty when assigned
};

// A target's persons before and after the plan.
struct PlanDoelStand
{
    qint64 opgave = 0;
    qint64 prognose = 0; // before the plan
    qint64 ruimte = 0;   // the capacity the plan may fill: remaining opgave + the margin
    qint64 erbij = 0;    // persons the plan assigns to it

    qint64 achterstandVoor() const { return opgave - prognose; }
    qint64 achterstandNa() const { return opgave - prognose - erbij; }
};

struct PlanUitkomst
{
    QList<PlanRij> rijen;         // in the order of PlanInvoer::huishoudens
    QList<PlanDoelStand> standen; // in the order of PlanInvoer::doelen
    QString solver;               // "cbc", "glpk" or "gretig" (the greedy baseline)
    double doelwaarde = 0;        // the objective (plan::doelwaarde) of the rows
    double grens = 0;             // the solver's bound on it (the objective when optimal)
    double gap = 0;               // relative, 0 when proven optimal
    bool optimaal = false;
    int klassen = 0;     // households with the same costs, solved as one integer column each
    int kolommen = 0;    // of the model solved
    double seconden = 0; // the solver's time, building the model included

    int toegewezen() const;
    int personenToegewezen() const;
};

namespace plan {

// A target's key for pins: the gemeente code, or "P<id>" for a partnership.
QString sleutel(const SuggestieDoel &d);

// The cost of leaving one person unassigned: more than a household can gain or lose by any
// choice of target (2 × the sum of the weights, plus 1), so a plan never leaves a household
// out that fits somewhere.
double strafPerPersoon(const Gewichten &g);

// The model counts costs in whole ten-thousandths of a score point (the precision the change
// log keeps a score in): an integral objective lets the solver close its bound exactly.
inline constexpr double eenheid = 1e4;

// The cost of placing a household of `personen` where it scores `score`, counted per person as
// the quota is: -score × personen, rounded to whole units (in score points).
double kosten(double score, int personen);

// The capacity a plan may fill: max(0, opgave - prognose) + ceil(opgave × marge / 100).
qint64 ruimte(const SuggestieDoel &d, int margeProcent);

// The objective of a set of rows: Σ -score over the assigned rows + strafPerPersoon × persons
// of every row left out that had an eligible target (pinned rows included). Lower is better.
double doelwaarde(const PlanInvoer &invoer, const QList<PlanRij> &rijen);

// The spread of the backlogs after the plan: the standard deviation, over the units that fill
// a quota (a partnership with its members, or a gemeente in none), of the backlog on the
// forecast relative to the opgave ((opgave - prognose - erbij) / max(opgave, 1)).
double spreiding(const PlanInvoer &invoer, const QList<PlanDoelStand> &standen);

// Solves the plan to a proven optimum (or the best found within `maxSeconden`). Households with
// the same size, needs, ties and block share every cost, so each such class is one integer
// column per target (an exact reformulation with no symmetry left to branch on); the class's
// households then take its targets in queue order. An error for a pin that names an unknown or
// ineligible target or household, naming it.
Result<PlanUitkomst> los(const PlanInvoer &invoer, mip::Solver solver = mip::Solver::Cbc,
                         double maxSeconden = 60);

// The same plan as the textbook model, one 0/1 column per household and eligible target: what
// the cross-check gives GLPK. Its optimum equals los()'s doelwaarde minus the pinned rows'
// part.
mip::Model perHuishouden(const PlanInvoer &invoer);

// The greedy baseline: the pinned rows first, then each household in queue order to its
// best-ranked eligible target (suggestie::rangschik's order) that still has room.
Result<PlanUitkomst> gretig(const PlanInvoer &invoer);

} // namespace plan
} // namespace rd
