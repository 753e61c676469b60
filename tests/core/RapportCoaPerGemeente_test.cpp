// Vergunninghouders per gemeente: the coupling history and the figures per gemeente, by hand
// from the store in rapport_coa_testdata.h.
#include "RapportCoaTestData.h"

#include "core/store/Sql.h"

using namespace rd;
using namespace rd::test;

namespace {

constexpr int code = 0;
constexpr int naam = 1;

qint64 geheel(const QVariantList *rij, int k)
{
    return rij ? rij->value(k).toLongLong() : -1;
}

} // namespace

TEST_F(RapportCoaTest, PerGemeenteListsEveryCouplingMadeOrEndedInThePeriodByGemeenteThenDate)
{
    const Rapport r = maak(RapportSoort::PerGemeente);
    ASSERT_EQ(r.tabellen.size(), 3) << "couplings, per gemeente, counted without a coupling";
    EXPECT_EQ(r.tabellen.at(2).sleutel, QStringLiteral("uitzonderingen"));
    EXPECT_TRUE(r.tabellen.at(2).rijen.isEmpty()) << "every household here is regular";
    const RapportTabel &t = r.tabellen.at(0);
    EXPECT_EQ(t.sleutel, QStringLiteral("koppelingen"));
    const int datum = kolom(t, QStringLiteral("koppel_datum"));
    const int status = kolom(t, QStringLiteral("status"));
    const int vNummer = kolom(t, QStringLiteral("v_nummer"));
    // Almere: H5 (uncoupled); Amersfoort: H3, H9; Amsterdam: H5 again (H4 was coupled in 2024
    // and not uncoupled: not listed); Rotterdam: H6; Utrecht: H8 (2024, uncoupled in the
    // period), H1, H8 again, H2. H7 (July) is in the next period.
    EXPECT_EQ(kolomWaarden(t, naam),
              (QStringList{QStringLiteral("Almere"), QStringLiteral("Amersfoort"),
                           QStringLiteral("Amersfoort"), QStringLiteral("Amsterdam"),
                           QStringLiteral("Rotterdam"), QStringLiteral("Utrecht"),
                           QStringLiteral("Utrecht"), QStringLiteral("Utrecht"),
                           QStringLiteral("Utrecht")}));
    EXPECT_EQ(kolomWaarden(t, vNummer),
              (QStringList{QStringLiteral("5000000050"), QStringLiteral("5000000030"),
                           QStringLiteral("5000000090"), QStringLiteral("5000000050"),
                           QStringLiteral("5000000060"), QStringLiteral("5000000080"),
                           QStringLiteral("5000000010"), QStringLiteral("5000000080"),
                           QStringLiteral("5000000020")}));
    EXPECT_EQ(
        kolomWaarden(t, status),
        (QStringList{QStringLiteral("ontkoppeld"), QStringLiteral("actief"),
                     QStringLiteral("actief"), QStringLiteral("actief"), QStringLiteral("actief"),
                     QStringLiteral("ontkoppeld"), QStringLiteral("gehuisvest"),
                     QStringLiteral("actief"), QStringLiteral("gehuisvest")}));
    EXPECT_EQ(t.rijen.at(5).at(datum).toDate(), QDate(2024, 12, 1));
    EXPECT_EQ(t.rijen.at(5).at(kolom(t, QStringLiteral("ontkoppeld_op"))).toDate(),
              QDate(2025, 1, 15));
    EXPECT_EQ(t.rijen.at(5).at(kolom(t, QStringLiteral("ontkoppel_reden"))).toString(),
              QStringLiteral("verhuisd"));
    EXPECT_TRUE(t.rijen.at(6).at(kolom(t, QStringLiteral("ontkoppeld_op"))).isNull());
    EXPECT_EQ(t.rijen.at(1).at(kolom(t, QStringLiteral("personen"))).toLongLong(), 9);
    // The partnership coupling counts for its coordinator and names the partnership.
    EXPECT_EQ(t.rijen.at(2).at(code).toString(), amersfoort);
    EXPECT_EQ(t.rijen.at(2).at(kolom(t, QStringLiteral("partnerschap"))).toString(),
              QStringLiteral("Eemland"));
    EXPECT_TRUE(t.rijen.at(1).at(kolom(t, QStringLiteral("partnerschap"))).isNull());
}

TEST_F(RapportCoaTest, PerGemeenteCountsCouplingsHouseholdsPersonsAndUncouplings)
{
    const Rapport r = maak(RapportSoort::PerGemeente);
    const RapportTabel &t = r.tabellen.at(1);
    EXPECT_EQ(t.sleutel, QStringLiteral("gemeenten"));
    const int koppelingen = kolom(t, QStringLiteral("koppelingen"));
    const int huishoudens = kolom(t, QStringLiteral("huishoudens"));
    const int personen = kolom(t, QStringLiteral("personen"));
    const int ontkoppeld = kolom(t, QStringLiteral("ontkoppeld"));
    ASSERT_EQ(t.rijen.size(), 5);
    // Utrecht: 4 couplings (H8 twice, H1, H2), 3 households, 5 + 1 + 3 = 9 persons, 1 ended.
    const auto *u = rij(t, code, utrecht);
    EXPECT_EQ(geheel(u, koppelingen), 4);
    EXPECT_EQ(geheel(u, huishoudens), 3);
    EXPECT_EQ(geheel(u, personen), 9);
    EXPECT_EQ(geheel(u, ontkoppeld), 1);
    // Amersfoort: H3 (9) and H9 (2, through the partnership).
    const auto *a = rij(t, code, amersfoort);
    EXPECT_EQ(geheel(a, koppelingen), 2);
    EXPECT_EQ(geheel(a, huishoudens), 2);
    EXPECT_EQ(geheel(a, personen), 11);
    EXPECT_EQ(geheel(a, ontkoppeld), 0);
    // Almere: H5, uncoupled; Amsterdam: H5 again.
    EXPECT_EQ(geheel(rij(t, code, almere), personen), 4);
    EXPECT_EQ(geheel(rij(t, code, almere), ontkoppeld), 1);
    EXPECT_EQ(geheel(rij(t, code, amsterdam), huishoudens), 1);
    EXPECT_EQ(geheel(rij(t, code, rotterdam), personen), 2);
    // The totals row: 9 couplings, 8 household-gemeente pairs, 30 persons, 2 uncoupled.
    ASSERT_EQ(t.totaal.size(), t.kolommen.size());
    EXPECT_EQ(t.totaal.at(koppelingen).toLongLong(), 9);
    EXPECT_EQ(t.totaal.at(huishoudens).toLongLong(), 8);
    EXPECT_EQ(t.totaal.at(personen).toLongLong(), 30);
    EXPECT_EQ(t.totaal.at(ontkoppeld).toLongLong(), 2);
    // The chart shows persons per gemeente.
    ASSERT_TRUE(r.grafiek);
    EXPECT_EQ(r.grafiek->tabel, 1);
    EXPECT_EQ(r.grafiek->labelKolom, naam);
    EXPECT_EQ(r.grafiek->waardeKolommen, QList<int>{personen});
}

TEST_F(RapportCoaTest, PerGemeenteTotalsRowIsTheSumOfTheRows)
{
    for (const auto &bereik : {RapportBereik::land(), RapportBereik::vanRegio(3),
                               RapportBereik::vanProvincie(QStringLiteral("Utrecht"))}) {
        const RapportTabel t = maak(RapportSoort::PerGemeente, bereik).tabellen.value(1);
        for (int k = 2; k < t.kolommen.size(); ++k) {
            qint64 som = 0;
            for (const auto &r : t.rijen)
                som += r.at(k).toLongLong();
            EXPECT_EQ(t.totaal.at(k).toLongLong(), som) << t.kolommen.at(k).sleutel.toStdString();
        }
    }
}

TEST_F(RapportCoaTest, PerGemeenteRegionEqualsTheSumOfItsProvinces)
{
    const RapportTabel regio =
        maak(RapportSoort::PerGemeente, RapportBereik::vanRegio(3)).tabellen.value(1);
    // Region 3 without Rotterdam: 8 couplings, 7 pairs, 28 persons, 2 uncoupled.
    EXPECT_EQ(regio.totaal.value(2).toLongLong(), 8);
    EXPECT_EQ(regio.totaal.value(3).toLongLong(), 7);
    EXPECT_EQ(regio.totaal.value(4).toLongLong(), 28);
    EXPECT_EQ(regio.totaal.value(5).toLongLong(), 2);
    qint64 som[6] = {};
    int rijen = 0;
    for (const auto &provincie : {QStringLiteral("Flevoland"), QStringLiteral("Utrecht"),
                                  QStringLiteral("Noord-Holland")}) {
        const RapportTabel t =
            maak(RapportSoort::PerGemeente, RapportBereik::vanProvincie(provincie))
                .tabellen.value(1);
        rijen += int(t.rijen.size());
        for (int k = 2; k < 6; ++k)
            som[k] += t.totaal.value(k).toLongLong();
    }
    EXPECT_EQ(rijen, regio.rijen.size());
    for (int k = 2; k < 6; ++k)
        EXPECT_EQ(som[k], regio.totaal.value(k).toLongLong()) << k;
}

TEST_F(RapportCoaTest, PerGemeenteOfOneGemeenteHoldsOnlyItsOwnCouplings)
{
    const Rapport r = maak(RapportSoort::PerGemeente, RapportBereik::vanGemeente(amersfoort));
    for (const auto &t : r.tabellen) {
        ASSERT_TRUE(!t.rijen.isEmpty() || t.sleutel == QLatin1String("uitzonderingen"))
            << t.sleutel.toStdString();
        for (const auto &rij : t.rijen)
            EXPECT_EQ(rij.at(code).toString(), amersfoort) << t.sleutel.toStdString();
    }
    EXPECT_EQ(r.tabellen.at(1).totaal.at(4).toLongLong(), 11);
    // A province: only its own gemeenten (Utrecht and Amersfoort, not Amsterdam or Almere).
    const Rapport p =
        maak(RapportSoort::PerGemeente, RapportBereik::vanProvincie(QStringLiteral("Utrecht")));
    QStringList codes = kolomWaarden(p.tabellen.at(0), code);
    codes.removeDuplicates();
    EXPECT_EQ(codes, (QStringList{amersfoort, utrecht}));
    EXPECT_EQ(p.tabellen.at(1).totaal.at(4).toLongLong(), 20);
}

TEST_F(RapportCoaTest, ReportsRefuseAnUnknownScopeNamingIt)
{
    RapportService service(*store);
    const HalfJaar periode(2025, 1);
    for (const auto soort : {RapportSoort::PerGemeente, RapportSoort::Huishoudens,
                             RapportSoort::TermijnGemeente, RapportSoort::TermijnLocatie}) {
        auto g = service.maak(soort, periode, RapportBereik::vanGemeente(QStringLiteral("GM9999")));
        ASSERT_FALSE(g.ok());
        EXPECT_EQ(g.error().where, QStringLiteral("gemeente"));
        EXPECT_TRUE(g.error().message.contains(QStringLiteral("GM9999")));
        auto p =
            service.maak(soort, periode, RapportBereik::vanProvincie(QStringLiteral("Atlantis")));
        ASSERT_FALSE(p.ok());
        EXPECT_EQ(p.error().where, QStringLiteral("provincie"));
        EXPECT_TRUE(p.error().message.contains(QStringLiteral("Atlantis")));
        auto r = service.maak(soort, periode, RapportBereik::vanRegio(7));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().where, QStringLiteral("regio"));
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("7")));
    }
}

TEST_F(RapportCoaTest, SqlOfEachReportGivesTheSameFiguresAsTheReport)
{
    // The benchmark times the sqlite3 CLI on RapportService::sql: it must be the report's SQL.
    RapportService service(*store);
    const auto bereik = RapportBereik::vanProvincie(QStringLiteral("Utrecht"));
    auto statements = service.sql(RapportSoort::Huishoudens, HalfJaar(2025, 1), bereik);
    ASSERT_TRUE(statements.ok());
    ASSERT_EQ(statements->size(), 1);
    auto q = sql::run(store->database(), statements->at(0));
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
    const Rapport r = maak(RapportSoort::Huishoudens, bereik);
    int rijen = 0;
    while (q->next()) {
        if (q->value(0).toInt() == 1) {
            EXPECT_EQ(q->value(4).toLongLong(), r.tabellen.at(0).totaal.at(3).toLongLong());
        } else {
            ++rijen;
        }
    }
    EXPECT_EQ(rijen, r.tabellen.at(0).rijen.size());
    for (const auto soort :
         {RapportSoort::PerGemeente, RapportSoort::TermijnGemeente, RapportSoort::TermijnLocatie}) {
        auto s = service.sql(soort, HalfJaar(2025, 1), bereik);
        ASSERT_TRUE(s.ok());
        for (const auto &statement : *s) {
            EXPECT_FALSE(statement.contains(QLatin1Char('?'))) << statement.toStdString();
            EXPECT_TRUE(sql::run(store->database(), statement).ok()) << statement.toStdString();
        }
    }
}

// The special group (3.3.4) is flagged in the report as in `cases`: H3 has 9 persons; H9 is
// marked as needing very specific housing at its intake interview.
TEST_F(RapportCoaTest, PerGemeenteFlagsTheSpecialGroup)
{
    auto gezet = sql::run(
        store->database(),
        QStringLiteral("INSERT INTO huisvestinggesprek(huishouden, datum, specifieke_huisvesting) "
                       "SELECT r.huishouden, '2024-12-01', 1 FROM persoon r "
                       "WHERE r.v_nummer = '5000000090' "
                       "ON CONFLICT(huishouden) DO UPDATE SET specifieke_huisvesting = 1"));
    ASSERT_TRUE(gezet.ok()) << gezet.error().toString().toStdString();
    const RapportTabel t = maak(RapportSoort::PerGemeente).tabellen.at(0);
    const int vlaggen = kolom(t, QStringLiteral("vlaggen"));
    ASSERT_GE(vlaggen, 0);
    QStringList verwacht(t.rijen.size(), QString());
    verwacht[1] = QStringLiteral("groot");     // H3, 9 persons
    verwacht[2] = QStringLiteral("specifiek"); // H9
    EXPECT_EQ(kolomWaarden(t, vlaggen), verwacht);
}
