#include "TestSupport.h"

#include "fasen/FaseStatistiek.h"
#include "koppeling/KoppelingService.h"
#include "rapport/RapportService.h"
#include "store/Sql.h"
#include "taakstelling/QuotaService.h"

#include <gtest/gtest.h>

#include <QHash>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const HalfJaar periode(2026, 1);
const QString aadorp = QStringLiteral("GM0001");
const QString bedum = QStringLiteral("GM0002");
const QString cadzand = QStringLiteral("GM0003");
const QString diemen = QStringLiteral("GM0004");

// Columns of table "gemeenten".
enum
{
    Code,
    Naam,
    Opgave,
    Realisatie,
    Gehaald,
    Achterstand,
    TolerantieKolom,
    BinnenTolerantie,
    Pipeline,
    M1Aantal,
    M1Dagen,
    M1Binnen,
    M2Koppelingen,
    M2Meetbaar,
    M2Aandeel,
    M2Dagen
};
// Columns of table "maanden".
enum
{
    Maand,
    Aantal,
    Gemiddelde,
    Voortschrijdend
};

// Four gemeenten of 1,000, 2,000, 7,000 and 0 inhabitants (iN = 10,000) and vg 50 for 2026-H1:
// taakstelling 5, 10, 35 and 0. Region 3: Aadorp and Bedum (Utrecht), Diemen (Noord-Holland);
// Cadzand lies in Zeeland (region 4). Every move here is also the uitschrijving.
//
// Aadorp, the case of handbook 4.4.3 where the two methods differ:
//   A1 4 p. coupled 2025-11-01 (previous half-year), moved 2026-01-31: 91 days, method 1 only;
//   A2 3 p. coupled 2026-02-01, moved 2026-03-15: 42 days, both methods;
//   A3 2 p. coupled 2026-03-01, not moved: method 2, not measurable; pipeline;
//   A4 2 p. coupled 2026-05-01, moved 2026-07-15 (after the period, before the reference date
//      2026-08-01): 75 days, method 2 only; pipeline on 30 June;
//   E1 1 p. coupled 2025-10-01, moved 2025-12-01: 61 days, in the moving average's window only.
//   Method 1: 2 households, (91 + 42) / 2 = 66.5; method 2: 3 coupled, 2 measurable (66.7 %),
//   (42 + 75) / 2 = 58.5. Realisatie 4 + 3 = 7 of 5.
// Bedum: B1..B4 of 5, 5, 5, 3 p.: 115, 140, 120, 111 days, all coupled and moved in the period:
//   realisatie 18 of 10, mean 121.5 days: over 12 weeks.
// Cadzand: C1..C4 of 8, 8, 8, 6 p. coupled 2026-01-01, moved 2026-03-01 (59 days): realisatie 30
//   of 35, backlog 5 within the tolerance 35 / 6 = 5.
// Diemen: D1 2 p. coupled 2026-04-01, moved 2026-05-01: 30 days; realisatie 2 of 0.
class RapportToezichtTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("t.sqlite")), false);
        ASSERT_TRUE(store);
        for (const auto &statement : {
                 QStringLiteral("INSERT INTO provincie VALUES('Utrecht', 3), ('Noord-Holland', 3), "
                                "('Zeeland', 4)"),
                 QStringLiteral("INSERT INTO gemeente(code, naam, provincie) VALUES"
                                "('GM0001', 'Aadorp', 'Utrecht'), ('GM0002', 'Bedum', 'Utrecht'), "
                                "('GM0003', 'Cadzand', 'Zeeland'), "
                                "('GM0004', 'Diemen', 'Noord-Holland')"),
                 QStringLiteral("INSERT INTO inwoners VALUES('GM0001', 2025, 1000), "
                                "('GM0002', 2025, 2000), ('GM0003', 2025, 7000), "
                                "('GM0004', 2025, 0)"),
             }) {
            auto r = sql::run(store->database(), statement);
            ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        }
        azc = test::azcIn(*store, aadorp);
        opties.peildatum = QDate(2026, 8, 1);

        huishouden(6200000001, 4, aadorp, QDate(2025, 11, 1), QDate(2026, 1, 31));
        huishouden(6200000011, 3, aadorp, QDate(2026, 2, 1), QDate(2026, 3, 15));
        huishouden(6200000021, 2, aadorp, QDate(2026, 3, 1), {});
        huishouden(6200000031, 2, aadorp, QDate(2026, 5, 1), QDate(2026, 7, 15));
        huishouden(6200000041, 1, aadorp, QDate(2025, 10, 1), QDate(2025, 12, 1));
        huishouden(6200000101, 5, bedum, QDate(2026, 1, 5), QDate(2026, 4, 30));
        huishouden(6200000111, 5, bedum, QDate(2026, 1, 10), QDate(2026, 5, 30));
        huishouden(6200000121, 5, bedum, QDate(2026, 2, 1), QDate(2026, 6, 1));
        huishouden(6200000131, 3, bedum, QDate(2026, 3, 1), QDate(2026, 6, 20));
        for (qint64 v : {6200000201, 6200000211, 6200000221})
            huishouden(v, 8, cadzand, QDate(2026, 1, 1), QDate(2026, 3, 1));
        huishouden(6200000231, 6, cadzand, QDate(2026, 1, 1), QDate(2026, 3, 1));
        huishouden(6200000301, 2, diemen, QDate(2026, 4, 1), QDate(2026, 5, 1));
        ASSERT_TRUE(QuotaService(*store).zetVg(periode, 50).ok());
    }

    void huishouden(qint64 vNummer, int personen, const QString &gemeente, const QDate &koppeling,
                    const QDate &verhuizing)
    {
        auto h = test::voorbeeldHuishouden(vNummer, personen, koppeling.addDays(-20), azc);
        if (verhuizing.isValid()) {
            h.tekenen = verhuizing.addDays(-5);
            h.verhuizing = verhuizing;
            h.uitschrijving = verhuizing;
            h.huisvestGemeente = gemeente;
        }
        const qint64 id = test::voegToe(*store, h, vandaag);
        auto k =
            KoppelingService(*store).koppel(id, gemeente, koppeling, QStringLiteral("t"), vandaag);
        ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    }

    Rapport maak(const RapportBereik &bereik, const HalfJaar &h = periode)
    {
        auto r = RapportService(*store).maak(RapportSoort::Toezicht, h, bereik, opties);
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        return r.ok() ? *r : Rapport{};
    }
    static RapportTabel tabel(const Rapport &r, const QString &sleutel)
    {
        static const RapportTabel leeg;
        for (const auto &t : r.tabellen) {
            if (t.sleutel == sleutel)
                return t;
        }
        ADD_FAILURE() << "no table " << sleutel.toStdString();
        return leeg;
    }
    static QVariantList rij(const Rapport &r, const QString &code)
    {
        for (const auto &rij : tabel(r, QStringLiteral("gemeenten")).rijen) {
            if (rij.at(Code).toString() == code)
                return rij;
        }
        ADD_FAILURE() << "no row " << code.toStdString();
        return QVariantList(M2Dagen + 1);
    }
    static QStringList codes(const Rapport &r)
    {
        QStringList lijst;
        for (const auto &rij : tabel(r, QStringLiteral("gemeenten")).rijen)
            lijst << rij.at(Code).toString();
        return lijst;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
    RapportOpties opties;
};

} // namespace

TEST_F(RapportToezichtTest, QuotaMetBacklogToleranceAndPipelinePerGemeente)
{
    const Rapport r = maak(RapportBereik::land());
    EXPECT_EQ(codes(r), (QStringList{aadorp, bedum, cadzand, diemen})) << "sorted by name";
    const QVariantList a = rij(r, aadorp);
    EXPECT_EQ(a.at(Naam).toString(), QStringLiteral("Aadorp"));
    EXPECT_EQ(a.at(Opgave).toLongLong(), 5);
    EXPECT_EQ(a.at(Realisatie).toLongLong(), 7);
    EXPECT_TRUE(a.at(Gehaald).toBool());
    EXPECT_EQ(a.at(Achterstand).toLongLong(), 0);
    EXPECT_EQ(a.at(TolerantieKolom).toLongLong(), 0) << "5 / 6 rounded down";
    EXPECT_TRUE(a.at(BinnenTolerantie).toBool()) << "no backlog";
    EXPECT_EQ(a.at(Pipeline).toLongLong(), 4) << "A3 and A4, not registered out on 30 June";
    const QVariantList c = rij(r, cadzand);
    EXPECT_EQ(c.at(Opgave).toLongLong(), 35);
    EXPECT_EQ(c.at(Realisatie).toLongLong(), 30);
    EXPECT_FALSE(c.at(Gehaald).toBool());
    EXPECT_EQ(c.at(Achterstand).toLongLong(), 5);
    EXPECT_EQ(c.at(TolerantieKolom).toLongLong(), 5) << "35 / 6 rounded down";
    EXPECT_TRUE(c.at(BinnenTolerantie).toBool()) << "5 * 6 <= 35";
    EXPECT_EQ(c.at(Pipeline).toLongLong(), 0);
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
    EXPECT_NEAR(a.at(M2Aandeel).toDouble(), 200.0 / 3.0, 1e-9);
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
    EXPECT_NEAR(a.at(M2Aandeel).toDouble(), 100.0 / 3.0, 1e-9);
    EXPECT_DOUBLE_EQ(a.at(M2Dagen).toDouble(), 42.0);
}

TEST_F(RapportToezichtTest, TotalsRowIsSumsAndWeightedMeans)
{
    const Rapport r = maak(RapportBereik::land());
    const RapportTabel &t = tabel(r, QStringLiteral("gemeenten"));
    ASSERT_EQ(t.totaal.size(), t.kolommen.size());
    for (int k : {Opgave, Realisatie, Achterstand, TolerantieKolom, Pipeline, M1Aantal,
                  M2Koppelingen, M2Meetbaar}) {
        qint64 som = 0;
        for (const auto &rij : t.rijen)
            som += rij.at(k).toLongLong();
        EXPECT_EQ(t.totaal.at(k).toLongLong(), som) << t.kolommen.at(k).sleutel.toStdString();
    }
    EXPECT_EQ(t.totaal.at(Opgave).toLongLong(), 50);
    EXPECT_EQ(t.totaal.at(Realisatie).toLongLong(), 57);
    EXPECT_EQ(t.totaal.at(TolerantieKolom).toLongLong(), 6);
    EXPECT_EQ(t.totaal.at(M1Aantal).toLongLong(), 11);
    EXPECT_NEAR(t.totaal.at(M1Dagen).toDouble(), 885.0 / 11.0, 1e-9);
    EXPECT_EQ(t.totaal.at(M2Koppelingen).toLongLong(), 12);
    EXPECT_EQ(t.totaal.at(M2Meetbaar).toLongLong(), 11);
    EXPECT_NEAR(t.totaal.at(M2Dagen).toDouble(), 869.0 / 11.0, 1e-9);
    EXPECT_TRUE(t.totaal.at(Gehaald).isNull()) << "met or not is per gemeente, not a sum";
}

TEST_F(RapportToezichtTest, MonthlyMovingAverageOfMethodOne)
{
    const Rapport r = maak(RapportBereik::land());
    const RapportTabel &m = tabel(r, QStringLiteral("maanden"));
    ASSERT_EQ(m.rijen.size(), 6);
    EXPECT_EQ(m.rijen.at(0).at(Maand).toDate(), QDate(2026, 1, 1));
    const QList<qint64> aantal{1, 0, 5, 1, 2, 2};
    const QList<double> voortschrijdend{152.0 / 2, 152.0 / 2, 369.0 / 6,
                                        393.0 / 6, 563.0 / 8, 516.0 / 5};
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(m.rijen.at(i).at(Aantal).toLongLong(), aantal.at(i)) << i;
        EXPECT_NEAR(m.rijen.at(i).at(Voortschrijdend).toDouble(), voortschrijdend.at(i), 1e-9) << i;
    }
    EXPECT_TRUE(m.rijen.at(1).at(Gemiddelde).isNull()) << "no moves in February";
    EXPECT_DOUBLE_EQ(m.rijen.at(2).at(Gemiddelde).toDouble(), 278.0 / 5);
    EXPECT_EQ(m.totaal.at(Aantal).toLongLong(), 11);
    EXPECT_NEAR(m.totaal.at(Gemiddelde).toDouble(), 885.0 / 11, 1e-9)
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
    for (int k = Opgave; k <= Pipeline; ++k)
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
    const QList<int> sommen{Opgave,   Realisatie, Achterstand,   TolerantieKolom,
                            Pipeline, M1Aantal,   M2Koppelingen, M2Meetbaar};
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
