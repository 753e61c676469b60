// Two processes writing to one store at the same time: each coupling and each import must
// succeed (the store waits for the other writer; none fails with "database is locked").
#include "CrashOptions.h"
#include "CrashScenario.h"
#include "DemoStore.h"
#include "HuishoudenCsvMaker.h"
#include "core/import/HuishoudenCsv.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QElapsedTimer>

using namespace rd;
using namespace rd::crash;

namespace {

class Concurrency : public CrashScenario
{
protected:
    // Imports `aantal` new households (in this process, before the children start) and
    // returns their ids.
    QList<qint64> nieuweHuishoudens(int aantal, qint64 eersteVNummer)
    {
        const QString bestand = path(QStringLiteral("nieuw.csv"));
        const auto verwacht =
            maakHuishoudensCsv(bestand, eersteVNummer, aantal, azcNaam(), crashOptions().seed);
        auto s = Store::open(store());
        EXPECT_TRUE(s);
        QList<qint64> ids;
        if (!s)
            return ids;
        const auto geimporteerd = importeerHuishoudens(**s, bestand, vandaag());
        EXPECT_TRUE(geimporteerd) << geimporteerd.error().toString().toStdString();
        auto q = sql::run(
            (*s)->database(),
            QStringLiteral("SELECT huishouden FROM persoon WHERE referent = 1 AND "
                           "v_nummer BETWEEN ? AND ? ORDER BY huishouden"),
            {QString::number(verwacht.eersteVNummer), QString::number(verwacht.laatsteVNummer)});
        while (q && q->next())
            ids << q->value(0).toLongLong();
        return ids;
    }

    static QString lijst(const QList<qint64> &ids)
    {
        QStringList tekst;
        for (qint64 id : ids)
            tekst << QString::number(id);
        return tekst.join(QLatin1Char(','));
    }

    struct Uitkomst
    {
        int stappen = 0;
        int fouten = 0;
        int locked = 0; // failures that say "database is locked"
        QStringList voorbeelden;
        qint64 ms = 0;
    };

    // Lets the children (each waiting after "ready") go at the same moment and waits for
    // both; their steps go into the ledger.
    Uitkomst samen(const QList<ChildProcess *> &children)
    {
        Uitkomst uitkomst;
        for (auto *child : children)
            EXPECT_TRUE(child->waitForLine("ready")) << child->stderrText().toStdString();
        QElapsedTimer timer;
        timer.start();
        for (auto *child : children)
            child->writeLine("go");
        for (auto *child : children) {
            EXPECT_EQ(child->waitForExit(std::chrono::minutes(5)), 0)
                << child->stderrText().toStdString();
            m_ledger.addChildOutput(child->lineTexts(), halfJaar());
            uitkomst.stappen += child->countLines("do ");
            for (const QString &line : child->lineTexts()) {
                if (!line.startsWith(QLatin1String("fail ")))
                    continue;
                ++uitkomst.fouten;
                uitkomst.locked += line.contains(QLatin1String("locked"), Qt::CaseInsensitive);
                if (uitkomst.voorbeelden.size() < 3)
                    uitkomst.voorbeelden << line;
            }
        }
        uitkomst.ms = timer.elapsed();
        return uitkomst;
    }

    void meld(const char *wat, const Uitkomst &u)
    {
        std::printf("[crash] Concurrency, %s: %d steps in %lld ms, %d failed (%d with \"database "
                    "is locked\")\n",
                    wat, u.stappen, static_cast<long long>(u.ms), u.fouten, u.locked);
        std::fflush(stdout);
    }
};

TEST_F(Concurrency, TwoProcessesCouplingAtOnceNeverFail)
{
    const int n = crashOptions().concurrency;
    const QList<qint64> ids = nieuweHuishoudens(2 * n, 8000000000LL);
    ASSERT_EQ(ids.size(), 2 * n);
    begin(QStringLiteral("ConcurrencyKoppelen"), 0);
    auto a = startChild(QStringLiteral("koppel-reeks"), QStringLiteral("ca"),
                        {QStringLiteral("--ids"), lijst(ids.mid(0, n)), QStringLiteral("--seed"),
                         QStringLiteral("1")},
                        true);
    auto b = startChild(
        QStringLiteral("koppel-reeks"), QStringLiteral("cb"),
        {QStringLiteral("--ids"), lijst(ids.mid(n)), QStringLiteral("--seed"), QStringLiteral("2")},
        true);
    const Uitkomst u = samen({a.get(), b.get()});
    meld("two processes coupling", u);
    EXPECT_EQ(u.stappen, 2 * n);
    EXPECT_EQ(u.fouten, 0) << u.fouten << " of " << 2 * n << " couplings failed, " << u.locked
                           << " with \"database is locked\"; for example:\n  "
                           << u.voorbeelden.join(QStringLiteral("\n  ")).toStdString();
    verify(QStringLiteral("after both processes"));
}

TEST_F(Concurrency, CouplingWhileAnotherProcessImportsNeverFails)
{
    const int n = crashOptions().concurrency;
    const QList<qint64> ids = nieuweHuishoudens(n, 8000000000LL);
    ASSERT_EQ(ids.size(), n);
    const QString bestand = path(QStringLiteral("groot.csv"));
    m_ledger.expectImport(bestand, maakHuishoudensCsv(bestand, 8100000000LL, 1200, azcNaam(),
                                                      crashOptions().seed + 1));
    begin(QStringLiteral("ConcurrencyImport"), 0);
    auto a = startChild(
        QStringLiteral("koppel-reeks"), QStringLiteral("ca"),
        {QStringLiteral("--ids"), lijst(ids), QStringLiteral("--seed"), QStringLiteral("1")}, true);
    auto b = startChild(QStringLiteral("importeer"), QStringLiteral("cb"),
                        {QStringLiteral("--file"), bestand}, true);
    const Uitkomst u = samen({a.get(), b.get()});
    meld("coupling while another process imports", u);
    EXPECT_EQ(u.stappen, n + 1);
    EXPECT_EQ(u.fouten, 0) << u.fouten << " of " << n + 1 << " steps failed, " << u.locked
                           << " with \"database is locked\"; for example:\n  "
                           << u.voorbeelden.join(QStringLiteral("\n  ")).toStdString();
    verify(QStringLiteral("after both processes"));
}

} // namespace
