#pragma once

#include "AckLedger.h"
#include "ChildProcess.h"
#include "KillPlan.h"
#include "TaakstellingCheck.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace rd::crash {

// A scenario of the crash harness: its own copy of the demo store, the ledger of the steps
// its processes acknowledged, the quota baseline, the seeded kill plan, and the check that
// runs after every kill point.
class CrashScenario : public ::testing::Test
{
protected:
    void SetUp() override;

    // Names the scenario, takes `share` of the run's kill points and reads the baselines
    // (call after any setup that writes to the store).
    void begin(const QString &scenario, double share);
    // Re-reads the baselines (after setup that changed the store).
    void readBaselines();

    QString store() const { return m_dir.path(QStringLiteral("store.sqlite")); }
    QString path(const QString &name) const { return m_dir.path(name); }
    int kills() const { return m_kills; }
    KillPlan &plan() { return *m_plan; }

    // regiedesk_crash_child on this store: `mode` with its options; run names the reasons.
    std::unique_ptr<ChildProcess> startChild(const QString &mode, const QString &run,
                                             const QStringList &options, bool stdinPipe = false);
    // The real regiedesk-cli on this store (--db and --today added).
    std::unique_ptr<ChildProcess> startCli(const QStringList &arguments);

    // The copy of the store the checks open (see copyForCheck()).
    QString checkCopy() const { return m_dir.path(QStringLiteral("check.sqlite")); }
    // The problems the checks below find now (empty: none).
    QStringList problems(const std::function<QStringList(const QSqlDatabase &)> &extra = {});
    // The checks after a kill point or a full run, on a copy of the store's files as the kill
    // left them (so the next process still starts on a store to recover): the copy opens,
    // integrity and foreign keys, every step in the ledger, the quota figures, and `extra` (the
    // letters). On a problem: a test failure naming the kill point and how to replay it; returns
    // false.
    bool verify(const QString &killPoint,
                const std::function<QStringList(const QSqlDatabase &)> &extra = {});
    void count(const KillOutcome &outcome);
    // One line for the report: kill points, how they fell, the steps, the time.
    void summary() const;

    // From a run to its end: the time to "ready", and the mean time of a step from the line
    // starting with `from` to the last line starting with "ack ".
    struct Timing
    {
        qint64 startUs = 0;
        qint64 stepUs = 0;
    };
    static Timing timingOf(const ChildProcess &child, const QByteArray &from = "ready");
    // Starts again on a fresh copy of the demo store with an empty ledger (when the store has
    // grown by an import).
    void restart();

    // Households not moved out (they can be coupled and uncoupled), by id.
    QList<qint64> pool();
    // The reference person's V-nummer of each household.
    QHash<qint64, QString> referenten();
    // The name of an AZC location.
    QString azcNaam();

    AckLedger m_ledger;
    std::optional<TaakstellingCheck> m_quota;
    int m_failedChecks = 0;

private:
    test::TempDir m_dir;
    QString m_scenario;
    int m_kills = 0;
    int m_killed = 0;
    int m_ended = 0;
    int m_timedOut = 0;
    QMap<Step::State, int> m_earlierSteps; // steps of ledgers before a restart()
    std::optional<KillPlan> m_plan;
    QElapsedTimer m_timer;

    int steps(Step::State state) const;
    bool copyForCheck() const;
};

} // namespace rd::crash
