// Blocked is not overdue (issue 12, handbook 3.4.1): during the 3-month reunification block the
// phase-1 clock stands still; from the block's end (or the decision taken at it) the household
// has two weeks again. And the working days of the BRP deadline.
#include "core/fase/Fase.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vergunning(2026, 6, 1);
const QDate vanaf(2026, 6, 5); // the family may come: blocked until 2026-09-05

CasusDatums metBlok(const QDate &besluit = {})
{
    CasusDatums d;
    d.vergunning = vergunning;
    d.gezinsherenigingVanaf = vanaf;
    d.herenigingBesluit = besluit;
    return d;
}

} // namespace

TEST(FaseBlok, DuringTheBlockPhaseOneIsBlockedNotOverdue)
{
    // Without the block the coupling was due on 2026-06-15: on 2026-08-01 47 days late.
    const auto stand = bepaalFase(metBlok(), QDate(2026, 8, 1));
    EXPECT_EQ(stand.fase, Fase::Koppeling);
    EXPECT_TRUE(stand.geblokkeerd());
    EXPECT_EQ(stand.geblokkeerdTot, QDate(2026, 9, 5));
    EXPECT_FALSE(stand.teLaat());
    EXPECT_EQ(stand.vervaldatum, QDate(2026, 9, 19)) << "two weeks from the block's end";
    EXPECT_EQ(stand.dagenResterend.value(), 49);
}

TEST(FaseBlok, AfterTheBlockTheHouseholdHasTwoWeeksAgain)
{
    auto stand = bepaalFase(metBlok(), QDate(2026, 9, 10));
    EXPECT_FALSE(stand.geblokkeerd());
    EXPECT_EQ(stand.vervaldatum, QDate(2026, 9, 19));
    EXPECT_FALSE(stand.teLaat());
    stand = bepaalFase(metBlok(), QDate(2026, 9, 25));
    EXPECT_TRUE(stand.teLaat()) << "two weeks after the block the clock has run out";
    EXPECT_EQ(stand.dagenResterend.value(), -6);
}

TEST(FaseBlok, ADecisionBeforeTheBlockEndsResumesTheClockFromTheDecision)
{
    const auto stand = bepaalFase(metBlok(QDate(2026, 8, 20)), QDate(2026, 8, 25));
    EXPECT_FALSE(stand.geblokkeerd());
    EXPECT_EQ(stand.vervaldatum, QDate(2026, 9, 3));
}

TEST(FaseBlok, APermitLaterThanTheBlockKeepsItsOwnTwoWeeks)
{
    CasusDatums d;
    d.vergunning = QDate(2026, 10, 1);
    d.gezinsherenigingVanaf = QDate(2026, 5, 1); // block until 2026-08-01, before the permit
    const auto stand = bepaalFase(d, QDate(2026, 10, 5));
    EXPECT_FALSE(stand.geblokkeerd());
    EXPECT_EQ(stand.vervaldatum, QDate(2026, 10, 15));
}

TEST(FaseBlok, ACoupledHouseholdIsNeverBlocked)
{
    CasusDatums d = metBlok();
    d.koppeling = QDate(2026, 6, 3);
    const auto stand = bepaalFase(d, QDate(2026, 8, 1));
    EXPECT_EQ(stand.fase, Fase::Woonruimte);
    EXPECT_FALSE(stand.geblokkeerd());
    EXPECT_EQ(stand.vervaldatum, QDate(2026, 8, 12));
}

TEST(FaseBlok, WorkingDaysSkipTheWeekend)
{
    EXPECT_EQ(naWerkdagen(QDate(2026, 12, 4), 5), QDate(2026, 12, 11)); // Friday -> Friday
    EXPECT_EQ(naWerkdagen(QDate(2026, 12, 5), 5), QDate(2026, 12, 11)); // Saturday -> Friday
    EXPECT_EQ(naWerkdagen(QDate(2026, 12, 7), 5), QDate(2026, 12, 14)); // Monday -> Monday
    EXPECT_EQ(naWerkdagen(QDate(2026, 12, 9), 5), QDate(2026, 12, 16)); // Wednesday -> Wednesday
    EXPECT_FALSE(naWerkdagen(QDate(), 5).isValid());
}
