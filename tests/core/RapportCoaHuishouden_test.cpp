// Verdeling huishoudens: persons per household per gemeente, by hand from the store in
// rapport_coa_testdata.h.
#include "RapportCoaTestData.h"

#include "core/common/Gemiddelde.h"

using namespace rd;
using namespace rd::test;

namespace {

constexpr int code = 0;

qint64 geheel(const QVariantList *rij, int k)
{
    return rij ? rij->value(k).toLongLong() : -1;
}

} // namespace

TEST_F(RapportCoaTest, HuishoudensCountsActiveCouplingsOfThePeriodBySize)
{
    const Rapport r = maak(RapportSoort::Huishoudens);
    ASSERT_EQ(r.tabellen.size(), 1);
    const RapportTabel &t = r.tabellen.at(0);
    const int huishoudens = kolom(t, QStringLiteral("huishoudens"));
    const int personen = kolom(t, QStringLiteral("personen"));
    const int gemiddeld = kolom(t, QStringLiteral("gemiddeld"));
    const auto p = [&](const QString &n) { return kolom(t, n); };
    // Almere: H5 was uncoupled there; H4 (Amsterdam) was coupled in 2024; H7 in July.
    EXPECT_EQ(kolomWaarden(t, 1),
              (QStringList{QStringLiteral("Amersfoort"), QStringLiteral("Amsterdam"),
                           QStringLiteral("Rotterdam"), QStringLiteral("Utrecht")}));
    // Utrecht: H1 (1), H2 (3), H8 (5, coupled again on 20 January): 3 households, 9 persons.
    const auto *u = rij(t, code, utrecht);
    EXPECT_EQ(geheel(u, huishoudens), 3);
    EXPECT_EQ(geheel(u, personen), 9);
    EXPECT_DOUBLE_EQ(u->at(gemiddeld).toDouble(), 3.0);
    EXPECT_EQ(geheel(u, p(QStringLiteral("p1"))), 1);
    EXPECT_EQ(geheel(u, p(QStringLiteral("p2"))), 0);
    EXPECT_EQ(geheel(u, p(QStringLiteral("p3"))), 1);
    EXPECT_EQ(geheel(u, p(QStringLiteral("p5"))), 1);
    EXPECT_EQ(geheel(u, p(QStringLiteral("p9_plus"))), 0);
    // Amersfoort: H3 (9 persons: the special group) and H9 (2, through the partnership).
    const auto *a = rij(t, code, amersfoort);
    EXPECT_EQ(geheel(a, huishoudens), 2);
    EXPECT_EQ(geheel(a, personen), 11);
    EXPECT_DOUBLE_EQ(a->at(gemiddeld).toDouble(), 5.5);
    EXPECT_EQ(geheel(a, p(QStringLiteral("p2"))), 1);
    EXPECT_EQ(geheel(a, p(QStringLiteral("p8"))), 0);
    EXPECT_EQ(geheel(a, p(QStringLiteral("p9_plus"))), 1);
    EXPECT_EQ(geheel(rij(t, code, amsterdam), p(QStringLiteral("p4"))), 1);
    // Totals: 7 households, 26 persons, 26 / 7 per household.
    EXPECT_EQ(t.totaal.at(huishoudens).toLongLong(), 7);
    EXPECT_EQ(t.totaal.at(personen).toLongLong(), 26);
    EXPECT_DOUBLE_EQ(t.totaal.at(gemiddeld).toDouble(), 3.7) << "26 / 7, rounded";
    EXPECT_EQ(t.totaal.at(p(QStringLiteral("p2"))).toLongLong(), 2);
    EXPECT_EQ(t.totaal.at(p(QStringLiteral("p9_plus"))).toLongLong(), 1);
}

TEST_F(RapportCoaTest, HuishoudensTotalsRowIsTheSumOfTheRowsAndSizesAddUp)
{
    for (const auto &bereik : {RapportBereik::land(), RapportBereik::vanRegio(3),
                               RapportBereik::vanProvincie(QStringLiteral("Utrecht"))}) {
        const RapportTabel t = maak(RapportSoort::Huishoudens, bereik).tabellen.value(0);
        const int gemiddeld = kolom(t, QStringLiteral("gemiddeld"));
        for (int k = 2; k < t.kolommen.size(); ++k) {
            if (k == gemiddeld)
                continue;
            qint64 som = 0;
            for (const auto &r : t.rijen)
                som += r.at(k).toLongLong();
            EXPECT_EQ(t.totaal.at(k).toLongLong(), som) << t.kolommen.at(k).sleutel.toStdString();
        }
        // Per row, the size columns add up to the households; the mean is persons/households.
        for (const auto &r : t.rijen) {
            qint64 perGrootte = 0;
            for (int k = gemiddeld + 1; k < t.kolommen.size(); ++k)
                perGrootte += r.at(k).toLongLong();
            EXPECT_EQ(perGrootte, r.at(2).toLongLong());
            EXPECT_DOUBLE_EQ(r.at(gemiddeld).toDouble(),
                             *gemiddelde(r.at(3).toLongLong(), r.at(2).toLongLong()));
        }
    }
}

TEST_F(RapportCoaTest, HuishoudensRegionEqualsTheSumOfItsProvinces)
{
    const RapportTabel regio =
        maak(RapportSoort::Huishoudens, RapportBereik::vanRegio(3)).tabellen.value(0);
    // Without Rotterdam (H6, 2 persons): 6 households, 24 persons.
    EXPECT_EQ(regio.totaal.value(2).toLongLong(), 6);
    EXPECT_EQ(regio.totaal.value(3).toLongLong(), 24);
    QList<qint64> som(regio.kolommen.size(), 0);
    for (const auto &provincie : {QStringLiteral("Flevoland"), QStringLiteral("Utrecht"),
                                  QStringLiteral("Noord-Holland")}) {
        const RapportTabel t =
            maak(RapportSoort::Huishoudens, RapportBereik::vanProvincie(provincie))
                .tabellen.value(0);
        for (int k = 2; k < t.kolommen.size(); ++k)
            som[k] += t.totaal.value(k).toLongLong();
    }
    for (int k = 2; k < regio.kolommen.size(); ++k) {
        if (regio.kolommen.at(k).sleutel != QStringLiteral("gemiddeld")) {
            EXPECT_EQ(som.at(k), regio.totaal.value(k).toLongLong()) << k;
        }
    }
}

TEST_F(RapportCoaTest, HuishoudensOfOneGemeenteOrProvinceHoldsOnlyItsOwnHouseholds)
{
    const RapportTabel g =
        maak(RapportSoort::Huishoudens, RapportBereik::vanGemeente(rotterdam)).tabellen.value(0);
    ASSERT_EQ(g.rijen.size(), 1);
    EXPECT_EQ(g.rijen.at(0).at(code).toString(), rotterdam);
    EXPECT_EQ(g.totaal.at(3).toLongLong(), 2);
    const RapportTabel p =
        maak(RapportSoort::Huishoudens, RapportBereik::vanProvincie(QStringLiteral("Utrecht")))
            .tabellen.value(0);
    EXPECT_EQ(kolomWaarden(p, code), (QStringList{amersfoort, utrecht}));
    EXPECT_EQ(p.totaal.at(3).toLongLong(), 20);
}

TEST_F(RapportCoaTest, HuishoudensOfAnEmptyScopeHasZeroTotalsAndNoMean)
{
    const RapportTabel t =
        maak(RapportSoort::Huishoudens, RapportBereik::vanRegio(1)).tabellen.value(0);
    EXPECT_TRUE(t.rijen.isEmpty());
    ASSERT_EQ(t.totaal.size(), t.kolommen.size());
    EXPECT_EQ(t.totaal.at(2).toLongLong(), 0);
    EXPECT_EQ(t.totaal.at(3).toLongLong(), 0);
    EXPECT_TRUE(t.totaal.at(kolom(t, QStringLiteral("gemiddeld"))).isNull());
}
