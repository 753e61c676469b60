#include "core/fase/Fase.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {
const QDate vergunning(2025, 3, 3);
}

// Handbook 3.2 / 3.3.4: phase 1 coupling 2 weeks, phase 2 housing 10 weeks, phase 3 move 2 weeks.
TEST(Fase, NormsAreTwoTenAndTwoWeeks)
{
    EXPECT_EQ(fase::normDagen(Fase::Koppeling), 2 * 7);
    EXPECT_EQ(fase::normDagen(Fase::Woonruimte), 10 * 7);
    EXPECT_EQ(fase::normDagen(Fase::Verhuizing), 2 * 7);
    EXPECT_EQ(fase::normDagen(Fase::Koppeling) + fase::normDagen(Fase::Woonruimte) +
                  fase::normDagen(Fase::Verhuizing),
              14 * 7)
        << "14 weeks from permit to move";
    EXPECT_EQ(fase::normDagenToezicht, 12 * 7);
}

TEST(Fase, UncoupledHouseholdIsInPhaseOneDueTwoWeeksAfterPermit)
{
    const auto stand = bepaalFase({vergunning, {}, {}, {}, {}, {}}, QDate(2025, 3, 10));
    EXPECT_EQ(stand.fase, Fase::Koppeling);
    EXPECT_EQ(stand.vervaldatum, QDate(2025, 3, 17));
    ASSERT_TRUE(stand.dagenResterend.has_value());
    EXPECT_EQ(*stand.dagenResterend, 7);
    EXPECT_FALSE(stand.teLaat());
}

TEST(Fase, DaysLeftTurnNegativeWhenOverdue)
{
    const auto stand = bepaalFase({vergunning, {}, {}, {}, {}, {}}, QDate(2025, 3, 20));
    ASSERT_TRUE(stand.dagenResterend.has_value());
    EXPECT_EQ(*stand.dagenResterend, -3);
    EXPECT_TRUE(stand.teLaat());
}

TEST(Fase, DueDayItselfIsNotOverdue)
{
    const auto stand = bepaalFase({vergunning, {}, {}, {}, {}, {}}, QDate(2025, 3, 17));
    EXPECT_EQ(*stand.dagenResterend, 0);
    EXPECT_FALSE(stand.teLaat());
}

TEST(Fase, CoupledHouseholdHasTenWeeksFromTheCoupling)
{
    const QDate koppeling(2025, 3, 12);
    const auto stand = bepaalFase({vergunning, koppeling, {}, {}, {}, {}}, QDate(2025, 4, 1));
    EXPECT_EQ(stand.fase, Fase::Woonruimte);
    EXPECT_EQ(stand.start, koppeling);
    EXPECT_EQ(stand.vervaldatum, QDate(2025, 5, 21));
    EXPECT_EQ(*stand.dagenResterend, 50);
}

TEST(Fase, SignedLeaseLeavesTwoWeeksForTheMove)
{
    const QDate tekenen(2025, 5, 1);
    const auto stand =
        bepaalFase({vergunning, QDate(2025, 3, 12), tekenen, {}, {}, {}}, QDate(2025, 5, 20));
    EXPECT_EQ(stand.fase, Fase::Verhuizing);
    EXPECT_EQ(stand.vervaldatum, QDate(2025, 5, 15));
    EXPECT_EQ(*stand.dagenResterend, -5);
}

TEST(Fase, MovedHouseholdIsCompletedWithoutDeadline)
{
    const auto stand =
        bepaalFase({vergunning, QDate(2025, 3, 12), QDate(2025, 5, 1), QDate(2025, 5, 10), {}, {}},
                   QDate(2025, 6, 1));
    EXPECT_EQ(stand.fase, Fase::Afgerond);
    EXPECT_FALSE(stand.vervaldatum.isValid());
    EXPECT_FALSE(stand.dagenResterend.has_value());
    EXPECT_FALSE(stand.teLaat());
}

TEST(Fase, CodesAreStableForCsv)
{
    EXPECT_EQ(fase::code(Fase::Koppeling), QStringLiteral("koppeling"));
    EXPECT_EQ(fase::code(Fase::Woonruimte), QStringLiteral("woonruimte"));
    EXPECT_EQ(fase::code(Fase::Verhuizing), QStringLiteral("verhuizing"));
    EXPECT_EQ(fase::code(Fase::Afgerond), QStringLiteral("afgerond"));
    EXPECT_EQ(fase::code(Fase::BemiddelingGestopt), QStringLiteral("bemiddeling-gestopt"));
}

// Handbook 3.4.2: once the COA stopped mediation no phase runs and nothing is due; a move
// recorded afterwards still completes the case.
TEST(Fase, StoppedMediationIsAStateOfItsOwnWithoutDeadline)
{
    CasusDatums d;
    d.vergunning = vergunning;
    d.bemiddelingGestopt = QDate(2025, 4, 20);
    const auto stand = bepaalFase(d, QDate(2025, 9, 1));
    EXPECT_EQ(stand.fase, Fase::BemiddelingGestopt);
    EXPECT_EQ(stand.start, QDate(2025, 4, 20));
    EXPECT_FALSE(stand.vervaldatum.isValid());
    EXPECT_FALSE(stand.dagenResterend.has_value());
    EXPECT_FALSE(stand.teLaat());
    EXPECT_EQ(fase::normDagen(Fase::BemiddelingGestopt), 0);
    EXPECT_FALSE(fase::naam(Fase::BemiddelingGestopt).isEmpty());

    d.koppeling = QDate(2025, 3, 12);
    const auto fasen = faseVoortgang(d, QDate(2025, 9, 1));
    EXPECT_EQ(fasen.at(0).eind, QDate(2025, 3, 12));
    EXPECT_EQ(fasen.at(1).eind, QDate(2025, 4, 20)) << "phase 2 ended with the stop";
    EXPECT_FALSE(fasen.at(1).lopend);
    EXPECT_EQ(fasen.at(1).dagen, 39);

    d.verhuizing = QDate(2025, 8, 1);
    EXPECT_EQ(bepaalFase(d, QDate(2025, 9, 1)).fase, Fase::Afgerond);
}

// Handbook 3.4.1: the COA blocks placement for three months from the date the family may come.
TEST(Gezinshereniging, BlockLastsThreeMonths)
{
    const QDate vanaf(2025, 1, 31);
    EXPECT_EQ(gezinsherenigingBlokTot(vanaf), QDate(2025, 4, 30));
    EXPECT_TRUE(gezinsherenigingBlokActief(vanaf, vanaf));
    EXPECT_TRUE(gezinsherenigingBlokActief(vanaf, QDate(2025, 4, 29)));
    EXPECT_FALSE(gezinsherenigingBlokActief(vanaf, QDate(2025, 4, 30))) << "the block has ended";
    EXPECT_FALSE(gezinsherenigingBlokActief(vanaf, QDate(2025, 1, 30))) << "not yet started";
    EXPECT_FALSE(gezinsherenigingBlokActief(QDate(), QDate(2025, 2, 1)));
}

// Handbook 3.3.4: households of more than eight persons are a special group.
TEST(Fase, LargeHouseholdStartsAtNinePersons)
{
    EXPECT_EQ(fase::grootHuishoudenVanaf, 9);
}

TEST(FaseVoortgang, EachPhaseRunsFromTheEndOfTheOneBeforeAgainstItsNorm)
{
    CasusDatums d;
    d.vergunning = QDate(2026, 1, 1);
    d.koppeling = QDate(2026, 1, 21); // 20 days: 6 over the 14-day norm
    const QDate vandaag(2026, 3, 1);
    const auto v = faseVoortgang(d, vandaag);
    ASSERT_EQ(v.size(), 3);
    EXPECT_EQ(v[0].fase, Fase::Koppeling);
    EXPECT_EQ(v[0].dagen, 20);
    EXPECT_FALSE(v[0].lopend);
    EXPECT_TRUE(v[0].teLaat());
    EXPECT_EQ(v[0].dagenTeLaat(), 6);
    EXPECT_EQ(v[1].fase, Fase::Woonruimte);
    EXPECT_TRUE(v[1].lopend);
    EXPECT_EQ(v[1].dagen, int(QDate(2026, 1, 21).daysTo(vandaag)));
    EXPECT_EQ(v[1].normDagen, 70);
    EXPECT_FALSE(v[1].teLaat());
    EXPECT_FALSE(v[2].start.isValid()) << "phase 3 has not begun";
    EXPECT_EQ(v[2].dagen, 0);
    EXPECT_FALSE(v[2].lopend);
}

TEST(FaseVoortgang, AFinishedCaseHasNoRunningPhase)
{
    CasusDatums d;
    d.vergunning = QDate(2026, 1, 1);
    d.koppeling = QDate(2026, 1, 10);
    d.tekenen = QDate(2026, 3, 1);
    d.verhuizing = QDate(2026, 3, 20); // 19 days: 5 over the 14-day norm
    const auto v = faseVoortgang(d, QDate(2026, 11, 29));
    for (const auto &f : v)
        EXPECT_FALSE(f.lopend);
    EXPECT_EQ(v[2].dagen, 19);
    EXPECT_EQ(v[2].dagenTeLaat(), 5);
}
