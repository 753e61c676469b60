// The drag image from the queue (issue 13): a small pill right-below the pointer, so the board's
// row under the pointer stays visible, for one household and for several.
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijTabel.h"
#include "ui/widgets/SleepBeeld.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QStandardItemModel>

#include <gtest/gtest.h>

namespace rd {
namespace {

void verwachtKleinEnNaastDeWijzer(const QPixmap &pixmap, const QPoint &hotspot)
{
    ASSERT_FALSE(pixmap.isNull());
    const QSizeF logisch = pixmap.deviceIndependentSize();
    EXPECT_LE(logisch.width(), sleepbeeld::maxBreedte);
    EXPECT_LE(logisch.height(), sleepbeeld::maxHoogte);
    // QDrag draws the pixmap at pointer - hotspot: a negative hotspot puts it right-below.
    EXPECT_LT(hotspot.x(), 0);
    EXPECT_LT(hotspot.y(), 0);
    const QRect onderDeWijzer(QPoint(0, 0) - hotspot, logisch.toSize());
    EXPECT_FALSE(onderDeWijzer.contains(QPoint(0, 0))) << "the pointer's spot stays visible";
}

TEST(SleepBeeld, OneHouseholdIsAPillWithTheNameBesideThePointer)
{
    const auto beeld =
        sleepbeeld::maak(1, 3, QStringLiteral("Helen Tewelde"), QApplication::font());
    verwachtKleinEnNaastDeWijzer(beeld.pixmap, beeld.hotspot);
    EXPECT_TRUE(sleepbeeld::tekst(1, 3, QStringLiteral("Helen Tewelde"))
                    .contains(QStringLiteral("Helen Tewelde")));
}

TEST(SleepBeeld, SeveralHouseholdsAreCountedAndAVeryLongNameStaysSmall)
{
    const QString tekst = sleepbeeld::tekst(3, 11, QString());
    EXPECT_TRUE(tekst.startsWith(QStringLiteral("3 "))) << tekst.toStdString();
    EXPECT_TRUE(tekst.contains(QStringLiteral(" · 11 "))) << tekst.toStdString();
    const auto veel = sleepbeeld::maak(3, 11, QString(), QApplication::font());
    verwachtKleinEnNaastDeWijzer(veel.pixmap, veel.hotspot);
    const auto lang =
        sleepbeeld::maak(1, 2, QString(200, QLatin1Char('W')), QApplication::font(), 2.0);
    verwachtKleinEnNaastDeWijzer(lang.pixmap, lang.hotspot);
}

TEST(SleepBeeld, TheQueueTableDragsTheSelectedRowsAsOnePill)
{
    QStandardItemModel model(5, WachtrijModel::ColumnCount);
    for (int r = 0; r < 5; ++r) {
        model.setData(model.index(r, WachtrijModel::Referent), QStringLiteral("Naam %1").arg(r));
        model.setData(model.index(r, WachtrijModel::Referent), r + 1, WachtrijModel::PersonenRole);
    }
    WachtrijTabel tabel;
    tabel.setModel(&model);
    tabel.setSelectionBehavior(QAbstractItemView::SelectRows);
    tabel.setSelectionMode(QAbstractItemView::ExtendedSelection);
    tabel.resize(800, 600);
    for (const int r : {1, 2, 4})
        tabel.selectionModel()->select(model.index(r, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QPoint hotspot;
    const QPixmap pixmap = tabel.sleepPixmap(&hotspot);
    verwachtKleinEnNaastDeWijzer(pixmap, hotspot);
    // Qt's own drag image is a picture of all three rows: far larger than the pill.
    EXPECT_LT(pixmap.deviceIndependentSize().height(), tabel.rowHeight(1) * 3);
    // 2 + 3 + 5 persons.
    const auto verwacht = sleepbeeld::maak(3, 10, QString(), tabel.font());
    EXPECT_EQ(pixmap.size(), verwacht.pixmap.size());
}

} // namespace
} // namespace rd
