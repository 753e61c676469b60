#include "TestSupport.h"

#include "core/koppeling/KoppelingService.h"
#include "core/rapport/RapportService.h"
#include "core/store/Sql.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/weigering/WeigeringService.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const QDate vergunning(2025, 11, 1);
const HalfJaar periode(2026, 1);
const QString utrecht = QStringLiteral("GM0344");
const QString amersfoort = QStringLiteral("GM0307");
const QString amsterdam = QStringLiteral("GM0363");
const QString groningen = QStringLiteral("GM0014");

// Columns of table "weigeringen" and "gemeenten".
enum
{
    WCode,
    WGemeente,
    WVNummer,
    WDatum,
    WSoort,
    WOordeel,
    WOordeelDatum,
    WReden,
    WNieuweKandidaat,
    WVertraging,
    WHuurderving,
    WOordeelTeLaat,
    WKandidaatTeLaat,
    WGestopt
};
enum
{
    GCode,
    GGemeente,
    GAantal,
    GNietVerschenen,
    GGeweigerd,
    GTerecht,
    GOnterecht,
    GOpen,
    GDagen,
    GGemiddeld,
    GOordeelTeLaat,
    GKandidaatTeLaat,
    GGestopt,
    GHuurderving
};

class RapportWeigeringenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("w.sqlite")), true);
        ASSERT_TRUE(store);
        azc = test::azcIn(*store, utrecht);
        opties.peildatum = QDate(2026, 7, 1);

        // Utrecht: unjustified, lease signed 30 days later; a justified no-show with a new
        // candidate and no lease yet (122 days to the reference date).
        const qint64 h1 = gekoppeld(6100000001, utrecht, QDate(2026, 1, 10));
        const qint64 w1 = weiger(h1, WeigeringSoort::Geweigerd, QDate(2026, 2, 1));
        beoordeel(w1, Oordeel::Onterecht, QDate(2026, 2, 10),
                  QStringLiteral("geen-dwingende-reden"));
        teken(h1, QDate(2026, 3, 3));
        const qint64 h2 = gekoppeld(6100000011, utrecht, QDate(2026, 1, 15));
        const qint64 w2 = weiger(h2, WeigeringSoort::NietVerschenen, QDate(2026, 3, 1));
        beoordeel(w2, Oordeel::Terecht, QDate(2026, 3, 5), QStringLiteral("werk"));
        ASSERT_TRUE(WeigeringService(*store).nieuweKandidaat(w2, QDate(2026, 3, 10), vandaag).ok());
        // Amersfoort: a lease signed BEFORE the refusal does not end its delay (91 days).
        const qint64 h3 = gekoppeld(6100000021, amersfoort, QDate(2026, 2, 1));
        teken(h3, QDate(2026, 3, 20));
        weiger(h3, WeigeringSoort::Geweigerd, QDate(2026, 4, 1));
        // Amsterdam, open, 61 days; Groningen on the last day of the period, 1 day.
        weiger(gekoppeld(6100000031, amsterdam, QDate(2026, 4, 1)), WeigeringSoort::Geweigerd,
               QDate(2026, 5, 1));
        weiger(gekoppeld(6100000041, groningen, QDate(2026, 6, 1)), WeigeringSoort::Geweigerd,
               QDate(2026, 6, 30));
        // Utrecht, before the period: not in the report.
        weiger(gekoppeld(6100000051, utrecht, QDate(2025, 12, 1)), WeigeringSoort::Geweigerd,
               QDate(2025, 12, 20));
    }

    qint64 gekoppeld(qint64 vNummer, const QString &gemeente, const QDate &datum)
    {
        const qint64 id =
            test::voegToe(*store, test::voorbeeldHuishouden(vNummer, 2, vergunning, azc), vandaag);
        auto k = KoppelingService(*store).koppel(id, gemeente, datum, QStringLiteral("t"), vandaag);
        EXPECT_TRUE(k.ok()) << k.error().toString().toStdString();
        return id;
    }
    qint64 weiger(qint64 huishouden, WeigeringSoort soort, const QDate &datum,
                  std::optional<qint64> huurderving = std::nullopt)
    {
        auto id = WeigeringService(*store).registreer(
            huishouden, soort, datum, QStringLiteral("te ver"), {}, vandaag, huurderving);
        EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
        return id.ok() ? *id : 0;
    }
    void beoordeel(qint64 weigering, Oordeel oordeel, const QDate &datum, const QString &reden)
    {
        auto s = WeigeringService(*store).beoordeel(weigering, oordeel, datum, reden, vandaag);
        EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    void teken(qint64 huishouden, const QDate &datum)
    {
        auto s = TijdlijnService(*store).zetDatum(huishouden, GebeurtenisSoort::Tekenen, datum, {},
                                                  vandaag);
        EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
    }

    Rapport maak(const RapportBereik &bereik)
    {
        auto r = RapportService(*store).maak(RapportSoort::Weigeringen, periode, bereik, opties);
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
    RapportOpties opties;
};

} // namespace

TEST_F(RapportWeigeringenTest, EveryRefusalOfThePeriodWithItsJudgementAndDelay)
{
    const Rapport r = maak(RapportBereik::land());
    const RapportTabel &lijst = tabel(r, QStringLiteral("weigeringen"));
    ASSERT_EQ(lijst.rijen.size(), 5) << "the refusal of December 2025 lies outside the period";
    // Sorted by gemeente name, then date.
    EXPECT_EQ(kolom(lijst, WCode),
              (QStringList{amersfoort, amsterdam, groningen, utrecht, utrecht}));
    const QVariantList &eerste = lijst.rijen.at(3);
    EXPECT_EQ(eerste.at(WGemeente).toString(), QStringLiteral("Utrecht"));
    EXPECT_EQ(eerste.at(WVNummer).toString(), QStringLiteral("6100000001"));
    EXPECT_EQ(eerste.at(WDatum).toDate(), QDate(2026, 2, 1));
    EXPECT_EQ(eerste.at(WSoort).toString(), QStringLiteral("geweigerd"));
    EXPECT_EQ(eerste.at(WOordeel).toString(), QStringLiteral("onterecht"));
    EXPECT_EQ(eerste.at(WOordeelDatum).toDate(), QDate(2026, 2, 10));
    EXPECT_EQ(eerste.at(WReden).toString(), QStringLiteral("geen-dwingende-reden"));
    // The free text registered with the refusal ("te ver") is not reported.
    for (const RapportKolom &kolom : lijst.kolommen)
        EXPECT_NE(kolom.sleutel, QStringLiteral("toelichting"));
    for (const QVariantList &rij : lijst.rijen)
        EXPECT_FALSE(rij.contains(QVariant(QStringLiteral("te ver"))));
    EXPECT_TRUE(eerste.at(WNieuweKandidaat).isNull());
    EXPECT_EQ(eerste.at(WVertraging).toLongLong(), 30) << "to the lease signed on 3 March";
    const QVariantList &tweede = lijst.rijen.at(4);
    EXPECT_EQ(tweede.at(WSoort).toString(), QStringLiteral("niet-verschenen"));
    EXPECT_EQ(tweede.at(WOordeel).toString(), QStringLiteral("terecht"));
    EXPECT_EQ(tweede.at(WReden).toString(), QStringLiteral("werk"));
    EXPECT_EQ(tweede.at(WNieuweKandidaat).toDate(), QDate(2026, 3, 10));
    EXPECT_EQ(tweede.at(WVertraging).toLongLong(), 122) << "1 March to the reference date 1 July";
    EXPECT_TRUE(lijst.rijen.at(0).at(WOordeel).toString().isEmpty()) << "open";
    EXPECT_EQ(lijst.rijen.at(0).at(WVertraging).toLongLong(), 91)
        << "a lease signed before the refusal does not end the delay";
    EXPECT_EQ(lijst.rijen.at(1).at(WVertraging).toLongLong(), 61);
    EXPECT_EQ(lijst.rijen.at(2).at(WVertraging).toLongLong(), 1);
}

TEST_F(RapportWeigeringenTest, OverviewPerGemeenteCountsKindJudgementAndDelay)
{
    const Rapport r = maak(RapportBereik::land());
    const RapportTabel &g = tabel(r, QStringLiteral("gemeenten"));
    ASSERT_EQ(kolom(g, GCode), (QStringList{amersfoort, amsterdam, groningen, utrecht}));
    const QVariantList &u = g.rijen.at(3);
    EXPECT_EQ(u.at(GAantal).toLongLong(), 2);
    EXPECT_EQ(u.at(GNietVerschenen).toLongLong(), 1);
    EXPECT_EQ(u.at(GGeweigerd).toLongLong(), 1);
    EXPECT_EQ(u.at(GTerecht).toLongLong(), 1);
    EXPECT_EQ(u.at(GOnterecht).toLongLong(), 1);
    EXPECT_EQ(u.at(GOpen).toLongLong(), 0);
    EXPECT_EQ(u.at(GDagen).toLongLong(), 152);
    EXPECT_DOUBLE_EQ(u.at(GGemiddeld).toDouble(), 76.0);

    ASSERT_EQ(g.totaal.size(), g.kolommen.size());
    EXPECT_EQ(g.totaal.at(GAantal).toLongLong(), 5);
    EXPECT_EQ(g.totaal.at(GNietVerschenen).toLongLong(), 1);
    EXPECT_EQ(g.totaal.at(GGeweigerd).toLongLong(), 4);
    EXPECT_EQ(g.totaal.at(GOpen).toLongLong(), 3);
    EXPECT_EQ(g.totaal.at(GDagen).toLongLong(), 30 + 122 + 91 + 61 + 1);
    EXPECT_DOUBLE_EQ(g.totaal.at(GGemiddeld).toDouble(), 305.0 / 5.0);
    for (int k = GAantal; k <= GDagen; ++k) {
        qint64 som = 0;
        for (const auto &rij : g.rijen)
            som += rij.at(k).toLongLong();
        EXPECT_EQ(g.totaal.at(k).toLongLong(), som) << g.kolommen.at(k).sleutel.toStdString();
    }
    ASSERT_TRUE(r.grafiek.has_value());
    EXPECT_EQ(r.tabellen.at(r.grafiek->tabel).sleutel, QStringLiteral("gemeenten"));
    EXPECT_EQ(r.grafiek->waardeKolommen, QList<int>{GAantal});
}

TEST_F(RapportWeigeringenTest, DelayIsExactlyWoningweigeringVertragingDagen)
{
    const Rapport r = maak(RapportBereik::land());
    const RapportTabel &lijst = tabel(r, QStringLiteral("weigeringen"));
    auto alle = WeigeringService(*store).alle(0, periode.begin(), periode.eind());
    ASSERT_TRUE(alle.ok());
    ASSERT_EQ(alle->size(), lijst.rijen.size());
    for (const Woningweigering &w : *alle) {
        auto tekenen = TijdlijnService(*store).datum(w.huishoudenId, GebeurtenisSoort::Tekenen);
        ASSERT_TRUE(tekenen.ok());
        const int verwacht = w.vertragingDagen(tekenen->first, opties.peildatum);
        bool gevonden = false;
        for (const auto &rij : lijst.rijen) {
            if (rij.at(WDatum).toDate() == w.datum && rij.at(WCode).toString() == w.gemeenteCode) {
                gevonden = true;
                EXPECT_EQ(rij.at(WVertraging).toLongLong(), verwacht)
                    << w.datum.toString(Qt::ISODate).toStdString();
            }
        }
        EXPECT_TRUE(gevonden) << w.datum.toString(Qt::ISODate).toStdString();
    }
}

TEST_F(RapportWeigeringenTest, AGemeenteSeesOnlyItsOwnAndAProvinceOnlyItsGemeenten)
{
    const Rapport eigen = maak(RapportBereik::vanGemeente(amersfoort));
    EXPECT_EQ(kolom(tabel(eigen, QStringLiteral("weigeringen")), WCode), QStringList{amersfoort});
    EXPECT_EQ(kolom(tabel(eigen, QStringLiteral("gemeenten")), GCode), QStringList{amersfoort});

    const Rapport provincie = maak(RapportBereik::vanProvincie(QStringLiteral("Utrecht")));
    EXPECT_EQ(kolom(tabel(provincie, QStringLiteral("weigeringen")), WCode),
              (QStringList{amersfoort, utrecht, utrecht}));
    EXPECT_EQ(tabel(provincie, QStringLiteral("gemeenten")).totaal.at(GAantal).toLongLong(), 3);
}

TEST_F(RapportWeigeringenTest, TheProvincesOfARegionAddUpToTheRegion)
{
    const Rapport regio = maak(RapportBereik::vanRegio(3));
    const RapportTabel &totaal = tabel(regio, QStringLiteral("gemeenten"));
    EXPECT_EQ(kolom(totaal, GCode), (QStringList{amersfoort, amsterdam, utrecht}))
        << "Groningen lies in region 1";
    QVariantList som(totaal.kolommen.size(), qint64(0));
    for (const QString &p : {QStringLiteral("Flevoland"), QStringLiteral("Utrecht"),
                             QStringLiteral("Noord-Holland")}) {
        const RapportTabel &t =
            tabel(maak(RapportBereik::vanProvincie(p)), QStringLiteral("gemeenten"));
        for (int k = GAantal; k <= GDagen; ++k)
            som[k] = som.at(k).toLongLong() + t.totaal.at(k).toLongLong();
    }
    for (int k = GAantal; k <= GDagen; ++k)
        EXPECT_EQ(som.at(k).toLongLong(), totaal.totaal.at(k).toLongLong())
            << totaal.kolommen.at(k).sleutel.toStdString();
}

TEST_F(RapportWeigeringenTest, TheBenchmarkSqlIsTheStatementTheReportRuns)
{
    RapportService service(*store);
    auto statements = service.sql(RapportSoort::Weigeringen, periode,
                                  RapportBereik::vanGemeente(utrecht), opties);
    ASSERT_TRUE(statements.ok());
    ASSERT_EQ(statements->size(), 1);
    EXPECT_FALSE(statements->first().contains(QLatin1Char('?')));
    EXPECT_TRUE(statements->first().contains(QStringLiteral("'GM0344'")));
    EXPECT_TRUE(statements->first().contains(QStringLiteral("'2026-07-01'")));
    // Run as written, the statement yields the report's rows.
    auto q = sql::run(store->database(), statements->first());
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
    int n = 0;
    while (q->next())
        ++n;
    EXPECT_EQ(n, 2);
}

// Handbook 3.4.2: the COA judges within 14 days; a new candidate follows a justified judgement
// (or the stop of mediation) within 2 weeks. Late ones are flagged, also while still open on the
// date the report is made; the lost rent claimed is listed and summed.
TEST_F(RapportWeigeringenTest, LateJudgementsAndNewCandidatesAreFlaggedWithTheLostRent)
{
    const qint64 h = gekoppeld(6100000061, utrecht, QDate(2026, 3, 1));
    const qint64 w = weiger(h, WeigeringSoort::Geweigerd, QDate(2026, 4, 1), qint64(85050));
    beoordeel(w, Oordeel::Terecht, QDate(2026, 4, 16), QStringLiteral("werk")); // day 15: late
    ASSERT_TRUE(WeigeringService(*store).nieuweKandidaat(w, QDate(2026, 5, 1), vandaag).ok())
        << "due 2026-04-30: a day late";

    const Rapport r = maak(RapportBereik::land());
    const RapportTabel &lijst = tabel(r, QStringLiteral("weigeringen"));
    ASSERT_EQ(lijst.kolommen.at(WHuurderving).sleutel, QStringLiteral("huurderving"));
    ASSERT_EQ(lijst.kolommen.at(WOordeelTeLaat).sleutel, QStringLiteral("oordeel_te_laat"));
    ASSERT_EQ(lijst.kolommen.at(WKandidaatTeLaat).sleutel, QStringLiteral("kandidaat_te_laat"));
    ASSERT_EQ(lijst.kolommen.at(WGestopt).sleutel, QStringLiteral("bemiddeling_gestopt"));
    ASSERT_EQ(lijst.rijen.size(), 6);
    // Amersfoort (open since 1 April), Amsterdam (open since 1 May), Groningen (30 June, due
    // 14 July: not late on 1 July), Utrecht 1 Feb (judged in 9 days), 1 March (judged in 4, new
    // candidate in 5 days), 1 April (the one above).
    const auto vlag = [&](int rij, int k) {
        const QVariant v = lijst.rijen.at(rij).at(k);
        return v.isNull()   ? QStringLiteral("-")
               : v.toBool() ? QStringLiteral("ja")
                            : QStringLiteral("nee");
    };
    QStringList oordeel, kandidaat;
    for (int i = 0; i < lijst.rijen.size(); ++i) {
        oordeel << vlag(i, WOordeelTeLaat);
        kandidaat << vlag(i, WKandidaatTeLaat);
        EXPECT_FALSE(lijst.rijen.at(i).at(WGestopt).toBool());
    }
    EXPECT_EQ(oordeel,
              (QStringList{QStringLiteral("ja"), QStringLiteral("ja"), QStringLiteral("nee"),
                           QStringLiteral("nee"), QStringLiteral("nee"), QStringLiteral("ja")}));
    EXPECT_EQ(kandidaat,
              (QStringList{QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                           QStringLiteral("-"), QStringLiteral("nee"), QStringLiteral("ja")}));
    EXPECT_EQ(lijst.rijen.at(5).at(WHuurderving).toLongLong(), 85050);
    EXPECT_TRUE(lijst.rijen.at(4).at(WHuurderving).isNull()) << "no claim: empty";

    const RapportTabel &g = tabel(r, QStringLiteral("gemeenten"));
    EXPECT_EQ(g.totaal.at(GOordeelTeLaat).toLongLong(), 3);
    EXPECT_EQ(g.totaal.at(GKandidaatTeLaat).toLongLong(), 1);
    EXPECT_EQ(g.totaal.at(GGestopt).toLongLong(), 0);
    EXPECT_EQ(g.totaal.at(GHuurderving).toLongLong(), 85050);
    EXPECT_EQ(g.kolommen.at(GHuurderving).soort, KolomSoort::Bedrag);
}
