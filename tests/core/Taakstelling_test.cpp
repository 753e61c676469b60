#include "core/taakstelling/Taakstelling.h"

#include <gtest/gtest.h>

#include <random>

using namespace rd;

// Huisvestingswet 2014 art. 29 lid 1: "de uitkomst, naar boven afgerond op een geheel getal,
// van de formule vg * iG / iN".
TEST(Taakstelling, RoundsUpAFraction)
{
    EXPECT_EQ(berekenTaakstelling(10, 3, 7), 5); // 30 / 7 = 4.29
    EXPECT_EQ(berekenTaakstelling(1, 1, 17942942), 1);
}

TEST(Taakstelling, ExactQuotientIsNotRoundedFurther)
{
    EXPECT_EQ(berekenTaakstelling(100, 50, 1000), 5);
    EXPECT_EQ(berekenTaakstelling(17942942, 931298, 17942942), 931298);
}

TEST(Taakstelling, AmsterdamExampleWithCbsFigures)
{
    // vg 18,000; Amsterdam 931,298 of 17,942,942 inhabitants on 1 January 2024:
    // 18000 * 931298 / 17942942 = 934.26 -> 935.
    EXPECT_EQ(berekenTaakstelling(18000, 931298, 17942942), 935);
}

TEST(Taakstelling, IsTheSmallestIntegerNotBelowTheExactQuotient)
{
    std::mt19937_64 rng(42);
    for (int i = 0; i < 20000; ++i) {
        const qint64 vg = qint64(rng() % 60000) + 1;
        const qint64 iN = qint64(rng() % 20000000) + 1;
        const qint64 iG = qint64(rng() % quint64(iN)) + 1;
        const qint64 t = berekenTaakstelling(vg, iG, iN);
        // vg < 2^16 and iG, iN < 2^25: every product fits in 64 bits, so this check is exact.
        const qint64 product = vg * iG;
        ASSERT_GE(t * iN, product) << vg << " " << iG << " " << iN;
        ASSERT_LT((t - 1) * iN, product) << vg << " " << iG << " " << iN;
    }
}

TEST(Taakstelling, UsesSixtyFourBitsWhereThirtyTwoWouldOverflow)
{
    // 60,000 * 900,000 = 5.4e10 does not fit in 32 bits.
    EXPECT_EQ(berekenTaakstelling(60000, 900000, 18000000), 3000);
}

TEST(Taakstelling, NothingToHouseGivesZero)
{
    EXPECT_EQ(berekenTaakstelling(0, 1000, 100000), 0);
    EXPECT_EQ(berekenTaakstelling(100, 0, 100000), 0);
    EXPECT_EQ(berekenTaakstelling(100, 10, 0), 0) << "no national population: no division by zero";
}

TEST(Taakstelling, OpgaveSubtractsAVoorsprongAndAddsAnAchterstand)
{
    EXPECT_EQ(berekenOpgave(100, 0, 0), 100);
    EXPECT_EQ(berekenOpgave(100, 5, 0), 105);
    EXPECT_EQ(berekenOpgave(100, 0, 12), 88);    // 12 ahead
    EXPECT_EQ(berekenOpgave(100, -5, -20), 115); // 20 behind, 5 shifted away
}

TEST(Taakstelling, SaldoIsRealisedMinusOpgave)
{
    EXPECT_EQ(berekenSaldo(100, 112), 12);
    EXPECT_EQ(berekenSaldo(100, 80), -20);
}

TEST(Herverdeling, BalancedShiftBetweenTwoGemeentenIsAccepted)
{
    EXPECT_TRUE(
        controleerHerverdeling({{QStringLiteral("GM0001"), 5}, {QStringLiteral("GM0002"), -5}})
            .ok());
    EXPECT_TRUE(controleerHerverdeling({{QStringLiteral("GM0001"), 7},
                                        {QStringLiteral("GM0002"), -3},
                                        {QStringLiteral("GM0003"), -4}})
                    .ok());
}

TEST(Herverdeling, ChangedSumIsRefused)
{
    const auto status =
        controleerHerverdeling({{QStringLiteral("GM0001"), 5}, {QStringLiteral("GM0002"), -4}});
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("1")));
}

TEST(Herverdeling, OneGemeenteAloneIsRefused)
{
    EXPECT_FALSE(controleerHerverdeling({{QStringLiteral("GM0001"), 0}}).ok());
    EXPECT_FALSE(controleerHerverdeling({}).ok());
}

TEST(Herverdeling, SameGemeenteTwiceIsRefused)
{
    const auto status =
        controleerHerverdeling({{QStringLiteral("GM0001"), 5}, {QStringLiteral("GM0001"), -5}});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().where, QStringLiteral("GM0001"));
}

TEST(Herverdeling, ZeroShiftIsRefused)
{
    EXPECT_FALSE(controleerHerverdeling({{QStringLiteral("GM0001"), 0},
                                         {QStringLiteral("GM0002"), 3},
                                         {QStringLiteral("GM0003"), -3}})
                     .ok());
}

TEST(Herverdeling, ParsesSignedShifts)
{
    auto plus = parseHerverdelingRegel(QStringLiteral("GM0363=+5"));
    ASSERT_TRUE(plus.ok());
    EXPECT_EQ(plus->gemeenteCode, QStringLiteral("GM0363"));
    EXPECT_EQ(plus->delta, 5);
    auto min = parseHerverdelingRegel(QStringLiteral("GM0599=-12"));
    ASSERT_TRUE(min.ok());
    EXPECT_EQ(min->delta, -12);
    EXPECT_FALSE(parseHerverdelingRegel(QStringLiteral("GM363=+5")).ok());
    EXPECT_FALSE(parseHerverdelingRegel(QStringLiteral("GM0363+5")).ok());
    EXPECT_FALSE(parseHerverdelingRegel(QStringLiteral("GM0363=five")).ok());
}
