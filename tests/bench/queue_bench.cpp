// The queue's targets against the national-scale store:
// - loading the national queue (all regions) through WachtrijService;
// - filtering it per keystroke <= 16 ms (one frame), in the models and with the panel's table.
#include "NationalStore.h"

#include "core/wachtrij/WachtrijService.h"
#include "ui/wachtrij/WachtrijFilterModel.h"
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijPanel.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace rd;

namespace {

void BM_WachtrijLaden(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    WachtrijService service(*store);
    std::size_t n = 0;
    for (auto _ : state) {
        auto rijen = service.wachtrij(0, bench::vandaag());
        if (!rijen) {
            state.SkipWithError(qPrintable(rijen.error().toString()));
            return;
        }
        n = std::size_t(rijen->size());
        benchmark::DoNotOptimize(n);
    }
    state.counters["rows"] = double(n);
}
BENCHMARK(BM_WachtrijLaden)->Unit(benchmark::kMillisecond);

// What a regievoerder types: a reference person's surname taken from the middle of the queue,
// then a V-nummer, each character by character, with the field cleared in between (so the
// cycle also measures the filter widening again).
QStringList toetsen(const WachtrijModel &model)
{
    const WachtrijRij &rij = model.rij(model.rowCount() / 2);
    const QString achternaam = rij.naam.section(QLatin1Char(' '), -1);
    QStringList uit;
    for (qsizetype i = 1; i <= achternaam.size(); ++i)
        uit << achternaam.left(i);
    uit << QString();
    for (qsizetype i = 1; i <= rij.vNummer.size(); ++i)
        uit << rij.vNummer.left(i);
    uit << QString();
    return uit;
}

void rapporteer(benchmark::State &state, const QList<double> &ms, int rijen, qint64 zichtbaar)
{
    state.counters["rows"] = double(rijen);
    state.counters["visible"] = double(zichtbaar) / double(std::max<qsizetype>(1, ms.size()));
    state.counters["keystrokes"] = double(ms.size());
    if (!ms.isEmpty())
        state.counters["max_ms"] = *std::max_element(ms.cbegin(), ms.cend()); // target <= 16
}

void BM_WachtrijFilterPerToets(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    WachtrijModel model;
    if (auto s = model.laad(*store, 0, bench::vandaag()); !s) {
        state.SkipWithError(qPrintable(s.error().toString()));
        return;
    }
    WachtrijFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(WachtrijModel::Dagen, Qt::AscendingOrder);
    const QStringList reeks = toetsen(model);
    qsizetype volgende = 0;
    qint64 zichtbaar = 0;
    QList<double> ms;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        proxy.setZoekTekst(reeks.at(volgende));
        const int n = proxy.rowCount();
        ms << double(timer.nsecsElapsed()) / 1e6;
        benchmark::DoNotOptimize(n);
        zichtbaar += n;
        volgende = (volgende + 1) % reeks.size();
    }
    rapporteer(state, ms, model.rowCount(), zichtbaar);
}
BENCHMARK(BM_WachtrijFilterPerToets)->Unit(benchmark::kMillisecond);

// The same through the panel: the search field's signal, the proxy and the table's bookkeeping
// (offscreen and not painted).
void BM_WachtrijFilterPerToetsPanel(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    WachtrijPanel panel;
    panel.resize(1200, 800);
    if (auto s = panel.laad(*store, 0, bench::vandaag()); !s) {
        state.SkipWithError(qPrintable(s.error().toString()));
        return;
    }
    const QStringList reeks = toetsen(*panel.model());
    qsizetype volgende = 0;
    qint64 zichtbaar = 0;
    QList<double> ms;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        panel.zoekVeld()->setText(reeks.at(volgende));
        const int n = panel.proxy()->rowCount();
        ms << double(timer.nsecsElapsed()) / 1e6;
        benchmark::DoNotOptimize(n);
        zichtbaar += n;
        volgende = (volgende + 1) % reeks.size();
    }
    rapporteer(state, ms, panel.model()->rowCount(), zichtbaar);
}
BENCHMARK(BM_WachtrijFilterPerToetsPanel)->Unit(benchmark::kMillisecond);

} // namespace
