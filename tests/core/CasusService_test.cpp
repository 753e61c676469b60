#include "TestSupport.h"

#include "core/casus/CasusService.h"
#include "core/koppeling/KoppelingService.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

class CasusTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("c.sqlite")), true);
        ASSERT_TRUE(store);
        azcNoord = test::azcIn(*store, QStringLiteral("GM0014")); // Groningen: region 1
        azcZuid = test::azcIn(*store, QStringLiteral("GM0935"));  // Maastricht: region 5
    }

    const CasusRij *zoek(const QList<CasusRij> &rijen, const QString &vNummer)
    {
        for (const auto &r : rijen) {
            if (r.vNummer == vNummer)
                return &r;
        }
        return nullptr;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azcNoord = 0;
    qint64 azcZuid = 0;
};

} // namespace

TEST_F(CasusTest, PhaseDueDateAndDaysLeftPerHousehold)
{
    KoppelingService koppeling(*store);
    test::voegToe(*store, test::voorbeeldHuishouden(3000000001, 1, QDate(2026, 11, 20), azcNoord),
                  vandaag);
    const qint64 gekoppeld = test::voegToe(
        *store, test::voorbeeldHuishouden(3000000011, 2, QDate(2026, 8, 1), azcNoord), vandaag);
    ASSERT_TRUE(koppeling
                    .koppel(gekoppeld, QStringLiteral("GM0014"), QDate(2026, 8, 20),
                            QStringLiteral("t"), vandaag)
                    .ok());

    auto rijen = CasusService(*store).cases({}, vandaag);
    ASSERT_TRUE(rijen.ok()) << rijen.error().toString().toStdString();
    ASSERT_EQ(rijen->size(), 2);
    const CasusRij *nieuw = zoek(*rijen, QStringLiteral("3000000001"));
    const CasusRij *oud = zoek(*rijen, QStringLiteral("3000000011"));
    ASSERT_TRUE(nieuw && oud);
    EXPECT_EQ(nieuw->stand.fase, Fase::Koppeling);
    EXPECT_EQ(nieuw->stand.vervaldatum, QDate(2026, 12, 4));
    EXPECT_EQ(*nieuw->stand.dagenResterend, 5);
    EXPECT_TRUE(nieuw->gemeenteCode.isEmpty());
    EXPECT_EQ(oud->stand.fase, Fase::Woonruimte);
    EXPECT_EQ(oud->stand.vervaldatum, QDate(2026, 10, 29));
    EXPECT_EQ(*oud->stand.dagenResterend, -31);
    EXPECT_EQ(oud->gemeenteCode, QStringLiteral("GM0014"));
    EXPECT_EQ(oud->personen, 2);
    EXPECT_EQ(oud->regio, 1);
    EXPECT_EQ(rijen->first().vNummer, QStringLiteral("3000000011")) << "overdue cases come first";
}

TEST_F(CasusTest, FiltersByRegionAndGemeente)
{
    KoppelingService koppeling(*store);
    const qint64 noord = test::voegToe(
        *store, test::voorbeeldHuishouden(3000000101, 1, QDate(2026, 11, 1), azcNoord), vandaag);
    test::voegToe(*store, test::voorbeeldHuishouden(3000000111, 1, QDate(2026, 11, 1), azcZuid),
                  vandaag);
    ASSERT_TRUE(koppeling
                    .koppel(noord, QStringLiteral("GM0014"), QDate(2026, 11, 5),
                            QStringLiteral("t"), vandaag)
                    .ok());
    CasusService cases(*store);
    auto regio5 = cases.cases({5, {}, false}, vandaag);
    ASSERT_TRUE(regio5.ok());
    ASSERT_EQ(regio5->size(), 1);
    EXPECT_EQ(regio5->first().vNummer, QStringLiteral("3000000111"));
    auto groningen = cases.cases({0, QStringLiteral("GM0014"), false}, vandaag);
    ASSERT_TRUE(groningen.ok());
    ASSERT_EQ(groningen->size(), 1);
    EXPECT_EQ(groningen->first().vNummer, QStringLiteral("3000000101"));
}

TEST_F(CasusTest, MovedHouseholdsOnlyWhenAsked)
{
    auto h = test::voorbeeldHuishouden(3000000201, 1, QDate(2026, 5, 1), azcNoord);
    h.tekenen = QDate(2026, 7, 1);
    h.verhuizing = QDate(2026, 7, 10);
    h.uitschrijving = QDate(2026, 7, 10);
    h.huisvestGemeente = QStringLiteral("GM0014");
    test::voegToe(*store, h, vandaag);
    CasusService cases(*store);
    auto open = cases.cases({}, vandaag);
    ASSERT_TRUE(open.ok());
    EXPECT_TRUE(open->isEmpty());
    auto alle = cases.cases({0, {}, true}, vandaag);
    ASSERT_TRUE(alle.ok());
    ASSERT_EQ(alle->size(), 1);
    EXPECT_EQ(alle->first().stand.fase, Fase::Afgerond);
}

TEST_F(CasusTest, FlagsLargeHouseholdsAndReunificationBlock)
{
    test::voegToe(*store, test::voorbeeldHuishouden(3000000301, 9, QDate(2026, 11, 1), azcNoord),
                  vandaag);
    test::voegToe(*store, test::voorbeeldHuishouden(3000000401, 8, QDate(2026, 11, 1), azcNoord),
                  vandaag);
    auto blok = test::voorbeeldHuishouden(3000000501, 1, QDate(2026, 9, 1), azcNoord);
    blok.gezinsherenigingVanaf = QDate(2026, 10, 1);
    test::voegToe(*store, blok, vandaag);
    auto rijen = CasusService(*store).cases({}, vandaag);
    ASSERT_TRUE(rijen.ok());
    EXPECT_TRUE(zoek(*rijen, QStringLiteral("3000000301"))->groot) << "9 persons is more than 8";
    EXPECT_FALSE(zoek(*rijen, QStringLiteral("3000000401"))->groot)
        << "8 persons is not more than 8";
    EXPECT_TRUE(zoek(*rijen, QStringLiteral("3000000501"))->gezinsherenigingBlok);
    EXPECT_FALSE(zoek(*rijen, QStringLiteral("3000000401"))->gezinsherenigingBlok);
}

TEST_F(CasusTest, CountsHouseholdsOpenCasesAndTheQueue)
{
    auto verhuisd = test::voorbeeldHuishouden(3000000301, 1, QDate(2026, 5, 1), azcNoord);
    verhuisd.tekenen = QDate(2026, 7, 1);
    verhuisd.verhuizing = QDate(2026, 7, 10);
    verhuisd.uitschrijving = QDate(2026, 7, 10);
    verhuisd.huisvestGemeente = QStringLiteral("GM0014");
    test::voegToe(*store, verhuisd, vandaag);
    const qint64 gekoppeld = test::voegToe(
        *store, test::voorbeeldHuishouden(3000000311, 2, QDate(2026, 11, 1), azcNoord), vandaag);
    test::voegToe(*store, test::voorbeeldHuishouden(3000000321, 3, QDate(2026, 11, 2), azcZuid),
                  vandaag);
    ASSERT_TRUE(KoppelingService(*store)
                    .koppel(gekoppeld, QStringLiteral("GM0014"), QDate(2026, 11, 5),
                            QStringLiteral("regio"), vandaag)
                    .ok());
    auto telling = CasusService(*store).tel();
    ASSERT_TRUE(telling.ok());
    EXPECT_EQ(telling->huishoudens, 3);
    EXPECT_EQ(telling->open, 2);
    EXPECT_EQ(telling->wachtrij, 1);
}

TEST_F(CasusTest, OneHouseholdsCaseAlsoWhenItHasMoved)
{
    auto h = test::voorbeeldHuishouden(3000000401, 2, QDate(2026, 5, 1), azcNoord);
    h.tekenen = QDate(2026, 7, 1);
    h.verhuizing = QDate(2026, 7, 10);
    h.uitschrijving = QDate(2026, 7, 10);
    h.huisvestGemeente = QStringLiteral("GM0014");
    const qint64 verhuisd = test::voegToe(*store, h, vandaag);
    const qint64 open = test::voegToe(
        *store, test::voorbeeldHuishouden(3000000411, 3, QDate(2026, 11, 20), azcZuid), vandaag);
    CasusService cases(*store);
    auto eerste = cases.casus(verhuisd, vandaag);
    ASSERT_TRUE(eerste.ok() && eerste->has_value());
    EXPECT_EQ((*eerste)->vNummer, QStringLiteral("3000000401"));
    EXPECT_EQ((*eerste)->stand.fase, Fase::Afgerond);
    EXPECT_EQ((*eerste)->datums.tekenen, QDate(2026, 7, 1));
    auto tweede = cases.casus(open, vandaag);
    ASSERT_TRUE(tweede.ok() && tweede->has_value());
    EXPECT_EQ((*tweede)->personen, 3);
    EXPECT_EQ((*tweede)->stand.vervaldatum, QDate(2026, 12, 4));
    auto geen = cases.casus(999999, vandaag);
    ASSERT_TRUE(geen.ok());
    EXPECT_FALSE(geen->has_value());
}
