#include "ui/rapport/RapportTabelModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>

#include <gtest/gtest.h>

namespace rd {
namespace {

// A table as a core builder fills one: every column kind, a null cell and a totals row.
RapportTabel voorbeeldTabel()
{
    RapportTabel t;
    t.sleutel = QStringLiteral("gemeenten");
    t.titel = QStringLiteral("Per gemeente");
    t.kolommen = {{QStringLiteral("gemeente"), QStringLiteral("Gemeente"), KolomSoort::Tekst},
                  {QStringLiteral("personen"), QStringLiteral("Personen"), KolomSoort::Geheel},
                  {QStringLiteral("gemiddeld"), QStringLiteral("Gemiddeld"), KolomSoort::Decimaal},
                  {QStringLiteral("datum"), QStringLiteral("Datum"), KolomSoort::Datum},
                  {QStringLiteral("gehaald"), QStringLiteral("Gehaald"), KolomSoort::JaNee}};
    t.rijen = {{QStringLiteral("Utrecht"), qint64(12345), 2.25, QDate(2025, 3, 1), true},
               {QStringLiteral("Zeist"), qint64(-3), QVariant(), QDate(2025, 4, 2), false}};
    t.totaal = {QVariant(), qint64(12342), 2.25, QVariant(), QVariant()};
    return t;
}

TEST(RapportTabelModel, PassesTheModelTesterWithAndWithoutATotalsRow)
{
    RapportTabelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTabel(voorbeeldTabel());
    RapportTabel zonder = voorbeeldTabel();
    zonder.totaal.clear();
    model.setTabel(zonder);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), 5);
}

TEST(RapportTabelModel, HeadersAreTheColumnsHeadingsAndNumbersAreRightAligned)
{
    RapportTabelModel model;
    const RapportTabel t = voorbeeldTabel();
    model.setTabel(t);
    for (int c = 0; c < t.kolommen.size(); ++c)
        EXPECT_EQ(model.headerData(c, Qt::Horizontal).toString(), t.kolommen.at(c).kop);
    const auto uitlijning = [&](int row, int column) {
        return Qt::Alignment(model.index(row, column).data(Qt::TextAlignmentRole).toInt());
    };
    EXPECT_TRUE(uitlijning(0, 1) & Qt::AlignRight);
    EXPECT_TRUE(uitlijning(0, 2) & Qt::AlignRight);
    EXPECT_TRUE(uitlijning(0, 0) & Qt::AlignLeft);
    EXPECT_TRUE(uitlijning(0, 4) & Qt::AlignLeft);
}

TEST(RapportTabelModel, CellsShowCoresValuesInTheLocalesFormAndNullAsEmpty)
{
    RapportTabelModel model;
    const RapportTabel t = voorbeeldTabel();
    model.setTabel(t);
    const QLocale locale;
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Utrecht"));
    EXPECT_EQ(model.index(0, 1).data().toString(), locale.toString(qint64(12345)));
    EXPECT_EQ(model.index(1, 1).data().toString(), QChar(0x2212) + locale.toString(3));
    EXPECT_EQ(model.index(0, 2).data().toString(), locale.toString(2.25, 'f', 1));
    EXPECT_TRUE(model.index(1, 2).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, 3).data().toString(),
              locale.toString(QDate(2025, 3, 1), QLocale::ShortFormat));
    EXPECT_EQ(model.index(0, 4).data().toString(), QStringLiteral("Yes"));
    EXPECT_EQ(model.index(1, 4).data().toString(), QStringLiteral("No"));
    // The raw value stays available, unchanged.
    for (int r = 0; r < t.rijen.size(); ++r)
        for (int c = 0; c < t.kolommen.size(); ++c)
            EXPECT_EQ(model.index(r, c).data(RapportTabelModel::WaardeRole), t.rijen.at(r).at(c));
}

TEST(RapportTabelModel, TotalsRowComesLastInBoldAndNamesItself)
{
    RapportTabelModel model;
    const RapportTabel t = voorbeeldTabel();
    model.setTabel(t);
    ASSERT_EQ(model.rowCount(), 3);
    const int laatste = 2;
    EXPECT_TRUE(model.index(laatste, 0).data(RapportTabelModel::TotaalRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(RapportTabelModel::TotaalRole).toBool());
    EXPECT_TRUE(model.index(laatste, 1).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(model.index(0, 1).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(model.index(laatste, 1).data(RapportTabelModel::WaardeRole), t.totaal.at(1));
    EXPECT_EQ(model.index(laatste, 0).data().toString(), QStringLiteral("Total"));
}

} // namespace
} // namespace rd
