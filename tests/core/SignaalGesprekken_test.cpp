// The deadlines of the first weeks that are not a phase (issue 12): BRP registration within 5
// working days of the permit (3.4.3) and the vergunninghoudergesprek at most 14 days after the
// huisvestinggesprek (3.2): alerts before they are due and when overdue, gone once recorded.
#include "TestSupport.h"

#include "core/signaal/SignaalService.h"
#include "core/store/Sql.h"
#include "core/tijdlijn/TijdlijnService.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 12, 3); // a Thursday
constexpr int binnen = 3;

class SignaalGesprekken : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("g.sqlite")), true);
        ASSERT_TRUE(store);
        azc = test::azcIn(*store, QStringLiteral("GM0014"));
    }

    qint64 nieuw(qint64 vNummer, const QDate &vergunning, const QDate &brp = {},
                 const QDate &gesprek = {})
    {
        Huishouden h = test::voorbeeldHuishouden(vNummer, 1, vergunning, azc);
        h.brp = brp;
        if (gesprek.isValid()) {
            Huisvestinggesprek g;
            g.datum = gesprek;
            g.azcId = azc;
            h.gesprek = g;
        }
        return test::voegToe(*store, h, vandaag);
    }

    QList<Signaal> van(qint64 huishouden, SignaalSoort soort)
    {
        auto lijst = SignaalService(*store).signalen(0, binnen, vandaag);
        EXPECT_TRUE(lijst.ok()) << lijst.error().toString().toStdString();
        QList<Signaal> uit;
        for (const auto &s : lijst ? *lijst : QList<Signaal>()) {
            if (s.huishoudenId == huishouden && s.soort == soort)
                uit << s;
        }
        return uit;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
};

} // namespace

TEST_F(SignaalGesprekken, BrpRegistrationIsDueFiveWorkingDaysAfterThePermit)
{
    // Permit Friday 2026-11-27: five working days later is Friday 2026-12-04 (tomorrow).
    const qint64 morgen = nieuw(5000000001, QDate(2026, 11, 27));
    // Permit Monday 2026-11-23: due Monday 2026-11-30, three days overdue.
    const qint64 teLaat = nieuw(5000000011, QDate(2026, 11, 23));
    // Permit Wednesday 2026-12-02: due Wednesday 2026-12-09, six days away: outside the window.
    const qint64 later = nieuw(5000000021, QDate(2026, 12, 2));
    // Registered already: nothing to do.
    const qint64 klaar = nieuw(5000000031, QDate(2026, 11, 23), QDate(2026, 11, 25));

    ASSERT_EQ(van(morgen, SignaalSoort::BrpInschrijving).size(), 1);
    const Signaal m = van(morgen, SignaalSoort::BrpInschrijving).first();
    EXPECT_EQ(m.vervaldatum, QDate(2026, 12, 4));
    EXPECT_EQ(m.dagen, 1);
    EXPECT_TRUE(m.tekst.contains(QStringLiteral("2026-12-04"))) << m.tekst.toStdString();
    ASSERT_EQ(van(teLaat, SignaalSoort::BrpInschrijving).size(), 1);
    EXPECT_EQ(van(teLaat, SignaalSoort::BrpInschrijving).first().dagen, -3);
    EXPECT_TRUE(van(later, SignaalSoort::BrpInschrijving).isEmpty());
    EXPECT_TRUE(van(klaar, SignaalSoort::BrpInschrijving).isEmpty());
}

TEST_F(SignaalGesprekken, TheVergunninghoudergesprekIsDueFourteenDaysAfterTheIntake)
{
    const qint64 bijna = nieuw(5000000101, QDate(2026, 11, 17), QDate(2026, 11, 18),
                               QDate(2026, 11, 20)); // due 12-04
    const qint64 teLaat = nieuw(5000000111, QDate(2026, 11, 1), QDate(2026, 11, 2),
                                QDate(2026, 11, 3)); // due 11-17: 16 days overdue
    const qint64 geenGesprek = nieuw(5000000121, QDate(2026, 11, 1), QDate(2026, 11, 2));
    ASSERT_EQ(van(bijna, SignaalSoort::Vergunninghoudergesprek).size(), 1);
    EXPECT_EQ(van(bijna, SignaalSoort::Vergunninghoudergesprek).first().vervaldatum,
              QDate(2026, 12, 4));
    ASSERT_EQ(van(teLaat, SignaalSoort::Vergunninghoudergesprek).size(), 1);
    EXPECT_EQ(van(teLaat, SignaalSoort::Vergunninghoudergesprek).first().dagen, -16);
    EXPECT_TRUE(van(geenGesprek, SignaalSoort::Vergunninghoudergesprek).isEmpty())
        << "no intake yet: nothing to count from";

    // Recorded (the letter handed out): the alert is gone.
    ASSERT_TRUE(TijdlijnService(*store)
                    .voegToe(teLaat, GebeurtenisSoort::Vergunninghoudergesprek, QDate(2026, 11, 20),
                             {}, QStringLiteral("t"), vandaag)
                    .ok());
    EXPECT_TRUE(van(teLaat, SignaalSoort::Vergunninghoudergesprek).isEmpty());
}

TEST_F(SignaalGesprekken, AMovedHouseholdHasNoSuchAlerts)
{
    const qint64 verhuisd = nieuw(5000000201, QDate(2026, 11, 1), {}, QDate(2026, 11, 3));
    ASSERT_TRUE(sql::run(store->database(),
                         QStringLiteral("UPDATE huishouden SET verhuis_datum = '2026-11-30' "
                                        "WHERE id = ?"),
                         {verhuisd})
                    .ok());
    EXPECT_TRUE(van(verhuisd, SignaalSoort::BrpInschrijving).isEmpty());
    EXPECT_TRUE(van(verhuisd, SignaalSoort::Vergunninghoudergesprek).isEmpty());
}
