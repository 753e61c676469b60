// The deadline targets of issue 4, against the national-scale store:
// - recomputing all deadlines (the open cases of every region with their phase and due date)
//   within 1.3x the sqlite3 CLI running the same SQL on the same file;
// - the alerts of one region and the phase statistics of a year, with their times.
#include "NationalStore.h"

#include "core/casus/CasusService.h"
#include "core/fase/FaseStatistiek.h"
#include "core/signaal/SignaalService.h"
#include "core/store/Sql.h"

#include <QElapsedTimer>
#include <QSqlRecord>

#include <benchmark/benchmark.h>

using namespace rd;

namespace {

void BM_DeadlinesAlle(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    CasusService cases(*store);
    const CasusFilter filter; // all regions, open cases
    std::size_t n = 0;
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        auto rijen = cases.cases(filter, bench::vandaag());
        if (!rijen) {
            state.SkipWithError(qPrintable(rijen.error().toString()));
            return;
        }
        n = std::size_t(rijen->size());
        benchmark::DoNotOptimize(n);
    }
    const double ours = double(timer.nsecsElapsed()) / 1e9 / double(state.iterations());
    const double sqlite3 = bench::sqlite3Seconds(store->path(), CasusService::casesSql(filter) +
                                                                    QStringLiteral(";\n"));
    state.counters["open_cases"] = double(n);
    state.counters["sqlite3_ms"] = sqlite3 * 1e3;
    state.counters["ratio_vs_sqlite3"] = ours / sqlite3; // target <= 1.3
}
BENCHMARK(BM_DeadlinesAlle)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same statement through QSqlQuery with nothing done per row but reading the values: what
// CasusService cannot go below.
void BM_DeadlinesAlleAlleenSql(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    const QString statement = CasusService::casesSql({});
    std::size_t n = 0;
    for (auto _ : state) {
        auto q = sql::run(store->database(), statement);
        if (!q) {
            state.SkipWithError(qPrintable(q.error().toString()));
            return;
        }
        n = 0;
        const int kolommen = q->record().count();
        while (q->next()) {
            for (int i = 0; i < kolommen; ++i)
                benchmark::DoNotOptimize(q->value(i));
            ++n;
        }
    }
    state.counters["rows"] = double(n);
}
BENCHMARK(BM_DeadlinesAlleAlleenSql)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_SignalenRegio(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    SignaalService service(*store);
    std::size_t n = 0;
    for (auto _ : state) {
        auto signalen = service.signalen(int(state.range(0)), 7, bench::vandaag());
        if (!signalen) {
            state.SkipWithError(qPrintable(signalen.error().toString()));
            return;
        }
        n = std::size_t(signalen->size());
        benchmark::DoNotOptimize(n);
    }
    state.counters["signalen"] = double(n);
}
BENCHMARK(BM_SignalenRegio)->Arg(3)->Unit(benchmark::kMillisecond);

void BM_FaseStatistiek(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    FaseStatistiek statistiek(*store);
    const QDate tot = bench::vandaag();
    const QDate van = tot.addYears(-1).addDays(1);
    std::size_t n = 0;
    for (auto _ : state) {
        auto rijen = statistiek.perGemeente(0, van, tot);
        if (!rijen) {
            state.SkipWithError(qPrintable(rijen.error().toString()));
            return;
        }
        n = std::size_t(rijen->size());
        benchmark::DoNotOptimize(n);
    }
    state.counters["gemeenten"] = double(n);
}
BENCHMARK(BM_FaseStatistiek)->Unit(benchmark::kMillisecond);

void BM_DoorlooptijdPerMaand(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    FaseStatistiek statistiek(*store);
    const QDate tot = bench::vandaag();
    const QDate van = tot.addYears(-1).addDays(1);
    for (auto _ : state) {
        auto maanden = statistiek.doorlooptijdPerMaand(0, van, tot, 3);
        if (!maanden) {
            state.SkipWithError(qPrintable(maanden.error().toString()));
            return;
        }
        benchmark::DoNotOptimize(maanden->size());
    }
}
BENCHMARK(BM_DoorlooptijdPerMaand)->Unit(benchmark::kMillisecond);

} // namespace
