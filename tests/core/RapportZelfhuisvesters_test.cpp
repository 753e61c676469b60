#include "TestSupport.h"

#include "core/koppeling/KoppelingService.h"
#include "core/rapport/RapportService.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/tijdlijn/TijdlijnService.h"

#include <gtest/gtest.h>

#include <QHash>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const QDate vergunning(2025, 11, 1);
const HalfJaar periode(2026, 1);
const QString utrecht = QStringLiteral("GM0344");
const QString amersfoort = QStringLiteral("GM0307");
const QString amsterdam = QStringLiteral("GM0363");

enum
{
    HCode,
    HGemeente,
    HVNummer,
    HPersonen,
    HKoppelDatum,
    HUitschrijving
};
enum
{
    GCode,
    GGemeente,
    GHuishoudens,
    GPersonen
};

// Only zelfhuisvesters move in this store, so TaakstellingService's realisatie is theirs alone:
// Utrecht 3 + 2 persons, Amersfoort 1, Amsterdam 4 in 2026-H1; one more in Utrecht in July,
// and one in Utrecht in the period that is not a first housing.
class RapportZelfhuisvestersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("z.sqlite")), true);
        ASSERT_TRUE(store);
        azc = test::azcIn(*store, utrecht);
        zelfhuisvester(6300000001, 3, utrecht, QDate(2026, 1, 10), QDate(2026, 3, 1));
        zelfhuisvester(6300000011, 2, utrecht, QDate(2026, 2, 1), QDate(2026, 6, 30));
        zelfhuisvester(6300000021, 1, amersfoort, QDate(2026, 1, 20), QDate(2026, 4, 15));
        zelfhuisvester(6300000031, 4, amsterdam, QDate(2025, 12, 1), QDate(2026, 5, 1));
        zelfhuisvester(6300000041, 2, utrecht, QDate(2026, 5, 1), QDate(2026, 7, 1));
        zelfhuisvester(6300000051, 2, utrecht, QDate(2026, 2, 1), QDate(2026, 3, 10), false);
    }

    qint64 zelfhuisvester(qint64 vNummer, int personen, const QString &gemeente,
                          const QDate &koppeling, const QDate &uitschrijving, bool eerste = true)
    {
        auto h = test::voorbeeldHuishouden(vNummer, personen, vergunning, azc);
        h.eersteHuisvesting = eerste;
        const qint64 id = test::voegToe(*store, h, vandaag);
        auto k =
            KoppelingService(*store).koppel(id, gemeente, koppeling, QStringLiteral("t"), vandaag);
        EXPECT_TRUE(k.ok()) << k.error().toString().toStdString();
        TijdlijnService tijdlijn(*store);
        EXPECT_TRUE(tijdlijn.zetZelfhuisvester(id, true).ok());
        EXPECT_TRUE(
            tijdlijn
                .zetDatum(id, GebeurtenisSoort::Tekenen, uitschrijving.addDays(-10), {}, vandaag)
                .ok());
        auto s = tijdlijn.zetDatum(id, GebeurtenisSoort::Uitschrijving, uitschrijving, gemeente,
                                   vandaag);
        EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
        return id;
    }

    Rapport maak(const RapportBereik &bereik)
    {
        auto r = RapportService(*store).maak(RapportSoort::Zelfhuisvesters, periode, bereik);
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
    static QStringList kolom(const RapportTabel &t, int k)
    {
        QStringList waarden;
        for (const auto &rij : t.rijen)
            waarden << rij.value(k).toString();
        return waarden;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
};

} // namespace

TEST_F(RapportZelfhuisvestersTest, EveryZelfhuisvesterThatCountedInThePeriod)
{
    const Rapport r = maak(RapportBereik::land());
    const RapportTabel &h = tabel(r, QStringLiteral("huishoudens"));
    EXPECT_EQ(kolom(h, HVNummer),
              (QStringList{QStringLiteral("6300000021"), QStringLiteral("6300000031"),
                           QStringLiteral("6300000001"), QStringLiteral("6300000011")}))
        << "by gemeente name, then date; not July's, not a second housing";
    const QVariantList &u = h.rijen.at(2);
    EXPECT_EQ(u.at(HCode).toString(), utrecht);
    EXPECT_EQ(u.at(HGemeente).toString(), QStringLiteral("Utrecht"));
    EXPECT_EQ(u.at(HPersonen).toLongLong(), 3);
    EXPECT_EQ(u.at(HKoppelDatum).toDate(), QDate(2026, 1, 10));
    EXPECT_EQ(u.at(HUitschrijving).toDate(), QDate(2026, 3, 1));
}

TEST_F(RapportZelfhuisvestersTest, PerGemeenteHouseholdsAndPersonsWithTotals)
{
    const RapportTabel &g = tabel(maak(RapportBereik::land()), QStringLiteral("gemeenten"));
    EXPECT_EQ(kolom(g, GCode), (QStringList{amersfoort, amsterdam, utrecht}));
    EXPECT_EQ(g.rijen.at(2).at(GHuishoudens).toLongLong(), 2);
    EXPECT_EQ(g.rijen.at(2).at(GPersonen).toLongLong(), 5);
    EXPECT_EQ(g.rijen.at(1).at(GPersonen).toLongLong(), 4);
    ASSERT_EQ(g.totaal.size(), g.kolommen.size());
    EXPECT_EQ(g.totaal.at(GHuishoudens).toLongLong(), 4);
    EXPECT_EQ(g.totaal.at(GPersonen).toLongLong(), 10);
    for (int k : {GHuishoudens, GPersonen}) {
        qint64 som = 0;
        for (const auto &rij : g.rijen)
            som += rij.at(k).toLongLong();
        EXPECT_EQ(g.totaal.at(k).toLongLong(), som);
    }
}

TEST_F(RapportZelfhuisvestersTest, PersonsEqualTheRealisatieOfQuotaService)
{
    ASSERT_TRUE(
        TaakstellingService(*store).zetVg(periode, 20000, tijdigheid::laatsteDagVg(periode)).ok());
    auto quota = TaakstellingService(*store).bereken(periode, 0, vandaag);
    ASSERT_TRUE(quota.ok()) << quota.error().toString().toStdString();
    QHash<QString, qint64> realisatie;
    for (const auto &rij : quota->rijen) {
        if (rij.realisatie != 0)
            realisatie.insert(rij.code, rij.realisatie);
    }
    QHash<QString, qint64> rapport;
    for (const auto &rij : tabel(maak(RapportBereik::land()), QStringLiteral("gemeenten")).rijen)
        rapport.insert(rij.at(GCode).toString(), rij.at(GPersonen).toLongLong());
    EXPECT_EQ(rapport, realisatie);
    EXPECT_EQ(rapport.value(utrecht), 5);
}

TEST_F(RapportZelfhuisvestersTest, HouseholdsHousedByTheGemeenteAreNoZelfhuisvesters)
{
    auto h = test::voorbeeldHuishouden(6300000101, 3, vergunning, azc);
    h.tekenen = QDate(2026, 2, 20);
    h.verhuizing = QDate(2026, 3, 1);
    h.uitschrijving = QDate(2026, 3, 1);
    h.huisvestGemeente = utrecht;
    const qint64 id = test::voegToe(*store, h, vandaag);
    ASSERT_TRUE(KoppelingService(*store)
                    .koppel(id, utrecht, QDate(2026, 1, 5), QStringLiteral("t"), vandaag)
                    .ok());
    const RapportTabel &g = tabel(maak(RapportBereik::land()), QStringLiteral("gemeenten"));
    EXPECT_EQ(g.totaal.at(GPersonen).toLongLong(), 10);
}

TEST_F(RapportZelfhuisvestersTest, AGemeenteSeesOnlyItsOwnAndAProvinceOnlyItsGemeenten)
{
    const Rapport eigen = maak(RapportBereik::vanGemeente(amersfoort));
    EXPECT_EQ(kolom(tabel(eigen, QStringLiteral("huishoudens")), HCode), QStringList{amersfoort});
    EXPECT_EQ(kolom(tabel(eigen, QStringLiteral("gemeenten")), GCode), QStringList{amersfoort});

    const Rapport provincie = maak(RapportBereik::vanProvincie(QStringLiteral("Utrecht")));
    EXPECT_EQ(kolom(tabel(provincie, QStringLiteral("gemeenten")), GCode),
              (QStringList{amersfoort, utrecht}));
    EXPECT_EQ(tabel(provincie, QStringLiteral("gemeenten")).totaal.at(GPersonen).toLongLong(), 6);
}

TEST_F(RapportZelfhuisvestersTest, TheProvincesOfARegionAddUpToTheRegion)
{
    const RapportTabel &regio =
        tabel(maak(RapportBereik::vanRegio(3)), QStringLiteral("gemeenten"));
    qint64 huishoudens = 0;
    qint64 personen = 0;
    for (const QString &p : {QStringLiteral("Flevoland"), QStringLiteral("Utrecht"),
                             QStringLiteral("Noord-Holland")}) {
        const RapportTabel &t =
            tabel(maak(RapportBereik::vanProvincie(p)), QStringLiteral("gemeenten"));
        huishoudens += t.totaal.at(GHuishoudens).toLongLong();
        personen += t.totaal.at(GPersonen).toLongLong();
    }
    EXPECT_EQ(huishoudens, regio.totaal.at(GHuishoudens).toLongLong());
    EXPECT_EQ(personen, regio.totaal.at(GPersonen).toLongLong());
    EXPECT_EQ(personen, 10);
}

TEST_F(RapportZelfhuisvestersTest, TheBenchmarkSqlIsTheStatementTheReportRuns)
{
    auto statements =
        RapportService(*store).sql(RapportSoort::Zelfhuisvesters, periode,
                                   RapportBereik::vanProvincie(QStringLiteral("Utrecht")));
    ASSERT_TRUE(statements.ok());
    ASSERT_EQ(statements->size(), 1);
    auto q = sql::run(store->database(), statements->first());
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
    int n = 0;
    while (q->next())
        ++n;
    EXPECT_EQ(n, 3);
}

// Issue 12 (handbook 3.4.1): only what counted is listed. A zelfhuisvester registered out
// outside the coupled gemeente (possible only in a store made otherwise) counts nowhere and is
// not listed; an exception counts without a coupling and is listed with its category.
TEST_F(RapportZelfhuisvestersTest, OnlyWhatCountedIsListedAndExceptionsWithTheirCategory)
{
    auto buiten = sql::run(store->database(),
                           QStringLiteral("UPDATE huishouden SET huisvest_gemeente = 'GM0307' "
                                          "WHERE id = (SELECT huishouden FROM persoon "
                                          "WHERE v_nummer = '6300000031')"));
    ASSERT_TRUE(buiten.ok());
    auto h = test::voorbeeldHuishouden(6300000201, 2, vergunning, azc);
    h.categorie = Categorie::Hervestiging;
    h.zelfhuisvester = true;
    h.tekenen = QDate(2026, 2, 20);
    h.uitschrijving = QDate(2026, 3, 1);
    h.huisvestGemeente = utrecht;
    ASSERT_GT(test::voegToe(*store, h, vandaag), 0);

    const RapportTabel &lijst = tabel(maak(RapportBereik::land()), QStringLiteral("huishoudens"));
    EXPECT_FALSE(kolom(lijst, HVNummer).contains(QStringLiteral("6300000031")));
    int categorie = -1;
    for (int k = 0; k < lijst.kolommen.size(); ++k) {
        if (lijst.kolommen.at(k).sleutel == QLatin1String("categorie"))
            categorie = k;
    }
    ASSERT_GE(categorie, 0);
    const int rij = int(kolom(lijst, HVNummer).indexOf(QStringLiteral("6300000201")));
    ASSERT_GE(rij, 0) << "an exception counts without a coupling";
    EXPECT_EQ(lijst.rijen.at(rij).at(categorie).toString(), QStringLiteral("hervestiging"));
    EXPECT_TRUE(lijst.rijen.at(rij).at(HKoppelDatum).isNull());
    EXPECT_EQ(lijst.rijen.at(0).at(categorie).toString(), QStringLiteral("regulier"));
}
