// Report export: CSV that Excel opens on a Dutch machine, and the paged PDF.
#include "TestSupport.h"
#include "core/rapport/RapportExport.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace rd;
using namespace rd::test;

namespace {

RapportKolom kolom(const char *sleutel, const char *kop, KolomSoort soort)
{
    return {QString::fromLatin1(sleutel), QString::fromLatin1(kop), soort};
}

// Two gemeenten and a refusals table, values chosen to need every CSV rule.
Rapport kleinRapport()
{
    Rapport rapport;
    rapport.soort = RapportSoort::Weigeringen;
    rapport.titel = QStringLiteral("Refused dwellings");
    rapport.periode = HalfJaar(2025, 1);
    rapport.bereik = RapportBereik::vanRegio(3);
    rapport.bereikNaam = QStringLiteral("region 3");
    rapport.gemaaktOp = QDate(2025, 7, 2);
    rapport.toelichting << QStringLiteral("Delay counts the days between refusal and next offer.");

    RapportTabel gemeenten;
    gemeenten.sleutel = QStringLiteral("gemeenten");
    gemeenten.titel = QStringLiteral("Per gemeente");
    gemeenten.kolommen = {kolom("code", "Code", KolomSoort::Tekst),
                          kolom("naam", "Gemeente", KolomSoort::Tekst),
                          kolom("weigeringen", "Refusals", KolomSoort::Geheel),
                          kolom("gemiddelde_vertraging", "Mean delay", KolomSoort::Decimaal)};
    gemeenten.rijen = {
        {QStringLiteral("GM0344"), QStringLiteral("Utrecht"), 3, 12.26},
        {QStringLiteral("GM0001"), QStringLiteral("Zuid; \"Noord\""), 1, QVariant()}};
    gemeenten.totaal = {QStringLiteral("Total"), QString(), 4, 9.5};

    RapportTabel weigeringen;
    weigeringen.sleutel = QStringLiteral("weigeringen");
    weigeringen.titel = QStringLiteral("Refusals");
    weigeringen.kolommen = {kolom("datum", "Date", KolomSoort::Datum),
                            kolom("reden", "Reason", KolomSoort::Tekst),
                            kolom("terecht", "Justified", KolomSoort::JaNee),
                            kolom("vertraging_dagen", "Delay", KolomSoort::Geheel)};
    weigeringen.rijen = {{QDate(2025, 3, 4), QStringLiteral("te klein\r\nen ver"), true, 14},
                         {QDate(2025, 5, 31), QStringLiteral("ziek"), false, -2}};

    rapport.tabellen = {gemeenten, weigeringen};
    return rapport;
}

Rapport langRapport(int rijen)
{
    Rapport rapport = kleinRapport();
    rapport.titel = QStringLiteral("Status holders per gemeente");
    RapportTabel tabel;
    tabel.sleutel = QStringLiteral("gemeenten");
    tabel.titel = QStringLiteral("Couplings");
    tabel.kolommen = {kolom("naam", "Gemeentenaam", KolomSoort::Tekst),
                      kolom("personen", "Persons", KolomSoort::Geheel)};
    for (int i = 0; i < rijen; ++i)
        tabel.rijen.append(
            QVariantList{QStringLiteral("Plaats%1").arg(i, 3, 10, QLatin1Char('0')), i});
    rapport.tabellen = {tabel};
    return rapport;
}

} // namespace

TEST(RapportExport, CsvIsUtf8WithBomSemicolonsCrlfQuotingDecimalCommaAndTotalsLast)
{
    const QByteArray verwacht = "\xEF\xBB\xBF"
                                "# gemeenten\r\n"
                                "code;naam;weigeringen;gemiddelde_vertraging\r\n"
                                "GM0344;Utrecht;3;12,3\r\n"
                                "GM0001;\"Zuid; \"\"Noord\"\"\";1;\r\n"
                                "totaal;;4;9,5\r\n"
                                "\r\n"
                                "# weigeringen\r\n"
                                "datum;reden;terecht;vertraging_dagen\r\n"
                                "2025-03-04;\"te klein\r\nen ver\";ja;14\r\n"
                                "2025-05-31;ziek;nee;-2\r\n";
    EXPECT_EQ(rapportexport::csv(kleinRapport()), verwacht);
}

TEST(RapportExport, CsvWritesFormulaCellsAsTextAndKeepsNegativeNumbers)
{
    Rapport rapport = kleinRapport();
    RapportTabel &tabel = rapport.tabellen.first();
    tabel.rijen = {
        {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1+1"), -12, -2.5},
        {QStringLiteral("@SUM(A1)"), QStringLiteral("-2+3"), 0, -0.5},
        {QStringLiteral("\t=1"), QStringLiteral("\r=1"), 1, 0.0},
        {QStringLiteral("=HYPERLINK(\"http://x.example\";\"x\")"), QStringLiteral("'=1"), 2, 1.0}};
    tabel.totaal = {QStringLiteral("Total"), QString(), -9, -1.0};
    rapport.tabellen.removeLast();
    const QByteArray bytes = rapportexport::csv(rapport);
    const QByteArray verwacht = "\xEF\xBB\xBF"
                                "code;naam;weigeringen;gemiddelde_vertraging\r\n"
                                "'=cmd|' /C calc'!A0;'+1+1;-12;-2,5\r\n"
                                "'@SUM(A1);'-2+3;0;-0,5\r\n"
                                "'\t=1;\"'\r=1\";1;0,0\r\n"
                                "\"'=HYPERLINK(\"\"http://x.example\"\";\"\"x\"\")\";''=1;2;1,0\r\n"
                                "totaal;;-9;-1,0\r\n";
    EXPECT_EQ(bytes, verwacht);
}

TEST(RapportExport, AnAmountInCentsIsWrittenInEuroWithTwoDecimalsExactly)
{
    Rapport rapport = kleinRapport();
    RapportTabel tabel;
    tabel.sleutel = QStringLiteral("weigeringen");
    tabel.kolommen = {kolom("huurderving", "Lost rent", KolomSoort::Bedrag)};
    tabel.rijen = {{qint64(85050)}, {qint64(5)}, {qint64(0)}, {QVariant()}, {qint64(-1205)}};
    tabel.totaal = {qint64(100000000099)};
    rapport.tabellen = {tabel};
    EXPECT_EQ(rapportexport::csv(rapport), QByteArray("\xEF\xBB\xBF"
                                                      "huurderving\r\n"
                                                      "850,50\r\n"
                                                      "0,05\r\n"
                                                      "0,00\r\n"
                                                      "\r\n"
                                                      "-12,05\r\n"
                                                      "totaal\r\n"))
        << "the totals row's first cell says totaal";
    EXPECT_TRUE(rapport::isGetal(KolomSoort::Bedrag));
    const QLocale was;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    EXPECT_EQ(rapport::celTekst(qint64(85050), KolomSoort::Bedrag), QStringLiteral("850,50"));
    EXPECT_EQ(rapport::celTekst(qint64(-5), KolomSoort::Bedrag), QStringLiteral("\u22120,05"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(rapport::celTekst(qint64(123456), KolomSoort::Bedrag), QStringLiteral("1,234.56"));
    QLocale::setDefault(was);
}

TEST(RapportExport, CsvOfASingleTableHasNoTableKeyLine)
{
    Rapport rapport = kleinRapport();
    rapport.tabellen.removeLast();
    const QByteArray bytes = rapportexport::csv(rapport);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "code;naam;"));
    EXPECT_FALSE(bytes.contains("# "));
    EXPECT_TRUE(bytes.endsWith("totaal;;4;9,5\r\n"));
}

TEST(RapportExport, BewaarCsvWritesExactlyTheCsvBytes)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("weigeringen.csv"));
    const auto status =
        rapportexport::bewaar(kleinRapport(), pad, rapportexport::Formaat::Csv, false);
    ASSERT_TRUE(status) << status.error().toString().toStdString();
    EXPECT_EQ(fileBytes(pad), rapportexport::csv(kleinRapport()));
}

TEST(RapportExport, PdfHoldsTitleParametersNotesCellsAndPageNumber)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("weigeringen.pdf"));
    const Rapport rapport = kleinRapport();
    const auto status = rapportexport::bewaar(rapport, pad, rapportexport::Formaat::Pdf, false);
    ASSERT_TRUE(status) << status.error().toString().toStdString();
    EXPECT_TRUE(fileBytes(pad).startsWith("%PDF"));
    const QString tekst = pdfText(pad);
    EXPECT_TRUE(tekst.contains(QStringLiteral("Refused dwellings")));
    for (const auto &parameter : rapport.parameters())
        EXPECT_TRUE(tekst.contains(parameter)) << parameter.toStdString();
    EXPECT_TRUE(tekst.contains(QStringLiteral("Delay counts the days")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("Per gemeente")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("Utrecht")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("GM0344")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("Mean delay")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("page 1 of 1")));
    EXPECT_FALSE(tekst.contains(QStringLiteral("page 2")));
}

TEST(RapportExport, PdfLongTableRunsOverSeveralPagesWithItsHeaderOnEach)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("lang.pdf"));
    const auto status =
        rapportexport::bewaar(langRapport(300), pad, rapportexport::Formaat::Pdf, false);
    ASSERT_TRUE(status) << status.error().toString().toStdString();
    QStringList paginas = pdfText(pad).split(QLatin1Char('\f'));
    while (!paginas.isEmpty() && paginas.last().trimmed().isEmpty())
        paginas.removeLast();
    ASSERT_GE(paginas.size(), 3);
    const int aantal = int(paginas.size());
    for (int i = 0; i < aantal; ++i) {
        EXPECT_TRUE(paginas.at(i).contains(QStringLiteral("Gemeentenaam"))) << "page " << i + 1;
        EXPECT_TRUE(paginas.at(i).contains(
            QStringLiteral("page %1 of %2").arg(QString::number(i + 1), QString::number(aantal))))
            << "page " << i + 1;
    }
    EXPECT_TRUE(paginas.first().contains(QStringLiteral("Plaats000")));
    EXPECT_TRUE(paginas.last().contains(QStringLiteral("Plaats299")));
}

TEST(RapportExport, BewaarToAnUnwritablePathNamesThePathAndLeavesNoFile)
{
    TempDir dir;
    for (const auto formaat : {rapportexport::Formaat::Csv, rapportexport::Formaat::Pdf}) {
        const QString pad = dir.path(QStringLiteral("ontbreekt/map/rapport.out"));
        const auto status = rapportexport::bewaar(kleinRapport(), pad, formaat, false);
        ASSERT_FALSE(status);
        EXPECT_TRUE(status.error().toString().contains(pad))
            << status.error().toString().toStdString();
        EXPECT_FALSE(QFileInfo::exists(pad));
        EXPECT_FALSE(QFileInfo::exists(dir.path(QStringLiteral("ontbreekt"))));
    }
}

TEST(RapportExport, AWideTableIsLaidOutOnALandscapePageSoItsWordsStayWhole)
{
    Rapport smal = kleinRapport();
    EXPECT_EQ(rapportexport::pagina(smal).orientation(), QPageLayout::Portrait);

    Rapport breed = kleinRapport();
    RapportTabel tabel;
    tabel.sleutel = QStringLiteral("breed");
    for (int k = 0; k < 16; ++k)
        tabel.kolommen.append(
            {QStringLiteral("k%1").arg(k), QStringLiteral("Backlog%1").arg(k), KolomSoort::Geheel});
    tabel.rijen.append(QVariantList(16, QVariant(qint64(12345))));
    breed.tabellen.append(tabel);
    EXPECT_EQ(rapportexport::pagina(breed).orientation(), QPageLayout::Landscape);

    test::TempDir dir;
    const QString pad = dir.path(QStringLiteral("breed.pdf"));
    ASSERT_TRUE(rapportexport::bewaar(breed, pad, rapportexport::Formaat::Pdf, false).ok());
    const QString tekst = test::pdfText(pad);
    for (int k = 0; k < 16; ++k)
        EXPECT_TRUE(tekst.contains(QStringLiteral("Backlog%1").arg(k))) << "heading " << k;
}
