#include "TestSupport.h"

#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

// Three gemeenten of 1,000, 2,000 and 7,000 inhabitants: iN = 10,000.
class TaakstellingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("quota.sqlite")), false);
        ASSERT_TRUE(store);
        const auto db = store->database();
        for (const auto &statement : {
                 QStringLiteral("INSERT INTO provincie VALUES('Utrecht', 3), ('Zeeland', 4)"),
                 QStringLiteral("INSERT INTO gemeente(code, naam, provincie) VALUES('GM0001', "
                                "'Aadorp', 'Utrecht'), "
                                "('GM0002', 'Bedum', 'Utrecht'), ('GM0003', 'Cadzand', 'Zeeland')"),
                 QStringLiteral(
                     "INSERT INTO inwoners VALUES('GM0001', 2024, 1000), ('GM0002', 2024, 2000), "
                     "('GM0003', 2024, 7000)"),
             }) {
            auto r = sql::run(db, statement);
            ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        }
        azc = test::azcIn(*store, QStringLiteral("GM0001"));
    }

    const TaakstellingStand &rij(const TaakstellingOverzicht &o, const QString &code)
    {
        for (const auto &r : o.rijen) {
            if (r.code == code)
                return r;
        }
        ADD_FAILURE() << "no row for " << code.toStdString();
        static TaakstellingStand leeg;
        return leeg;
    }

    // A household of `personen` persons that moved out of reception on `uitschrijving`.
    qint64 gehuisvest(qint64 vNummer, int personen, const QString &gemeente,
                      const QDate &uitschrijving, bool eerste = true)
    {
        auto h = test::voorbeeldHuishouden(vNummer, personen, uitschrijving.addDays(-90), azc);
        h.tekenen = uitschrijving.addDays(-10);
        h.verhuizing = uitschrijving;
        h.uitschrijving = uitschrijving;
        h.huisvestGemeente = gemeente;
        h.eersteHuisvesting = eerste;
        const qint64 id = test::voegToe(*store, h, vandaag);
        EXPECT_TRUE(
            KoppelingService(*store)
                .koppel(id, gemeente, uitschrijving.addDays(-80), QStringLiteral("test"), vandaag)
                .ok());
        return id;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
};

} // namespace

TEST_F(TaakstellingTest, TaakstellingIsCeilOfVgTimesShareOfPopulation)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 99, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    auto o = quota.bereken(HalfJaar(2025, 1), 0, vandaag);
    ASSERT_TRUE(o.ok()) << o.error().toString().toStdString();
    EXPECT_EQ(o->inwonersLand, 10000);
    EXPECT_EQ(rij(*o, QStringLiteral("GM0001")).taakstelling, 10); // 9.9
    EXPECT_EQ(rij(*o, QStringLiteral("GM0002")).taakstelling, 20); // 19.8
    EXPECT_EQ(rij(*o, QStringLiteral("GM0003")).taakstelling, 70); // 69.3
    EXPECT_EQ(rij(*o, QStringLiteral("GM0003")).inwoners, 7000);
}

TEST_F(TaakstellingTest, UsesPopulationOfTheYearBeforeTheHalfYear)
{
    ASSERT_TRUE(sql::run(store->database(),
                         QStringLiteral("INSERT INTO inwoners VALUES('GM0001', 2025, 5000), "
                                        "('GM0002', 2025, 2500), ('GM0003', 2025, 2500)"))
                    .ok());
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 2), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 2))).ok());
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    auto o = quota.bereken(HalfJaar(2025, 2), 0, vandaag);
    ASSERT_TRUE(o.ok()) << o.error().toString().toStdString();
    EXPECT_EQ(rij(*o, QStringLiteral("GM0001")).inwoners, 1000) << "2025-H2 uses 1 January 2024";
    EXPECT_EQ(rij(*o, QStringLiteral("GM0001")).taakstelling, 10);
}

TEST_F(TaakstellingTest, MissingPopulationYearIsAnErrorNotZeros)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2026, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2026, 1))).ok());
    auto o = quota.bereken(HalfJaar(2026, 1), 0, vandaag);
    ASSERT_FALSE(o.ok());
    EXPECT_TRUE(o.error().message.contains(QStringLiteral("2025")))
        << o.error().toString().toStdString();
}

TEST_F(TaakstellingTest, PopulationMissingForOneGemeenteIsNamed)
{
    ASSERT_TRUE(sql::run(store->database(),
                         QStringLiteral("DELETE FROM inwoners WHERE gemeente = 'GM0002'"))
                    .ok());
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    auto o = quota.bereken(HalfJaar(2025, 1), 0, vandaag);
    ASSERT_FALSE(o.ok());
    EXPECT_TRUE(o.error().message.contains(QStringLiteral("GM0002")))
        << o.error().toString().toStdString();
}

TEST_F(TaakstellingTest, HalfYearWithoutVgIsAnError)
{
    auto o = TaakstellingService(*store).bereken(HalfJaar(2025, 1), 0, vandaag);
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error().where, QStringLiteral("2025-H1"));
}

TEST_F(TaakstellingTest, Art30ReplacesThePopulationOfOneGemeente)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    ASSERT_TRUE(quota
                    .zetArt30(QStringLiteral("GM0001"), HalfJaar(2025, 1), 3000,
                              QStringLiteral("herindeling"))
                    .ok());
    EXPECT_FALSE(quota.zetArt30(QStringLiteral("GM0001"), HalfJaar(2025, 1), 3000, QString()).ok())
        << "an art. 30 decision needs a reason";
    auto o = quota.bereken(HalfJaar(2025, 1), 0, vandaag);
    ASSERT_TRUE(o.ok());
    EXPECT_EQ(rij(*o, QStringLiteral("GM0001")).inwoners, 3000);
    EXPECT_EQ(rij(*o, QStringLiteral("GM0001")).taakstelling, 30);
    EXPECT_EQ(o->inwonersLand, 10000) << "iN stays the national CBS figure";
}

TEST_F(TaakstellingTest, RealisatieCountsPersonsInTheHalfYearOfTheirUitschrijving)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    gehuisvest(1000000001, 3, QStringLiteral("GM0001"), QDate(2025, 6, 30)); // counts in H1
    gehuisvest(1000000011, 2, QStringLiteral("GM0001"), QDate(2025, 7, 1));  // counts in H2
    gehuisvest(1000000021, 4, QStringLiteral("GM0002"), QDate(2025, 1, 1));  // counts in H1
    gehuisvest(1000000031, 5, QStringLiteral("GM0002"), QDate(2025, 3, 1),
               false); // not first housing
    auto o = quota.bereken(HalfJaar(2025, 1), 0, vandaag);
    ASSERT_TRUE(o.ok()) << o.error().toString().toStdString();
    EXPECT_EQ(rij(*o, QStringLiteral("GM0001")).realisatie, 3);
    EXPECT_EQ(rij(*o, QStringLiteral("GM0002")).realisatie, 4);
    EXPECT_EQ(rij(*o, QStringLiteral("GM0003")).realisatie, 0);
}

// Issue 13: the realisation is summed over the index on its half-year expression (schema 14),
// read in the grouping's order. Were the query's expression and the index's to drift apart,
// SQLite would sort every household ever registered out again (212 instead of 58 ms at 100k).
TEST_F(TaakstellingTest, TheRealisationIsReadFromTheHalfYearIndexWithoutASort)
{
    const QStringList statements = TaakstellingService::aggregaatSql(
        HalfJaar(2025, 1), HalfJaar(2026, 2), QDate(2026, 11, 29));
    QString realisatie;
    for (const QString &s : statements) {
        if (s.contains(QLatin1String("realisatie_telling")))
            realisatie = s;
    }
    ASSERT_FALSE(realisatie.isEmpty());
    auto plan = sql::run(store->database(), QStringLiteral("EXPLAIN QUERY PLAN ") + realisatie);
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    QStringList stappen;
    while (plan->next())
        stappen << plan->value(3).toString();
    const QString tekst = stappen.join(QLatin1Char('\n'));
    EXPECT_TRUE(tekst.contains(QLatin1String("COVERING INDEX realisatie_telling_halfjaar")))
        << tekst.toStdString();
    EXPECT_FALSE(tekst.contains(QLatin1String("TEMP B-TREE"))) << tekst.toStdString();
}

// Issue 12 (handbook 3.4.1): housing recorded outside the coupled gemeente counts nowhere (it
// used to count for the coupled gemeente); the rule checker names it.
TEST_F(TaakstellingTest, ZelfhuisvesterHousedOutsideTheCoupledGemeenteCountsNowhere)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    auto h = test::voorbeeldHuishouden(1000000101, 2, QDate(2025, 1, 10), azc);
    h.zelfhuisvester = true;
    h.uitschrijving = QDate(2025, 4, 1);
    h.huisvestGemeente = QStringLiteral("GM0003"); // recorded elsewhere by mistake
    const qint64 id = test::voegToe(*store, h, vandaag);
    ASSERT_TRUE(KoppelingService(*store)
                    .koppel(id, QStringLiteral("GM0002"), QDate(2025, 1, 20),
                            QStringLiteral("test"), vandaag)
                    .ok());
    auto o = quota.bereken(HalfJaar(2025, 1), 0, vandaag);
    ASSERT_TRUE(o.ok());
    EXPECT_EQ(rij(*o, QStringLiteral("GM0002")).realisatie, 0);
    EXPECT_EQ(rij(*o, QStringLiteral("GM0003")).realisatie, 0);
}

TEST_F(TaakstellingTest, ZelfhuisvesterOfAPartnershipCountsForTheMemberThatHousesThem)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    // Bedum coordinates a partnership with Aadorp; Cadzand is not in it.
    auto partnerschap = Referentiedata(*store).voegPartnerschapToe(
        QStringLiteral("Samen"), QStringLiteral("GM0002"),
        {QStringLiteral("GM0002"), QStringLiteral("GM0001")});
    ASSERT_TRUE(partnerschap.ok()) << partnerschap.error().toString().toStdString();
    const auto zelf = [&](qint64 vNummer, int personen, const QString &gehuisvest) {
        auto h = test::voorbeeldHuishouden(vNummer, personen, QDate(2025, 1, 10), azc);
        h.zelfhuisvester = true;
        h.uitschrijving = QDate(2025, 4, 1);
        h.huisvestGemeente = gehuisvest;
        const qint64 id = test::voegToe(*store, h, vandaag);
        ASSERT_TRUE(KoppelingService(*store)
                        .koppelPartnerschap(id, *partnerschap, QDate(2025, 1, 20),
                                            QStringLiteral("test"), vandaag)
                        .ok());
    };
    zelf(1000000301, 3, QStringLiteral("GM0001")); // in a member: counts there
    zelf(1000000311, 2, QStringLiteral("GM0003")); // outside: counts nowhere (issue 12)
    auto o = quota.bereken(HalfJaar(2025, 1), 0, vandaag);
    ASSERT_TRUE(o.ok());
    EXPECT_EQ(rij(*o, QStringLiteral("GM0001")).realisatie, 3);
    EXPECT_EQ(rij(*o, QStringLiteral("GM0002")).realisatie, 0);
    EXPECT_EQ(rij(*o, QStringLiteral("GM0003")).realisatie, 0);
}

TEST_F(TaakstellingTest, CoupledNotHousedIsCoupledAndNotYetRegisteredOutOnTheReferenceDate)
{
    TaakstellingService quota(*store);
    KoppelingService koppeling(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    const qint64 wacht = test::voegToe(
        *store, test::voorbeeldHuishouden(1000000201, 3, QDate(2025, 2, 1), azc), vandaag);
    const qint64 ontkoppeld = test::voegToe(
        *store, test::voorbeeldHuishouden(1000000211, 2, QDate(2025, 2, 1), azc), vandaag);
    const qint64 later = test::voegToe(
        *store, test::voorbeeldHuishouden(1000000221, 4, QDate(2025, 2, 1), azc), vandaag);
    ASSERT_TRUE(koppeling
                    .koppel(wacht, QStringLiteral("GM0003"), QDate(2025, 2, 10),
                            QStringLiteral("t"), vandaag)
                    .ok());
    ASSERT_TRUE(koppeling
                    .koppel(ontkoppeld, QStringLiteral("GM0003"), QDate(2025, 2, 10),
                            QStringLiteral("t"), vandaag)
                    .ok());
    ASSERT_TRUE(
        koppeling.ontkoppel(ontkoppeld, QDate(2025, 3, 1), QStringLiteral("criterium"), vandaag)
            .ok());
    ASSERT_TRUE(koppeling
                    .koppel(later, QStringLiteral("GM0003"), QDate(2025, 8, 1), QStringLiteral("t"),
                            vandaag)
                    .ok());
    gehuisvest(1000000231, 5, QStringLiteral("GM0003"), QDate(2025, 5, 1));

    auto o = quota.bereken(HalfJaar(2025, 1), 0, vandaag);
    ASSERT_TRUE(o.ok());
    const auto &c = rij(*o, QStringLiteral("GM0003"));
    EXPECT_EQ(o->peildatum, QDate(2025, 6, 30)) << "a past half-year is judged on its last day";
    EXPECT_EQ(c.gekoppeldNietGehuisvest, 3);
    EXPECT_EQ(c.pijplijnProductie, 0) << "no lease signed";
    EXPECT_EQ(c.realisatie, 5);
    EXPECT_EQ(c.prognose, 8);
    EXPECT_EQ(c.voorAchter, c.prognose - c.opgave);

    auto midden = quota.bereken(HalfJaar(2025, 1), 0, QDate(2025, 2, 20));
    ASSERT_TRUE(midden.ok());
    EXPECT_EQ(rij(*midden, QStringLiteral("GM0003")).gekoppeldNietGehuisvest, 5 + 3 + 2)
        << "on 20 February the uncoupled household was still coupled and the 5 not yet moved";
}

TEST_F(TaakstellingTest, SaldoCarriesIntoTheNextHalfYear)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 2), 200, tijdigheid::laatsteDagVg(HalfJaar(2025, 2))).ok());
    gehuisvest(1000000301, 12, QStringLiteral("GM0001"), QDate(2025, 5, 1)); // 12 of 10: 2 ahead
    gehuisvest(1000000401, 5, QStringLiteral("GM0002"), QDate(2025, 5, 1));  // 5 of 20: 15 behind
    auto o = quota.bereken(HalfJaar(2025, 2), 0, vandaag);
    ASSERT_TRUE(o.ok()) << o.error().toString().toStdString();
    const auto &a = rij(*o, QStringLiteral("GM0001"));
    const auto &b = rij(*o, QStringLiteral("GM0002"));
    const auto &c = rij(*o, QStringLiteral("GM0003"));
    EXPECT_EQ(a.taakstelling, 20);
    EXPECT_EQ(a.saldoVorig, 2);
    EXPECT_EQ(a.opgave, 18);
    EXPECT_EQ(b.saldoVorig, -15);
    EXPECT_EQ(b.opgave, 40 + 15);
    EXPECT_EQ(c.saldoVorig, -70);
    EXPECT_EQ(c.opgave, 140 + 70);
}

TEST_F(TaakstellingTest, SaldoChainNeedsEveryHalfYearsVg)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2024, 2), 100, tijdigheid::laatsteDagVg(HalfJaar(2024, 2))).ok());
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 2), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 2))).ok());
    ASSERT_TRUE(sql::run(store->database(),
                         QStringLiteral("INSERT INTO inwoners VALUES('GM0001', 2023, 1000), "
                                        "('GM0002', 2023, 2000), ('GM0003', 2023, 7000)"))
                    .ok());
    auto o = quota.bereken(HalfJaar(2025, 2), 0, vandaag);
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error().where, QStringLiteral("2025-H1"));
}

TEST_F(TaakstellingTest, HerverdelingShiftsQuotaAndKeepsTheSum)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    auto voor = quota.bereken(HalfJaar(2025, 1), 0, vandaag);
    ASSERT_TRUE(voor.ok());
    auto id = quota.registreerHerverdeling(
        HalfJaar(2025, 1), {{QStringLiteral("GM0001"), 5}, {QStringLiteral("GM0003"), -5}},
        QStringLiteral("afspraak regio"));
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto na = quota.bereken(HalfJaar(2025, 1), 0, vandaag);
    ASSERT_TRUE(na.ok());
    EXPECT_EQ(rij(*na, QStringLiteral("GM0001")).herverdeling, 5);
    EXPECT_EQ(rij(*na, QStringLiteral("GM0001")).opgave, 15);
    EXPECT_EQ(rij(*na, QStringLiteral("GM0003")).opgave, 65);
    const auto som = [](const TaakstellingOverzicht &o) {
        return std::accumulate(o.rijen.begin(), o.rijen.end(), qint64(0),
                               [](qint64 s, const TaakstellingStand &r) { return s + r.opgave; });
    };
    EXPECT_EQ(som(*na), som(*voor));
}

TEST_F(TaakstellingTest, UnbalancedOrUnknownHerverdelingIsRefusedAndNothingStored)
{
    TaakstellingService quota(*store);
    EXPECT_FALSE(
        quota
            .registreerHerverdeling(HalfJaar(2025, 1),
                                    {{QStringLiteral("GM0001"), 5}, {QStringLiteral("GM0003"), -4}},
                                    QStringLiteral("x"))
            .ok());
    auto unknown = quota.registreerHerverdeling(
        HalfJaar(2025, 1), {{QStringLiteral("GM0001"), 5}, {QStringLiteral("GM9999"), -5}},
        QStringLiteral("x"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().where, QStringLiteral("GM9999"));
    EXPECT_FALSE(quota
                     .registreerHerverdeling(
                         HalfJaar(2025, 1),
                         {{QStringLiteral("GM0001"), 5}, {QStringLiteral("GM0002"), -5}}, QString())
                     .ok())
        << "a reason is required";
    auto count =
        sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM herverdeling"));
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count->toInt(), 0);
}

TEST_F(TaakstellingTest, HerverdelingNeverTouchesCouplings)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    const qint64 id = test::voegToe(
        *store, test::voorbeeldHuishouden(1000000501, 2, QDate(2025, 2, 1), azc), vandaag);
    KoppelingService koppeling(*store);
    ASSERT_TRUE(
        koppeling
            .koppel(id, QStringLiteral("GM0001"), QDate(2025, 2, 10), QStringLiteral("t"), vandaag)
            .ok());
    auto voor = koppeling.historie(id);
    ASSERT_TRUE(voor.ok());
    ASSERT_TRUE(quota
                    .registreerHerverdeling(
                        HalfJaar(2025, 1),
                        {{QStringLiteral("GM0001"), -10}, {QStringLiteral("GM0002"), 10}},
                        QStringLiteral("GM0001 vol"))
                    .ok());
    auto na = koppeling.historie(id);
    ASSERT_TRUE(na.ok());
    ASSERT_EQ(na->size(), voor->size());
    EXPECT_EQ(na->first().gemeenteCode, QStringLiteral("GM0001"));
    EXPECT_TRUE(na->first().actief());
}

TEST_F(TaakstellingTest, RegionFilterKeepsOnlyThatRegion)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(
        quota.zetVg(HalfJaar(2025, 1), 100, tijdigheid::laatsteDagVg(HalfJaar(2025, 1))).ok());
    auto o = quota.bereken(HalfJaar(2025, 1), 4, vandaag);
    ASSERT_TRUE(o.ok());
    ASSERT_EQ(o->rijen.size(), 1);
    EXPECT_EQ(o->rijen.first().code, QStringLiteral("GM0003"));
    EXPECT_EQ(o->rijen.first().taakstelling, 70) << "iN stays national when one region is shown";
}

// With the shipped CBS figures: every gemeente rounds up, so the sum is at least vg and less
// than vg plus the number of gemeenten.
TEST(TaakstellingNationaal, SumIsAtLeastVgAndBelowVgPlusNumberOfGemeenten)
{
    test::TempDir dir;
    QList<int> jaren;
    {
        auto store = test::openStore(dir.path(QStringLiteral("jaren.sqlite")), true);
        ASSERT_TRUE(store);
        auto gevonden = Referentiedata(*store).inwonerJaren();
        ASSERT_TRUE(gevonden.ok());
        jaren = *gevonden;
    }
    ASSERT_FALSE(jaren.isEmpty()) << "the shipped data has population figures";
    for (const int jaar : jaren) {
        // One store per half-year: a vg only for that half-year, so no balance is carried.
        auto store = test::openStore(dir.path(QStringLiteral("nl-%1.sqlite").arg(jaar)), true);
        ASSERT_TRUE(store);
        TaakstellingService quota(*store);
        const HalfJaar h(jaar + 1, 1);
        for (const qint64 vg : {qint64(1), qint64(9999), qint64(18000), qint64(23777)}) {
            ASSERT_TRUE(quota.zetVg(h, vg, tijdigheid::laatsteDagVg(h)).ok());
            auto o = quota.bereken(h, 0, h.begin());
            ASSERT_TRUE(o.ok()) << o.error().toString().toStdString();
            ASSERT_EQ(o->rijen.size(), 342);
            qint64 som = 0;
            for (const auto &r : o->rijen)
                som += r.taakstelling;
            EXPECT_GE(som, vg) << h.toString().toStdString();
            EXPECT_LT(som, vg + 342) << h.toString().toStdString();
        }
    }
}
