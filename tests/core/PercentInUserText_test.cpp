// User text with "%1" or "%2" in it (a file name, a gemeente, AZC or partnership name) reaches
// every message unchanged: it never passes through QString::arg as a format (issue 11). A chain
// `.arg(name).arg(n)` would put `n` in place of the "%1" inside the name.
#include "TestSupport.h"

#include "core/csv/Csv.h"
#include "core/gemeente/GemeenteService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/import/HuishoudenCsv.h"
#include "core/koppeling/KoppelingControle.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

// Texts compared as std::string, so that a failure prints them.
std::string tekst(const QString &s)
{
    return s.toStdString();
}

const QDate vandaag(2026, 11, 29);
const QString groningen = QStringLiteral("GM0014");  // region 1
const QString utrecht = QStringLiteral("GM0344");    // region 3
const QString amstelveen = QStringLiteral("GM0362"); // region 3
const QString amsterdam = QStringLiteral("GM0363");  // region 3

// A household file: household 1000000001 with two persons (lines 2 and 3).
QByteArray huishoudenBestand(const QString &tweedeVNummer)
{
    const QStringList kolommen = huishoudenCsvKolommen();
    const auto rij = [&kolommen](const QString &vNummer, bool referent) {
        QStringList velden(kolommen.size());
        const QHash<QString, QString> waarden{
            {QStringLiteral("huishouden"), QStringLiteral("1000000001")},
            {QStringLiteral("v_nummer"), vNummer},
            {QStringLiteral("referent"), referent ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("voornamen"), QStringLiteral("Amina")},
            {QStringLiteral("achternaam"), QStringLiteral("Tesfay")},
            {QStringLiteral("geboortedatum"), QStringLiteral("1990-05-17")},
            {QStringLiteral("geslacht"), QStringLiteral("V")},
            {QStringLiteral("azc"), QStringLiteral("AZC Ter Apel")},
            {QStringLiteral("vergunning_datum"), QStringLiteral("2025-03-01")}};
        for (qsizetype k = 0; k < kolommen.size(); ++k)
            velden[k] = waarden.value(kolommen.at(k));
        return csv::line(velden) + QLatin1Char('\n');
    };
    return (csv::line(kolommen) + QLatin1Char('\n') + rij(QStringLiteral("1000000001"), true) +
            rij(tweedeVNummer, false))
        .toUtf8();
}

class PercentInUserTextTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("procent.sqlite")));
        ASSERT_TRUE(store);
    }

    void zet(const QString &sqlText, std::initializer_list<QVariant> waarden)
    {
        auto r = sql::run(store->database(), sqlText, waarden);
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    }

    void hernoemGemeente(const QString &code, const QString &naam)
    {
        zet(QStringLiteral("UPDATE gemeente SET naam = ? WHERE code = ?"), {naam, code});
    }

    const ControlePunt *punt(qint64 huishouden, const QString &gemeente, const QString &code)
    {
        auto r = KoppelingControle(*store).controleer(huishouden, gemeente, 0, vandaag);
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        if (!r)
            return nullptr;
        m_uitkomst = *r;
        for (const auto &p : m_uitkomst.punten) {
            if (p.code == code)
                return &p;
        }
        return nullptr;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;

private:
    ControleUitkomst m_uitkomst;
};

} // namespace

TEST_F(PercentInUserTextTest, CsvNamesAMissingFileExactly)
{
    const QString pad = dir.path(QStringLiteral("nope%1x%2.csv"));
    const auto r = csv::readFile(pad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(tekst(r.error().where), tekst(pad));
    const auto s = csv::readFileSlices(pad);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(tekst(s.error().where), tekst(pad));
}

TEST_F(PercentInUserTextTest, CsvNamesTheFileAndTheLineOfABadRowExactly)
{
    const QString pad = dir.path(QStringLiteral("in%1x%2.csv"));
    test::writeFile(pad, "a,b\n1,2\n3\n");
    const auto r = csv::readFile(pad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(tekst(r.error().where), tekst(pad + QStringLiteral(" line 3")));
    EXPECT_EQ(tekst(r.error().message),
              tekst(QStringLiteral("has 1 fields where the header line has 2")));

    // Invalid UTF-8 names the line and the column.
    test::writeFile(pad, "a,b\n1,\xff\n");
    const auto u = csv::readFile(pad);
    ASSERT_FALSE(u.ok());
    EXPECT_TRUE(u.error().where.startsWith(pad + QStringLiteral(" line 2")))
        << u.error().where.toStdString();
}

TEST_F(PercentInUserTextTest, HouseholdImportNamesTheFileLineAndColumnExactly)
{
    const QString pad = dir.path(QStringLiteral("in%1x%2.csv"));
    test::writeFile(pad, huishoudenBestand(QStringLiteral("10000000x2")));
    const auto r = importeerHuishoudens(*store, pad, vandaag);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(tekst(r.error().where), tekst(pad + QStringLiteral(" line 3, v_nummer")));

    // The same V-number twice: the message quotes the value and the other line.
    test::writeFile(pad, huishoudenBestand(QStringLiteral("1000000001")));
    const auto twee = importeerHuishoudens(*store, pad, vandaag);
    ASSERT_FALSE(twee.ok());
    EXPECT_TRUE(twee.error().where.startsWith(pad + QStringLiteral(" line 3, ")))
        << twee.error().toString().toStdString();

    const QString weg = dir.path(QStringLiteral("weg%1%2.csv"));
    const auto ontbreekt = importeerHuishoudens(*store, weg, vandaag);
    ASSERT_FALSE(ontbreekt.ok());
    EXPECT_EQ(tekst(ontbreekt.error().where), tekst(weg));

    test::writeFile(pad, huishoudenBestand(QStringLiteral("1000000002")));
    const auto goed = importeerHuishoudens(*store, pad, vandaag);
    ASSERT_TRUE(goed.ok()) << goed.error().toString().toStdString();
    EXPECT_EQ(*goed, 1);
}

TEST_F(PercentInUserTextTest, OutsideRegionRefusalQuotesGemeenteAndAzcNamesExactly)
{
    const qint64 azc = test::azcIn(*store, groningen);
    zet(QStringLiteral("UPDATE azc SET naam = ? WHERE id = ?"),
        {QStringLiteral("AZC %2 Gro%1ningen"), azc});
    hernoemGemeente(amsterdam, QStringLiteral("Amster%1dam%2"));
    const qint64 id = test::voegToe(
        *store, test::voorbeeldHuishouden(3000000001, 2, vandaag.addDays(-20), azc), vandaag);

    const ControlePunt *p = punt(id, amsterdam, QStringLiteral("buiten-regio"));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(tekst(p->tekst),
              tekst(QStringLiteral("Amster%1dam%2 lies in region 3, outside region 1 of the "
                                   "AZC AZC %2 Gro%1ningen.")));
}

TEST_F(PercentInUserTextTest, AheadWarningQuotesTheGemeenteNamesExactly)
{
    ASSERT_TRUE(
        TaakstellingService(*store)
            .zetVg(HalfJaar::van(vandaag), 100, tijdigheid::laatsteDagVg(HalfJaar::van(vandaag)))
            .ok());
    hernoemGemeente(utrecht, QStringLiteral("Utr%1echt%2"));
    hernoemGemeente(amsterdam, QStringLiteral("Amster%1dam"));
    const qint64 azc = test::azcIn(*store, amsterdam);
    // Eight persons housed in Utrecht this half-year: far ahead of its quota of 3.
    const QDate uit = vandaag.addDays(-5);
    auto gehuisvest = test::voorbeeldHuishouden(3000000101, 8, uit.addDays(-90), azc);
    gehuisvest.tekenen = uit.addDays(-10);
    gehuisvest.verhuizing = uit;
    gehuisvest.uitschrijving = uit;
    gehuisvest.huisvestGemeente = utrecht;
    const qint64 gehuisvestId = test::voegToe(*store, gehuisvest, vandaag);
    ASSERT_NE(gehuisvestId, 0);
    // It counts only through a coupling in force at the housing (3.2).
    ASSERT_TRUE(KoppelingService(*store)
                    .koppel(gehuisvestId, utrecht, uit.addDays(-80), QStringLiteral("t"), vandaag)
                    .ok());
    const qint64 id = test::voegToe(
        *store, test::voorbeeldHuishouden(3000000201, 2, vandaag.addDays(-20), azc), vandaag);

    const ControlePunt *p = punt(id, utrecht, QStringLiteral("voorsprong"));
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->tekst.startsWith(QStringLiteral("Utr%1echt%2 is ahead on its forecast by ")))
        << p->tekst.toStdString();
    EXPECT_TRUE(p->tekst.contains(QStringLiteral("most behind: Amster%1dam (") + QChar(0x2212)))
        << p->tekst.toStdString();
}

TEST_F(PercentInUserTextTest, PartnershipRegionRefusalQuotesThePartnershipNameExactly)
{
    auto ps = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Amstel%1land%2"),
                                                         amstelveen, {amstelveen, amsterdam});
    ASSERT_TRUE(ps.ok()) << ps.error().toString().toStdString();
    const Status s = GemeenteService(*store).voegLidToe(*ps, groningen);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(tekst(s.error().message),
              tekst(QStringLiteral("Groningen lies in region 1, but the coordinator "
                                   "of Amstel%1land%2, Amstelveen, in region 3")));
}
