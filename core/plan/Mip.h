#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

#include <limits>

namespace rd::mip {

// A mixed-integer programme in the plain form both solvers read: minimise kosten·x subject to
// onder <= x <= boven per column and onder <= Σ waarde·x <= boven per row. The week plan
// (core/plan/Plan.h) builds one; CBC solves it, GLPK solves the same model as a cross-check.
constexpr double oneindig = std::numeric_limits<double>::infinity();

struct Rij
{
    QList<int> kolommen;
    QList<double> waarden;
    double onder = -oneindig;
    double boven = oneindig;
};

struct Model
{
    QList<double> kosten;
    QList<double> onder;
    QList<double> boven;
    QList<bool> geheel; // an integer column
    QList<Rij> rijen;

    int kolom(double kosten, double onder, double boven, bool geheel = true);
    int kolommen() const { return int(kosten.size()); }
    qsizetype nietNul() const; // the matrix's non-zeros
};

enum class Solver
{
    Cbc,  // COIN-OR CBC: the planner's solver
    Glpk, // GNU GLPK: the cross-check
};

QString naam(Solver s); // "cbc", "glpk"

struct Oplossing
{
    bool optimaal = false;   // proven optimal (the bound meets the objective)
    bool onhaalbaar = false; // proven to have no solution
    double doelwaarde = 0;   // the objective of the best solution found
    double grens = 0;        // the best bound on the optimum (the objective when optimal)
    QList<double> x;         // the best solution; empty when none was found
};

// Solves `model` with `solver`, stopping after `maxSeconden` (the best solution found so far,
// not proven optimal, is returned then). An error when no solution was found for another
// reason than infeasibility. `start`: a feasible solution CBC starts from (GLPK ignores it).
Result<Oplossing> los(const Model &model, Solver solver, double maxSeconden = 60,
                      const QList<double> &start = {});

// The linear relaxation (every column continuous), solved by CLP: a bound on the optimum.
Result<Oplossing> relaxatie(const Model &model);

// The relative gap between objective and bound: 0 when optimal.
double gap(const Oplossing &o);

} // namespace rd::mip
