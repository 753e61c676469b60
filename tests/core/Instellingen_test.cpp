#include "TestSupport.h"

#include "core/instellingen/Instellingen.h"

#include <gtest/gtest.h>

#include <limits>

using namespace rd;
using namespace rd::test;

namespace {

class InstellingenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = openStore(dir.path(QStringLiteral("instellingen.sqlite")), true);
        ASSERT_TRUE(store);
    }
    TempDir dir;
    std::unique_ptr<Store> store;
};

} // namespace

TEST_F(InstellingenTest, AValueIsStoredAndReplacedUnderItsKey)
{
    Instellingen i(*store);
    EXPECT_EQ(*i.waarde(QStringLiteral("x.y"), QStringLiteral("standaard")),
              QStringLiteral("standaard"));
    ASSERT_TRUE(i.zetWaarde(QStringLiteral("x.y"), QStringLiteral("een")));
    ASSERT_TRUE(i.zetWaarde(QStringLiteral("x.y"), QStringLiteral("twee")));
    EXPECT_EQ(*i.waarde(QStringLiteral("x.y")), QStringLiteral("twee"));
    EXPECT_FALSE(i.zetWaarde(QStringLiteral("  "), QStringLiteral("naamloos")));
}

TEST_F(InstellingenTest, TheSenderNeedsARegievoerderAndAWayToReachThem)
{
    Instellingen i(*store);
    auto zonderNaam = i.zetAfzender({QStringLiteral("COA"), QString(), QStringLiteral("088"), {}});
    ASSERT_FALSE(zonderNaam);
    EXPECT_EQ(zonderNaam.error().where, QStringLiteral("afzender.regievoerder"));
    auto onbereikbaar = i.zetAfzender({QStringLiteral("COA"), QStringLiteral("Pieter"), {}, {}});
    ASSERT_FALSE(onbereikbaar);
    EXPECT_EQ(onbereikbaar.error().where, QStringLiteral("afzender.telefoon"));
    auto geenMail = i.zetAfzender(
        {QStringLiteral("COA"), QStringLiteral("Pieter"), {}, QStringLiteral("pieter.coa.nl")});
    ASSERT_FALSE(geenMail);
    EXPECT_EQ(geenMail.error().where, QStringLiteral("afzender.email"));
    EXPECT_TRUE(i.afzender()->regievoerder.isEmpty()) << "a refused sender stores nothing";

    ASSERT_TRUE(i.zetAfzender({QStringLiteral(" COA Noord "),
                               QStringLiteral(" Pieter Zwart "),
                               {},
                               QStringLiteral("p.zwart@coa.nl")}));
    const Afzender a = *i.afzender();
    EXPECT_EQ(a.organisatie, QStringLiteral("COA Noord"));
    EXPECT_EQ(a.regievoerder, QStringLiteral("Pieter Zwart"));
    EXPECT_TRUE(a.telefoon.isEmpty());
    EXPECT_EQ(a.email, QStringLiteral("p.zwart@coa.nl"));
}

TEST_F(InstellingenTest, TheToleranceIsOneSixthUntilSetAndAFractionBetweenZeroAndOne)
{
    Instellingen i(*store);
    EXPECT_EQ(i.tolerantie()->teller, 1);
    EXPECT_EQ(i.tolerantie()->noemer, 6);
    EXPECT_FALSE(i.zetTolerantie({3, 2}));
    EXPECT_FALSE(i.zetTolerantie({1, 0}));
    EXPECT_FALSE(i.zetTolerantie({-1, 6}));
    ASSERT_TRUE(i.zetTolerantie({1, 4}));
    EXPECT_EQ(i.tolerantie()->toString(), QStringLiteral("1/4"));

    ASSERT_TRUE(i.zetWaarde(QStringLiteral("toezicht.tolerantie"), QStringLiteral("kwart")));
    auto fout = i.tolerantie();
    ASSERT_FALSE(fout);
    EXPECT_EQ(fout.error().where, QStringLiteral("toezicht.tolerantie"));
}

TEST(TolerantieTest, ParseAcceptsOnlyProperFractions)
{
    EXPECT_EQ(Tolerantie::parse(QStringLiteral(" 1 / 6 "))->noemer, 6);
    EXPECT_FALSE(Tolerantie::parse(QStringLiteral("1/0")));
    EXPECT_FALSE(Tolerantie::parse(QStringLiteral("7/6")));
    EXPECT_FALSE(Tolerantie::parse(QStringLiteral("1.5/6")));
    EXPECT_FALSE(Tolerantie::parse(QStringLiteral("1/6/2")));
}

TEST(TolerantieTest, BinnenComparesTheBacklogInIntegers)
{
    const Tolerantie zesde{1, 6};
    EXPECT_TRUE(zesde.binnen(10, 60));  // exactly 1/6
    EXPECT_FALSE(zesde.binnen(11, 60)); // just over
    EXPECT_TRUE(zesde.binnen(0, 0));
    EXPECT_FALSE(zesde.binnen(1, 0));
    EXPECT_FALSE((Tolerantie{0, 1}.binnen(1, 60)));
    EXPECT_TRUE((Tolerantie{0, 1}.binnen(0, 60)));
    EXPECT_TRUE((Tolerantie{1, 1}.binnen(60, 60)));
    EXPECT_FALSE((Tolerantie{1, 1}.binnen(61, 60)));
    EXPECT_TRUE((Tolerantie{3, 7}.binnen(30, 70)));
    EXPECT_FALSE((Tolerantie{3, 7}.binnen(31, 70)));
}

// Found with fuzz_rapport_bereik (its seed tolerantie-grootst): "--tolerance
// 1/9223372036854775807" overflowed the products (undefined behaviour; in practice a wrapped,
// negative product called any backlog tolerated).
TEST(TolerantieTest, BinnenIsExactForTheLargestFractions)
{
    const qint64 grootst = std::numeric_limits<qint64>::max();
    ASSERT_TRUE(Tolerantie::parse(QStringLiteral("1/9223372036854775807")));
    EXPECT_FALSE((Tolerantie{1, grootst}.binnen(2, 60)));
    EXPECT_TRUE((Tolerantie{1, grootst}.binnen(1, grootst)));
    EXPECT_FALSE((Tolerantie{1, grootst}.binnen(2, grootst)));
    // 59 * M <= 60 * (M - 1) holds, 60 * M <= 60 * (M - 1) does not.
    EXPECT_TRUE((Tolerantie{grootst - 1, grootst}.binnen(59, 60)));
    EXPECT_FALSE((Tolerantie{grootst - 1, grootst}.binnen(60, 60)));
    EXPECT_TRUE((Tolerantie{grootst, grootst}.binnen(grootst, grootst)));
    EXPECT_FALSE((Tolerantie{grootst - 1, grootst}.binnen(grootst, grootst)));
}

TEST_F(InstellingenTest, AnAzcContactLineIsKeptPerLocation)
{
    Instellingen i(*store);
    const qint64 azc = azcIn(*store, QStringLiteral("GM0014"));
    EXPECT_TRUE(i.azcContact(azc)->isEmpty());
    ASSERT_TRUE(i.zetAzcContact(azc, QStringLiteral("  Locatiebalie, 088-715 71 11 ")));
    EXPECT_EQ(*i.azcContact(azc), QStringLiteral("Locatiebalie, 088-715 71 11"));
    ASSERT_TRUE(i.zetAzcContact(azc, QString())) << "a contact line can be cleared";
    EXPECT_TRUE(i.azcContact(azc)->isEmpty());
    auto onbekend = i.zetAzcContact(987654, QStringLiteral("x"));
    ASSERT_FALSE(onbekend);
    EXPECT_EQ(onbekend.error().where, QStringLiteral("azc"));
    EXPECT_FALSE(i.azcContact(987654));
}
