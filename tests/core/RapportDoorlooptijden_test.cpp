// The lead time per household (handbook 4.3, step 1.2), on the store of
// rapport_toezicht_testdata.h: the detail behind method 1 of the supervision figures.
#include "RapportToezichtTestData.h"

#include "core/gemeente/Referentiedata.h"
#include "core/rapport/RapportExport.h"

using namespace rd;
using namespace rd::test::toezicht;

namespace {

// Columns of table "huishoudens".
enum
{
    HCode,
    HGemeente,
    HVNummer,
    HPersonen,
    HPartnerschap,
    HKoppeling,
    HVerhuizing,
    HUitschrijving,
    HDagen,
    HBinnen
};
// Columns of table "gemeenten".
enum
{
    GCode,
    GGemeente,
    GHuishoudens,
    GPersonen,
    GDagen,
    GBinnen,
    GBoven
};

class Doorlooptijden : public RapportToezichtTest
{
protected:
    Rapport lijst(const RapportBereik &bereik)
    {
        auto r = RapportService(*store).maak(RapportSoort::Doorlooptijden, periode, bereik, opties);
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        return r.ok() ? *r : Rapport{};
    }
};

} // namespace

TEST_F(Doorlooptijden, OneRowPerRealisationWithItsDaysFromCouplingToMove)
{
    const Rapport r = lijst(RapportBereik::land());
    ASSERT_EQ(r.tabellen.size(), 2);
    const RapportTabel &h = r.tabellen.at(0);
    EXPECT_EQ(h.sleutel, QStringLiteral("huishoudens"));
    ASSERT_EQ(h.rijen.size(), 11) << "A1, A2, B1..B4, C1..C4, D1; not A3, A4 or E1";
    const QVariantList &a1 = h.rijen.at(0); // Aadorp first, by the date of the uitschrijving
    EXPECT_EQ(a1.at(HCode).toString(), aadorp);
    EXPECT_EQ(a1.at(HVNummer).toString(), QStringLiteral("6200000001"));
    EXPECT_EQ(a1.at(HPersonen).toLongLong(), 4);
    EXPECT_TRUE(a1.at(HPartnerschap).isNull());
    EXPECT_EQ(a1.at(HKoppeling).toDate(), QDate(2025, 11, 1)) << "coupled in 2025-H2";
    EXPECT_EQ(a1.at(HVerhuizing).toDate(), QDate(2026, 1, 31));
    EXPECT_EQ(a1.at(HUitschrijving).toDate(), QDate(2026, 1, 31));
    EXPECT_EQ(a1.at(HDagen).toLongLong(), 91);
    EXPECT_FALSE(a1.at(HBinnen).toBool()) << "91 > 84";
    EXPECT_EQ(h.rijen.at(1).at(HDagen).toLongLong(), 42);
    EXPECT_TRUE(h.rijen.at(1).at(HBinnen).toBool());
}

TEST_F(Doorlooptijden, ThePerGemeenteTableEqualsMethodOneOfTheSupervisionFigures)
{
    const Rapport r = lijst(RapportBereik::land());
    const RapportTabel &g = r.tabellen.at(1);
    const Rapport toezicht = maak(RapportBereik::land());
    ASSERT_EQ(g.rijen.size(), 4);
    for (const auto &rij : g.rijen) {
        const QVariantList t = RapportToezichtTest::rij(toezicht, rij.at(GCode).toString());
        EXPECT_EQ(rij.at(GHuishoudens).toLongLong(), t.at(M1Aantal).toLongLong());
        EXPECT_DOUBLE_EQ(rij.at(GDagen).toDouble(), t.at(M1Dagen).toDouble());
        EXPECT_EQ(rij.at(GBinnen).toBool(), t.at(M1Binnen).toBool());
    }
    EXPECT_EQ(g.totaal.at(GHuishoudens).toLongLong(), 11);
    EXPECT_EQ(g.totaal.at(GPersonen).toLongLong(), 4 + 3 + 18 + 30 + 2);
    EXPECT_DOUBLE_EQ(g.totaal.at(GDagen).toDouble(), 80.5) << "885 / 11";
    EXPECT_EQ(g.totaal.at(GBoven).toLongLong(), 1 + 4) << "A1 and Bedum's four";
    EXPECT_TRUE(g.totaal.at(GBinnen).isNull()) << "a verdict per gemeente, not a sum";
}

TEST_F(Doorlooptijden, AHouseholdHousedByAPartnerMemberCountsThere)
{
    auto samen = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Heuvelrug"), aadorp,
                                                            {aadorp, bedum});
    ASSERT_TRUE(samen.ok());
    auto h = test::voorbeeldHuishouden(6200000701, 3, QDate(2025, 12, 1), azc);
    h.tekenen = QDate(2026, 3, 25);
    h.verhuizing = QDate(2026, 4, 1);
    h.uitschrijving = QDate(2026, 4, 2);
    h.huisvestGemeente = bedum;
    const qint64 id = test::voegToe(*store, h, vandaag);
    ASSERT_TRUE(KoppelingService(*store)
                    .koppelPartnerschap(id, *samen, QDate(2026, 2, 1), QStringLiteral("t"), vandaag)
                    .ok());
    const RapportTabel lijst = this->lijst(RapportBereik::vanGemeente(bedum)).tabellen.at(0);
    ASSERT_EQ(lijst.rijen.size(), 5);
    const QVariantList *rij = nullptr;
    for (const auto &r : lijst.rijen) {
        if (r.at(HVNummer).toString() == QStringLiteral("6200000701"))
            rij = &r;
    }
    ASSERT_NE(rij, nullptr);
    EXPECT_EQ(rij->at(HCode).toString(), bedum);
    EXPECT_EQ(rij->at(HPartnerschap).toString(), QStringLiteral("Heuvelrug"));
    EXPECT_EQ(rij->at(HDagen).toLongLong(), 59) << "to the move, not to the uitschrijving";
    for (const auto &r : lijst.rijen)
        EXPECT_EQ(r.at(HCode).toString(), bedum) << "a gemeente's list holds only its own";
}

TEST_F(Doorlooptijden, TheListNamesHouseholdsByVNumberOnly)
{
    const Rapport r = lijst(RapportBereik::land());
    const QString csv = QString::fromUtf8(rapportexport::csv(r));
    EXPECT_TRUE(csv.contains(QStringLiteral("6200000001"))) << csv.toStdString();
    EXPECT_FALSE(csv.contains(QStringLiteral("Amina"))) << "no first names";
    EXPECT_FALSE(csv.contains(QStringLiteral("Testperson"))) << "no surnames";
    EXPECT_TRUE(csv.contains(QStringLiteral("# huishoudens\r\ngemeente_code;gemeente;"
                                            "v_nummer;personen;partnerschap;koppel_datum;"
                                            "verhuis_datum;uitschrijving_datum;dagen;"
                                            "binnen_12_weken\r\n")))
        << csv.left(300).toStdString();
}

TEST_F(Doorlooptijden, TheBenchmarkSqlRunsAsWritten)
{
    auto statements =
        RapportService(*store).sql(RapportSoort::Doorlooptijden, periode,
                                   RapportBereik::vanProvincie(QStringLiteral("Utrecht")), opties);
    ASSERT_TRUE(statements.ok());
    ASSERT_EQ(statements->size(), 1);
    auto q = sql::run(store->database(), statements->first());
    ASSERT_TRUE(q.ok()) << statements->first().toStdString();
    int rijen = 0;
    while (q->next())
        ++rijen;
    EXPECT_EQ(rijen, 6) << "Aadorp's two and Bedum's four";
}
