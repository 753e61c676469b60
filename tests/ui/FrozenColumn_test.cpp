// The frozen name column's overlay: a drag that starts on it is the main view's own drag (the
// queue's small drag image beside the pointer), not the overlay's default picture of the cell.
#include "ui/widgets/FrozenColumn.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace rd {
namespace {

TEST(FrozenColumn, ADragStartedOnTheOverlayIsTheMainViewsDrag)
{
    QStandardItemModel model(3, 3);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            model.setItem(r, c,
                          new QStandardItem(QStringLiteral("r%1c%2").arg(QString::number(r),
                                                                         QString::number(c))));
    QTableView view;
    view.setModel(&model);
    view.setDragEnabled(true);
    view.setDragDropMode(QAbstractItemView::DragOnly);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(400, 200);
    FrozenColumn bevroren(&view, 0);
    QList<Qt::DropActions> gestart;
    bevroren.setSleepStarter([&gestart](Qt::DropActions acties) { gestart << acties; });
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    QAbstractItemView *overlay = bevroren.overlay();
    ASSERT_TRUE(overlay->dragEnabled());
    const QPoint start = overlay->visualRect(model.index(1, 0)).center();
    QWidget *vlak = overlay->viewport();
    QTest::mousePress(vlak, Qt::LeftButton, {}, start);
    // Past the drag distance in a few moves, the button held.
    for (int i = 1; i <= 4; ++i) {
        QMouseEvent beweeg(QEvent::MouseMove, QPointF(start + QPoint(0, i * 12)),
                           vlak->mapToGlobal(QPointF(start + QPoint(0, i * 12))), Qt::NoButton,
                           Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vlak, &beweeg);
    }
    QTest::mouseRelease(vlak, Qt::LeftButton, {}, start + QPoint(0, 48));
    ASSERT_EQ(gestart.size(), 1) << "the drag went through the main view's starter";
    EXPECT_TRUE(gestart.first().testFlag(Qt::CopyAction) ||
                gestart.first().testFlag(Qt::MoveAction));
}

} // namespace
} // namespace rd
