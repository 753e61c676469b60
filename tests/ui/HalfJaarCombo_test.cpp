#include "core/domain/Regio.h"
#include "ui/widgets/HalfJaarCombo.h"
#include "ui/widgets/RegioCombo.h"

#include <gtest/gtest.h>

namespace rd {
namespace {

TEST(HalfJaarCombo, RunsFrom2023H1ToTheNextHalfYearWithTodaysSelected)
{
    HalfJaarCombo combo(QDate(2026, 11, 29));
    ASSERT_EQ(combo.count(), 9); // 2023-H1 .. 2027-H1
    EXPECT_EQ(combo.itemText(0), QStringLiteral("2027-H1"));
    EXPECT_EQ(combo.itemText(combo.count() - 1), QStringLiteral("2023-H1"));
    EXPECT_EQ(combo.halfJaar(), HalfJaar(2026, 2));
    EXPECT_FALSE(combo.setHalfJaar(HalfJaar(2022, 2)));
    EXPECT_EQ(combo.halfJaar(), HalfJaar(2026, 2));
    EXPECT_TRUE(combo.setHalfJaar(HalfJaar(2024, 1)));
    EXPECT_EQ(combo.halfJaar(), HalfJaar(2024, 1));
}

TEST(RegioCombo, OffersAllRegionsAndTheFiveRegionsByName)
{
    RegioCombo combo;
    ASSERT_EQ(combo.count(), 1 + regio::aantal);
    EXPECT_EQ(combo.regio(), 0);
    EXPECT_EQ(combo.itemText(2), regio::naam(2));
    combo.setRegio(5);
    EXPECT_EQ(combo.regio(), 5);
    combo.setRegio(9);
    EXPECT_EQ(combo.regio(), 0);
}

} // namespace
} // namespace rd
