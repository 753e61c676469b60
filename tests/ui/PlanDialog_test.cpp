// The plan window (issue 15), offscreen: it solves off the GUI thread, shows every waiting
// household of the region with its proposed target and the backlogs before and after; a pin
// to another target is kept by the next solve; the accepted rows couple as one undoable step,
// an unticked row not; undo takes the whole step back.
#include "TestSupport.h"
#include "VensterTestData.h"

#include "core/csv/Csv.h"

#include "core/koppeling/KoppelingService.h"
#include "core/store/Store.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/main/MainWindow.h"
#include "ui/plan/PlanDialog.h"
#include "ui/plan/PlanTabelModel.h"
#include "ui/widgets/LijstActies.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QPushButton>
#include <QTableView>
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

// The plan on paper: before a solve nothing to print; after it the Print button and the table's
// context menu hold the plan as shown (a tick for the accepted rows, the summary under the
// title), and the backlogs table prints on its own. The CSV has every row of the plan.
TEST_F(PlanDialogTest, ThePlanAndItsBacklogsPrintAndExportAsShown)
{
    PlanDialog dialog(*m_window->werkbestand(), 3, test::VensterTestData::vandaag());
    auto *knop = dialog.findChild<QPushButton *>(QStringLiteral("afdrukKnop"));
    ASSERT_NE(knop, nullptr);
    EXPECT_FALSE(knop->isEnabled());
    EXPECT_FALSE(dialog.planLijst()->afdrukActie()->isEnabled());
    dialog.bereken();
    ASSERT_TRUE(wachtOp(dialog));
    EXPECT_TRUE(knop->isEnabled());
    EXPECT_EQ(knop->shortcut(), QKeySequence(QKeySequence::Print));
    auto *tabel = dialog.findChild<QTableView *>(QStringLiteral("planTabel"));
    ASSERT_NE(tabel, nullptr);
    EXPECT_TRUE(tabel->actions().contains(dialog.planLijst()->afdrukActie()));
    EXPECT_TRUE(tabel->actions().contains(dialog.planLijst()->csvActie()));

    PlanTabelModel &model = *dialog.model();
    int geplaatst = -1;
    for (int i = 0; i < model.rowCount() && geplaatst < 0; ++i)
        if (model.uitkomst().rijen.at(i).doel >= 0)
            geplaatst = i;
    ASSERT_GE(geplaatst, 0);
    ASSERT_TRUE(model.setData(model.index(geplaatst, PlanTabelModel::Aanvaard), Qt::Unchecked,
                              Qt::CheckStateRole));
    const Lijst lijst = dialog.planLijst()->lijst();
    ASSERT_EQ(lijst.rijen.size(), model.rowCount());
    ASSERT_EQ(lijst.kolommen.size(), PlanTabelModel::AantalKolommen);
    EXPECT_TRUE(lijst.titel.contains(QStringLiteral("3"))) << lijst.titel.toStdString();
    ASSERT_EQ(lijst.regels.size(), 1);
    EXPECT_TRUE(lijst.regels.first().contains(QStringLiteral("proven optimal")));
    int vinkjes = 0;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QStringList &cellen = lijst.rijen.at(i).cellen;
        EXPECT_EQ(cellen.at(PlanTabelModel::VNummer),
                  model.index(i, PlanTabelModel::VNummer).data().toString());
        EXPECT_EQ(cellen.at(PlanTabelModel::Doel),
                  model.index(i, PlanTabelModel::Doel).data().toString());
        const bool aanvaard = model.index(i, PlanTabelModel::Aanvaard)
                                  .data(Qt::CheckStateRole)
                                  .value<Qt::CheckState>() == Qt::Checked;
        EXPECT_EQ(cellen.at(PlanTabelModel::Aanvaard), aanvaard ? QStringLiteral("✓") : QString())
            << "row " << i;
        vinkjes += aanvaard ? 1 : 0;
    }
    EXPECT_EQ(vinkjes, model.aanvaard().size());
    EXPECT_EQ(lijst.rijen.at(geplaatst).cellen.at(PlanTabelModel::Aanvaard), QString());

    test::TempDir dir;
    const QString pad = dir.path(QStringLiteral("plan.csv"));
    ASSERT_TRUE(dialog.planLijst()->bewaar(pad, lijstexport::Formaat::Csv, false).ok());
    auto csv = csv::readFile(pad);
    ASSERT_TRUE(csv);
    EXPECT_EQ(csv->rows.size(), model.rowCount());
    const Lijst standen = dialog.standenLijst()->lijst();
    EXPECT_EQ(standen.rijen.size(), model.uitkomst().standen.size());
    EXPECT_NE(standen.titel, lijst.titel);
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
