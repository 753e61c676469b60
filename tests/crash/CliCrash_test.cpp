// The real regiedesk-cli, one command at a time (couple, uncouple, herverdeling), killed at a
// random moment of its run: a command that exited 0 is in the store, a killed one whole or
// absent, and `regiedesk-cli quota` shows the figures the committed commands give.
#include "CliRunner.h"
#include "CrashScenario.h"
#include "DemoStore.h"
#include "core/csv/Csv.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <algorithm>

using namespace rd;
using namespace rd::crash;

namespace {

class CrashCli : public CrashScenario
{
protected:
    // The next command: couple or uncouple a household of the pool (as the ledger says it
    // stands), or a herverdeling between two gemeenten. The step goes into the ledger.
    QStringList nextCommand(int i)
    {
        Step step;
        step.reden = QStringLiteral("crash-cli-%1").arg(i);
        QStringList arguments;
        if (plan().chance(0.6)) {
            step.huishouden = m_ids.at(plan().between(0, int(m_ids.size()) - 1));
            const QString vNummer = m_referenten.value(step.huishouden);
            if (m_ledger.actief(step.huishouden).isEmpty()) {
                step.kind = Step::Kind::Couple;
                step.gemeente = m_codes.at(plan().between(0, int(m_codes.size()) - 1));
                arguments = {QStringLiteral("couple"), vNummer, step.gemeente,
                             QStringLiteral("--override-reason"), QStringLiteral("crash test")};
            } else {
                step.kind = Step::Kind::Uncouple;
                arguments = {QStringLiteral("uncouple"), vNummer};
            }
            arguments << QStringLiteral("--date") << vandaagTekst();
        } else {
            step.kind = Step::Kind::Herverdeling;
            step.halfJaar = halfJaar();
            const int a = plan().between(0, int(m_codes.size()) - 1);
            const int b = (a + plan().between(1, int(m_codes.size()) - 1)) % int(m_codes.size());
            const qint64 delta = plan().between(1, 9);
            step.regels = {{m_codes.at(a), delta}, {m_codes.at(b), -delta}};
            arguments = {QStringLiteral("herverdeling"), halfJaar(),
                         QStringLiteral("%1=+%2").arg(m_codes.at(a), QString::number(delta)),
                         QStringLiteral("%1=-%2").arg(m_codes.at(b), QString::number(delta))};
        }
        arguments << QStringLiteral("--reason") << step.reden;
        m_ledger.addStep(step);
        return arguments;
    }

    // A command that ended by itself: exit 0 is an acknowledgement, 1 a refusal.
    void settle(const KillOutcome &outcome, const ChildProcess &cli)
    {
        if (outcome.killed || outcome.timedOut)
            return;
        Step &step = m_ledger.lastStep();
        if (outcome.exitCode == 0) {
            step.state = Step::State::Acked;
        } else {
            step.state = Step::State::Failed;
            step.melding = cli.stderrText().trimmed();
            EXPECT_EQ(outcome.exitCode, 1) << step.melding.toStdString();
        }
    }

    // The quota figures as `regiedesk-cli quota` prints them (on the checked copy).
    QStringList quotaCliProblems() const
    {
        const auto run =
            test::runCli({QStringLiteral("--db"), checkCopy(), QStringLiteral("--today"),
                          vandaagTekst(), QStringLiteral("quota"), halfJaar(),
                          QStringLiteral("--format"), QStringLiteral("csv")});
        if (run.exitCode != 0)
            return {QStringLiteral("regiedesk-cli quota: %1").arg(run.err)};
        const auto table = csv::parse(run.out.toUtf8(), QStringLiteral("quota"));
        if (!table)
            return {table.error().toString()};
        QList<QStringList> rows{table->header};
        for (const auto &row : table->rows)
            rows << row.fields;
        return m_quota->verifyCsv(rows, m_ledger);
    }

    QList<qint64> m_ids;
    QHash<qint64, QString> m_referenten;
    QStringList m_codes;
};

TEST_F(CrashCli, AKilledCommandIsWholeOrAbsentAndTheQuotaFollowsTheCommittedOnes)
{
    begin(QStringLiteral("CrashCli"), 0.15);
    m_ids = pool();
    m_referenten = referenten();
    {
        auto s = Store::open(store());
        ASSERT_TRUE(s);
        auto q =
            sql::run((*s)->database(), QStringLiteral("SELECT code FROM gemeente ORDER BY code"));
        while (q && q->next())
            m_codes << q->value(0).toString();
    }
    ASSERT_GT(m_ids.size(), 50);
    ASSERT_GT(m_codes.size(), 300);

    // Three commands to their end give the time a command takes (the median).
    QList<qint64> duren;
    for (int i = 0; i < 3; ++i) {
        auto cli = startCli(nextCommand(-i));
        const auto outcome = cli->killAt(KillPoint::afterLine("never", 1, 0));
        settle(outcome, *cli);
        ASSERT_FALSE(outcome.killed);
        duren << outcome.elapsedUs;
    }
    std::sort(duren.begin(), duren.end());
    const qint64 duurUs = duren.at(1);
    ASSERT_TRUE(verify(QStringLiteral("calibration runs"),
                       [this](const QSqlDatabase &) { return quotaCliProblems(); }));
    std::printf("[crash] CrashCli: a command takes %lld us\n", static_cast<long long>(duurUs));

    for (int i = 1; i <= kills(); ++i) {
        const QStringList arguments = nextCommand(i);
        const KillPoint point = KillPoint::afterStart(plan().uniformUs(duurUs * 6 / 5));
        auto cli = startCli(arguments);
        const auto outcome = cli->killAt(point);
        count(outcome);
        settle(outcome, *cli);
        if (!verify(QStringLiteral("%1 (%2, %3)")
                        .arg(QString::number(i), arguments.first(), point.describe()),
                    [this](const QSqlDatabase &) { return quotaCliProblems(); }))
            break;
    }
    summary();
}

} // namespace
