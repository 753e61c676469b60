#include "RapportToezichtTestData.h"

#include "core/fase/FaseStatistiek.h"

#include <QHash>

using namespace rd;
using namespace rd::test::toezicht;

TEST_F(RapportToezichtTest, QuotaMetBacklogToleranceAndPipelinePerGemeente)
{
    const Rapport r = maak(RapportBereik::land());
    EXPECT_EQ(codes(r), (QStringList{aadorp, bedum, cadzand, diemen})) << "sorted by name";
    const QVariantList a = rij(r, aadorp);
    EXPECT_EQ(a.at(Naam).toString(), QStringLiteral("Aadorp"));
    EXPECT_EQ(a.at(Taakstelling).toLongLong(), 5);
    EXPECT_EQ(a.at(Opgave).toLongLong(), 5);
    EXPECT_EQ(a.at(Realisatie).toLongLong(), 7);
    EXPECT_TRUE(a.at(Gehaald).toBool());
    EXPECT_EQ(a.at(Achterstand).toLongLong(), 0);
    EXPECT_EQ(a.at(TolerantieKolom).toLongLong(), 0) << "5 / 6 rounded down";
    EXPECT_TRUE(a.at(BinnenTolerantie).toBool()) << "no backlog";
    EXPECT_EQ(a.at(Gekoppeld).toLongLong(), 4) << "A3 and A4, not registered out on 30 June";
    EXPECT_EQ(a.at(PijplijnProductie).toLongLong(), 0) << "A4 signed in July";
    const QVariantList c = rij(r, cadzand);
    EXPECT_EQ(c.at(Opgave).toLongLong(), 35);
    EXPECT_EQ(c.at(Realisatie).toLongLong(), 30);
    EXPECT_FALSE(c.at(Gehaald).toBool());
    EXPECT_EQ(c.at(Achterstand).toLongLong(), 5);
    EXPECT_EQ(c.at(TolerantieKolom).toLongLong(), 5) << "35 / 6 rounded down";
    EXPECT_TRUE(c.at(BinnenTolerantie).toBool()) << "5 * 6 <= 35";
    EXPECT_EQ(c.at(Gekoppeld).toLongLong(), 0);
    EXPECT_FALSE(c.at(GehaaldMetPijplijn).toBool()) << "30 + 0 < 35";
    const QVariantList d = rij(r, diemen);
    EXPECT_EQ(d.at(Opgave).toLongLong(), 0);
    EXPECT_EQ(d.at(Realisatie).toLongLong(), 2);
    EXPECT_TRUE(d.at(Gehaald).toBool());
}

TEST_F(RapportToezichtTest, TheToleranceSettingDecidesWithinOrNot)
{
    opties.tolerantie = Tolerantie{1, 10};
    const Rapport r = maak(RapportBereik::land());
    const QVariantList c = rij(r, cadzand);
    EXPECT_EQ(c.at(TolerantieKolom).toLongLong(), 3) << "35 / 10 rounded down";
    EXPECT_FALSE(c.at(BinnenTolerantie).toBool()) << "5 * 10 > 35";
    EXPECT_TRUE(r.toelichting.join(QLatin1Char(' ')).contains(QStringLiteral("1/10")));
}

TEST_F(RapportToezichtTest, MethodOneCountsMovesInThePeriodMethodTwoCouplingsInThePeriod)
{
    const QVariantList a = rij(maak(RapportBereik::land()), aadorp);
    // Method 1: A1 (coupled in the previous half-year) and A2; not A4, which moved in July.
    EXPECT_EQ(a.at(M1Aantal).toLongLong(), 2);
    EXPECT_DOUBLE_EQ(a.at(M1Dagen).toDouble(), 66.5);
    EXPECT_TRUE(a.at(M1Binnen).toBool());
    // Method 2: A2, A3 and A4 were coupled in the period; A3 has not moved, so only two of the
    // three are measurable, and A4's July move counts; A1 does not.
    EXPECT_EQ(a.at(M2Koppelingen).toLongLong(), 3);
    EXPECT_EQ(a.at(M2Meetbaar).toLongLong(), 2);
    EXPECT_DOUBLE_EQ(a.at(M2Aandeel).toDouble(), 66.7) << "200 / 3, rounded";
    EXPECT_DOUBLE_EQ(a.at(M2Dagen).toDouble(), 58.5);

    const QVariantList b = rij(maak(RapportBereik::land()), bedum);
    EXPECT_EQ(b.at(M1Aantal).toLongLong(), 4);
    EXPECT_DOUBLE_EQ(b.at(M1Dagen).toDouble(), 121.5);
    EXPECT_FALSE(b.at(M1Binnen).toBool()) << "121.5 days is more than 84";
    EXPECT_DOUBLE_EQ(b.at(M2Aandeel).toDouble(), 100.0);
}

TEST_F(RapportToezichtTest, AMeasurableShareNeedsAMoveByTheReferenceDate)
{
    opties.peildatum = QDate(2026, 7, 1); // before A4's move
    const QVariantList a = rij(maak(RapportBereik::land()), aadorp);
    EXPECT_EQ(a.at(M2Meetbaar).toLongLong(), 1);
    EXPECT_DOUBLE_EQ(a.at(M2Aandeel).toDouble(), 33.3) << "100 / 3, rounded";
    EXPECT_DOUBLE_EQ(a.at(M2Dagen).toDouble(), 42.0);
}

TEST_F(RapportToezichtTest, TotalsRowIsSumsAndWeightedMeans)
{
    const Rapport r = maak(RapportBereik::land());
    const RapportTabel &t = tabel(r, QStringLiteral("gemeenten"));
    ASSERT_EQ(t.totaal.size(), t.kolommen.size());
    for (int k : {Taakstelling, Opgave, Realisatie, Achterstand, TolerantieKolom, PijplijnProductie,
                  Gekoppeld, M1Aantal, M2Koppelingen, M2Meetbaar}) {
        qint64 som = 0;
        for (const auto &rij : t.rijen)
            som += rij.at(k).toLongLong();
        EXPECT_EQ(t.totaal.at(k).toLongLong(), som) << t.kolommen.at(k).sleutel.toStdString();
    }
    EXPECT_EQ(t.totaal.at(Opgave).toLongLong(), 50);
    EXPECT_EQ(t.totaal.at(Realisatie).toLongLong(), 57);
    EXPECT_EQ(t.totaal.at(TolerantieKolom).toLongLong(), 6);
    EXPECT_EQ(t.totaal.at(M1Aantal).toLongLong(), 11);
    EXPECT_DOUBLE_EQ(t.totaal.at(M1Dagen).toDouble(), 80.5) << "885 / 11 = 80.45..., rounded";
    EXPECT_EQ(t.totaal.at(M2Koppelingen).toLongLong(), 12);
    EXPECT_EQ(t.totaal.at(M2Meetbaar).toLongLong(), 11);
    EXPECT_DOUBLE_EQ(t.totaal.at(M2Dagen).toDouble(), 79.0) << "869 / 11";
    EXPECT_TRUE(t.totaal.at(Gehaald).isNull()) << "met or not is per gemeente, not a sum";
}

TEST_F(RapportToezichtTest, MonthlyMovingAverageOfMethodOne)
{
    const Rapport r = maak(RapportBereik::land());
    const RapportTabel &m = tabel(r, QStringLiteral("maanden"));
    ASSERT_EQ(m.rijen.size(), 6);
    EXPECT_EQ(m.rijen.at(0).at(Maand).toDate(), QDate(2026, 1, 1));
    const QList<qint64> aantal{1, 0, 5, 1, 2, 2};
    // 152 / 2, 152 / 2, 369 / 6, 393 / 6, 563 / 8 = 70.375 and 516 / 5, rounded.
    const QList<double> voortschrijdend{76.0, 76.0, 61.5, 65.5, 70.4, 103.2};
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(m.rijen.at(i).at(Aantal).toLongLong(), aantal.at(i)) << i;
        EXPECT_DOUBLE_EQ(m.rijen.at(i).at(Voortschrijdend).toDouble(), voortschrijdend.at(i)) << i;
    }
    EXPECT_TRUE(m.rijen.at(1).at(Gemiddelde).isNull()) << "no moves in February";
    EXPECT_DOUBLE_EQ(m.rijen.at(2).at(Gemiddelde).toDouble(), 55.6) << "278 / 5";
    EXPECT_EQ(m.totaal.at(Aantal).toLongLong(), 11);
    EXPECT_DOUBLE_EQ(m.totaal.at(Gemiddelde).toDouble(), 80.5)
        << "the months add up to method 1 over the gemeenten";
}

TEST_F(RapportToezichtTest, MonthlyTableEqualsFaseStatistiekForARegion)
{
    const RapportTabel &m = tabel(maak(RapportBereik::vanRegio(3)), QStringLiteral("maanden"));
    auto fase = FaseStatistiek(*store).doorlooptijdPerMaand(3, periode.begin(), periode.eind(), 3);
    ASSERT_TRUE(fase.ok());
    ASSERT_EQ(fase->size(), m.rijen.size());
    qint64 verhuisd = 0;
    for (int i = 0; i < fase->size(); ++i) {
        const DoorlooptijdMaand &f = fase->at(i);
        const QVariantList &rij = m.rijen.at(i);
        EXPECT_EQ(rij.at(Maand).toDate(), f.maand);
        EXPECT_EQ(rij.at(Aantal).toLongLong(), f.aantal);
        EXPECT_NEAR(rij.at(Gemiddelde).toDouble(), f.gemiddeldeDagen, 1e-9);
        EXPECT_NEAR(rij.at(Voortschrijdend).toDouble(), f.voortschrijdend, 1e-9);
        verhuisd += f.aantal;
    }
    EXPECT_EQ(verhuisd, 7) << "Cadzand's four moves lie in region 4";
}

TEST_F(RapportToezichtTest, WithoutAVgTheQuotaIsEmptyWithANoteAndLeadTimesRemain)
{
    const Rapport r = maak(RapportBereik::land(), HalfJaar(2025, 2));
    const QVariantList a = rij(r, aadorp);
    for (int k = Taakstelling; k <= Gekoppeld; ++k)
        EXPECT_TRUE(a.at(k).isNull()) << k;
    EXPECT_EQ(a.at(M1Aantal).toLongLong(), 1) << "E1 moved in December";
    EXPECT_DOUBLE_EQ(a.at(M1Dagen).toDouble(), 61.0);
    EXPECT_TRUE(tabel(r, QStringLiteral("gemeenten")).totaal.at(Opgave).isNull());
    EXPECT_TRUE(r.toelichting.join(QLatin1Char(' ')).contains(QStringLiteral("2025-H2")));
}

TEST_F(RapportToezichtTest, AGemeenteSeesOnlyItselfAndAProvinceOnlyItsGemeenten)
{
    const Rapport eigen = maak(RapportBereik::vanGemeente(bedum));
    EXPECT_EQ(codes(eigen), QStringList{bedum});
    const RapportTabel &m = tabel(eigen, QStringLiteral("maanden"));
    qint64 verhuisd = 0;
    for (const auto &rij : m.rijen)
        verhuisd += rij.at(Aantal).toLongLong();
    EXPECT_EQ(verhuisd, 4) << "only Bedum's moves in the months";
    EXPECT_EQ(tabel(eigen, QStringLiteral("gemeenten")).totaal.at(Realisatie).toLongLong(), 18);

    EXPECT_EQ(codes(maak(RapportBereik::vanProvincie(QStringLiteral("Utrecht")))),
              (QStringList{aadorp, bedum}));
}

TEST_F(RapportToezichtTest, TheProvincesOfARegionAddUpToTheRegion)
{
    const Rapport regio = maak(RapportBereik::vanRegio(3));
    EXPECT_EQ(codes(regio), (QStringList{aadorp, bedum, diemen}));
    const RapportTabel &totaal = tabel(regio, QStringLiteral("gemeenten"));
    const QList<int> sommen{Taakstelling,      Opgave,    Realisatie, Achterstand,
                            TolerantieKolom,   Gekoppeld, M1Aantal,   M2Koppelingen,
                            PijplijnProductie, M2Meetbaar};
    QHash<int, qint64> som;
    for (const QString &p : {QStringLiteral("Utrecht"), QStringLiteral("Noord-Holland")}) {
        const Rapport r = maak(RapportBereik::vanProvincie(p));
        for (int k : sommen)
            som[k] += tabel(r, QStringLiteral("gemeenten")).totaal.at(k).toLongLong();
    }
    for (int k : sommen)
        EXPECT_EQ(som.value(k), totaal.totaal.at(k).toLongLong())
            << totaal.kolommen.at(k).sleutel.toStdString();
    EXPECT_EQ(totaal.totaal.at(Realisatie).toLongLong(), 27);
}

TEST_F(RapportToezichtTest, ChartShowsMethodOneAgainstTwelveWeeks)
{
    const Rapport r = maak(RapportBereik::land());
    ASSERT_TRUE(r.grafiek.has_value());
    const RapportTabel &t = r.tabellen.at(r.grafiek->tabel);
    EXPECT_EQ(t.sleutel, QStringLiteral("gemeenten"));
    ASSERT_EQ(r.grafiek->waardeKolommen.size(), 1);
    EXPECT_EQ(t.kolommen.at(r.grafiek->waardeKolommen.first()).sleutel, QStringLiteral("m1_dagen"));
    EXPECT_EQ(r.grafiek->norm, std::optional<double>(84.0));
}

TEST_F(RapportToezichtTest, TheBenchmarkSqlRunsAsWritten)
{
    auto statements = RapportService(*store).sql(RapportSoort::Toezicht, periode,
                                                 RapportBereik::vanRegio(3), opties);
    ASSERT_TRUE(statements.ok());
    ASSERT_GE(statements->size(), 4);
    for (const QString &s : *statements) {
        auto q = sql::run(store->database(), s);
        EXPECT_TRUE(q.ok()) << s.toStdString();
    }
}
