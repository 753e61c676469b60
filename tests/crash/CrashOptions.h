#pragma once

#include <QString>

namespace rd::crash {

// The run's size and seed, from the command line of regiedesk_crash_tests:
//   --kills N        kill points over all scenarios together (default 100)
//   --seed S         the master seed (default 20261129); every choice derives from it
//   --concurrency N  households per process in the concurrency scenario (default 100)
struct CrashOptions
{
    int kills = 100;
    quint64 seed = 20261129;
    int concurrency = 100;

    // The kill points of a scenario that takes `share` of the total (at least 1 if share > 0).
    int killsFor(double share) const;
    // A seed of its own for a scenario, derived from the master seed and its name.
    quint64 seedFor(const QString &scenario) const;
};

CrashOptions &crashOptions();

// Takes --kills, --seed and --concurrency out of argv; false on a bad value.
bool parseCrashOptions(int &argc, char **argv, CrashOptions &options);

} // namespace rd::crash
