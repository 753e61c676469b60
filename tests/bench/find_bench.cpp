// Find household (issue 13) against the national-scale store: one search over every household
// (waiting, coupled, housed, stopped) per keystroke, target <= 16 ms (one frame), at 100,000
// households and, with REGIEDESK_BENCH_HOUSEHOLDS=300000 and its own REGIEDESK_BENCH_DB, at
// 300,000.
#include "NationalStore.h"

#include "core/huishouden/HuishoudenZoeker.h"
#include "core/store/Sql.h"

#include <QElapsedTimer>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace rd;

namespace {

// What a regievoerder types, character by character: the surname, then first name and surname,
// of persons spread over the store (so waiting, coupled and housed households), then their
// V-nummer and a BSN.
QStringList toetsen(Store &store)
{
    QStringList uit;
    const auto typ = [&uit](const QString &tekst) {
        for (qsizetype i = 1; i <= tekst.size(); ++i)
            uit << tekst.left(i);
    };
    auto max = sql::scalar(store.database(), QStringLiteral("SELECT max(id) FROM persoon"));
    const qint64 n = max ? max->toLongLong() : 0;
    for (const qint64 id : {n / 5, n / 2, n * 4 / 5}) {
        auto q = sql::run(store.database(),
                          QStringLiteral("SELECT voornamen, achternaam, v_nummer FROM persoon "
                                         "WHERE id >= ? ORDER BY id LIMIT 1"),
                          {id});
        if (!q || !q->next())
            continue;
        typ(q->value(1).toString());
        typ(q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString());
        typ(q->value(2).toString());
    }
    auto bsn = sql::scalar(store.database(),
                           QStringLiteral("SELECT bsn FROM persoon WHERE bsn IS NOT NULL "
                                          "ORDER BY id DESC LIMIT 1"));
    if (bsn && !bsn->isNull())
        typ(bsn->toString());
    return uit;
}

void BM_ZoekAlleHuishoudens(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    HuishoudenZoeker zoeker(*store);
    const QStringList reeks = toetsen(*store);
    if (reeks.isEmpty()) {
        state.SkipWithError("no persons in the store");
        return;
    }
    qsizetype volgende = 0;
    qint64 treffers = 0;
    QList<double> ms;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        auto r =
            zoeker.zoek(reeks.at(volgende), HuishoudenZoeker::standaardMaximum, bench::vandaag());
        ms << double(timer.nsecsElapsed()) / 1e6;
        if (!r) {
            state.SkipWithError(qPrintable(r.error().toString()));
            return;
        }
        treffers += r->treffers.size();
        volgende = (volgende + 1) % reeks.size();
    }
    auto huishoudens =
        sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM huishouden"));
    state.counters["households"] = huishoudens ? huishoudens->toDouble() : 0.0;
    state.counters["keystrokes"] = double(reeks.size());
    state.counters["hits"] = double(treffers) / double(std::max<qsizetype>(1, ms.size()));
    if (!ms.isEmpty())
        state.counters["max_ms"] = *std::max_element(ms.cbegin(), ms.cend()); // target <= 16
}
BENCHMARK(BM_ZoekAlleHuishoudens)->Unit(benchmark::kMillisecond);

} // namespace
