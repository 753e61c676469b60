// The region board's targets (issue 3), against the national-scale store:
// - loading the board of the region with the most gemeenten;
// - a drop from commit to the board updated <= 16 ms, and a coupling with its change-log entry
//   <= 5 ms (issue 14; counter log_entries_per_step = 2: the coupling's and its undo's): the
//   coupling committed through
//   KoppelReeks, the window's step (KoppelingService::koppelNaControle, blocking checks only,
//   one transaction), whose melder moves the board's figures by RegioBoardModel::pasKoppelingToe
//   as KoppelWerk does, with the panel's sorted proxy, view and totals line listening.
#include "NationalStore.h"

#include "core/domain/HalfJaar.h"
#include "core/gemeente/Referentiedata.h"
#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/store/Sql.h"
#include "core/wachtrij/WachtrijService.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/taakstelling/RegioBoardModel.h"
#include "ui/taakstelling/RegioBoardPanel.h"

#include <QTemporaryDir>
#include <QTreeView>

#include <benchmark/benchmark.h>

using namespace rd;

namespace {

int regioMetMeesteGemeenten(Store &store)
{
    int beste = 1;
    qsizetype meeste = -1;
    for (int regio = 1; regio <= 5; ++regio) {
        auto gemeenten = Referentiedata(store).gemeenten(regio);
        if (gemeenten && gemeenten->size() > meeste) {
            meeste = gemeenten->size();
            beste = regio;
        }
    }
    return beste;
}

// A copy of the national store, so the couplings and undos the benchmark writes stay out of
// it. VACUUM INTO copies a consistent snapshot, pending WAL content included.
std::unique_ptr<Store> kopieVanNationaal(const QTemporaryDir &dir, benchmark::State &state)
{
    const QString path = dir.filePath(QStringLiteral("board.sqlite"));
    {
        auto bron = bench::openNationalStore();
        auto r = sql::run(bron->database(), QStringLiteral("VACUUM INTO ?"), {path});
        if (!r) {
            state.SkipWithError(qPrintable(r.error().toString()));
            return nullptr;
        }
    }
    auto store = Store::open(path);
    if (!store) {
        state.SkipWithError(qPrintable(store.error().toString()));
        return nullptr;
    }
    return std::move(store).value();
}

void BM_BoardLaden(benchmark::State &state)
{
    auto store = bench::openNationalStore();
    const int regio = regioMetMeesteGemeenten(*store);
    const HalfJaar h = HalfJaar::van(bench::vandaag());
    RegioBoardModel model;
    for (auto _ : state) {
        const Status s = model.laad(*store, h, regio, bench::vandaag());
        if (!s) {
            state.SkipWithError(qPrintable(s.error().toString()));
            return;
        }
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["regio"] = regio;
    state.counters["gemeenten"] = double(model.quota().rijen.size());
}
BENCHMARK(BM_BoardLaden)->Unit(benchmark::kMillisecond);

// Arg 0: drop on a gemeente; arg 1: drop on a partnership (its coordinator's figures move).
void BM_DropTotBoardBijgewerkt(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = kopieVanNationaal(dir, state);
    if (!store)
        return;
    const int regio = regioMetMeesteGemeenten(*store);
    const HalfJaar h = HalfJaar::van(bench::vandaag());
    RegioBoardPanel panel;
    if (const Status s = panel.toon(*store, h, regio, bench::vandaag()); !s) {
        state.SkipWithError(qPrintable(s.error().toString()));
        return;
    }
    // Sorted on voor/achter, so every change also re-sorts the proxy.
    panel.view()->sortByColumn(RegioBoardModel::VoorAchter, Qt::AscendingOrder);
    RegioBoardModel &model = *panel.model();

    // The target: the region's first gemeente in no partnership, or its first partnership.
    KoppelDoel doel;
    for (int r = 0; r < model.rowCount() && !doel.isValid(); ++r) {
        const QModelIndex i = model.index(r, 0);
        if (model.isPartnerschap(i) == (state.range(0) == 1))
            doel = model.doelVoor(i);
    }
    if (!doel.isValid()) {
        state.SkipWithError("no target of that kind in the region");
        return;
    }

    // Households of the queue that no blocking check refuses, taken before the loop.
    auto wachtrij = WachtrijService(*store).wachtrij(regio, bench::vandaag());
    if (!wachtrij) {
        state.SkipWithError(qPrintable(wachtrij.error().toString()));
        return;
    }
    QList<WachtrijRij> kandidaten;
    for (const auto &rij : *wachtrij) {
        if (!rij.criteria && !rij.gezinsherenigingBlok)
            kandidaten.append(rij);
    }
    if (kandidaten.isEmpty()) {
        state.SkipWithError("no household in the queue of the region");
        return;
    }

    const qint64 pipelineVoor = somVan(model.quota().rijen).gekoppeldNietGehuisvest;
    const auto logVoor = journaal::kop(*store);
    // The window's path (issue 14): the step goes through the work file, and the board hears
    // what it did from the work file's signal, as it does in the window.
    Werkbestand bestand;
    bestand.setStore(store.get());
    panel.setWerkbestand(&bestand);
    qsizetype i = 0;
    for (auto _ : state) {
        const WachtrijRij &rij = kandidaten.at(i++ % kandidaten.size());
        const Status gedaan = bestand.voer(new KoppelReeks(
            *store, {{rij.huishoudenId, QString()}}, doel.gemeenteCode, doel.partnerschapId,
            bench::vandaag(), QStringLiteral("benchmark"), doel.naam, bench::vandaag()));
        if (!gedaan) {
            state.SkipWithError(qPrintable(gedaan.error().toString()));
            return;
        }
        state.PauseTiming();
        if (somVan(model.quota().rijen).gekoppeldNietGehuisvest == pipelineVoor) {
            state.SkipWithError("the board did not move");
            return;
        }
        bestand.undoStack()->undo();
        if (somVan(model.quota().rijen).gekoppeldNietGehuisvest != pipelineVoor) {
            state.SkipWithError("undo did not move the board back");
            return;
        }
        state.ResumeTiming();
    }
    // Every delta was taken back: the board must equal a fresh computation again.
    RegioBoardModel vers;
    const bool gelijk = vers.laad(*store, h, regio, bench::vandaag()).ok() &&
                        somVan(vers.quota().rijen).gekoppeldNietGehuisvest == pipelineVoor &&
                        somVan(model.quota().rijen).gekoppeldNietGehuisvest == pipelineVoor;
    state.counters["board_equals_fresh"] = gelijk ? 1 : 0;
    // Each coupling and each undo appended its change-log entry (issue 14): 2 per iteration.
    const auto logNa = journaal::kop(*store);
    state.counters["log_entries_per_step"] =
        logVoor && logNa && state.iterations() > 0
            ? double(logNa->first - logVoor->first) / double(state.iterations())
            : 0;
    state.counters["queue_households"] = double(kandidaten.size());
}
BENCHMARK(BM_DropTotBoardBijgewerkt)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(200);

} // namespace
