// The crash harness's main(): the run's options (CrashOptions) besides GoogleTest's, and a
// QCoreApplication for the QSQLITE driver. The harness itself only reads the stores; the work
// that is killed runs in child processes (regiedesk_crash_child and regiedesk-cli).
#include "CrashOptions.h"

#include <gtest/gtest.h>

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    auto &options = rd::crash::crashOptions();
    if (!rd::crash::parseCrashOptions(argc, argv, options)) {
        std::fputs("usage: regiedesk_crash_tests [--kills N] [--seed S] [--concurrency N] "
                   "[GoogleTest options]\n",
                   stderr);
        return 2;
    }
    // A child that died before reading its next line must fail its test (its exit code and
    // stderr are checked), not kill the whole harness with SIGPIPE when the line is written.
    std::signal(SIGPIPE, SIG_IGN);
    qputenv("REGIEDESK_USER", "crash-harness");
    std::printf("[crash] kills %d, seed %llu, concurrency %d households per process\n",
                options.kills, static_cast<unsigned long long>(options.seed), options.concurrency);
    std::fflush(stdout);
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
