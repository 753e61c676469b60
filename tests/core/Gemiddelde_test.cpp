// Means are rounded half up on the exact quotient, in one helper that every report and chart
// uses (issue 12): 86 / 40 = 2.15 shows as 2,2, not as the 2,1 that binary floating point gives.
#include "TestSupport.h"

#include "core/common/Gemiddelde.h"
#include "core/fase/FaseStatistiek.h"
#include "core/koppeling/KoppelingService.h"
#include "core/rapport/Rapport.h"
#include "core/rapport/RapportExport.h"
#include "core/rapport/RapportService.h"

#include <gtest/gtest.h>

#include <QLocale>

using namespace rd;

TEST(Gemiddelde, RoundsHalfUpOnTheExactQuotient)
{
    // 2.15 is 2.149999... as a double: printf-style rounding gives 2.1.
    EXPECT_EQ(QString::number(86.0 / 40.0, 'f', 1), QStringLiteral("2.1"))
        << "the floating-point rounding this helper replaces";
    EXPECT_EQ(gemiddeldeInTienden(86, 40), 22);
    EXPECT_DOUBLE_EQ(*gemiddelde(86, 40), 2.2);
    EXPECT_EQ(QString::number(*gemiddelde(86, 40), 'f', 1), QStringLiteral("2.2"));
    EXPECT_EQ(QString::number(*gemiddelde(9, 4), 'f', 1), QStringLiteral("2.3"));
    EXPECT_EQ(gemiddeldeInTienden(214, 100), 21) << "2.14 rounds down";
    EXPECT_EQ(gemiddeldeInTienden(885, 11), 805) << "80.4545... is 80.5";
    EXPECT_EQ(gemiddeldeInTienden(200, 3), 667) << "66.666... is 66.7";
    EXPECT_EQ(gemiddeldeInTienden(84, 1), 840);
}

TEST(Gemiddelde, NegativeMeansRoundAwayFromZeroAndNoCasesIsNoMean)
{
    EXPECT_EQ(gemiddeldeInTienden(-86, 40), -22);
    EXPECT_EQ(gemiddeldeInTienden(-9, 4), -23);
    EXPECT_EQ(gemiddeldeInTienden(0, 7), 0);
    EXPECT_FALSE(gemiddelde(10, 0).has_value());
    EXPECT_TRUE(gemiddeldeCel(10, 0).isNull()) << "an empty cell, not 0";
    EXPECT_DOUBLE_EQ(gemiddeldeCel(9, 4).toDouble(), 2.3);
}

// Phase 1 (permit to coupling) of 2 days for 17 households and 3 days for 3 in Utrecht:
// 43 / 20 = 2.15 days, which floating point shows as 2,1. The report, its CSV and the deadlines
// chart (FaseStatistiek) all show 2,2.
TEST(Gemiddelde, TheReportItsCsvAndTheChartShowTheSameRoundedMean)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("gemiddelde.sqlite")));
    ASSERT_TRUE(store);
    const QString utrecht = QStringLiteral("GM0344");
    const qint64 azc = test::azcIn(*store, utrecht);
    const QDate vergunning(2025, 2, 3);
    qint64 v = 5100000010;
    for (int i = 0; i < 20; ++i) {
        const int dagen = i < 17 ? 2 : 3;
        const qint64 id = test::voegToe(*store, test::voorbeeldHuishouden(v, 1, vergunning, azc));
        v += 10;
        auto k = KoppelingService(*store).koppel(id, utrecht, vergunning.addDays(dagen),
                                                 QStringLiteral("t"), QDate(2026, 11, 29));
        ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    }
    auto r = RapportService(*store).maak(RapportSoort::TermijnGemeente, HalfJaar(2025, 1),
                                         RapportBereik::vanGemeente(utrecht));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    const RapportTabel &t = r->tabellen.first();
    ASSERT_EQ(t.rijen.size(), 1);
    ASSERT_EQ(t.kolommen.at(3).sleutel, QStringLiteral("fase1_dagen"));
    EXPECT_EQ(QString::number(43.0 / 20.0, 'f', 1), QStringLiteral("2.1"));
    EXPECT_DOUBLE_EQ(t.rijen.first().at(3).toDouble(), 2.2);
    EXPECT_DOUBLE_EQ(t.totaal.at(3).toDouble(), 2.2);
    const QString csv = QString::fromUtf8(rapportexport::csv(*r));
    EXPECT_TRUE(csv.contains(QStringLiteral("GM0344;Utrecht;20;2,2;nee;"))) << csv.toStdString();
    EXPECT_EQ(rapport::celTekst(t.rijen.first().at(3), KolomSoort::Decimaal),
              QLocale().toString(2.2, 'f', 1))
        << "the window and the PDF";

    auto fasen =
        FaseStatistiek(*store).perGemeente(3, HalfJaar(2025, 1).begin(), HalfJaar(2025, 1).eind());
    ASSERT_TRUE(fasen.ok());
    ASSERT_EQ(fasen->size(), 1);
    EXPECT_DOUBLE_EQ(fasen->first().koppeling, 2.2) << "the chart's bar";
}
