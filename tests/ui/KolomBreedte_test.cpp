// kolombreedte: a column as wide as the view's own measure of every cell says, without asking
// the delegate for every row (issue 13: the window's figures within 0.5 s).
#include "ui/widgets/KolomBreedte.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace rd;

namespace {

QStandardItem *cel(const QString &tekst, bool vet = false, bool icoon = false)
{
    auto *item = new QStandardItem(tekst);
    if (vet) {
        QFont font = QApplication::font();
        font.setBold(true);
        item->setFont(font);
    }
    if (icoon)
        item->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    return item;
}

// Numbers, names of every width, a bold row and icons on some cells: the widest cell is not
// the one with the most characters.
void vul(QStandardItemModel &model, int rijen)
{
    model.setColumnCount(3);
    for (int r = 0; r < rijen; ++r) {
        const bool waarschuwing = r % 7 == 3;
        model.appendRow({cel(QString::number(r * 37 % 1000)),
                         cel(r % 2 ? QStringLiteral("iiiiiiiiiiii") : QStringLiteral("MMMMMMMMM")),
                         cel(QStringLiteral("%1 dagen").arg(r % 30), false, waarschuwing)});
    }
    model.appendRow({cel(QStringLiteral("99"), true), cel(QStringLiteral("WWWWWWWWW"), true),
                     cel(QStringLiteral("1 dag"), true, true)});
}

// Qt's own measure (public in QAbstractItemView, protected in its subclasses).
int qtMaat(const QAbstractItemView &view, int kolom)
{
    return view.sizeHintForColumn(kolom);
}

} // namespace

TEST(KolomBreedte, EveryColumnOfATableIsAsWideAsTheViewsOwnMeasureOfEveryCell)
{
    QStandardItemModel model;
    vul(model, 300);
    QTableView view;
    view.setModel(&model);
    for (int kolom = 0; kolom < model.columnCount(); ++kolom) {
        const int grid = view.showGrid() ? 1 : 0;
        EXPECT_EQ(kolombreedte::inhoud(view, kolom) + grid, qtMaat(view, kolom))
            << "column " << kolom;
    }
}

TEST(KolomBreedte, TheWidestCellCountsBeyondTheThousandRowsQtLooksAt)
{
    QStandardItemModel model;
    vul(model, 1500);
    // The widest cell of the first column at the very end, outside Qt's sample.
    model.setItem(1400, 0, cel(QStringLiteral("1234567890"), true));
    QTableView smal;
    smal.setModel(&model);
    QStandardItemModel alleen;
    alleen.appendRow(cel(QStringLiteral("1234567890"), true));
    QTableView een;
    een.setModel(&alleen);
    EXPECT_GE(kolombreedte::inhoud(smal, 0), qtMaat(een, 0) - (een.showGrid() ? 1 : 0));
}

TEST(KolomBreedte, ATreesFirstColumnCountsItsChildrenWithTheirIndentation)
{
    QStandardItemModel model;
    auto *groep = cel(QStringLiteral("Samenwerking"), true);
    groep->appendRow(
        {cel(QStringLiteral("Gemeente met een lange naam")), cel(QStringLiteral("12"))});
    groep->appendRow({cel(QStringLiteral("Kort")), cel(QStringLiteral("1.234"))});
    model.appendRow({groep, cel(QStringLiteral("1.246"), true)});
    model.appendRow({cel(QStringLiteral("Losse gemeente")), cel(QStringLiteral("7"))});
    QTreeView view;
    view.setModel(&model);
    view.expandAll();
    for (int kolom = 0; kolom < 2; ++kolom)
        EXPECT_EQ(kolombreedte::inhoud(view, kolom), qtMaat(view, kolom)) << "column " << kolom;
}

TEST(KolomBreedte, PasAanSetsEachVisibleColumnToItsCellsOrItsHeading)
{
    QStandardItemModel model;
    vul(model, 50);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Een heel lange kop"), QStringLiteral("Naam"), QStringLiteral("Termijn")});
    QTableView view;
    view.setModel(&model);
    view.setColumnHidden(2, true);
    kolombreedte::pasAan(view);
    QTableView qt;
    qt.setModel(&model);
    qt.resizeColumnsToContents();
    EXPECT_EQ(view.columnWidth(0), qt.columnWidth(0)) << "the heading is the widest";
    EXPECT_EQ(view.columnWidth(1), qt.columnWidth(1)) << "a cell is the widest";
    EXPECT_TRUE(view.isColumnHidden(2)) << "a hidden column stays hidden";
}
