#pragma once

#include <QtGlobal>

#include <random>

namespace rd::crash {

// The seeded choices of a scenario: kill points, households, gemeenten, child seeds. The same
// seed gives the same sequence of choices (the timing of the processes still varies).
class KillPlan
{
public:
    explicit KillPlan(quint64 seed) : m_rng(seed) {}

    qint64 uniformUs(qint64 maxUs)
    {
        return std::uniform_int_distribution<qint64>(0, maxUs)(m_rng);
    }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    quint64 nextSeed() { return m_rng(); }

private:
    std::mt19937_64 m_rng;
};

} // namespace rd::crash
