#include "core/domain/HalfJaar.h"
#include "core/domain/Regio.h"
#include "core/validatie/Identificatie.h"

#include <gtest/gtest.h>

using namespace rd;

TEST(HalfJaar, ParsesAndPrints)
{
    const auto h = HalfJaar::parse(QStringLiteral("2025-H1"));
    ASSERT_TRUE(h.has_value());
    EXPECT_EQ(h->jaar(), 2025);
    EXPECT_EQ(h->helft(), 1);
    EXPECT_EQ(h->toString(), QStringLiteral("2025-H1"));
    EXPECT_TRUE(HalfJaar::parse(QStringLiteral("2024-h2")).has_value());
    for (const char *bad : {"2025-H3", "2025H1", "25-H1", "2025-H", "", "abcd-H1"})
        EXPECT_FALSE(HalfJaar::parse(QLatin1String(bad)).has_value()) << bad;
}

TEST(HalfJaar, BoundsAndNeighbours)
{
    const HalfJaar h1(2025, 1);
    EXPECT_EQ(h1.begin(), QDate(2025, 1, 1));
    EXPECT_EQ(h1.eind(), QDate(2025, 6, 30));
    EXPECT_EQ(HalfJaar(2025, 2).begin(), QDate(2025, 7, 1));
    EXPECT_EQ(HalfJaar(2025, 2).eind(), QDate(2025, 12, 31));
    EXPECT_EQ(h1.vorige(), HalfJaar(2024, 2));
    EXPECT_EQ(h1.volgende(), HalfJaar(2025, 2));
    EXPECT_EQ(HalfJaar(2025, 2).volgende(), HalfJaar(2026, 1));
    EXPECT_EQ(HalfJaar::van(QDate(2025, 6, 30)), h1);
    EXPECT_EQ(HalfJaar::van(QDate(2025, 7, 1)), HalfJaar(2025, 2));
}

// Art. 29: population of 1 January of the calendar year before the half-year's year.
TEST(HalfJaar, BothHalvesOfAYearUseThePopulationOfTheYearBefore)
{
    EXPECT_EQ(HalfJaar(2025, 1).populatieJaar(), 2024);
    EXPECT_EQ(HalfJaar(2025, 2).populatieJaar(), 2024);
    EXPECT_EQ(HalfJaar(2026, 1).populatieJaar(), 2025);
}

TEST(HalfJaar, ElapsedMonthsForTheMonthlyPace)
{
    const HalfJaar h(2025, 2);
    EXPECT_EQ(h.verstrekenMaanden(QDate(2025, 6, 30)), 0);
    EXPECT_EQ(h.verstrekenMaanden(QDate(2025, 7, 1)), 1);
    EXPECT_EQ(h.verstrekenMaanden(QDate(2025, 9, 15)), 3);
    EXPECT_EQ(h.verstrekenMaanden(QDate(2026, 2, 1)), 6);
}

// Handbook 3.2: the five COA regions.
TEST(Regio, ProvincesBelongToTheirRegion)
{
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Groningen")), 1);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Fryslân")), 1);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Friesland")), 1);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Drenthe")), 1);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Overijssel")), 2);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Gelderland")), 2);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Flevoland")), 3);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Utrecht")), 3);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Noord-Holland")), 3);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Zuid-Holland")), 4);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Zeeland")), 4);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Noord-Brabant")), 5);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Limburg")), 5);
    EXPECT_EQ(regio::vanProvincie(QStringLiteral("Vlaanderen")), 0);
    EXPECT_EQ(regio::alleProvincies().size(), 12);
    int total = 0;
    for (int r = 1; r <= regio::aantal; ++r)
        total += int(regio::provincies(r).size());
    EXPECT_EQ(total, 12);
}

TEST(Bsn, ElevenProef)
{
    EXPECT_TRUE(isGeldigeBsn(QStringLiteral("111222333")));
    EXPECT_TRUE(isGeldigeBsn(QStringLiteral("123456782")));
    EXPECT_FALSE(isGeldigeBsn(QStringLiteral("123456789")));
    EXPECT_FALSE(isGeldigeBsn(QStringLiteral("12345678")));
    EXPECT_FALSE(isGeldigeBsn(QStringLiteral("12345678a")));
    EXPECT_FALSE(isGeldigeBsn(QStringLiteral("000000000")));
}

TEST(Identificatie, VNummerAndGemeenteCode)
{
    EXPECT_TRUE(isGeldigVNummer(QStringLiteral("1234567890")));
    EXPECT_FALSE(isGeldigVNummer(QStringLiteral("123456789")));
    EXPECT_FALSE(isGeldigVNummer(QStringLiteral("12345678901")));
    EXPECT_FALSE(isGeldigVNummer(QStringLiteral("12345x7890")));
    EXPECT_TRUE(isGeldigeGemeenteCode(QStringLiteral("GM0363")));
    EXPECT_FALSE(isGeldigeGemeenteCode(QStringLiteral("GM363")));
    EXPECT_FALSE(isGeldigeGemeenteCode(QStringLiteral("gm0363")));
    EXPECT_FALSE(isGeldigeGemeenteCode(QStringLiteral("PV0363")));
}
