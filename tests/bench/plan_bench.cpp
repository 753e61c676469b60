// The week plan (issue 15): a region's week (1,000 households × 90 gemeenten) to a proven
// optimum in ≤ 1 s; the national case (5,000 × 342 in five regions) in ≤ 10 s and at most 1/20 of
// GLPK's time on the same instance in the same run; memory ≤ 500 MB. Counters: the objective,
// the gap, the classes and columns, the greedy baseline's objective and both spreads of the
// backlogs, and the process's peak memory.

#include "../support/PlanVoorbeeld.h"

#include "core/plan/Plan.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

using namespace rd;

namespace {

// The remaining opgave twice the week's persons (a week against half a year's quota), and a
// tight week where the room barely holds the queue.
const test::PlanVorm regio{{90}, 1000, 4, 10, 2.0};
const test::PlanVorm regioKrap{{90}, 1000, 4, 10, 0.9};
const test::PlanVorm landelijk{{40, 76, 76, 63, 87}, 5000, 4, 10, 2.0};

double piekMb()
{
    rusage r{};
    getrusage(RUSAGE_SELF, &r);
    return double(r.ru_maxrss) / 1024.0;
}

void meet(benchmark::State &state, const test::PlanVorm &vorm, mip::Solver solver,
          double maxSeconden = 30)
{
    const PlanInvoer in = test::planVoorbeeld(2026, vorm);
    PlanUitkomst laatste;
    for (auto _ : state) {
        auto u = plan::los(in, solver, maxSeconden);
        if (!u) {
            state.SkipWithError(u.error().toString().toUtf8().constData());
            return;
        }
        laatste = *u;
    }
    const auto gretig = plan::gretig(in);
    state.counters["objective"] = laatste.doelwaarde;
    state.counters["gap"] = laatste.gap;
    state.counters["optimal"] = laatste.optimaal ? 1 : 0;
    state.counters["classes"] = laatste.klassen;
    state.counters["columns"] = laatste.kolommen;
    state.counters["placed"] = laatste.toegewezen();
    state.counters["spread"] = plan::spreiding(in, laatste.standen);
    if (gretig) {
        state.counters["greedy_objective"] = gretig->doelwaarde;
        state.counters["greedy_placed"] = gretig->toegewezen();
        state.counters["greedy_spread"] = plan::spreiding(in, gretig->standen);
    }
    state.counters["peak_MB"] = piekMb();
}

// GLPK on the textbook model (one 0/1 column per household and target), for the ratio.
void meetGlpkPerHuishouden(benchmark::State &state, const test::PlanVorm &vorm)
{
    const PlanInvoer in = test::planVoorbeeld(2026, vorm);
    for (auto _ : state) {
        const mip::Model m = plan::perHuishouden(in);
        auto o = mip::los(m, mip::Solver::Glpk, 120);
        if (!o) {
            state.SkipWithError(o.error().toString().toUtf8().constData());
            return;
        }
        state.counters["objective"] = o->doelwaarde;
        state.counters["optimal"] = o->optimaal ? 1 : 0;
        state.counters["columns"] = m.kolommen();
    }
    state.counters["peak_MB"] = piekMb();
}

void BM_PlanRegio(benchmark::State &s)
{
    meet(s, regio, mip::Solver::Cbc);
}
void BM_PlanRegioKrap(benchmark::State &s)
{
    meet(s, regioKrap, mip::Solver::Cbc);
}
void BM_PlanLandelijk(benchmark::State &s)
{
    meet(s, landelijk, mip::Solver::Cbc);
}
void BM_PlanRegioGlpk(benchmark::State &s)
{
    meet(s, regio, mip::Solver::Glpk);
}
void BM_PlanLandelijkGlpk(benchmark::State &s)
{
    meet(s, landelijk, mip::Solver::Glpk);
}
// The ratio of the national case: GLPK on the same class model given 200 s, 20 times the 10 s
// target. When it does not prove the optimum in that time, its time is more than 200 s, and
// CBC's (BM_PlanLandelijk, the same run) under 10 s is less than 1/20 of it.
void BM_PlanLandelijkGlpk200s(benchmark::State &s)
{
    meet(s, landelijk, mip::Solver::Glpk, 200);
}
void BM_PlanLandelijkGlpkPerHuishouden(benchmark::State &s)
{
    meetGlpkPerHuishouden(s, landelijk);
}
void BM_PlanRegioGlpkPerHuishouden(benchmark::State &s)
{
    meetGlpkPerHuishouden(s, regio);
}

} // namespace

BENCHMARK(BM_PlanRegio)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_PlanRegioKrap)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PlanLandelijk)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PlanRegioGlpk)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PlanLandelijkGlpk)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PlanLandelijkGlpk200s)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PlanRegioGlpkPerHuishouden)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PlanLandelijkGlpkPerHuishouden)->Unit(benchmark::kMillisecond)->Iterations(1);
