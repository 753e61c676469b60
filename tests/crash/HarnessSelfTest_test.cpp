// The harness's own checks catch what they are there for: each test breaks one rule on
// purpose (a child that acknowledges before its commit, a herverdeling in two transactions,
// quota moved by no step, letters left behind) and expects the check to say so.
#include "BriefCheck.h"
#include "CrashScenario.h"
#include "DemoStore.h"
#include "StoreCheck.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QDir>
#include <QFile>

using namespace rd;
using namespace rd::crash;

namespace {

class HarnessSelfTest : public CrashScenario
{
};

bool bevat(const QStringList &problems, const QString &text)
{
    for (const auto &p : problems) {
        if (p.contains(text))
            return true;
    }
    return false;
}

TEST_F(HarnessSelfTest, AnAcknowledgementBeforeTheCommitIsCaught)
{
    begin(QStringLiteral("HarnessSelfTest"), 0);
    qint64 vrij = 0;
    for (qint64 id : pool()) {
        if (m_ledger.actief(id).isEmpty()) {
            vrij = id;
            break;
        }
    }
    ASSERT_NE(vrij, 0);
    auto child = startChild(QStringLiteral("ack-vooraf"), QStringLiteral("zelf"),
                            {QStringLiteral("--ids"), QString::number(vrij)});
    const auto outcome = child->killAt(KillPoint::afterLine("ack ", 1, 1000));
    ASSERT_TRUE(outcome.killed);
    m_ledger.addChildOutput(child->lineTexts(), halfJaar());
    const QStringList problems = this->problems();
    EXPECT_TRUE(bevat(problems, QStringLiteral("acknowledged after its commit but missing")))
        << problems.join('\n').toStdString();
}

TEST_F(HarnessSelfTest, AHerverdelingSplitOverTwoTransactionsIsCaught)
{
    begin(QStringLiteral("HarnessSelfTest"), 0);
    auto child = startChild(QStringLiteral("herverdeling-in-twee"), QStringLiteral("zelf"),
                            {QStringLiteral("--halfjaar"), halfJaar()});
    const auto outcome = child->killAt(KillPoint::afterLine("mid", 1, 1000));
    ASSERT_TRUE(outcome.killed);
    m_ledger.addChildOutput(child->lineTexts(), halfJaar());
    const QStringList problems = this->problems();
    // The store check (no herverdeling without lines adding up to zero) and the ledger (the
    // step in flight is whole or absent) each catch it.
    EXPECT_TRUE(bevat(problems, QStringLiteral("0 line(s) adding up to 0")))
        << problems.join('\n').toStdString();
    EXPECT_TRUE(bevat(problems, QStringLiteral("holds 0 line(s) of 2")))
        << problems.join('\n').toStdString();
}

TEST_F(HarnessSelfTest, QuotaFiguresMovedByNoStepAreCaught)
{
    begin(QStringLiteral("HarnessSelfTest"), 0);
    ASSERT_TRUE(problems().isEmpty()) << problems().join('\n').toStdString();
    {
        auto s = Store::open(store());
        ASSERT_TRUE(s);
        const auto id = TaakstellingService(**s).registreerHerverdeling(
            *HalfJaar::parse(halfJaar()),
            {{QStringLiteral("GM0344"), 4}, {QStringLiteral("GM0363"), -4}},
            QStringLiteral("not one of the harness's steps"));
        ASSERT_TRUE(id);
    }
    const QStringList problems = this->problems();
    EXPECT_TRUE(bevat(problems, QStringLiteral("GM0344 herverdeling 4 (expected 0)")))
        << problems.join('\n').toStdString();
}

TEST_F(HarnessSelfTest, LettersLeftBehindAreCaught)
{
    const QString folder = path(QStringLiteral("brieven"));
    ASSERT_TRUE(QDir().mkpath(folder + QStringLiteral("/.regiedesk-brieven-AbC123")));
    QFile half(folder + QStringLiteral("/koppelingsbrief-2000000001-nl.pdf"));
    ASSERT_TRUE(half.open(QIODevice::WriteOnly));
    half.write("%PDF-1.4\n% a letter cut off half-way");
    half.close();
    QFile tijdelijk(folder + QStringLiteral("/.koppelingsbrief-2000000002-nl.pdf.Xy12"));
    ASSERT_TRUE(tijdelijk.open(QIODevice::WriteOnly));
    tijdelijk.close();
    auto s = storecheck::open(store());
    ASSERT_TRUE(s);
    const auto db = (*s)->database();
    const qint64 naId = briefcheck::lastId(db);

    const QStringList naKill = briefcheck::afterKill(db, naId, folder);
    EXPECT_TRUE(bevat(naKill, QStringLiteral("1 letter PDF(s) in the folder without their record")))
        << naKill.join('\n').toStdString();
    EXPECT_TRUE(bevat(naKill, QStringLiteral("1 letter PDF(s) not whole")))
        << naKill.join('\n').toStdString();
    const QStringList naRun = briefcheck::afterNextRun(db, naId, folder);
    EXPECT_TRUE(
        bevat(naRun, QStringLiteral("1 hidden temporary folder(s) left after the next run")))
        << naRun.join('\n').toStdString();
    EXPECT_TRUE(bevat(naRun, QStringLiteral("1 letter PDF(s) without their record")))
        << naRun.join('\n').toStdString();
    EXPECT_TRUE(bevat(naRun, QStringLiteral("1 other file(s) left in the letters folder")))
        << naRun.join('\n').toStdString();
}

} // namespace
