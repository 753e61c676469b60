// Couple and uncouple (KoppelingService) in a child, killed at random points: every
// acknowledged step survives, the step in flight is whole or absent, the pipeline follows.
#include "CrashScenario.h"
#include "DemoStore.h"

using namespace rd::crash;

namespace {

class CrashKoppeling : public CrashScenario
{
protected:
    QStringList options(quint64 seed, int steps = 1000000) const
    {
        return {QStringLiteral("--ids"),   m_ids,
                QStringLiteral("--seed"),  QString::number(seed),
                QStringLiteral("--steps"), QString::number(steps)};
    }

    QString m_ids;
};

TEST_F(CrashKoppeling, EveryAcknowledgedCouplingSurvivesAKillAndNoneIsHalfDone)
{
    begin(QStringLiteral("CrashKoppeling"), 0.30);
    QStringList ids;
    for (qint64 id : pool())
        ids << QString::number(id);
    ASSERT_GT(ids.size(), 50);
    m_ids = ids.join(QLatin1Char(','));

    // A run to its end, checked like a kill point, gives the time of a step.
    auto ijk = startChild(QStringLiteral("koppel-lus"), QStringLiteral("k0"),
                          options(plan().nextSeed(), 20));
    ASSERT_EQ(ijk->waitForExit(), 0) << ijk->stderrText().toStdString();
    m_ledger.addChildOutput(ijk->lineTexts(), halfJaar());
    ASSERT_TRUE(verify(QStringLiteral("calibration run")));
    const Timing timing = timingOf(*ijk);
    std::printf("[crash] CrashKoppeling: start %lld us, step %lld us\n",
                static_cast<long long>(timing.startUs), static_cast<long long>(timing.stepUs));

    for (int i = 1; i <= kills(); ++i) {
        const int soort = plan().between(0, 99);
        const KillPoint point =
            soort < 15   ? KillPoint::afterStart(plan().uniformUs(timing.startUs * 6 / 5))
            : soort < 30 ? KillPoint::afterLine("ready", 1, plan().uniformUs(timing.stepUs * 3 / 2))
                         : KillPoint::afterLine("ack ", plan().between(1, 5),
                                                plan().uniformUs(timing.stepUs * 3 / 2));
        const QString run = QStringLiteral("k%1").arg(i);
        auto child = startChild(QStringLiteral("koppel-lus"), run, options(plan().nextSeed()));
        const auto outcome = child->killAt(point);
        count(outcome);
        m_ledger.addChildOutput(child->lineTexts(), halfJaar());
        // A problem stays in the store: the first one is the finding, the rest would repeat it.
        if (!verify(
                QStringLiteral("%1 (run %2, %3)").arg(QString::number(i), run, point.describe())))
            break;
    }
    summary();
}

} // namespace
