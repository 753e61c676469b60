// Herverdelingen (TaakstellingService::registreerHerverdeling) in a child, killed at random points:
// each is all or nothing with its lines adding up to zero, and the quota figures follow.
#include "CrashScenario.h"
#include "DemoStore.h"

using namespace rd::crash;

namespace {

class CrashHerverdeling : public CrashScenario
{
protected:
    QStringList options(quint64 seed, int steps = 1000000) const
    {
        return {QStringLiteral("--halfjaar"), halfJaar(),
                QStringLiteral("--seed"),     QString::number(seed),
                QStringLiteral("--steps"),    QString::number(steps)};
    }
};

TEST_F(CrashHerverdeling, EveryAcknowledgedShiftSurvivesAKillWithAllItsLines)
{
    begin(QStringLiteral("CrashHerverdeling"), 0.20);
    auto ijk = startChild(QStringLiteral("herverdeling-lus"), QStringLiteral("h0"),
                          options(plan().nextSeed(), 20));
    ASSERT_EQ(ijk->waitForExit(), 0) << ijk->stderrText().toStdString();
    m_ledger.addChildOutput(ijk->lineTexts(), halfJaar());
    ASSERT_TRUE(verify(QStringLiteral("calibration run")));
    const Timing timing = timingOf(*ijk);
    std::printf("[crash] CrashHerverdeling: start %lld us, step %lld us\n",
                static_cast<long long>(timing.startUs), static_cast<long long>(timing.stepUs));

    for (int i = 1; i <= kills(); ++i) {
        const int soort = plan().between(0, 99);
        const KillPoint point =
            soort < 15   ? KillPoint::afterStart(plan().uniformUs(timing.startUs * 6 / 5))
            : soort < 30 ? KillPoint::afterLine("ready", 1, plan().uniformUs(timing.stepUs * 3 / 2))
                         : KillPoint::afterLine("ack ", plan().between(1, 5),
                                                plan().uniformUs(timing.stepUs * 3 / 2));
        const QString run = QStringLiteral("h%1").arg(i);
        auto child =
            startChild(QStringLiteral("herverdeling-lus"), run, options(plan().nextSeed()));
        const auto outcome = child->killAt(point);
        count(outcome);
        m_ledger.addChildOutput(child->lineTexts(), halfJaar());
        if (!verify(
                QStringLiteral("%1 (run %2, %3)").arg(QString::number(i), run, point.describe())))
            break;
    }
    summary();
}

} // namespace
