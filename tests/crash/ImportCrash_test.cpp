// A households CSV import of a few thousand rows in a child, killed at random points: after
// every kill either none or all of its rows are in the store.
#include "CrashScenario.h"
#include "DemoStore.h"
#include "HuishoudenCsvMaker.h"

using namespace rd::crash;

namespace {

class CrashImport : public CrashScenario
{
protected:
    // A new file for every run (V-nummers of its own), registered with the ledger.
    QString nieuwBestand(int i)
    {
        const QString bestand = path(QStringLiteral("import-%1.csv").arg(i));
        const auto verwacht = maakHuishoudensCsv(bestand, 7000000000LL + qint64(i) * 10000,
                                                 huishoudens, m_azc, plan().nextSeed());
        EXPECT_GT(verwacht.personen, 2000) << "the CSV could not be written";
        m_ledger.expectImport(bestand, verwacht);
        return bestand;
    }

    static constexpr int huishoudens = 1200; // about 3,000 rows
    QString m_azc;
};

TEST_F(CrashImport, AKilledImportLeavesNoneOrAllOfItsRows)
{
    begin(QStringLiteral("CrashImport"), 0.15);
    m_azc = azcNaam();
    ASSERT_FALSE(m_azc.isEmpty());

    auto ijk = startChild(QStringLiteral("importeer"), QStringLiteral("i0"),
                          {QStringLiteral("--file"), nieuwBestand(0)});
    ASSERT_EQ(ijk->waitForExit(), 0) << ijk->stderrText().toStdString();
    m_ledger.addChildOutput(ijk->lineTexts(), halfJaar());
    ASSERT_EQ(m_ledger.count(Step::State::Acked), 1) << ijk->lineTexts().join('\n').toStdString();
    ASSERT_TRUE(verify(QStringLiteral("calibration run")));
    const Timing timing = timingOf(*ijk, "do ");
    std::printf("[crash] CrashImport: start %lld us, import %lld us\n",
                static_cast<long long>(timing.startUs), static_cast<long long>(timing.stepUs));
    restart();

    for (int i = 1; i <= kills(); ++i) {
        const KillPoint point =
            plan().chance(0.2)
                ? KillPoint::afterStart(plan().uniformUs(timing.startUs * 6 / 5))
                : KillPoint::afterLine("do ", 1, plan().uniformUs(timing.stepUs * 6 / 5));
        const QString run = QStringLiteral("i%1").arg(i);
        auto child = startChild(QStringLiteral("importeer"), run,
                                {QStringLiteral("--file"), nieuwBestand(i)});
        const auto outcome = child->killAt(point);
        count(outcome);
        m_ledger.addChildOutput(child->lineTexts(), halfJaar());
        if (!verify(
                QStringLiteral("%1 (run %2, %3)").arg(QString::number(i), run, point.describe())))
            break;
        // An import that went in makes the store bigger and every later run slower.
        if (m_ledger.count(Step::State::Acked) + m_ledger.count(Step::State::Committed) > 0)
            restart();
    }
    summary();
}

} // namespace
