// The window's lists to print and export (lijstexport), core's CSV writer (csvexport) and the
// suggested file names with the scope.
#include "TestSupport.h"

#include "lijst/LijstExport.h"
#include "output/Bestandsnaam.h"
#include "output/CsvExport.h"
#include "rapport/RapportBestandsnaam.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QTextDocument>

#include <sys/stat.h>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::test;

namespace {

unsigned modus(const QString &pad)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(pad).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

QString rijNaam(int i)
{
    return QStringLiteral("Persoon%1").arg(i, 3, 10, QLatin1Char('0'));
}

// A list as a view gives it: a group row, rows, a cell that would be a formula.
Lijst kleineLijst()
{
    Lijst lijst;
    lijst.sleutel = QStringLiteral("termijnen");
    lijst.titel = QStringLiteral("Deadlines — Regio 5");
    lijst.regels = {QStringLiteral("Grouped by municipality"), QStringLiteral("3 open cases")};
    lijst.gemaaktOp = QDate(2026, 12, 3);
    lijst.kolommen = {{QStringLiteral("Household"), false},
                      {QStringLiteral("Municipality"), false},
                      {QStringLiteral("Days left"), true}};
    lijst.rijen = {
        {{QStringLiteral("Arnhem"), QStringLiteral("2 cases"), QString()}, true},
        {{QStringLiteral("Jansen (V1)"), QStringLiteral("Arnhem"), QStringLiteral("4")}, false},
        {{QStringLiteral("=1+1"), QStringLiteral("Arnhem; Oost"), QStringLiteral("-3")}, false}};
    return lijst;
}

Lijst langeLijst(int rijen)
{
    Lijst lijst = kleineLijst();
    lijst.titel = QStringLiteral("Queue — Regio 5");
    lijst.rijen.clear();
    for (int i = 0; i < rijen; ++i)
        lijst.rijen.append({{rijNaam(i), QStringLiteral("Ede"), QString::number(i)}, false});
    return lijst;
}

} // namespace

TEST(CsvExport, WritesBomSemicolonsCrlfQuotesAndNeutralisesFormulaCells)
{
    const QByteArray bytes =
        csvexport::tabel({QStringLiteral("Naam"), QStringLiteral("Dagen")},
                         {{QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("-12")},
                          {QStringLiteral("@SUM(A1)"), QStringLiteral("+31 6")},
                          {QStringLiteral("-2+3"), QStringLiteral("\t=1")},
                          {QStringLiteral("Zuid; \"Noord\""), QStringLiteral("a\nb")}});
    const QByteArray verwacht = "\xEF\xBB\xBF"
                                "Naam;Dagen\r\n"
                                "'=cmd|' /C calc'!A0;-12\r\n"
                                "'@SUM(A1);'+31 6\r\n"
                                "'-2+3;'\t=1\r\n"
                                "\"Zuid; \"\"Noord\"\"\";\"a\nb\"\r\n";
    EXPECT_EQ(bytes, verwacht);
}

TEST(CsvExport, SavesThroughOutputFileOnlyForTheUserAndNotOverAFileWithoutForce)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("lijst.csv"));
    ASSERT_TRUE(csvexport::bewaar(pad, {QStringLiteral("a")}, {{QStringLiteral("1")}}, false));
    EXPECT_EQ(modus(pad), 0600u);
    const Status nogmaals =
        csvexport::bewaar(pad, {QStringLiteral("a")}, {{QStringLiteral("2")}}, false);
    EXPECT_FALSE(nogmaals.ok()) << "an existing file is replaced only with force";
    QFile f(pad);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("\xEF\xBB\xBF"
                                      "a\r\n1\r\n"));
}

TEST(LijstExport, CsvHoldsTheHeaderAndTheRecordsWithoutGroupRowsNeutralised)
{
    const QByteArray verwacht = "\xEF\xBB\xBF"
                                "Household;Municipality;Days left\r\n"
                                "Jansen (V1);Arnhem;4\r\n"
                                "'=1+1;\"Arnhem; Oost\";-3\r\n";
    EXPECT_EQ(lijstexport::csv(kleineLijst()), verwacht);
}

TEST(LijstExport, DocumentHoldsTitleLinesPrintDateHeaderAndEveryRow)
{
    const Lijst lijst = kleineLijst();
    auto doc = lijstexport::document(lijst);
    const QString tekst = doc->toPlainText();
    EXPECT_TRUE(tekst.startsWith(lijst.titel));
    for (const QString &regel : lijst.regels)
        EXPECT_TRUE(tekst.contains(regel)) << qPrintable(regel);
    EXPECT_TRUE(tekst.contains(QLocale().toString(lijst.gemaaktOp, QLocale::ShortFormat)));
    for (const LijstKolom &k : lijst.kolommen)
        EXPECT_TRUE(tekst.contains(k.kop));
    for (const LijstRij &rij : lijst.rijen)
        for (const QString &cel : rij.cellen)
            EXPECT_TRUE(tekst.contains(cel)) << qPrintable(cel);
    // In print the group row stays, as a heading: the cell "2 cases" is there.
    EXPECT_TRUE(tekst.contains(QStringLiteral("2 cases")));
}

TEST(LijstExport, PdfRepeatsTheHeaderAndNumbersEveryPage)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("wachtrij.pdf"));
    const Lijst lijst = langeLijst(150);
    const Status s = lijstexport::bewaar(lijst, pad, lijstexport::Formaat::Pdf, false);
    ASSERT_TRUE(s.ok()) << qPrintable(s.error().toString());
    EXPECT_EQ(modus(pad), 0600u);
    const QStringList paginas = pdfText(pad).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    ASSERT_GE(paginas.size(), 2) << "150 rows need more than one page";
    const int aantal = int(paginas.size());
    for (int p = 0; p < aantal; ++p) {
        const QString &pagina = paginas.at(p);
        EXPECT_TRUE(pagina.contains(QStringLiteral("Household"))) << "header on page " << p + 1;
        EXPECT_TRUE(pagina.contains(QStringLiteral("Days left"))) << "header on page " << p + 1;
        EXPECT_TRUE(pagina.contains(
            QStringLiteral("page %1 of %2").arg(QString::number(p + 1), QString::number(aantal))))
            << qPrintable(pagina.right(200));
    }
    EXPECT_TRUE(paginas.first().contains(lijst.titel));
    const QString alles = paginas.join(QLatin1Char('\n'));
    for (int i = 0; i < 150; ++i)
        EXPECT_TRUE(alles.contains(rijNaam(i))) << i;
}

TEST(LijstExport, WideListsGoLandscape)
{
    Lijst lijst = kleineLijst();
    EXPECT_EQ(lijstexport::pagina(lijst).orientation(), QPageLayout::Portrait);
    lijst.kolommen = QList<LijstKolom>(8, LijstKolom{QStringLiteral("k"), false});
    EXPECT_EQ(lijstexport::pagina(lijst).orientation(), QPageLayout::Landscape);
}

TEST(LijstExport, FileNameCarriesListRegionAndDate)
{
    EXPECT_EQ(lijstexport::bestandsnaam(QStringLiteral("wachtrij"), 5, QDate(2026, 12, 3),
                                        QStringLiteral("csv")),
              QStringLiteral("wachtrij-regio-5-2026-12-03.csv"));
    EXPECT_EQ(lijstexport::bestandsnaam(QStringLiteral("signalen"), 0, QDate(2026, 1, 9),
                                        QStringLiteral("pdf")),
              QStringLiteral("signalen-Nederland-2026-01-09.pdf"));
}

TEST(Bestandsnaam, PartsAreSafeForEveryFileSystem)
{
    EXPECT_EQ(output::veiligDeel(QStringLiteral("'s-Hertogenbosch")),
              QStringLiteral("s-Hertogenbosch"));
    EXPECT_EQ(output::veiligDeel(QStringLiteral("Súdwest Fryslân")),
              QStringLiteral("Súdwest-Fryslân"));
    EXPECT_EQ(output::veiligDeel(QStringLiteral("a/b\\c:d*e?f\"g<h>i|j")),
              QStringLiteral("a-b-c-d-e-f-g-h-i-j"));
    EXPECT_EQ(output::veiligDeel(QStringLiteral("../../etc/passwd")), QStringLiteral("etc-passwd"));
    EXPECT_EQ(output::veiligDeel(QStringLiteral("..")), QStringLiteral("_"));
    EXPECT_EQ(output::veiligDeel(QString()), QStringLiteral("_"));
    EXPECT_EQ(output::veiligDeel(QStringLiteral("a\nb\tc")), QStringLiteral("a-b-c"));
    EXPECT_EQ(output::veiligDeel(QString(100, QLatin1Char('x'))).size(), 60);
    EXPECT_EQ(output::bestandsnaam({QStringLiteral("toezicht"), QStringLiteral("2026-H2"),
                                    QString(), QStringLiteral("Gelderland")},
                                   QStringLiteral("csv")),
              QStringLiteral("toezicht-2026-H2-Gelderland.csv"));
}

TEST(RapportBestandsnaam, ReportPeriodScopeForEveryLevel)
{
    TempDir dir;
    auto store = openStore(dir.path(QStringLiteral("namen.sqlite")));
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(rapport::bereikDeel(RapportBereik::land(), *store), QStringLiteral("Nederland"));
    EXPECT_EQ(rapport::bereikDeel(RapportBereik::vanRegio(5), *store), QStringLiteral("regio-5"));
    EXPECT_EQ(
        rapport::bereikDeel(RapportBereik::vanProvincie(QStringLiteral("Gelderland")), *store),
        QStringLiteral("Gelderland"));
    EXPECT_EQ(rapport::bereikDeel(RapportBereik::vanGemeente(QStringLiteral("GM0344")), *store),
              QStringLiteral("Utrecht"));
    EXPECT_EQ(rapport::bereikDeel(RapportBereik::vanGemeente(QStringLiteral("GM9999")), *store),
              QStringLiteral("GM9999"));
    EXPECT_EQ(rapport::bestandsnaam(RapportSoort::Toezicht, HalfJaar(2026, 2),
                                    QStringLiteral("Gelderland"), QStringLiteral("csv")),
              QStringLiteral("toezicht-2026-H2-Gelderland.csv"));
    EXPECT_EQ(rapport::bestandsnaam(
                  RapportSoort::PerGemeente, HalfJaar(2026, 1),
                  rapport::bereikDeel(RapportBereik::vanGemeente(QStringLiteral("GM0796")), *store),
                  QStringLiteral("pdf")),
              QStringLiteral("per-gemeente-2026-H1-s-Hertogenbosch.pdf"));
}
