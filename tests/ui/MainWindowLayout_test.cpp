// Space at 1280x800 (and 1600 px): the columns that decide a coupling are on screen without
// scrolling sideways, the name columns stay when the user does scroll, the window is never
// wider than the screen, the household panel collapses and floats, Save stays in view.
// Checked by geometry, offscreen.
#include "VensterTestData.h"

#include "ui/huishouden/HuishoudenForm.h"
#include "ui/main/MainWindow.h"
#include "ui/main/WerkPanel.h"
#include "ui/rapport/RapportPanel.h"
#include "ui/taakstelling/RegioBoardModel.h"
#include "ui/taakstelling/RegioBoardPanel.h"
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijPanel.h"
#include "ui/widgets/ColumnMenu.h"
#include "ui/widgets/FrozenColumn.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

namespace rd {
namespace {

// The column's first cell lies wholly inside the view's viewport, and no sideways scrolling
// is needed.
void verwachtZichtbaar(QAbstractItemView *view, QHeaderView *header, int kolom, const char *wat)
{
    SCOPED_TRACE(wat);
    ASSERT_GT(view->model()->rowCount(), 0);
    EXPECT_FALSE(header->isSectionHidden(kolom)) << "column " << kolom << " hidden";
    const QRect cel = view->visualRect(view->model()->index(0, kolom));
    EXPECT_TRUE(view->viewport()->rect().contains(cel))
        << "column " << kolom << " at " << cel.x() << ".." << cel.right() << " of "
        << view->viewport()->width();
    EXPECT_GE(header->sectionSize(kolom), 30) << "column " << kolom << " too narrow to read";
}

void verwachtKolommen(MainWindow &window)
{
    QTableView *wachtrij = window.werkPanel()->wachtrij()->table();
    for (const int k : {WachtrijModel::Referent, WachtrijModel::Grootte, WachtrijModel::Dagen,
                        WachtrijModel::Vlaggen})
        verwachtZichtbaar(wachtrij, wachtrij->horizontalHeader(), k, "queue");
    EXPECT_EQ(wachtrij->horizontalScrollBar()->maximum(), 0) << "the queue scrolls sideways";
    QTreeView *board = window.werkPanel()->board()->view();
    for (const int k :
         {RegioBoardModel::Gemeente, RegioBoardModel::Opgave, RegioBoardModel::Prognose,
          RegioBoardModel::VoorAchter, RegioBoardModel::Tempo})
        verwachtZichtbaar(board, board->header(), k, "board");
    EXPECT_EQ(board->horizontalScrollBar()->maximum(), 0) << "the board scrolls sideways";
}

TEST(MainWindowLayoutTest, At1280TheColumnsThatDecideACouplingAreOnScreen)
{
    test::VensterTestData data;
    auto window = data.open(1280, 800);
    ASSERT_TRUE(window);
    EXPECT_EQ(window->width(), 1280) << "the window grew wider than the screen";
    verwachtKolommen(*window);
}

TEST(MainWindowLayoutTest, At1600WithTheHouseholdPanelOpenTheColumnsAreOnScreen)
{
    test::VensterTestData data;
    auto window = data.open(1600, 1000);
    ASSERT_TRUE(window);
    window->huishoudenDock()->show();
    QApplication::processEvents();
    EXPECT_TRUE(window->huishoudenDock()->isVisible());
    EXPECT_EQ(window->width(), 1600);
    verwachtKolommen(*window);
}

TEST(MainWindowLayoutTest, TheWindowFitsA1280ScreenWithEveryPanelOpen)
{
    test::VensterTestData data;
    auto window = data.open(1280, 800);
    ASSERT_TRUE(window);
    window->huishoudenDock()->show();
    window->signalenDock()->show();
    window->werkPanel()->nieuwHuishouden();
    QApplication::processEvents();
    EXPECT_LE(window->minimumSizeHint().width(), 1280);
    EXPECT_LE(window->minimumSizeHint().height(), 800);
    EXPECT_EQ(window->width(), 1280);
    EXPECT_EQ(window->height(), 800);
    // Save is in view, not below the form's scrolled fields.
    QPushButton *opslaan = window->werkPanel()->formulier()->opslaanKnop();
    ASSERT_TRUE(opslaan->isVisible());
    EXPECT_FALSE(opslaan->visibleRegion().isEmpty());
    const QRect knop(opslaan->mapTo(window.get(), QPoint(0, 0)), opslaan->size());
    EXPECT_TRUE(window->rect().contains(knop));
    EXPECT_TRUE(window->werkPanel()->formulier()->rect().contains(
        QRect(opslaan->mapTo(window->werkPanel()->formulier(), QPoint(0, 0)), opslaan->size())));
}

TEST(MainWindowLayoutTest, WithoutSettingsTheWindowIsNoLargerThanTheScreen)
{
    test::SettingsSandbox settings;
    MainWindow window;
    const QRect scherm = window.screen()->availableGeometry();
    EXPECT_LE(window.width(), scherm.width());
    EXPECT_LE(window.height(), scherm.height());
}

TEST(MainWindowLayoutTest, OnASmallScreenTheHouseholdPanelOpensWithAHousehold)
{
    test::VensterTestData data;
    auto window = data.open(1280, 800);
    ASSERT_TRUE(window);
    ASSERT_LT(window->screen()->availableGeometry().width(), MainWindow::ruimScherm);
    EXPECT_FALSE(window->huishoudenDock()->isVisible()) << "collapsed: the board needs the room";
    QTableView *tabel = window->werkPanel()->wachtrij()->table();
    tabel->setCurrentIndex(tabel->model()->index(0, WachtrijModel::Dagen));
    EXPECT_FALSE(window->huishoudenDock()->isVisible()) << "a selection alone does not open it";
    emit tabel->activated(tabel->currentIndex()); // Enter or a double click
    EXPECT_TRUE(window->huishoudenDock()->isVisible());
    EXPECT_NE(window->werkPanel()->gekozenHuishouden(), 0);

    auto *paneel = window->findChild<QAction *>(QStringLiteral("huishoudenPanelAction"));
    ASSERT_NE(paneel, nullptr);
    EXPECT_EQ(paneel->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    paneel->trigger();
    EXPECT_FALSE(window->huishoudenDock()->isVisible());
    paneel->trigger();
    EXPECT_TRUE(window->huishoudenDock()->isVisible());

    auto *los = window->findChild<QAction *>(QStringLiteral("huishoudenLosAction"));
    ASSERT_NE(los, nullptr);
    los->trigger();
    EXPECT_TRUE(window->huishoudenDock()->isFloating());
    // Remembered: the next window opens with the panel floating.
    window->close();
    MainWindow volgende;
    EXPECT_TRUE(volgende.huishoudenDock()->isFloating());
    EXPECT_FALSE(volgende.huishoudenDock()->isHidden());
}

TEST(MainWindowLayoutTest, HiddenColumnsAreShownFromTheHeaderMenuAndRemembered)
{
    test::VensterTestData data;
    auto window = data.open(1280, 800);
    ASSERT_TRUE(window);
    QHeaderView *header = window->werkPanel()->wachtrij()->table()->horizontalHeader();
    ASSERT_TRUE(header->isSectionHidden(WachtrijModel::VNummer));
    std::unique_ptr<QMenu> menu(columnmenu::make(header, {WachtrijModel::Referent}, nullptr));
    QAction *vNummer = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->data().toInt() == WachtrijModel::VNummer)
            vNummer = a;
        if (a->data().toInt() == WachtrijModel::Referent) {
            EXPECT_FALSE(a->isEnabled()) << "the name column cannot be hidden";
        }
    }
    ASSERT_NE(vNummer, nullptr);
    EXPECT_FALSE(vNummer->isChecked());
    vNummer->trigger();
    EXPECT_FALSE(header->isSectionHidden(WachtrijModel::VNummer));
    window->close();

    MainWindow volgende;
    EXPECT_FALSE(volgende.werkPanel()->wachtrij()->table()->horizontalHeader()->isSectionHidden(
        WachtrijModel::VNummer));
    EXPECT_TRUE(volgende.werkPanel()->wachtrij()->table()->horizontalHeader()->isSectionHidden(
        WachtrijModel::Azc));
}

TEST(MainWindowLayoutTest, ReportTablesGetTheRoomAboveTheChartAndTheDivisionIsRemembered)
{
    test::VensterTestData data;
    auto window = data.open(1280, 800);
    ASSERT_TRUE(window);
    RapportPanel *rapporten = window->werkPanel()->rapporten();
    window->werkPanel()->midden()->setCurrentWidget(rapporten);
    QApplication::processEvents();
    QApplication::processEvents();
    QSplitter *splitter = rapporten->splitter();
    ASSERT_NE(splitter, nullptr);
    ASSERT_EQ(splitter->count(), 2);
    EXPECT_EQ(splitter->widget(0), rapporten->tabellen()) << "the table on top";
    EXPECT_TRUE(splitter->widget(1)->isAncestorOf(rapporten->chartView()))
        << "the chart below the splitter";
    const QList<int> delen = splitter->sizes();
    EXPECT_GT(delen.at(0), delen.at(1)) << "the table gets the room";

    splitter->setSizes({120, 260});
    emit splitter->splitterMoved(120, 1); // as a drag of the handle does
    window->close();
    MainWindow volgende;
    volgende.resize(1280, 800);
    volgende.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&volgende));
    volgende.werkPanel()->midden()->setCurrentWidget(volgende.werkPanel()->rapporten());
    QApplication::processEvents();
    QApplication::processEvents();
    // The user's division (table smaller than the chart), not the default (table larger).
    const QList<int> terug = volgende.werkPanel()->rapporten()->splitter()->sizes();
    EXPECT_LT(terug.value(0), terug.value(1));
}

// Scrolled to the far right with every column shown, the name is still at the left edge.
void verwachtBevroren(QAbstractItemView *view, QHeaderView *header, FrozenColumn *bevroren,
                      int kolom)
{
    for (int c = 0; c < header->count(); ++c)
        header->showSection(c);
    for (int c = 0; c < header->count(); ++c)
        if (c != kolom)
            header->resizeSection(c, 200);
    QApplication::processEvents();
    ASSERT_GT(view->horizontalScrollBar()->maximum(), 0);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
    QApplication::processEvents();
    EXPECT_LT(header->sectionViewportPosition(kolom), 0) << "the main view scrolled";
    QAbstractItemView *overlay = bevroren->overlay();
    ASSERT_TRUE(overlay->isVisible());
    EXPECT_EQ(overlay->mapTo(view, QPoint(0, 0)).x(), view->frameWidth());
    const QRect cel = overlay->visualRect(view->model()->index(0, kolom));
    EXPECT_TRUE(overlay->viewport()->rect().contains(cel));
    EXPECT_EQ(overlay->model(), view->model());
    EXPECT_EQ(overlay->selectionModel(), view->selectionModel());
    // Rows line up: the same row at the same height in both.
    EXPECT_EQ(
        overlay->viewport()->mapTo(view, cel.topLeft()).y(),
        view->viewport()->mapTo(view, view->visualRect(view->model()->index(0, 1)).topLeft()).y());
    EXPECT_EQ(header->visualIndex(kolom), 0) << "the name column stays first";
}

TEST(MainWindowLayoutTest, TheNameColumnsStayWhenScrollingSideways)
{
    test::VensterTestData data;
    auto window = data.open(1280, 800);
    ASSERT_TRUE(window);
    WachtrijPanel *wachtrij = window->werkPanel()->wachtrij();
    {
        SCOPED_TRACE("queue");
        verwachtBevroren(wachtrij->table(), wachtrij->table()->horizontalHeader(),
                         wachtrij->bevroren(), WachtrijModel::Referent);
    }
    RegioBoardPanel *board = window->werkPanel()->board();
    {
        SCOPED_TRACE("board");
        verwachtBevroren(board->view(), board->view()->header(), board->bevroren(),
                         RegioBoardModel::Gemeente);
    }
}

} // namespace
} // namespace rd
