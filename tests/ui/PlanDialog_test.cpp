// The plan window (issue 15), offscreen: it solves off the GUI thread, shows every waiting
// household of the region with its proposed target and the backlogs before and after; a pin
// to another target is kept by the next solve; the accepted rows couple as one undoable step,
// an unticked row not; undo takes the whole step back.
#include "VensterTestData.h"

#include "core/koppeling/KoppelingService.h"
#include "core/store/Store.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/main/MainWindow.h"
#include "ui/plan/PlanDialog.h"
#include "ui/plan/PlanTabelModel.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace rd {
namespace {

bool wachtOp(const PlanDialog &dialog)
{
    QDeadlineTimer tot(30000);
    while (dialog.bezig() && !tot.hasExpired())
        QTest::qWait(10);
    return !dialog.bezig();
}

class PlanDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_window = m_data.open();
        ASSERT_NE(m_window, nullptr);
    }

    int gekoppeld(const PlanTabelModel &model) const
    {
        int n = 0;
        for (const PlanRij &r : model.uitkomst().rijen)
            n += KoppelingService(*m_window->store()).actief(r.huishouden)->has_value() ? 1 : 0;
        return n;
    }

    test::VensterTestData m_data;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(PlanDialogTest, PinSolveAgainCoupleAndUndo)
{
    PlanDialog dialog(*m_window->werkbestand(), 3, test::VensterTestData::vandaag());
    dialog.bereken();
    EXPECT_TRUE(dialog.bezig()) << "the solve runs off the GUI thread";
    ASSERT_TRUE(wachtOp(dialog));
    PlanTabelModel &model = *dialog.model();
    ASSERT_GE(model.rowCount(), 2);
    ASSERT_TRUE(model.uitkomst().optimaal);
    int geplaatst = -1;
    for (int i = 0; i < model.rowCount() && geplaatst < 0; ++i)
        if (model.uitkomst().rijen.at(i).doel >= 0 && model.keuzes(i).size() >= 2)
            geplaatst = i;
    ASSERT_GE(geplaatst, 0);

    // choose the second-best target for it: pinned, and kept by the next solve
    const QModelIndex doel = model.index(geplaatst, PlanTabelModel::Doel);
    const QString was = doel.data(PlanTabelModel::DoelSleutelRol).toString();
    QString ander;
    for (const auto &[sleutel, naam] : model.keuzes(geplaatst))
        if (sleutel != was && ander.isEmpty())
            ander = sleutel;
    EXPECT_FALSE(model.setData(doel, QStringLiteral("GM9999"))) << "only an eligible target";
    ASSERT_TRUE(model.setData(doel, ander));
    EXPECT_EQ(model.index(geplaatst, PlanTabelModel::Vast).data(Qt::CheckStateRole).toInt(),
              Qt::Checked);
    dialog.bereken();
    ASSERT_TRUE(wachtOp(dialog));
    EXPECT_EQ(model.index(geplaatst, PlanTabelModel::Doel).data(PlanTabelModel::DoelSleutelRol),
              ander);
    EXPECT_TRUE(model.uitkomst().rijen.at(geplaatst).vast);

    // untick one other placed row: it is not coupled
    int uit = -1;
    for (int i = 0; i < model.rowCount() && uit < 0; ++i)
        if (i != geplaatst && model.uitkomst().rijen.at(i).doel >= 0)
            uit = i;
    ASSERT_GE(uit, 0);
    ASSERT_TRUE(model.setData(model.index(uit, PlanTabelModel::Aanvaard), Qt::Unchecked,
                              Qt::CheckStateRole));
    const int aanvaard = int(model.aanvaard().size());
    const qint64 nietGekoppeld = model.uitkomst().rijen.at(uit).huishouden;
    const qint64 gepind = model.uitkomst().rijen.at(geplaatst).huishouden;
    QUndoStack *stack = m_window->werkbestand()->undoStack();
    const int stappen = stack->count();
    ASSERT_TRUE(dialog.koppel().ok());
    EXPECT_EQ(stack->count(), stappen + 1) << "one undoable step";
    KoppelingService koppelingen(*m_window->store());
    EXPECT_FALSE(koppelingen.actief(nietGekoppeld)->has_value());
    const auto koppeling = koppelingen.actief(gepind);
    ASSERT_TRUE(koppeling->has_value());
    EXPECT_TRUE(ander == (*koppeling)->gemeenteCode ||
                ander == QStringLiteral("P%1").arg((*koppeling)->partnerschapId))
        << "coupled where the person pinned it";
    ASSERT_TRUE(wachtOp(dialog)); // it solves again for those left
    EXPECT_LT(model.rowCount(), aanvaard + 2);

    stack->undo();
    EXPECT_FALSE(koppelingen.actief(gepind)->has_value()) << "undo takes the whole plan back";
}

TEST_F(PlanDialogTest, TheWindowOpensItFromTheHouseholdMenu)
{
    auto *actie = m_window->findChild<QAction *>(QStringLiteral("planAction"));
    ASSERT_NE(actie, nullptr);
    EXPECT_EQ(actie->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    actie->trigger();
    auto *dialog = m_window->findChild<PlanDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    ASSERT_TRUE(wachtOp(*dialog));
    EXPECT_GT(dialog->model()->rowCount(), 0) << "the window's region, solved at once";
}

} // namespace rd
