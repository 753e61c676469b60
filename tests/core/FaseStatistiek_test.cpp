#include "TestSupport.h"

#include "core/fase/FaseStatistiek.h"
#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/KoppelingService.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

struct Datums
{
    QDate vergunning;
    QDate koppeling;
    QDate tekenen;
    QDate verhuizing;
    QDate uitschrijving;
};

class FaseStatistiekTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("f.sqlite")), true);
        ASSERT_TRUE(store);
        azcNoord = test::azcIn(*store, QStringLiteral("GM0014")); // Groningen: region 1
        azcZuid = test::azcIn(*store, QStringLiteral("GM0935"));  // Maastricht: region 5
    }

    // A household with these dates, coupled to `gemeente` on d.koppeling (when valid).
    qint64 huishouden(qint64 vNummer, const Datums &d, const QString &gemeente, qint64 azc = 0)
    {
        auto h = test::voorbeeldHuishouden(vNummer, 1, d.vergunning, azc ? azc : azcNoord);
        h.tekenen = d.tekenen;
        h.verhuizing = d.verhuizing;
        h.uitschrijving = d.uitschrijving;
        if (d.uitschrijving.isValid())
            h.huisvestGemeente = gemeente.isEmpty() ? QStringLiteral("GM0014") : gemeente;
        const qint64 id = test::voegToe(*store, h, vandaag);
        if (d.koppeling.isValid()) {
            auto k = KoppelingService(*store).koppel(id, gemeente, d.koppeling, QStringLiteral("t"),
                                                     vandaag);
            EXPECT_TRUE(k.ok()) << k.error().toString().toStdString();
        }
        return id;
    }

    static const FaseGemiddelde *zoek(const QList<FaseGemiddelde> &lijst, const QString &code)
    {
        for (const auto &g : lijst) {
            if (g.gemeenteCode == code)
                return &g;
        }
        return nullptr;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azcNoord = 0;
    qint64 azcZuid = 0;
};

const QDate van(2026, 1, 1);
const QDate tot(2026, 6, 30);
const QString groningen = QStringLiteral("GM0014");
const QString leeuwarden = QStringLiteral("GM0080");
const QString opsterland = QStringLiteral("GM0086");
const QString maastricht = QStringLiteral("GM0935");

} // namespace

TEST_F(FaseStatistiekTest, MeanDaysPerPhaseOverThePhasesThatEndedInThePeriod)
{
    // 10, 70 and 10 days; the uitschrijving two days after the move does not count.
    huishouden(5000000001,
               {QDate(2026, 1, 1), QDate(2026, 1, 11), QDate(2026, 3, 22), QDate(2026, 4, 1),
                QDate(2026, 4, 3)},
               groningen);
    // 20, 50 and 8 days: without a move date the uitschrijving ends phase 3.
    huishouden(5000000011,
               {QDate(2026, 2, 1), QDate(2026, 2, 21), QDate(2026, 4, 12), {}, QDate(2026, 4, 20)},
               groningen);
    // Coupled before the period (not counted), signed in it (41 days), moved after it.
    huishouden(5000000021,
               {QDate(2025, 12, 1), QDate(2025, 12, 20), QDate(2026, 1, 30), QDate(2026, 7, 5),
                QDate(2026, 7, 5)},
               groningen, azcZuid);
    // Coupled after the period: nothing ended in it.
    huishouden(5000000031, {QDate(2026, 7, 1), QDate(2026, 7, 10), {}, {}, {}}, groningen);

    auto lijst = FaseStatistiek(*store).perGemeente(1, van, tot);
    ASSERT_TRUE(lijst.ok()) << lijst.error().toString().toStdString();
    ASSERT_EQ(lijst->size(), 1);
    const FaseGemiddelde &g = lijst->first();
    EXPECT_EQ(g.gemeenteCode, groningen);
    EXPECT_EQ(g.gemeenteNaam, QStringLiteral("Groningen"));
    EXPECT_EQ(g.aantalKoppeling, 2);
    EXPECT_DOUBLE_EQ(g.koppeling, 15.0);
    EXPECT_EQ(g.aantalWoonruimte, 3);
    EXPECT_DOUBLE_EQ(g.woonruimte, 53.7) << "(70 + 50 + 41) / 3, rounded as every mean";
    EXPECT_EQ(g.aantalVerhuizing, 2);
    EXPECT_DOUBLE_EQ(g.verhuizing, 9.0);
}

TEST_F(FaseStatistiekTest, PartnershipCountsForItsCoordinatorAndOnlyTheActiveCouplingCounts)
{
    auto p = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Fryslân Oost"), leeuwarden,
                                                        {leeuwarden, opsterland});
    ASSERT_TRUE(p.ok()) << p.error().toString().toStdString();
    KoppelingService koppeling(*store);
    const qint64 partner = huishouden(5000000101, {QDate(2026, 3, 1), {}, {}, {}, {}}, {});
    ASSERT_TRUE(
        koppeling.koppelPartnerschap(partner, *p, QDate(2026, 3, 15), QStringLiteral("t"),
                                     vandaag)
            .ok()); // 14 days
    // First coupled to Opsterland, then uncoupled and coupled to Leeuwarden: 31 days.
    const qint64 opnieuw =
        huishouden(5000000111, {QDate(2026, 1, 1), QDate(2026, 1, 5), {}, {}, {}}, opsterland);
    ASSERT_TRUE(
        koppeling.ontkoppel(opnieuw, QDate(2026, 1, 20), QStringLiteral("t"), vandaag).ok());
    ASSERT_TRUE(
        koppeling.koppel(opnieuw, leeuwarden, QDate(2026, 2, 1), QStringLiteral("t"), vandaag)
            .ok());

    auto lijst = FaseStatistiek(*store).perGemeente(0, van, tot);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 1) << "Opsterland has only an ended coupling";
    EXPECT_EQ(lijst->first().gemeenteCode, leeuwarden);
    EXPECT_EQ(lijst->first().aantalKoppeling, 2);
    EXPECT_DOUBLE_EQ(lijst->first().koppeling, 22.5);
    EXPECT_EQ(lijst->first().aantalWoonruimte, 0);
    EXPECT_DOUBLE_EQ(lijst->first().woonruimte, 0.0);
}

TEST_F(FaseStatistiekTest, RegionIsTheRegionOfTheGemeentesProvinceSortedByName)
{
    // From an AZC in region 5, coupled in region 1: counts for region 1.
    huishouden(5000000201, {QDate(2026, 2, 1), QDate(2026, 2, 5), {}, {}, {}}, groningen, azcZuid);
    // From an AZC in region 1, coupled in region 5: counts for region 5.
    huishouden(5000000211, {QDate(2026, 2, 1), QDate(2026, 2, 10), {}, {}, {}}, maastricht);
    huishouden(5000000221, {QDate(2026, 2, 1), QDate(2026, 2, 7), {}, {}, {}}, leeuwarden);
    FaseStatistiek statistiek(*store);

    auto regio1 = statistiek.perGemeente(1, van, tot);
    ASSERT_TRUE(regio1.ok());
    ASSERT_EQ(regio1->size(), 2);
    EXPECT_EQ(regio1->at(0).gemeenteCode, groningen) << "sorted by name";
    EXPECT_EQ(regio1->at(1).gemeenteCode, leeuwarden);
    EXPECT_DOUBLE_EQ(regio1->at(0).koppeling, 4.0);
    auto regio5 = statistiek.perGemeente(5, van, tot);
    ASSERT_TRUE(regio5.ok());
    ASSERT_EQ(regio5->size(), 1);
    EXPECT_EQ(regio5->first().gemeenteCode, maastricht);
    EXPECT_DOUBLE_EQ(regio5->first().koppeling, 9.0);
    auto alle = statistiek.perGemeente(0, van, tot);
    ASSERT_TRUE(alle.ok());
    EXPECT_EQ(alle->size(), 3);
    EXPECT_NE(zoek(*alle, maastricht), nullptr);
}

TEST_F(FaseStatistiekTest, RefusesAPeriodThatEndsBeforeItStarts)
{
    FaseStatistiek statistiek(*store);
    EXPECT_FALSE(statistiek.perGemeente(0, tot, van).ok());
    EXPECT_FALSE(statistiek.doorlooptijdPerMaand(0, tot, van).ok());
}

// Method 1 of handbook 4.4.3: the realisations (uitschrijving, first housing) of each month,
// with their days from coupling to move.
TEST_F(FaseStatistiekTest, LeadTimeCouplingToMovePerMonthWithAWeightedMovingAverage)
{
    // January: 45 days.
    huishouden(5000000301,
               {QDate(2025, 11, 1), QDate(2025, 12, 1), {}, QDate(2026, 1, 15), QDate(2026, 1, 15)},
               groningen);
    // March: 50 days. April: 70 days to the move on 31 March, registered out on 2 April: the
    // days run to the move, the month is the realisation's.
    huishouden(5000000311,
               {QDate(2026, 1, 1), QDate(2026, 1, 10), {}, QDate(2026, 3, 1), QDate(2026, 3, 1)},
               groningen);
    huishouden(5000000321,
               {QDate(2026, 1, 1), QDate(2026, 1, 20), {}, QDate(2026, 3, 31), QDate(2026, 4, 2)},
               groningen);
    // May: 70 days, by its uitschrijving.
    huishouden(5000000331, {QDate(2026, 2, 1), QDate(2026, 3, 1), {}, {}, QDate(2026, 5, 10)},
               groningen);
    // Moved in March without a coupling: no lead time.
    huishouden(5000000341, {QDate(2026, 1, 1), {}, {}, QDate(2026, 3, 5), QDate(2026, 3, 5)}, {});
    // March, 64 days, but in region 5.
    huishouden(5000000351,
               {QDate(2026, 1, 1), QDate(2026, 1, 5), {}, QDate(2026, 3, 10), QDate(2026, 3, 10)},
               maastricht);

    FaseStatistiek statistiek(*store);
    auto maanden = statistiek.doorlooptijdPerMaand(1, QDate(2026, 2, 15), QDate(2026, 6, 10), 3);
    ASSERT_TRUE(maanden.ok()) << maanden.error().toString().toStdString();
    ASSERT_EQ(maanden->size(), 5) << "February to June, empty months included";
    const QList<int> aantal{0, 1, 1, 1, 0};
    const QList<double> gemiddeld{0, 50, 70, 70, 0};
    // Window of three months, weighted by households: February reaches back to January.
    // (50 + 70 + 70) / 3 = 63.33... is shown as every mean, 63.3.
    const QList<double> voortschrijdend{45, (45 + 50) / 2.0, (50 + 70) / 2.0, 63.3, 70};
    for (int i = 0; i < 5; ++i) {
        const auto &m = maanden->at(i);
        EXPECT_EQ(m.maand, QDate(2026, 2 + i, 1));
        EXPECT_EQ(m.aantal, aantal.at(i)) << i;
        EXPECT_DOUBLE_EQ(m.gemiddeldeDagen, gemiddeld.at(i)) << i;
        EXPECT_DOUBLE_EQ(m.voortschrijdend, voortschrijdend.at(i)) << i;
    }

    auto alle = statistiek.doorlooptijdPerMaand(0, QDate(2026, 3, 1), QDate(2026, 3, 31), 1);
    ASSERT_TRUE(alle.ok());
    ASSERT_EQ(alle->size(), 1);
    EXPECT_EQ(alle->first().aantal, 2);
    EXPECT_DOUBLE_EQ(alle->first().gemiddeldeDagen, (50 + 64) / 2.0);
    EXPECT_DOUBLE_EQ(alle->first().voortschrijdend, alle->first().gemiddeldeDagen)
        << "a window of one month is the month itself";
}

TEST_F(FaseStatistiekTest, EmptyMonthsHaveNoLeadTime)
{
    auto maanden =
        FaseStatistiek(*store).doorlooptijdPerMaand(0, QDate(2025, 11, 20), QDate(2026, 2, 3), 3);
    ASSERT_TRUE(maanden.ok());
    ASSERT_EQ(maanden->size(), 4) << "November, December, January, February";
    EXPECT_EQ(maanden->first().maand, QDate(2025, 11, 1));
    EXPECT_EQ(maanden->last().maand, QDate(2026, 2, 1));
    for (const auto &m : *maanden) {
        EXPECT_EQ(m.aantal, 0);
        EXPECT_DOUBLE_EQ(m.gemiddeldeDagen, 0.0);
        EXPECT_DOUBLE_EQ(m.voortschrijdend, 0.0);
    }
}
