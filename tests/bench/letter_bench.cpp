// Issue 5's targets for the coupling letter, on a copy of the national-scale store (letters are
// recorded, so the shared store is never written to):
// - one letter (with the AZC copy) to PDF and recorded <= 50 ms;
// - 1,000 letters in one batch <= 30 s, into one PDF and one PDF per household.
#include "NationalStore.h"

#include "core/brief/BriefReeks.h"
#include "core/gemeente/Referentiedata.h"
#include "core/instellingen/Instellingen.h"
#include "core/store/Sql.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace rd;

namespace {

// A copy of the national store with a sender and AZC contact lines, as a working office has.
struct KopieStore
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QString fout;

    KopieStore()
    {
        const QString pad = dir.filePath(QStringLiteral("national-kopie.sqlite"));
        const QString bron = bench::nationalStorePath();
        if (!QFile::copy(bron, pad) ||
            (QFile::exists(bron + QStringLiteral("-wal")) &&
             !QFile::copy(bron + QStringLiteral("-wal"), pad + QStringLiteral("-wal")))) {
            fout = QStringLiteral("copying the national store failed");
            return;
        }
        auto geopend = Store::open(pad);
        if (!geopend) {
            fout = geopend.error().toString();
            return;
        }
        store = std::move(geopend).value();
        Instellingen instellingen(*store);
        auto s = instellingen.zetAfzender(
            {QStringLiteral("COA, regiokantoor"), QStringLiteral("Sanne de Vries"),
             QStringLiteral("088-715 70 00"), QStringLiteral("s.devries@coa.nl")});
        if (!s) {
            fout = s.error().toString();
            return;
        }
        auto azcs = Referentiedata(*store).azcs();
        if (!azcs) {
            fout = azcs.error().toString();
            return;
        }
        for (const Azc &a : std::as_const(*azcs)) {
            if (auto c =
                    instellingen.zetAzcContact(a.id, QStringLiteral("Locatiebalie %1").arg(a.naam));
                !c) {
                fout = c.error().toString();
                return;
            }
        }
    }

    // Households with an active coupling that have not moved yet: letters can be made for them.
    QList<qint64> gekoppeld(int aantal) const
    {
        QList<qint64> ids;
        auto q =
            sql::run(store->database(),
                     QStringLiteral("SELECT k.huishouden FROM koppeling k "
                                    "JOIN huishouden h ON h.id = k.huishouden "
                                    "WHERE k.ontkoppeld_op IS NULL AND h.verhuis_datum IS NULL "
                                    "AND h.uitschrijving_datum IS NULL AND h.azc IS NOT NULL "
                                    "ORDER BY k.huishouden LIMIT ?"),
                     {aantal});
        while (q && q->next())
            ids.append(q->value(0).toLongLong());
        return ids;
    }
};

void BM_Koppelingsbrief(benchmark::State &state)
{
    KopieStore kopie;
    if (!kopie.fout.isEmpty()) {
        state.SkipWithError(qPrintable(kopie.fout));
        return;
    }
    const QList<qint64> ids = kopie.gekoppeld(1);
    if (ids.isEmpty()) {
        state.SkipWithError("no coupled household in the national store");
        return;
    }
    BriefReeks reeks(*kopie.store);
    BriefOpdracht opdracht;
    opdracht.huishoudens = ids;
    opdracht.taal = state.range(0) == 1 ? QStringLiteral("ar") : QStringLiteral("nl");
    state.SetLabel(opdracht.taal.toStdString());
    opdracht.datum = bench::vandaag();
    opdracht.doel = kopie.dir.filePath(QStringLiteral("brief.pdf"));
    opdracht.force = true; // every iteration writes the same file again
    for (auto _ : state) {
        auto uit = reeks.maak(opdracht, {}, bench::vandaag());
        if (!uit || uit->brieven != 1) {
            state.SkipWithError(uit ? "the household was refused a letter"
                                    : qPrintable(uit.error().toString()));
            return;
        }
    }
}
// Arg 0: Dutch, 1: Arabic (right to left, more fonts). Target <= 50 ms.
BENCHMARK(BM_Koppelingsbrief)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_Brievenreeks1000(benchmark::State &state)
{
    KopieStore kopie;
    if (!kopie.fout.isEmpty()) {
        state.SkipWithError(qPrintable(kopie.fout));
        return;
    }
    const QList<qint64> ids = kopie.gekoppeld(1000);
    if (ids.size() < 1000) {
        state.SkipWithError("fewer than 1,000 coupled households in the national store");
        return;
    }
    const bool perHuishouden = state.range(0) == 1;
    BriefReeks reeks(*kopie.store);
    BriefOpdracht opdracht;
    opdracht.huishoudens = ids;
    opdracht.taal = QStringLiteral("nl");
    opdracht.datum = bench::vandaag();
    opdracht.uitvoer =
        perHuishouden ? BriefOpdracht::Uitvoer::PerHuishouden : BriefOpdracht::Uitvoer::EenBestand;
    opdracht.doel = kopie.dir.filePath(perHuishouden ? QStringLiteral("brieven")
                                                     : QStringLiteral("brieven.pdf"));
    opdracht.force = true; // every iteration writes the same files again
    int brieven = 0;
    for (auto _ : state) {
        auto uit = reeks.maak(opdracht, {}, bench::vandaag());
        if (!uit) {
            state.SkipWithError(qPrintable(uit.error().toString()));
            return;
        }
        brieven = uit->brieven;
    }
    state.counters["letters"] = brieven;
    state.counters["ms_per_letter"] =
        benchmark::Counter(double(brieven) * double(state.iterations()) / 1e3,
                           benchmark::Counter::kIsRate |
                               benchmark::Counter::kInvert); // target <= 30 ms (30 s / 1,000)
}
BENCHMARK(BM_Brievenreeks1000)->Arg(0)->Arg(1)->Iterations(1)->Unit(benchmark::kSecond); // <= 30 s

} // namespace
