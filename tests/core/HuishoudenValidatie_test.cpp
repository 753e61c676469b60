#include "TestSupport.h"

#include "core/validatie/HuishoudenValidatie.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2025, 6, 1);

Huishouden geldig()
{
    Huishouden h = test::voorbeeldHuishouden(1000000001, 3, QDate(2025, 3, 1), 1);
    h.personen[0].bsn = QStringLiteral("111222333"); // passes the 11-proef
    Huisvestinggesprek g;
    g.datum = QDate(2025, 3, 3);
    g.criteria.append(
        {CriteriumSoort::Werk, QStringLiteral("GM0363"), {}, QStringLiteral("contract 24u")});
    g.criteria.append({CriteriumSoort::Behandeling, {}, QStringLiteral("Nijmegen"), {}});
    h.gesprek = g;
    return h;
}

QStringList velden(const Huishouden &h)
{
    QStringList result;
    for (const auto &e : valideer(h, vandaag)) {
        result << e.where;
        EXPECT_FALSE(e.message.isEmpty())
            << "every error explains itself: " << e.where.toStdString();
    }
    return result;
}

} // namespace

TEST(HuishoudenValidatie, PlausibleHouseholdHasNoErrors)
{
    EXPECT_EQ(velden(geldig()), QStringList());
}

TEST(HuishoudenValidatie, HouseholdNeedsAPerson)
{
    Huishouden h = geldig();
    h.personen.clear();
    EXPECT_TRUE(velden(h).contains(QStringLiteral("personen")));
}

TEST(HuishoudenValidatie, ExactlyOneReferencePerson)
{
    Huishouden geen = geldig();
    geen.personen[0].referent = false;
    EXPECT_EQ(velden(geen), QStringList{QStringLiteral("referent")});
    Huishouden twee = geldig();
    twee.personen[2].referent = true;
    EXPECT_EQ(velden(twee), QStringList{QStringLiteral("referent")});
}

TEST(HuishoudenValidatie, VNummerIsTenDigits)
{
    for (const char *fout : {"123456789", "12345678901", "12345678a0", ""}) {
        Huishouden h = geldig();
        h.personen[1].vNummer = QLatin1String(fout);
        EXPECT_EQ(velden(h), QStringList{QStringLiteral("personen.1.vNummer")}) << fout;
    }
}

TEST(HuishoudenValidatie, VNummerIsUniqueWithinTheHousehold)
{
    Huishouden h = geldig();
    h.personen[2].vNummer = h.personen[0].vNummer;
    EXPECT_EQ(velden(h), QStringList{QStringLiteral("personen.2.vNummer")});
}

TEST(HuishoudenValidatie, BsnIsEmptyOrPassesTheElevenTest)
{
    Huishouden leeg = geldig();
    leeg.personen[0].bsn.clear();
    EXPECT_TRUE(velden(leeg).isEmpty()) << "no BSN before BRP registration is fine";
    for (const char *fout : {"111222334", "12345678", "abcdefghi", "000000000"}) {
        Huishouden h = geldig();
        h.personen[0].bsn = QLatin1String(fout);
        EXPECT_EQ(velden(h), QStringList{QStringLiteral("personen.0.bsn")}) << fout;
    }
}

TEST(HuishoudenValidatie, BsnIsUniqueWithinTheHousehold)
{
    Huishouden h = geldig();
    h.personen[1].bsn = h.personen[0].bsn;
    EXPECT_EQ(velden(h), QStringList{QStringLiteral("personen.1.bsn")});
}

TEST(HuishoudenValidatie, NamesAreRequired)
{
    Huishouden h = geldig();
    h.personen[1].voornamen = QStringLiteral("  ");
    h.personen[2].achternaam.clear();
    EXPECT_EQ(velden(h), (QStringList{QStringLiteral("personen.1.voornamen"),
                                      QStringLiteral("personen.2.achternaam")}));
}

TEST(HuishoudenValidatie, BirthDateIsRequiredAndPlausible)
{
    for (const QDate &fout : {QDate(), vandaag.addDays(1), QDate(1899, 12, 31)}) {
        Huishouden h = geldig();
        h.personen[1].geboortedatum = fout;
        EXPECT_EQ(velden(h), QStringList{QStringLiteral("personen.1.geboortedatum")})
            << fout.toString(Qt::ISODate).toStdString();
    }
    Huishouden grens = geldig();
    grens.personen[1].geboortedatum = QDate(1900, 1, 1);
    grens.personen[2].geboortedatum = vandaag;
    EXPECT_TRUE(velden(grens).isEmpty()) << "1900-01-01 and today itself are plausible";
}

TEST(HuishoudenValidatie, SexIsMVOrX)
{
    for (const char *goed : {"M", "V", "X"}) {
        Huishouden h = geldig();
        h.personen[0].geslacht = QLatin1String(goed);
        EXPECT_TRUE(velden(h).isEmpty()) << goed;
    }
    for (const char *fout : {"", "F", "m"}) {
        Huishouden h = geldig();
        h.personen[0].geslacht = QLatin1String(fout);
        EXPECT_EQ(velden(h), QStringList{QStringLiteral("personen.0.geslacht")}) << fout;
    }
}

TEST(HuishoudenValidatie, PermitDateIsRequiredAndNotInTheFuture)
{
    Huishouden geen = geldig();
    geen.vergunning = QDate();
    EXPECT_TRUE(velden(geen).contains(QStringLiteral("vergunning")));
    Huishouden later = geldig();
    later.vergunning = vandaag.addDays(1);
    later.gesprek.reset();
    EXPECT_EQ(velden(later), QStringList{QStringLiteral("vergunning")});
}

TEST(HuishoudenValidatie, IntakeDateRequiredNotBeforePermitNorInTheFuture)
{
    for (const QDate &fout : {QDate(), QDate(2025, 2, 28), vandaag.addDays(1)}) {
        Huishouden h = geldig();
        h.gesprek->datum = fout;
        EXPECT_EQ(velden(h), QStringList{QStringLiteral("gesprek.datum")})
            << fout.toString(Qt::ISODate).toStdString();
    }
}

TEST(HuishoudenValidatie, CaseDatesNotBeforePermitNorInTheFuture)
{
    const QList<std::pair<QDate Huishouden::*, const char *>> datums{
        {&Huishouden::brp, "brp"},
        {&Huishouden::tekenen, "tekenen"},
        {&Huishouden::huur, "huur"},
        {&Huishouden::verhuizing, "verhuizing"},
        {&Huishouden::uitschrijving, "uitschrijving"}};
    for (const auto &[veld, naam] : datums) {
        for (const QDate &fout : {QDate(2025, 2, 28), vandaag.addDays(1)}) {
            Huishouden h = geldig();
            h.huisvestGemeente = QStringLiteral("GM0363");
            h.*veld = fout;
            EXPECT_EQ(velden(h), QStringList{QLatin1String(naam)})
                << naam << " " << fout.toString(Qt::ISODate).toStdString();
        }
    }
}

TEST(HuishoudenValidatie, SignedThenMoveThenUitschrijving)
{
    Huishouden h = geldig();
    h.huisvestGemeente = QStringLiteral("GM0363");
    h.tekenen = QDate(2025, 5, 1);
    h.verhuizing = QDate(2025, 5, 10);
    h.uitschrijving = QDate(2025, 5, 10);
    EXPECT_TRUE(velden(h).isEmpty()) << "the same day is in order";

    Huishouden verhuisVoorTekenen = h;
    verhuisVoorTekenen.verhuizing = QDate(2025, 4, 30);
    EXPECT_EQ(velden(verhuisVoorTekenen), QStringList{QStringLiteral("verhuizing")});

    Huishouden uitschrijvingVoorVerhuizing = h;
    uitschrijvingVoorVerhuizing.uitschrijving = QDate(2025, 5, 9);
    EXPECT_EQ(velden(uitschrijvingVoorVerhuizing), QStringList{QStringLiteral("uitschrijving")});

    Huishouden uitschrijvingVoorTekenen = h;
    uitschrijvingVoorTekenen.verhuizing = QDate();
    uitschrijvingVoorTekenen.uitschrijving = QDate(2025, 4, 1);
    EXPECT_EQ(velden(uitschrijvingVoorTekenen), QStringList{QStringLiteral("uitschrijving")});
}

TEST(HuishoudenValidatie, UitschrijvingNeedsTheGemeenteThatHoused)
{
    Huishouden h = geldig();
    h.uitschrijving = QDate(2025, 5, 1);
    EXPECT_EQ(velden(h), QStringList{QStringLiteral("huisvestGemeente")});
    h.huisvestGemeente = QStringLiteral("GM363");
    EXPECT_EQ(velden(h), QStringList{QStringLiteral("huisvestGemeente")})
        << "the code must be GM and 4 digits";
    h.huisvestGemeente = QStringLiteral("GM0363");
    EXPECT_TRUE(velden(h).isEmpty());
}

TEST(HuishoudenValidatie, CriterionTiedToAGemeenteOrPlace)
{
    Huishouden h = geldig();
    h.gesprek->criteria.append(
        {CriteriumSoort::Opleiding, {}, QStringLiteral(" "), QStringLiteral("pilot")});
    EXPECT_EQ(velden(h), QStringList{QStringLiteral("gesprek.criteria.opleiding.gemeente")});
    h.gesprek->criteria.last().gemeenteCode = QStringLiteral("Utrecht");
    EXPECT_EQ(velden(h), QStringList{QStringLiteral("gesprek.criteria.opleiding.gemeente")})
        << "a gemeente must be given by its code";
}

TEST(HuishoudenValidatie, EachCriterionKindAtMostOnce)
{
    Huishouden h = geldig();
    h.gesprek->criteria.append({CriteriumSoort::Werk, QStringLiteral("GM0599"), {}, {}});
    EXPECT_EQ(velden(h), QStringList{QStringLiteral("gesprek.criteria.werk")});
}

TEST(HuishoudenValidatie, IntakeCountsAndStatusAreChecked)
{
    Huishouden negatief = geldig();
    negatief.gesprek->nareizigersVerwacht = -1;
    EXPECT_EQ(velden(negatief), QStringList{QStringLiteral("gesprek.nareizigersVerwacht")});
    Huishouden status = geldig();
    status.gesprek->gezinsherenigingStatus = QStringLiteral("misschien");
    EXPECT_EQ(velden(status), QStringList{QStringLiteral("gesprek.gezinsherenigingStatus")});
}

TEST(HuishoudenValidatie, AllErrorsAreReportedNotOnlyTheFirst)
{
    Huishouden h = geldig();
    h.vergunning = QDate();
    h.personen[0].geslacht.clear();
    h.personen[1].vNummer = QStringLiteral("1");
    EXPECT_EQ(velden(h).size(), 3);
}
