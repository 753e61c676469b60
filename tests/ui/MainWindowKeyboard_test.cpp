// The keyboard never surprises: Tab leaves a table (and never walks the queue's rows, which
// would open household after household), F6 and Shift+F6 go round the panels, and the panel
// with the focus has a visible frame.
#include "VensterTestData.h"

#include "ui/huishouden/HuishoudenForm.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PanelNavigatie.h"
#include "ui/main/WerkPanel.h"
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijPanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace rd {
namespace {

std::unique_ptr<MainWindow> actiefVenster(test::VensterTestData &data)
{
    auto window = data.open();
    if (!window)
        return nullptr;
    window->huishoudenDock()->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        ADD_FAILURE() << "window not active";
    QApplication::processEvents();
    return window;
}

TEST(MainWindowKeyboardTest, TabLeavesTheQueueTableWithoutOpeningAnotherHousehold)
{
    test::VensterTestData data;
    auto window = actiefVenster(data);
    ASSERT_TRUE(window);
    QTableView *tabel = window->werkPanel()->wachtrij()->table();
    ASSERT_GE(tabel->model()->rowCount(), 2);
    tabel->setFocus(Qt::TabFocusReason);
    tabel->setCurrentIndex(tabel->model()->index(0, WachtrijModel::Referent));
    QApplication::processEvents();
    ASSERT_EQ(QApplication::focusWidget(), tabel);
    const qint64 open = window->werkPanel()->gekozenHuishouden();
    ASSERT_NE(open, 0);

    QTest::keyClick(tabel, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), tabel) << "Tab stayed in the table";
    EXPECT_EQ(tabel->currentIndex().row(), 0);
    EXPECT_EQ(window->werkPanel()->gekozenHuishouden(), open);

    // Arrow keys still move inside.
    tabel->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tabel, Qt::Key_Down);
    EXPECT_EQ(tabel->currentIndex().row(), 1);
    // The household of that row opens in the form, and the focus stays in the queue.
    EXPECT_NE(window->werkPanel()->gekozenHuishouden(), open);
    EXPECT_EQ(QApplication::focusWidget(), tabel);
}

TEST(MainWindowKeyboardTest, NoTableOfTheWindowWalksItsCellsOnTab)
{
    test::VensterTestData data;
    auto window = actiefVenster(data);
    ASSERT_TRUE(window);
    window->werkPanel()->nieuwHuishouden();
    const auto views = window->findChildren<QAbstractItemView *>();
    ASSERT_GT(views.size(), 8);
    for (const QAbstractItemView *view : views)
        EXPECT_FALSE(view->tabKeyNavigation()) << view->objectName().toStdString();
}

TEST(MainWindowKeyboardTest, F6VisitsEachPanelInOrderAndWraps)
{
    test::VensterTestData data;
    auto window = actiefVenster(data);
    ASSERT_TRUE(window);
    PanelNavigatie *nav = window->panelNavigatie();
    ASSERT_NE(nav, nullptr);
    const QList<QWidget *> panelen = {window->werkPanel()->wachtrij(),
                                      window->werkPanel()->midden(), window->huishoudenDock(),
                                      window->signalenDock()};
    for (int i = 0; i < panelen.size(); ++i)
        ASSERT_EQ(nav->panel(i), panelen.at(i));

    window->werkPanel()->wachtrij()->table()->setFocus(Qt::OtherFocusReason);
    QApplication::processEvents();
    ASSERT_EQ(nav->actief(), 0);
    EXPECT_TRUE(nav->randZichtbaar(0)) << "the focused panel shows its frame";
    for (const int verwacht : {1, 2, 3, 0}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QApplication::processEvents();
        EXPECT_EQ(nav->actief(), verwacht);
        EXPECT_TRUE(nav->randZichtbaar(verwacht));
        for (int j = 0; j < panelen.size(); ++j) {
            EXPECT_EQ(nav->randZichtbaar(j), j == verwacht) << "frame on panel " << j;
        }
    }
    // The queue is entered at its search field; Tab goes on from there.
    EXPECT_EQ(QApplication::focusWidget(),
              static_cast<QWidget *>(window->werkPanel()->wachtrij()->zoekVeld()));
    for (const int verwacht : {3, 2, 1, 0}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QApplication::processEvents();
        EXPECT_EQ(nav->actief(), verwacht);
    }
    // A collapsed panel is skipped.
    window->huishoudenDock()->hide();
    window->werkPanel()->midden()->setFocus();
    nav->volgende();
    EXPECT_EQ(nav->actief(), 3);
}

} // namespace
} // namespace rd
