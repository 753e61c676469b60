#include "TestSupport.h"

#include "core/csv/Csv.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/import/HuishoudenCsv.h"
#include "core/store/Sql.h"

#include <QFile>
#include <QHash>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2025, 6, 1);

// A household file as rows of named fields; line 1 is the header, rij(0) is line 2.
struct Bestand
{
    QList<QStringList> rijen;

    void voegToe(const QHash<QString, QString> &velden)
    {
        QStringList rij;
        for (const QString &kolom : huishoudenCsvKolommen())
            rij << velden.value(kolom);
        rijen << rij;
    }
    void zet(int rij, const char *kolom, const QString &waarde)
    {
        const auto k = huishoudenCsvKolommen().indexOf(QLatin1String(kolom));
        ASSERT_GE(k, 0) << kolom;
        rijen[rij][k] = waarde;
    }
    QByteArray bytes(QChar scheiding = QLatin1Char(',')) const
    {
        QString tekst = csv::line(huishoudenCsvKolommen(), scheiding) + QLatin1Char('\n');
        for (const auto &rij : rijen)
            tekst += csv::line(rij, scheiding) + QLatin1Char('\n');
        return tekst.toUtf8();
    }
};

QHash<QString, QString> persoon(const char *sleutel, const char *vNummer, bool referent,
                                const char *voornaam)
{
    return {{QStringLiteral("huishouden"), QLatin1String(sleutel)},
            {QStringLiteral("v_nummer"), QLatin1String(vNummer)},
            {QStringLiteral("referent"), referent ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("voornamen"), QLatin1String(voornaam)},
            {QStringLiteral("achternaam"), QStringLiteral("Tesfay")},
            {QStringLiteral("geboortedatum"), QStringLiteral("1990-05-17")},
            {QStringLiteral("geslacht"), QStringLiteral("V")},
            {QStringLiteral("azc"), QStringLiteral("AZC Ter Apel")},
            {QStringLiteral("vergunning_datum"), QStringLiteral("2025-03-01")}};
}

// Line 2 and 3: household 1000000001 (two persons); line 4: household 1000000011.
Bestand basis()
{
    Bestand b;
    b.voegToe(persoon("1000000001", "1000000001", true, "Amina"));
    b.voegToe(persoon("1000000001", "1000000002", false, "Yonas"));
    b.voegToe(persoon("1000000011", "1000000011", true, "Karim"));
    return b;
}

class HuishoudensCsvTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        storePath = dir.path(QStringLiteral("s.sqlite"));
        store = test::openStore(storePath);
        ASSERT_TRUE(store);
    }

    Result<int> importeer(const QByteArray &bytes)
    {
        const QString path = dir.path(QStringLiteral("huishoudens.csv"));
        test::writeFile(path, bytes);
        return importeerHuishoudens(*store, path, vandaag);
    }

    qint64 tel(const char *tabel, Store &s) const
    {
        auto n = sql::scalar(s.database(),
                             QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(tabel)));
        return n.ok() ? n->toLongLong() : -1;
    }

    // A rejected file names `waar` (e.g. "line 3, bsn") and leaves the store file as it was.
    void verwachtAfwijzing(const QByteArray &bytes, const QString &waar)
    {
        store.reset();
        const QByteArray voor = test::fileBytes(storePath);
        const QByteArray walVoor = test::fileBytes(storePath + QStringLiteral("-wal"));
        auto geopend = Store::open(storePath);
        ASSERT_TRUE(geopend.ok());
        store = std::move(geopend).value();
        const qint64 personenVoor = tel("persoon", *store);
        auto r = importeer(bytes);
        ASSERT_FALSE(r.ok()) << "expected a rejection naming " << waar.toStdString();
        EXPECT_TRUE(r.error().toString().contains(waar)) << r.error().toString().toStdString();
        {
            auto vers = Store::open(storePath, Store::Mode::ReadOnly);
            ASSERT_TRUE(vers.ok());
            EXPECT_EQ(tel("persoon", **vers), personenVoor)
                << "a fresh connection must see nothing new";
        }
        store.reset();
        EXPECT_TRUE(test::fileBytes(storePath) == voor) << "the store file changed";
        EXPECT_TRUE(test::fileBytes(storePath + QStringLiteral("-wal")) == walVoor)
            << "the WAL changed";
        store = test::openStore(storePath, false);
    }

    test::TempDir dir;
    QString storePath;
    std::unique_ptr<Store> store;
};

QByteArray voorbeeldUitDocs()
{
    QFile file(QStringLiteral(REGIEDESK_SOURCE_DIR "/docs/huishoudens-csv.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray tekst = file.readAll();
    const qsizetype begin = tekst.indexOf("```csv\n");
    const qsizetype eind = tekst.indexOf("```", begin + 7);
    if (begin < 0 || eind < 0)
        return {};
    return tekst.mid(begin + 7, eind - begin - 7);
}

} // namespace

TEST_F(HuishoudensCsvTest, DocumentedExampleImports)
{
    const QByteArray voorbeeld = voorbeeldUitDocs();
    ASSERT_FALSE(voorbeeld.isEmpty()) << "docs/huishoudens-csv.md must hold a ```csv example";
    auto n = importeer(voorbeeld);
    ASSERT_TRUE(n.ok()) << n.error().toString().toStdString();
    EXPECT_EQ(*n, 2);
    auto alle = HuishoudenRepository(*store).alle();
    ASSERT_TRUE(alle.ok());
    ASSERT_EQ(alle->size(), 2);
    const Huishouden &gezin = alle->at(0);
    ASSERT_EQ(gezin.personen.size(), 2);
    EXPECT_EQ(gezin.personen.at(0).talen,
              (QStringList{QStringLiteral("Arabic"), QStringLiteral("English")}));
    EXPECT_EQ(gezin.personen.at(0).werkervaring, QStringLiteral("nurse, 6 years"));
    ASSERT_TRUE(gezin.gesprek.has_value());
    EXPECT_EQ(gezin.gesprek->gezinsherenigingStatus, QStringLiteral("aangevraagd"));
    ASSERT_EQ(gezin.gesprek->criteria.size(), 2);
    EXPECT_EQ(gezin.gesprek->criteria.at(0).soort, CriteriumSoort::Behandeling);
    EXPECT_EQ(gezin.gesprek->criteria.at(0).plaats, QStringLiteral("Nijmegen"));
    EXPECT_EQ(gezin.gesprek->criteria.at(1).gemeenteCode, QStringLiteral("GM0363"));
    EXPECT_EQ(gezin.gesprek->criteria.at(1).toelichting, QStringLiteral("contract 24u"));
    const Huishouden &alleen = alle->at(1);
    EXPECT_EQ(alleen.uitschrijving, QDate(2025, 4, 3));
    EXPECT_EQ(alleen.huisvestGemeente, QStringLiteral("GM0363"));
    EXPECT_EQ(alleen.personen.at(0).bsn, QStringLiteral("111222333"));
    EXPECT_NE(gezin.azcId, alleen.azcId) << "AZC names map to their own locations";
}

TEST_F(HuishoudensCsvTest, RoundTripGivesIdenticalBytes)
{
    ASSERT_TRUE(importeer(voorbeeldUitDocs()).ok());
    // Add a household with awkward text and one without intake through the repository.
    Huishouden lastig = test::voorbeeldHuishouden(2000000001, 3, QDate(2025, 2, 1),
                                                  test::azcIn(*store, QStringLiteral("GM0599")));
    lastig.personen[0].voornamen = QString::fromUtf8("Zoë \"Zee\"");
    lastig.personen[1].werkervaring = QStringLiteral("line one\nline two; with, commas");
    lastig.personen[2].talen = {QStringLiteral("Dari"), QStringLiteral("Pashto")};
    Huisvestinggesprek g;
    g.datum = QDate(2025, 2, 2);
    g.woonbehoefte = QStringLiteral("near \"school\"");
    g.criteria = {{CriteriumSoort::Familie, QStringLiteral("GM0014"),
                   QStringLiteral("Stad:centrum"), QStringLiteral("aunt | uncle: both")},
                  {CriteriumSoort::Opleiding, {}, QStringLiteral("Delft\\TU"), {}}};
    lastig.gesprek = g;
    test::voegToe(*store, lastig, vandaag);
    test::voegToe(*store, test::voorbeeldHuishouden(2000000011, 1, QDate(2025, 1, 1), 0), vandaag);

    const QString eerste = dir.path(QStringLiteral("eerste.csv"));
    auto n = exporteerHuishoudens(*store, eerste, false);
    ASSERT_TRUE(n.ok()) << n.error().toString().toStdString();
    EXPECT_EQ(*n, 4);
    const QByteArray bytes = test::fileBytes(eerste);
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF")) << "no BOM";
    EXPECT_FALSE(bytes.contains('\r')) << "LF line ends";
    EXPECT_TRUE(
        bytes.startsWith((csv::line(huishoudenCsvKolommen()) + QLatin1Char('\n')).toUtf8()));

    auto tweede = test::openStore(dir.path(QStringLiteral("tweede.sqlite")));
    ASSERT_TRUE(tweede);
    test::azcIn(*tweede, QStringLiteral("GM0599"));
    auto m = importeerHuishoudens(*tweede, eerste, vandaag);
    ASSERT_TRUE(m.ok()) << m.error().toString().toStdString();
    EXPECT_EQ(*m, 4);
    const QString opnieuw = dir.path(QStringLiteral("opnieuw.csv"));
    ASSERT_TRUE(exporteerHuishoudens(*tweede, opnieuw, false).ok());
    EXPECT_EQ(test::fileBytes(opnieuw), bytes);

    auto terug = HuishoudenRepository(*tweede).alle();
    ASSERT_TRUE(terug.ok());
    const auto &criteria = terug->at(2).gesprek->criteria;
    ASSERT_EQ(criteria.size(), 2);
    EXPECT_EQ(criteria.at(0).plaats, QStringLiteral("Stad:centrum"));
    EXPECT_EQ(criteria.at(0).toelichting, QStringLiteral("aunt | uncle: both"));
    EXPECT_EQ(criteria.at(1).plaats, QStringLiteral("Delft\\TU"));
    EXPECT_EQ(terug->at(2).personen.at(1).werkervaring, lastig.personen.at(1).werkervaring);
    EXPECT_FALSE(terug->at(3).gesprek.has_value());
}

TEST_F(HuishoudensCsvTest, RowsInAnyOrderAndHouseholdColumnsMayBeEmptyOnOtherRows)
{
    Bestand b = basis();
    std::swap(b.rijen[0], b.rijen[2]); // Karim first, then Yonas, then Amina
    b.zet(1, "azc", {});
    b.zet(1, "vergunning_datum", {});
    auto n = importeer(b.bytes());
    ASSERT_TRUE(n.ok()) << n.error().toString().toStdString();
    EXPECT_EQ(*n, 2);
    auto alle = HuishoudenRepository(*store).alle();
    ASSERT_TRUE(alle.ok());
    EXPECT_EQ(alle->at(0).personen.at(0).vNummer, QStringLiteral("1000000011"));
    const Huishouden &gezin = alle->at(1);
    ASSERT_EQ(gezin.personen.size(), 2);
    EXPECT_EQ(gezin.personen.at(0).vNummer, QStringLiteral("1000000001"))
        << "the reference person comes first";
    EXPECT_EQ(gezin.vergunning, QDate(2025, 3, 1));
    EXPECT_FALSE(gezin.gesprek.has_value());
}

TEST_F(HuishoudensCsvTest, SemicolonsBomAndColumnsInAnyOrder)
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "geslacht;vergunning_datum;achternaam;voornamen;referent;v_nummer;"
                           "huishouden;geboortedatum\r\n"
                           "X;2025-03-01;Haddad;Sami;1;1000000021;1000000021;2001-01-01\r\n";
    auto n = importeer(csv);
    ASSERT_TRUE(n.ok()) << n.error().toString().toStdString();
    auto id = HuishoudenRepository(*store).zoekOpVNummer(QStringLiteral("1000000021"));
    ASSERT_TRUE(id.ok() && id->has_value());
    auto h = HuishoudenRepository(*store).laad(**id);
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(h->personen.at(0).geslacht, QStringLiteral("X"));
    EXPECT_EQ(h->azcId, 0) << "no azc column: no AZC";
    EXPECT_TRUE(h->eersteHuisvesting) << "default of eerste_huisvesting";
}

TEST_F(HuishoudensCsvTest, MissingRequiredColumnIsNamed)
{
    for (const QString &kolom : verplichteHuishoudenCsvKolommen()) {
        Bestand b = basis();
        const auto k = huishoudenCsvKolommen().indexOf(kolom);
        QStringList header = huishoudenCsvKolommen();
        header.removeAt(k);
        QString tekst = csv::line(header) + QLatin1Char('\n');
        for (QStringList rij : b.rijen) {
            rij.removeAt(k);
            tekst += csv::line(rij) + QLatin1Char('\n');
        }
        auto r = importeer(tekst.toUtf8());
        ASSERT_FALSE(r.ok()) << kolom.toStdString();
        EXPECT_TRUE(r.error().message.contains(QLatin1Char('"') + kolom + QLatin1Char('"')))
            << r.error().toString().toStdString();
    }
}

TEST_F(HuishoudensCsvTest, EachBadLineRejectsTheFileNamingLineAndColumn)
{
    struct Geval
    {
        int rij;
        const char *kolom;
        QString waarde;
        QString verwacht;
    };
    const QList<Geval> gevallen{
        {1, "geboortedatum", QStringLiteral("2015-13-01"), QStringLiteral("line 3, geboortedatum")},
        {1, "geboortedatum", QStringLiteral("2030-01-01"), QStringLiteral("line 3, geboortedatum")},
        {1, "bsn", QStringLiteral("123456789"), QStringLiteral("line 3, bsn")},
        {1, "v_nummer", QStringLiteral("12345"), QStringLiteral("line 3, v_nummer")},
        {2, "voornamen", QString(), QStringLiteral("line 4, voornamen")},
        {2, "geslacht", QStringLiteral("F"), QStringLiteral("line 4, geslacht")},
        {2, "azc", QStringLiteral("AZC Atlantis"), QStringLiteral("line 4, azc")},
        {1, "vergunning_datum", QStringLiteral("2025-03-02"),
         QStringLiteral("line 3, vergunning_datum")},
        {0, "categorie", QStringLiteral("vip"), QStringLiteral("line 2, categorie")},
        {0, "referent", QStringLiteral("ja"), QStringLiteral("line 2, referent")},
        {0, "referent", QStringLiteral("0"), QStringLiteral("line 2, referent")},
        {1, "referent", QStringLiteral("1"), QStringLiteral("line 2, referent")},
        {2, "huishouden", QStringLiteral("1000000012"), QStringLiteral("line 4, huishouden")},
        {2, "huishouden", QString(), QStringLiteral("line 4, huishouden")},
        {2, "uitschrijving_datum", QStringLiteral("2025-04-01"),
         QStringLiteral("line 4, huisvest_gemeente")},
        {2, "huisvest_gemeente", QStringLiteral("GM9999"),
         QStringLiteral("line 4, huisvest_gemeente")},
        {2, "vergunning_datum", QStringLiteral("2026-01-01"),
         QStringLiteral("line 4, vergunning_datum")},
        {2, "gesprek_datum", QStringLiteral("2025-02-01"), QStringLiteral("line 4, gesprek_datum")},
        {2, "tolk_taal", QStringLiteral("Arabic"), QStringLiteral("line 4, gesprek_datum")},
        {2, "criteria", QStringLiteral("huisdier:GM0363::"), QStringLiteral("line 4, criteria")},
        {2, "criteria", QStringLiteral("werk:GM9999::"), QStringLiteral("line 4, criteria")},
        {2, "nareizigers_verwacht", QStringLiteral("twee"),
         QStringLiteral("line 4, nareizigers_verwacht")},
        {2, "zelfhuisvester", QStringLiteral("2"), QStringLiteral("line 4, zelfhuisvester")},
    };
    for (const auto &g : gevallen) {
        Bestand b = basis();
        b.zet(g.rij, g.kolom, g.waarde);
        if (QLatin1String(g.kolom) == QLatin1String("criteria"))
            b.zet(g.rij, "gesprek_datum", QStringLiteral("2025-03-02"));
        auto r = importeer(b.bytes());
        ASSERT_FALSE(r.ok()) << g.kolom << "=" << g.waarde.toStdString();
        EXPECT_TRUE(r.error().toString().contains(g.verwacht))
            << g.kolom << "=" << g.waarde.toStdString() << ": "
            << r.error().toString().toStdString();
    }
    EXPECT_EQ(tel("huishouden", *store), 0) << "nothing of the rejected files was stored";
}

TEST_F(HuishoudensCsvTest, VNummerOrBsnAlreadyInTheStoreNamesTheLine)
{
    test::voegToe(*store, test::voorbeeldHuishouden(1000000002, 1, QDate(2025, 1, 1), 0), vandaag);
    auto r = importeer(basis().bytes());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().toString().contains(QLatin1String("line 3, v_nummer")))
        << r.error().toString().toStdString();

    Huishouden metBsn = test::voorbeeldHuishouden(1000000091, 1, QDate(2025, 1, 1), 0);
    metBsn.personen[0].bsn = QStringLiteral("111222333");
    test::voegToe(*store, metBsn, vandaag);
    Bestand b = basis();
    b.rijen.removeAt(1);
    b.zet(1, "bsn", QStringLiteral("111222333"));
    auto s = importeer(b.bytes());
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().toString().contains(QLatin1String("line 3, bsn")))
        << s.error().toString().toStdString();
}

TEST_F(HuishoudensCsvTest, SameVNummerInTwoHouseholdsNamesBothLines)
{
    Bestand b = basis();
    b.voegToe(persoon("1000000011", "1000000002", false, "Omar"));
    auto r = importeer(b.bytes());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().toString().contains(QLatin1String("line 5, v_nummer")))
        << r.error().toString().toStdString();
    EXPECT_TRUE(r.error().message.contains(QLatin1String("line 3")))
        << r.error().toString().toStdString();
}

TEST_F(HuishoudensCsvTest, SameBsnInTwoHouseholdsNamesBothLines)
{
    Bestand b = basis();
    b.zet(0, "bsn", QStringLiteral("111222333"));
    b.zet(2, "bsn", QStringLiteral("111222333"));
    auto r = importeer(b.bytes());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().toString().contains(QLatin1String("line 4, bsn")))
        << r.error().toString().toStdString();
    EXPECT_TRUE(r.error().message.contains(QLatin1String("line 2")))
        << r.error().toString().toStdString();
}

TEST_F(HuishoudensCsvTest, RejectedImportLeavesTheStoreByteIdentical)
{
    test::voegToe(*store, test::voorbeeldHuishouden(1000000091, 2, QDate(2025, 1, 1), 0), vandaag);
    Bestand b = basis();
    b.zet(2, "geboortedatum", QStringLiteral("1899-12-31"));
    verwachtAfwijzing(b.bytes(), QStringLiteral("line 4, geboortedatum"));
    Bestand c = basis();
    c.zet(2, "v_nummer", QStringLiteral("1000000092"));
    c.zet(2, "huishouden", QStringLiteral("1000000092"));
    verwachtAfwijzing(c.bytes(), QStringLiteral("line 4, v_nummer"));
    verwachtAfwijzing(basis().bytes() + "1000000051,1000000051,1\n", QStringLiteral("line 5"));
    EXPECT_EQ(tel("huishouden", *store), 1);
}

TEST_F(HuishoudensCsvTest, EmptyFileIsRejected)
{
    EXPECT_FALSE(importeer(csv::line(huishoudenCsvKolommen()).toUtf8() + "\n").ok());
    EXPECT_FALSE(importeer("").ok());
}

// Issue 12 (handbook 3.2, 3.4.1): the file carries no couplings, so a regular household
// registered out for its first housing would count without one: refused, naming the line.
TEST_F(HuishoudensCsvTest, AHousedRegularHouseholdIsRefusedForItCountsOnlyThroughACoupling)
{
    Bestand b = basis();
    b.zet(2, "uitschrijving_datum", QStringLiteral("2025-04-03"));
    b.zet(2, "huisvest_gemeente", QStringLiteral("GM0363"));
    verwachtAfwijzing(b.bytes(), QStringLiteral("line 4, uitschrijving_datum"));
    b.zet(2, "zelfhuisvester", QStringLiteral("1"));
    verwachtAfwijzing(b.bytes(), QStringLiteral("line 4, uitschrijving_datum"));

    // Not its first housing: it does not count and needs no coupling.
    b.zet(2, "eerste_huisvesting", QStringLiteral("0"));
    auto n = importeer(b.bytes());
    ASSERT_TRUE(n.ok()) << n.error().toString().toStdString();
}

TEST_F(HuishoudensCsvTest, AHousedExceptionImportsForItCountsWithoutACoupling)
{
    for (const char *categorie : {"hervestiging", "b9", "amv"}) {
        Bestand b;
        b.voegToe(persoon("1000000011", "1000000011", true, "Karim"));
        b.zet(0, "categorie", QLatin1String(categorie));
        b.zet(0, "uitschrijving_datum", QStringLiteral("2025-04-03"));
        b.zet(0, "huisvest_gemeente", QStringLiteral("GM0363"));
        auto n = importeer(b.bytes());
        ASSERT_TRUE(n.ok()) << categorie << ": " << n.error().toString().toStdString();
        auto weg = sql::run(store->database(), QStringLiteral("DELETE FROM huishouden"));
        ASSERT_TRUE(weg.ok());
    }
}

TEST(HuishoudenCsvCriteria, EncodingReadsBack)
{
    const QList<PlaatsingsCriterium> criteria{
        {CriteriumSoort::Werk, QStringLiteral("GM0363"), {}, QStringLiteral("contract 24u")},
        {CriteriumSoort::Familie, {}, QStringLiteral("a:b|c\\d"), QStringLiteral("x: y")}};
    const QString tekst = codeerCriteria(criteria);
    EXPECT_TRUE(tekst.startsWith(QLatin1String("werk:GM0363::contract 24u|familie::")))
        << tekst.toStdString();
    auto terug = leesCriteria(tekst);
    ASSERT_TRUE(terug.ok());
    ASSERT_EQ(terug->size(), 2);
    EXPECT_EQ(terug->at(1).plaats, QStringLiteral("a:b|c\\d"));
    EXPECT_EQ(terug->at(1).toelichting, QStringLiteral("x: y"));
    auto los = leesCriteria(QStringLiteral("opleiding::Delft:note: with colon"));
    ASSERT_TRUE(los.ok());
    EXPECT_EQ(los->at(0).toelichting, QStringLiteral("note: with colon"))
        << "a ':' in the last part may stay as is";
    EXPECT_FALSE(leesCriteria(QStringLiteral("onbekend:GM0363::")).ok());
}
