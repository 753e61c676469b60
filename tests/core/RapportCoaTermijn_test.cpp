// Gemiddelde termijn per fase per gemeente and per AZC location, by hand from the store in
// rapport_coa_testdata.h. Days per household in 2025-H1 (phase 1 permit -> coupling, phase 2
// coupling -> lease signed, phase 3 lease signed -> move or uitschrijving, whichever first):
//   H1 Utrecht    21, 50, 10      H2 Utrecht   31, 90, 28     H8 Utrecht   61 (coupled again)
//   H3 Amersfoort 14              H9 Amersfoort 11 (partnership)
//   H4 Amsterdam   -, 70, 10 (coupled in 2024)                H5 Amsterdam 46 (Almere ended)
//   H6 Rotterdam  12
#include "RapportCoaTestData.h"

#include "core/fase/FaseStatistiek.h"

using namespace rd;
using namespace rd::test;

namespace {

constexpr int code = 0;

} // namespace

TEST_F(RapportCoaTest, TermijnGemeenteGivesTheMeanDaysOfEachPhaseThatEndedInThePeriod)
{
    const Rapport r = maak(RapportSoort::TermijnGemeente);
    ASSERT_EQ(r.tabellen.size(), 1);
    const RapportTabel &t = r.tabellen.at(0);
    const int a1 = kolom(t, QStringLiteral("fase1_aantal"));
    const int d1 = kolom(t, QStringLiteral("fase1_dagen"));
    const int n1 = kolom(t, QStringLiteral("fase1_boven_norm"));
    const int a2 = kolom(t, QStringLiteral("fase2_aantal"));
    const int d2 = kolom(t, QStringLiteral("fase2_dagen"));
    const int n2 = kolom(t, QStringLiteral("fase2_boven_norm"));
    const int a3 = kolom(t, QStringLiteral("fase3_aantal"));
    const int d3 = kolom(t, QStringLiteral("fase3_dagen"));
    const int n3 = kolom(t, QStringLiteral("fase3_boven_norm"));
    // Almere has no active coupling; the others are sorted by name.
    EXPECT_EQ(kolomWaarden(t, 1),
              (QStringList{QStringLiteral("Amersfoort"), QStringLiteral("Amsterdam"),
                           QStringLiteral("Rotterdam"), QStringLiteral("Utrecht")}));
    // Utrecht: phase 1 (21 + 31 + 61) / 3, over 14; phase 2 (50 + 90) / 2 = 70, not over the
    // norm of 70; phase 3 (10 + 28) / 2 = 19, over 14.
    const auto *u = rij(t, code, utrecht);
    ASSERT_TRUE(u);
    EXPECT_EQ(u->at(a1).toLongLong(), 3);
    EXPECT_DOUBLE_EQ(u->at(d1).toDouble(), 37.7) << "113 / 3, rounded";
    EXPECT_EQ(u->at(n1), QVariant(true));
    EXPECT_EQ(u->at(a2).toLongLong(), 2);
    EXPECT_DOUBLE_EQ(u->at(d2).toDouble(), 70.0);
    EXPECT_EQ(u->at(n2), QVariant(false));
    EXPECT_EQ(u->at(a3).toLongLong(), 2);
    EXPECT_DOUBLE_EQ(u->at(d3).toDouble(), 19.0);
    EXPECT_EQ(u->at(n3), QVariant(true));
    // Amersfoort: phase 1 (14 + 11) / 2 = 12.5; no phase 2 or 3 ended: empty means.
    const auto *a = rij(t, code, amersfoort);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->at(a1).toLongLong(), 2);
    EXPECT_DOUBLE_EQ(a->at(d1).toDouble(), 12.5);
    EXPECT_EQ(a->at(n1), QVariant(false));
    EXPECT_EQ(a->at(a2).toLongLong(), 0);
    EXPECT_TRUE(a->at(d2).isNull());
    EXPECT_TRUE(a->at(n2).isNull());
    EXPECT_TRUE(a->at(d3).isNull());
    // Amsterdam: H5's phase 1 (46), H4's phases 2 (70) and 3 (10; the move before the
    // uitschrijving).
    const auto *m = rij(t, code, amsterdam);
    ASSERT_TRUE(m);
    EXPECT_DOUBLE_EQ(m->at(d1).toDouble(), 46.0);
    EXPECT_DOUBLE_EQ(m->at(d2).toDouble(), 70.0);
    EXPECT_DOUBLE_EQ(m->at(d3).toDouble(), 10.0);
    // Totals: the mean over all cases, not the mean of the means: phase 1 196 / 7 = 28,
    // phase 2 210 / 3 = 70, phase 3 48 / 3 = 16.
    EXPECT_EQ(t.totaal.at(a1).toLongLong(), 7);
    EXPECT_DOUBLE_EQ(t.totaal.at(d1).toDouble(), 28.0);
    EXPECT_EQ(t.totaal.at(a2).toLongLong(), 3);
    EXPECT_DOUBLE_EQ(t.totaal.at(d2).toDouble(), 70.0);
    EXPECT_EQ(t.totaal.at(a3).toLongLong(), 3);
    EXPECT_DOUBLE_EQ(t.totaal.at(d3).toDouble(), 16.0);
    EXPECT_EQ(t.totaal.at(n3), QVariant(true));
    // The chart: the three means per gemeente.
    ASSERT_TRUE(r.grafiek);
    EXPECT_EQ(r.grafiek->labelKolom, 1);
    EXPECT_EQ(r.grafiek->waardeKolommen, (QList<int>{d1, d2, d3}));
}

TEST_F(RapportCoaTest, TermijnTotalsAreWeightedMeansOverTheRows)
{
    for (const auto soort : {RapportSoort::TermijnGemeente, RapportSoort::TermijnLocatie}) {
        for (const auto &bereik : {RapportBereik::land(), RapportBereik::vanRegio(3)}) {
            const RapportTabel t = maak(soort, bereik).tabellen.value(0);
            for (const QString &fase :
                 {QStringLiteral("fase1"), QStringLiteral("fase2"), QStringLiteral("fase3")}) {
                const int a = kolom(t, fase + QStringLiteral("_aantal"));
                const int d = kolom(t, fase + QStringLiteral("_dagen"));
                qint64 aantal = 0;
                double dagen = 0;
                for (const auto &r : t.rijen) {
                    aantal += r.at(a).toLongLong();
                    dagen += r.at(a).toLongLong() * r.at(d).toDouble();
                }
                EXPECT_EQ(t.totaal.at(a).toLongLong(), aantal);
                // Weighted by the counts; the rows' means are rounded to a tenth, so the sum
                // rebuilt from them is within 0.05 a case.
                EXPECT_NEAR(t.totaal.at(d).toDouble(), dagen / double(aantal), 0.05);
            }
        }
    }
}

TEST_F(RapportCoaTest, TermijnGemeenteForARegionEqualsFaseStatistiek)
{
    for (const int regio : {3, 4}) {
        const RapportTabel t =
            maak(RapportSoort::TermijnGemeente, RapportBereik::vanRegio(regio)).tabellen.value(0);
        auto fasen =
            FaseStatistiek(*store).perGemeente(regio, QDate(2025, 1, 1), QDate(2025, 6, 30));
        ASSERT_TRUE(fasen.ok());
        ASSERT_FALSE(fasen->isEmpty());
        ASSERT_EQ(t.rijen.size(), fasen->size());
        for (int i = 0; i < fasen->size(); ++i) {
            const auto &f = fasen->at(i);
            const auto &r = t.rijen.at(i);
            EXPECT_EQ(r.at(0).toString(), f.gemeenteCode);
            EXPECT_EQ(r.at(1).toString(), f.gemeenteNaam);
            EXPECT_EQ(r.at(2).toInt(), f.aantalKoppeling);
            EXPECT_DOUBLE_EQ(r.at(3).toDouble(), f.koppeling); // a null cell reads 0, as there
            EXPECT_EQ(r.at(5).toInt(), f.aantalWoonruimte);
            EXPECT_DOUBLE_EQ(r.at(6).toDouble(), f.woonruimte);
            EXPECT_EQ(r.at(8).toInt(), f.aantalVerhuizing);
            EXPECT_DOUBLE_EQ(r.at(9).toDouble(), f.verhuizing);
        }
    }
}

TEST_F(RapportCoaTest, TermijnRegionCountsEqualTheSumOfItsProvinces)
{
    const RapportTabel regio =
        maak(RapportSoort::TermijnGemeente, RapportBereik::vanRegio(3)).tabellen.value(0);
    // Region 3 without Rotterdam's H6 (12): phase 1 184 / 6.
    EXPECT_EQ(regio.totaal.at(2).toLongLong(), 6);
    EXPECT_DOUBLE_EQ(regio.totaal.at(3).toDouble(), 30.7) << "184 / 6, rounded";
    qint64 aantal[3] = {};
    double dagen[3] = {};
    for (const auto &provincie : {QStringLiteral("Flevoland"), QStringLiteral("Utrecht"),
                                  QStringLiteral("Noord-Holland")}) {
        const RapportTabel t =
            maak(RapportSoort::TermijnGemeente, RapportBereik::vanProvincie(provincie))
                .tabellen.value(0);
        for (int f = 0; f < 3; ++f) {
            const qint64 n = t.totaal.at(2 + 3 * f).toLongLong();
            aantal[f] += n;
            dagen[f] += double(n) * t.totaal.at(3 + 3 * f).toDouble();
        }
    }
    for (int f = 0; f < 3; ++f) {
        EXPECT_EQ(aantal[f], regio.totaal.at(2 + 3 * f).toLongLong()) << f;
        EXPECT_NEAR(dagen[f] / double(aantal[f]), regio.totaal.at(3 + 3 * f).toDouble(), 0.05)
            << f << ": rebuilt from rounded means";
    }
}

TEST_F(RapportCoaTest, TermijnLocatieGroupsByTheAzcOfTheHousehold)
{
    const Rapport r = maak(RapportSoort::TermijnLocatie);
    const RapportTabel &t = r.tabellen.at(0);
    const auto azcA = Referentiedata(*store).azc(this->azcA);
    const auto azcB = Referentiedata(*store).azc(this->azcB);
    ASSERT_TRUE(azcA.ok() && azcA->has_value() && azcB.ok() && azcB->has_value());
    const int gemeente = kolom(t, QStringLiteral("locatie_gemeente_code"));
    const int a1 = kolom(t, QStringLiteral("fase1_aantal"));
    const int d1 = kolom(t, QStringLiteral("fase1_dagen"));
    const int d2 = kolom(t, QStringLiteral("fase2_dagen"));
    const int d3 = kolom(t, QStringLiteral("fase3_dagen"));
    ASSERT_EQ(t.rijen.size(), 3);
    // AZC A (H1, H3, H4, H9): phase 1 (21 + 14 + 11) / 3, phase 2 (50 + 70) / 2 = 60,
    // phase 3 (10 + 10) / 2 = 10.
    const auto *a = rij(t, 0, (*azcA)->naam);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->at(gemeente).toString(), amersfoort);
    EXPECT_EQ(a->at(a1).toLongLong(), 3);
    EXPECT_DOUBLE_EQ(a->at(d1).toDouble(), 15.3) << "46 / 3, rounded";
    EXPECT_DOUBLE_EQ(a->at(d2).toDouble(), 60.0);
    EXPECT_DOUBLE_EQ(a->at(d3).toDouble(), 10.0);
    // AZC B (H2, H5, H6): phase 1 (31 + 46 + 12) / 3, phase 2 90, phase 3 28.
    const auto *b = rij(t, 0, (*azcB)->naam);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->at(gemeente).toString(), rotterdam);
    EXPECT_DOUBLE_EQ(b->at(d1).toDouble(), 29.7) << "89 / 3, rounded";
    EXPECT_DOUBLE_EQ(b->at(d2).toDouble(), 90.0);
    EXPECT_DOUBLE_EQ(b->at(d3).toDouble(), 28.0);
    // H8 has no AZC location: its own row, phase 1 61 days.
    int zonder = -1;
    for (int i = 0; i < t.rijen.size(); ++i) {
        if (t.rijen.at(i).at(gemeente).isNull())
            zonder = i;
    }
    ASSERT_GE(zonder, 0);
    EXPECT_FALSE(t.rijen.at(zonder).at(0).toString().isEmpty());
    EXPECT_DOUBLE_EQ(t.rijen.at(zonder).at(d1).toDouble(), 61.0);
    // The totals are the scope's, the same as per gemeente.
    const RapportTabel g = maak(RapportSoort::TermijnGemeente).tabellen.at(0);
    for (int k = 0; k < 9; ++k)
        EXPECT_EQ(t.totaal.at(a1 + k), g.totaal.at(2 + k)) << k;
}

TEST_F(RapportCoaTest, TermijnLocatieScopeIsTheCoupledGemeente)
{
    // Rotterdam: only H6 (AZC B); H2 and H5 came from AZC B too but were coupled elsewhere.
    const RapportTabel t =
        maak(RapportSoort::TermijnLocatie, RapportBereik::vanGemeente(rotterdam)).tabellen.value(0);
    ASSERT_EQ(t.rijen.size(), 1);
    EXPECT_EQ(t.rijen.at(0).at(1).toString(), rotterdam);
    EXPECT_EQ(t.rijen.at(0).at(3).toLongLong(), 1);
    EXPECT_DOUBLE_EQ(t.rijen.at(0).at(4).toDouble(), 12.0);
    // Utrecht: its households came from AZC A (H1), AZC B (H2) and none (H8): 1 + 1 + 1 cases.
    const RapportTabel u =
        maak(RapportSoort::TermijnLocatie, RapportBereik::vanGemeente(utrecht)).tabellen.value(0);
    EXPECT_EQ(u.rijen.size(), 3);
    EXPECT_EQ(u.totaal.at(3).toLongLong(), 3);
    EXPECT_DOUBLE_EQ(u.totaal.at(4).toDouble(), 37.7) << "113 / 3, rounded";
}

TEST_F(RapportCoaTest, TermijnGemeenteOfOneGemeenteHoldsOnlyItsOwnRow)
{
    const RapportTabel t =
        maak(RapportSoort::TermijnGemeente, RapportBereik::vanGemeente(amsterdam))
            .tabellen.value(0);
    ASSERT_EQ(t.rijen.size(), 1);
    EXPECT_EQ(t.rijen.at(0).at(code).toString(), amsterdam);
    EXPECT_EQ(t.totaal.at(2).toLongLong(), 1);
    const RapportTabel p =
        maak(RapportSoort::TermijnGemeente, RapportBereik::vanProvincie(QStringLiteral("Utrecht")))
            .tabellen.value(0);
    EXPECT_EQ(kolomWaarden(p, code), (QStringList{amersfoort, utrecht}));
    // Utrecht and Amersfoort: phase 1 (113 + 25) / 5.
    EXPECT_DOUBLE_EQ(p.totaal.at(3).toDouble(), 27.6) << "138 / 5";
}
