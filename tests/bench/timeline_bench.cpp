// The region timeline of issue 4 builds in <= 100 ms with 5,000 open cases, against the
// national-scale store:
// - BM_RegioTijdlijn5000: the first 5,000 open cases of the country (CasusService's order) set
//   into the panel's model, then the view's first layout and a paint of its visible rows;
//   arg 0 flat, arg 1 grouped by gemeente (all groups expanded);
// - BM_RegioTijdlijnRegio: the whole path for the region with the most open cases: the query
//   (CasusService::cases), the model, the layout and a paint;
// - BM_RegioTijdlijnLandelijk5000: an upper bound for a region of 5,000 cases: the query over
//   the whole country (every open case), its first 5,000 rows into the model, layout and paint.
#include "NationalStore.h"

#include "core/casus/CasusService.h"
#include "ui/tijdlijn/RegioTijdlijnModel.h"
#include "ui/tijdlijn/RegioTijdlijnPanel.h"

#include <QCoreApplication>
#include <QHash>
#include <QTreeView>

#include <benchmark/benchmark.h>

using namespace rd;

namespace {

constexpr int tijdlijnRijen = 5000;

void eersteLayout(RegioTijdlijnPanel &panel)
{
    panel.view()->doItemsLayout();
    panel.view()->viewport()->repaint();
}

void toonPanel(RegioTijdlijnPanel &panel)
{
    panel.resize(1400, 900);
    panel.show();
    QCoreApplication::processEvents();
}

void BM_RegioTijdlijn5000(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    auto alle = CasusService(*store).cases(CasusFilter{}, bench::vandaag());
    if (!alle) {
        state.SkipWithError(qPrintable(alle.error().toString()));
        return;
    }
    if (alle->size() < tijdlijnRijen) {
        state.SkipWithError("fewer than 5,000 open cases in the store");
        return;
    }
    const QList<CasusRij> rijen = alle->first(tijdlijnRijen);
    RegioTijdlijnPanel panel;
    panel.setGegroepeerd(state.range(0) == 1);
    toonPanel(panel);
    // The range toon() would set; toon() itself queries the store, measured below.
    panel.setBereik(bench::vandaag().addDays(-7 * RegioTijdlijnPanel::wekenTerug),
                    bench::vandaag().addDays(7 * RegioTijdlijnPanel::wekenVooruit));
    for (auto _ : state) {
        state.PauseTiming();
        QList<CasusRij> kopie = rijen;
        kopie.detach();
        panel.model()->setRijen({}, bench::vandaag());
        state.ResumeTiming();
        panel.model()->setRijen(std::move(kopie), bench::vandaag());
        if (panel.gegroepeerd())
            panel.view()->expandAll();
        eersteLayout(panel);
    }
    state.counters["cases"] = panel.model()->aantalOpen();
    state.counters["overdue"] = panel.model()->aantalTeLaat();
    state.counters["groups"] = panel.model()->aantalGroepen();
}
BENCHMARK(BM_RegioTijdlijn5000)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_RegioTijdlijnRegio(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    auto alle = CasusService(*store).cases(CasusFilter{}, bench::vandaag());
    if (!alle) {
        state.SkipWithError(qPrintable(alle.error().toString()));
        return;
    }
    QHash<int, int> perRegio;
    for (const CasusRij &rij : *alle)
        ++perRegio[rij.regio];
    int regio = 1;
    for (auto it = perRegio.cbegin(); it != perRegio.cend(); ++it) {
        if (it.key() > 0 && it.value() > perRegio.value(regio))
            regio = it.key();
    }
    RegioTijdlijnPanel panel;
    toonPanel(panel);
    for (auto _ : state) {
        const Status s = panel.toon(*store, regio, bench::vandaag());
        if (!s) {
            state.SkipWithError(qPrintable(s.error().toString()));
            return;
        }
        eersteLayout(panel);
    }
    state.counters["regio"] = regio;
    state.counters["cases"] = panel.model()->aantalOpen();
    state.counters["overdue"] = panel.model()->aantalTeLaat();
}
BENCHMARK(BM_RegioTijdlijnRegio)->Unit(benchmark::kMillisecond);

void BM_RegioTijdlijnLandelijk5000(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    RegioTijdlijnPanel panel;
    toonPanel(panel);
    panel.setBereik(bench::vandaag().addDays(-7 * RegioTijdlijnPanel::wekenTerug),
                    bench::vandaag().addDays(7 * RegioTijdlijnPanel::wekenVooruit));
    qsizetype open = 0;
    for (auto _ : state) {
        auto alle = CasusService(*store).cases(CasusFilter{}, bench::vandaag());
        if (!alle || alle->size() < tijdlijnRijen) {
            state.SkipWithError("fewer than 5,000 open cases in the store");
            return;
        }
        open = alle->size();
        alle->resize(tijdlijnRijen);
        panel.model()->setRijen(std::move(alle).value(), bench::vandaag());
        eersteLayout(panel);
    }
    state.counters["open_national"] = double(open);
    state.counters["cases"] = panel.model()->aantalOpen();
}
BENCHMARK(BM_RegioTijdlijnLandelijk5000)->Unit(benchmark::kMillisecond);

} // namespace
