// The supervision definitions of handbook chapter 4 (issue 12), on the store of
// rapport_toezicht_testdata.h: the tolerance is a share of the taakstelling (4.4.2), the
// pijplijn productie is a signed lease not yet registered out (4.4.1), and method 1 takes the
// realisations for the gemeente that housed them (4.4.3).
#include "RapportToezichtTestData.h"

#include "core/gemeente/Referentiedata.h"

using namespace rd;
using namespace rd::test::toezicht;

namespace {

class ToezichtDefinities : public RapportToezichtTest
{
protected:
    // A household with the dates given (invalid: none), housed (uitschrijving) by `huisvest`.
    qint64 voegToe(qint64 vNummer, int personen, const QDate &tekenen, const QDate &verhuizing,
                   const QDate &uitschrijving, const QString &huisvest, bool eerste = true,
                   bool zelf = false)
    {
        auto h = test::voorbeeldHuishouden(vNummer, personen, QDate(2025, 12, 1), azc);
        h.tekenen = tekenen;
        h.verhuizing = verhuizing;
        h.uitschrijving = uitschrijving;
        h.huisvestGemeente = huisvest;
        h.eersteHuisvesting = eerste;
        h.zelfhuisvester = zelf;
        return test::voegToe(*store, h, vandaag);
    }
    void koppel(qint64 id, const QString &gemeente, const QDate &datum)
    {
        auto k = KoppelingService(*store).koppel(id, gemeente, datum, QStringLiteral("t"), vandaag);
        ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    }
};

} // namespace

// Cadzand is 1 person behind from 2025-H2 (taakstelling 1 there, nobody housed): in 2026-H1 its
// opgave is 35 + 1 = 36 and its backlog 36 - 30 = 6. The tolerance is 1/6 of the taakstelling
// 35, rounded down 5: not within. Of the opgave it would have been 36 / 6 = 6: within.
TEST_F(ToezichtDefinities, TheToleranceIsAShareOfTheTaakstellingNotOfTheOpgave)
{
    auto r = sql::run(store->database(),
                      QStringLiteral("INSERT INTO inwoners VALUES('GM0001', 2024, 1000), "
                                     "('GM0002', 2024, 2000), ('GM0003', 2024, 7000), "
                                     "('GM0004', 2024, 0)"));
    ASSERT_TRUE(r.ok());
    const HalfJaar vorig = periode.vorige();
    ASSERT_TRUE(TaakstellingService(*store).zetVg(vorig, 1, tijdigheid::laatsteDagVg(vorig)).ok());

    const QVariantList c = rij(maak(RapportBereik::land()), cadzand);
    EXPECT_EQ(c.at(Taakstelling).toLongLong(), 35);
    EXPECT_EQ(c.at(Opgave).toLongLong(), 36) << "35 + the backlog of 1 carried in";
    EXPECT_EQ(c.at(Achterstand).toLongLong(), 6);
    EXPECT_EQ(c.at(TolerantieKolom).toLongLong(), 5) << "35 / 6 rounded down, not 36 / 6";
    EXPECT_FALSE(c.at(BinnenTolerantie).toBool()) << "6 * 6 > 35";
    EXPECT_TRUE(Tolerantie{}.binnen(6, 36)) << "the verdict the opgave would have given";
    const QVariantList a = rij(maak(RapportBereik::land()), aadorp);
    EXPECT_EQ(a.at(Opgave).toLongLong(), 5) << "Aadorp housed E1 (1 of 1) in 2025-H2";
}

// Art. 29.2 changes the taakstelling itself: the tolerance follows the shifted quota.
TEST_F(ToezichtDefinities, TheToleranceFollowsTheTaakstellingAfterHerverdeling)
{
    auto id = TaakstellingService(*store).registreerHerverdeling(
        periode, {{cadzand, 7}, {bedum, -7}}, QStringLiteral("afspraak"));
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    const QVariantList c = rij(maak(RapportBereik::land()), cadzand);
    EXPECT_EQ(c.at(Taakstelling).toLongLong(), 42);
    EXPECT_EQ(c.at(Achterstand).toLongLong(), 12);
    EXPECT_EQ(c.at(TolerantieKolom).toLongLong(), 7) << "42 / 6";
    EXPECT_FALSE(c.at(BinnenTolerantie).toBool());
    EXPECT_EQ(rij(maak(RapportBereik::land()), bedum).at(Taakstelling).toLongLong(), 3);
}

// Cadzand (backlog 5): P1 3 p. signed on 20 June and registered out on 2 July, P2 2 p. known as
// self-housed, P3 1 p. only coupled. On 30 June the pipeline is P1 and P2 (5 persons), which
// meets the quota (30 + 5 >= 35); coupled, not housed are all three (6).
TEST_F(ToezichtDefinities, ThePipelineIsASignedLeaseOrSelfHousedNotYetRegisteredOut)
{
    const qint64 p1 =
        voegToe(6200000401, 3, QDate(2026, 6, 20), QDate(2026, 7, 1), QDate(2026, 7, 2), cadzand);
    koppel(p1, cadzand, QDate(2026, 5, 1));
    const qint64 p2 = voegToe(6200000411, 2, {}, {}, {}, {}, true, true);
    koppel(p2, cadzand, QDate(2026, 5, 1));
    const qint64 p3 = voegToe(6200000421, 1, {}, {}, {}, {});
    koppel(p3, cadzand, QDate(2026, 6, 1));

    const QVariantList c = rij(maak(RapportBereik::land()), cadzand);
    EXPECT_EQ(c.at(PijplijnProductie).toLongLong(), 5);
    EXPECT_EQ(c.at(Gekoppeld).toLongLong(), 6);
    EXPECT_FALSE(c.at(Gehaald).toBool());
    EXPECT_TRUE(c.at(GehaaldMetPijplijn).toBool()) << "4.4.2: counting the pipeline, met";

    auto quota = TaakstellingService(*store).bereken(periode, 0, QDate(2026, 6, 10));
    ASSERT_TRUE(quota.ok());
    for (const auto &q : quota->rijen) {
        if (q.code != cadzand)
            continue;
        EXPECT_EQ(q.pijplijnProductie, 2) << "on 10 June P1 had not signed yet";
        EXPECT_EQ(q.gekoppeldNietGehuisvest, 6) << "all three coupled by then";
        EXPECT_EQ(q.prognose, q.realisatie + q.gekoppeldNietGehuisvest)
            << "the forecast the regievoerder weighs counts every coupled person";
    }
}

// R1 3 p. coupled to the partnership Heuvelrug (coordinator Aadorp) on 1 February, housed in
// member Bedum on 1 April (59 days): method 1 counts it for Bedum, method 2 for Aadorp. R2 2 p.
// in Diemen moved on 25 June but was registered out on 3 July: not a realisation of the period.
// R3 1 p. in Diemen moved and registered out on 1 May, not first housing: not a realisation.
TEST_F(ToezichtDefinities, MethodOneTakesTheRealisationsForTheGemeenteThatHoused)
{
    auto heuvelrug = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Heuvelrug"), aadorp,
                                                                {aadorp, bedum});
    ASSERT_TRUE(heuvelrug.ok()) << heuvelrug.error().toString().toStdString();
    const qint64 r1 =
        voegToe(6200000501, 3, QDate(2026, 3, 25), QDate(2026, 4, 1), QDate(2026, 4, 1), bedum);
    auto k = KoppelingService(*store).koppelPartnerschap(r1, *heuvelrug, QDate(2026, 2, 1),
                                                         QStringLiteral("t"), vandaag);
    ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    const qint64 r2 =
        voegToe(6200000511, 2, QDate(2026, 6, 20), QDate(2026, 6, 25), QDate(2026, 7, 3), diemen);
    koppel(r2, diemen, QDate(2026, 4, 1));
    const qint64 r3 = voegToe(6200000521, 1, QDate(2026, 4, 25), QDate(2026, 5, 1),
                              QDate(2026, 5, 1), diemen, false);
    koppel(r3, diemen, QDate(2026, 3, 1));

    const Rapport r = maak(RapportBereik::land());
    const QVariantList b = rij(r, bedum);
    EXPECT_EQ(b.at(Realisatie).toLongLong(), 18 + 3);
    EXPECT_EQ(b.at(M1Aantal).toLongLong(), 5);
    EXPECT_DOUBLE_EQ(b.at(M1Dagen).toDouble(), 109.0) << "(486 + 59) / 5";
    const QVariantList a = rij(r, aadorp);
    EXPECT_EQ(a.at(M1Aantal).toLongLong(), 2) << "not the coordinator's";
    EXPECT_EQ(a.at(M2Koppelingen).toLongLong(), 4) << "method 2: the coupled coordinator";
    const QVariantList d = rij(r, diemen);
    EXPECT_EQ(d.at(M1Aantal).toLongLong(), 1) << "only D1: R2 registered out in July, R3 rehoused";
    EXPECT_DOUBLE_EQ(d.at(M1Dagen).toDouble(), 30.0);

    // Every gemeente with a realisation (all through a coupling here) has a method 1 figure.
    for (const auto &rij : tabel(r, QStringLiteral("gemeenten")).rijen) {
        if (rij.at(Realisatie).toLongLong() > 0) {
            EXPECT_GT(rij.at(M1Aantal).toLongLong(), 0) << rij.at(Code).toString().toStdString();
        }
    }
    // The month of the realisation: R1 in April (with D1's May unchanged).
    const RapportTabel &m = tabel(r, QStringLiteral("maanden"));
    EXPECT_EQ(m.rijen.at(3).at(Aantal).toLongLong(), 2) << "B1 and R1 in April";
    EXPECT_EQ(m.totaal.at(Aantal).toLongLong(), 12);
}

// Within 12 weeks is judged on the mean as shown, one decimal: 84.0 is within, 84.5 is not.
TEST_F(ToezichtDefinities, WithinTwelveWeeksIsJudgedOnTheShownMean)
{
    // Diemen: D1 30 days, plus 138 and 84 days: (30 + 138 + 84) / 3 = 84.0, within; one more
    // of 86 days: (252 + 86) / 4 = 84.5, not within.
    const qint64 x =
        voegToe(6200000601, 1, QDate(2026, 5, 10), QDate(2026, 5, 20), QDate(2026, 5, 20), diemen);
    koppel(x, diemen, QDate(2026, 1, 2)); // 138 days
    const qint64 y =
        voegToe(6200000611, 1, QDate(2026, 5, 20), QDate(2026, 5, 26), QDate(2026, 5, 26), diemen);
    koppel(y, diemen, QDate(2026, 3, 3)); // 84 days
    QVariantList d = rij(maak(RapportBereik::land()), diemen);
    ASSERT_EQ(d.at(M1Aantal).toLongLong(), 3);
    EXPECT_DOUBLE_EQ(d.at(M1Dagen).toDouble(), 84.0);
    EXPECT_TRUE(d.at(M1Binnen).toBool());
    const qint64 z =
        voegToe(6200000621, 1, QDate(2026, 5, 20), QDate(2026, 5, 27), QDate(2026, 5, 27), diemen);
    koppel(z, diemen, QDate(2026, 3, 2)); // 86 days
    d = rij(maak(RapportBereik::land()), diemen);
    EXPECT_DOUBLE_EQ(d.at(M1Dagen).toDouble(), 84.5);
    EXPECT_FALSE(d.at(M1Binnen).toBool());
}
