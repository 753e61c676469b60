// The window with the national-scale store open must stay under 250 MB resident memory
// (issue 3). Measured in this process, so run it on its own for a clean figure:
//   regiedesk_bench --benchmark_filter=Venster
// (when the national store still has to be made, its generation runs first in this process and
// the peak then includes it; the resident figure after opening is what the target is about).
#include "NationalStore.h"

#include "ui/main/MainWindow.h"
#include "ui/widgets/RegioCombo.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace rd;

namespace {

// VmRSS (or another field) of /proc/self/status, in MB.
double procStatusMb(const char *veld)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(veld) + ':';
    for (const QByteArray &regel : status.readAll().split('\n')) {
        if (regel.startsWith(prefix))
            return regel.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void BM_VensterGeheugen(benchmark::State &state)
{
    const QString pad = bench::nationalStorePath();
    // Keep the user's settings out of it: the window remembers its layout and region.
    QTemporaryDir instellingen;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, instellingen.path());
    const double voor = procStatusMb("VmRSS");
    double ms = 0;
    double rss = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        MainWindow venster;
        venster.setVandaag(bench::vandaag());
        if (auto s = venster.openStore(pad); !s) {
            state.SkipWithError(qPrintable(s.error().toString()));
            return;
        }
        venster.regioCombo()->setRegio(0); // all regions: the largest queue and board
        venster.resize(1600, 1000);
        venster.show();
        QApplication::processEvents();
        ms = double(timer.nsecsElapsed()) / 1e6;
        rss = procStatusMb("VmRSS");
        venster.close();
    }
    state.counters["open_ms"] = ms;
    state.counters["rss_mb"] = rss; // target < 250
    state.counters["rss_before_mb"] = voor;
}
BENCHMARK(BM_VensterGeheugen)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
