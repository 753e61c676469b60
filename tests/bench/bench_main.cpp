// Google Benchmark at national scale: a store of 100,000 households (regiedesk-cli demo
// --households 100000), made once and kept beside the binary (REGIEDESK_BENCH_DB overrides).
// Where a target compares with the sqlite3 CLI, the same SQL is run through `sqlite3` on the
// same file and the ratio is reported as a counter. For profiling on a smaller store, set
// REGIEDESK_BENCH_DB to another file and REGIEDESK_BENCH_HOUSEHOLDS to its size. For growth,
// REGIEDESK_BENCH_SCALE=300k uses a store of 300,000 households (national-300k.sqlite).
#include "NationalStore.h"

#include <QApplication>

#include <benchmark/benchmark.h>

int main(int argc, char **argv)
{
    // The window's models and widgets are measured too: offscreen, no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qputenv("REGIEDESK_USER", "bench");
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
