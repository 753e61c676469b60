#include "CrashScenario.h"

#include "CrashOptions.h"
#include "DemoStore.h"
#include "StoreCheck.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QFile>

#include <algorithm>
#include <cstdio>

namespace rd::crash {

namespace {

QString replayHint()
{
    const auto &o = crashOptions();
    const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
    return QStringLiteral("replay: regiedesk_crash_tests --seed %1 --kills %2 --concurrency %3 "
                          "--gtest_filter=%4.%5")
        .arg(QString::number(o.seed), QString::number(o.kills), QString::number(o.concurrency),
             QString::fromUtf8(info->test_suite_name()), QString::fromUtf8(info->name()));
}

} // namespace

void CrashScenario::SetUp()
{
    ASSERT_TRUE(copyDemoStore(store())) << "copying the demo store failed";
}

void CrashScenario::begin(const QString &scenario, double share)
{
    m_scenario = scenario;
    m_kills = crashOptions().killsFor(share);
    const quint64 seed = crashOptions().seedFor(scenario);
    m_plan.emplace(seed);
    if (share > 0)
        std::printf("[crash] %s: %d kill points, scenario seed %llu (master seed %llu)\n",
                    qPrintable(scenario), m_kills, static_cast<unsigned long long>(seed),
                    static_cast<unsigned long long>(crashOptions().seed));
    std::fflush(stdout);
    readBaselines();
    m_timer.start();
}

void CrashScenario::readBaselines()
{
    auto s = storecheck::open(store());
    ASSERT_TRUE(s) << s.error().toString().toStdString();
    const auto ledger = m_ledger.readBaseline((*s)->database());
    ASSERT_TRUE(ledger) << ledger.error().toString().toStdString();
    m_quota.emplace(halfJaar(), vandaag());
    const auto quota = m_quota->readBaseline(**s);
    ASSERT_TRUE(quota) << quota.error().toString().toStdString();
}

std::unique_ptr<ChildProcess> CrashScenario::startChild(const QString &mode, const QString &run,
                                                        const QStringList &options, bool stdinPipe)
{
    const QStringList arguments = QStringList{QStringLiteral("--db"),
                                              store(),
                                              QStringLiteral("--today"),
                                              vandaagTekst(),
                                              QStringLiteral("--run"),
                                              run,
                                              mode} +
                                  options;
    auto child =
        std::make_unique<ChildProcess>(QStringLiteral(REGIEDESK_CRASH_CHILD_PATH), arguments,
                                       path(run + QStringLiteral(".err")), stdinPipe);
    EXPECT_TRUE(child->started()) << child->startError().toStdString();
    return child;
}

std::unique_ptr<ChildProcess> CrashScenario::startCli(const QStringList &arguments)
{
    auto child = std::make_unique<ChildProcess>(
        QStringLiteral(REGIEDESK_CLI_PATH),
        QStringList{QStringLiteral("--db"), store(), QStringLiteral("--today"), vandaagTekst()} +
            arguments,
        path(QStringLiteral("cli.err")));
    EXPECT_TRUE(child->started()) << child->startError().toStdString();
    return child;
}

QStringList CrashScenario::problems(const std::function<QStringList(const QSqlDatabase &)> &extra)
{
    if (!copyForCheck())
        return {QStringLiteral("the store could not be copied for the check")};
    QStringList problems;
    auto s = storecheck::open(checkCopy());
    if (!s)
        return {
            QStringLiteral("the store does not open after the kill: %1").arg(s.error().toString())};
    const auto db = (*s)->database();
    problems << storecheck::problems(db) << m_ledger.verify(db) << m_quota->verify(**s, m_ledger);
    if (extra)
        problems << extra(db);
    return problems;
}

bool CrashScenario::copyForCheck() const
{
    // The files as the kill left them (WAL and wal-index included): the check recovers the
    // copy, and the next process finds the store itself still unrecovered.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(checkCopy() + suffix);
        if (QFile::exists(store() + suffix) && !QFile::copy(store() + suffix, checkCopy() + suffix))
            return false;
    }
    return true;
}

bool CrashScenario::verify(const QString &killPoint,
                           const std::function<QStringList(const QSqlDatabase &)> &extra)
{
    const QStringList problems = this->problems(extra);
    if (problems.isEmpty())
        return true;
    // The first few in full; the rest are counted in the summary.
    if (++m_failedChecks > 5)
        return false;
    ADD_FAILURE() << m_scenario.toStdString() << ", kill point " << killPoint.toStdString()
                  << ":\n  " << problems.join(QStringLiteral("\n  ")).toStdString() << "\n  "
                  << replayHint().toStdString();
    return false;
}

void CrashScenario::count(const KillOutcome &outcome)
{
    if (outcome.timedOut) {
        ++m_timedOut;
        ADD_FAILURE() << m_scenario.toStdString() << ": a process neither reached its kill point "
                      << "nor ended within the time limit (killed)";
    } else if (outcome.killed) {
        ++m_killed;
    } else {
        ++m_ended;
    }
}

void CrashScenario::summary() const
{
    std::printf(
        "[crash] %s: %d kill points in %.1f s: %d killed a running process, %d came "
        "after it ended, %d hung; %d check(s) with a problem. Steps: %d acknowledged, %d in "
        "flight and committed, %d in flight and lost, %d refused\n",
        qPrintable(m_scenario), m_killed + m_ended + m_timedOut, double(m_timer.elapsed()) / 1000.0,
        m_killed, m_ended, m_timedOut, m_failedChecks, steps(Step::State::Acked),
        steps(Step::State::Committed), steps(Step::State::Lost), steps(Step::State::Failed));
    std::fflush(stdout);
    EXPECT_EQ(m_failedChecks, 0) << m_scenario.toStdString()
                                 << ": checks that found a problem (the first five are "
                                    "reported above)";
}

int CrashScenario::steps(Step::State state) const
{
    return m_earlierSteps.value(state) + m_ledger.count(state);
}

CrashScenario::Timing CrashScenario::timingOf(const ChildProcess &child, const QByteArray &from)
{
    const auto lines = child.lines();
    const auto times = child.lineTimesUs();
    Timing timing;
    qint64 begin = -1;
    qint64 end = -1;
    int acks = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith("ready") && timing.startUs == 0)
            timing.startUs = times.at(i);
        if (lines.at(i).startsWith(from) && begin < 0)
            begin = times.at(i);
        if (lines.at(i).startsWith("ack ")) {
            end = times.at(i);
            ++acks;
        }
    }
    if (acks > 0 && begin >= 0)
        timing.stepUs = std::max<qint64>(1, (end - begin) / acks);
    return timing;
}

void CrashScenario::restart()
{
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(store() + QLatin1String(suffix));
    ASSERT_TRUE(copyDemoStore(store()));
    for (auto state : {Step::State::Begun, Step::State::Acked, Step::State::Committed,
                       Step::State::Lost, Step::State::Failed})
        m_earlierSteps[state] += m_ledger.count(state);
    m_ledger = AckLedger();
    readBaselines();
}

QList<qint64> CrashScenario::pool()
{
    auto s = storecheck::open(store());
    EXPECT_TRUE(s);
    QList<qint64> ids;
    if (!s)
        return ids;
    auto q = sql::run((*s)->database(),
                      QStringLiteral("SELECT id FROM huishouden WHERE uitschrijving_datum IS NULL "
                                     "ORDER BY id"));
    while (q && q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

QHash<qint64, QString> CrashScenario::referenten()
{
    auto s = storecheck::open(store());
    EXPECT_TRUE(s);
    QHash<qint64, QString> v;
    if (!s)
        return v;
    auto q =
        sql::run((*s)->database(),
                 QStringLiteral("SELECT huishouden, v_nummer FROM persoon WHERE referent = 1"));
    while (q && q->next())
        v.insert(q->value(0).toLongLong(), q->value(1).toString());
    return v;
}

QString CrashScenario::azcNaam()
{
    auto s = storecheck::open(store());
    EXPECT_TRUE(s);
    if (!s)
        return {};
    auto naam = sql::scalar((*s)->database(), QStringLiteral("SELECT naam FROM azc ORDER BY id"));
    return naam ? naam->toString() : QString();
}

} // namespace rd::crash
