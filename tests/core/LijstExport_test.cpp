// The window's lists to print and export (lijstexport), core's CSV writer (csvexport) and the
// suggested file names with the scope.
#include "TestSupport.h"

#include "core/journaal/Journaal.h"
#include "core/lijst/LijstExport.h"
#include "core/lijst/LijstPaginas.h"
#include "core/output/Bestandsnaam.h"
#include "core/output/CsvExport.h"
#include "core/rapport/RapportBestandsnaam.h"
#include "core/store/Store.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPdfWriter>

#include <sys/stat.h>

#include <numeric>

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

TEST(LijstExport, PdfHoldsTitleLinesPrintDateHeaderAndEveryRow)
{
    TempDir dir;
    const QString pad = dir.path(QStringLiteral("termijnen.pdf"));
    const Lijst lijst = kleineLijst();
    ASSERT_TRUE(lijstexport::bewaar(lijst, pad, lijstexport::Formaat::Pdf, false).ok());
    const QString tekst = pdfText(pad);
    EXPECT_TRUE(tekst.startsWith(lijst.titel)) << qPrintable(tekst);
    for (const QString &regel : lijst.regels)
        EXPECT_TRUE(tekst.contains(regel)) << qPrintable(regel);
    EXPECT_TRUE(
        tekst.contains(QStringLiteral("Printed on %1")
                           .arg(QLocale().toString(lijst.gemaaktOp, QLocale::ShortFormat))));
    for (const LijstKolom &k : lijst.kolommen)
        EXPECT_TRUE(tekst.contains(k.kop));
    // In print the group row stays, as a heading.
    for (const LijstRij &rij : lijst.rijen)
        for (const QString &cel : rij.cellen)
            EXPECT_TRUE(tekst.contains(cel)) << qPrintable(cel);
    EXPECT_TRUE(tekst.contains(QStringLiteral("page 1 of 1")));
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
    // Every row on exactly one page, in order.
    const QString alles = paginas.join(QLatin1Char('\n'));
    qsizetype vorige = -1;
    for (int i = 0; i < 150; ++i) {
        EXPECT_EQ(alles.count(rijNaam(i)), 1) << i;
        const qsizetype plek = alles.indexOf(rijNaam(i));
        EXPECT_GT(plek, vorige) << i;
        vorige = plek;
    }
}

TEST(LijstExport, WideListsGoLandscape)
{
    Lijst lijst = kleineLijst();
    EXPECT_EQ(lijstexport::pagina(lijst).orientation(), QPageLayout::Portrait);
    lijst.kolommen = QList<LijstKolom>(5, LijstKolom{QStringLiteral("k"), false});
    EXPECT_EQ(lijstexport::pagina(lijst).orientation(), QPageLayout::Portrait);
    lijst.kolommen = QList<LijstKolom>(6, LijstKolom{QStringLiteral("k"), false});
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

TEST(LijstPaginas, ColumnsFillThePageAndNeverBreakAHeadingInsideAWord)
{
    Lijst lijst = kleineLijst();
    lijst.kolommen.append({QStringLiteral("Tolerantie"), false});
    for (LijstRij &rij : lijst.rijen)
        rij.cellen.append(
            QString(40, QLatin1Char(' ')).replace(QLatin1Char(' '), QStringLiteral("lang ")));
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(pdf::a4());
    const QSizeF vlak(writer.width(), writer.height());
    const LijstPaginas paginas(lijst, writer, vlak);
    const QList<qreal> &breedtes = paginas.breedtes();
    ASSERT_EQ(breedtes.size(), lijst.kolommen.size());
    EXPECT_NEAR(std::accumulate(breedtes.cbegin(), breedtes.cend(), 0.0), vlak.width(), 1.0);
    QFont vet(QStringLiteral("DejaVu Sans"));
    vet.setPointSizeF(8);
    vet.setBold(true);
    const QFontMetricsF maat(vet, &writer);
    for (qsizetype k = 0; k < breedtes.size(); ++k) {
        qreal woord = 0;
        for (const QString &w : lijst.kolommen.at(k).kop.split(QLatin1Char(' ')))
            woord = std::max(woord, maat.horizontalAdvance(w));
        EXPECT_GT(breedtes.at(k), woord) << qPrintable(lijst.kolommen.at(k).kop);
    }
    EXPECT_EQ(paginas.aantal(), 1);
    EXPECT_EQ(paginas.rijen(0), std::make_pair(qsizetype(0), lijst.rijen.size()));
}

TEST(LijstJournaal, AnExportedListCarriesTheChangeLogsHeadInEveryFooterAndItsLastCsvLine)
{
    Lijst lijst = kleineLijst();
    const QByteArray zonder = lijstexport::csv(lijst);
    EXPECT_FALSE(zonder.contains("# journaal")) << "no head known: none written";

    lijst.journaalSeq = 42;
    lijst.journaalHash = QByteArray(64, 'a');
    const QByteArray met = lijstexport::csv(lijst);
    EXPECT_TRUE(met.startsWith(zonder)) << "the rows stay as they were";
    EXPECT_EQ(met.trimmed().split('\n').last().trimmed(), "# journaal;42;" + QByteArray(64, 'a'));
    const QString voet = lijstexport::voettekst(lijst)(3, 7);
    EXPECT_TRUE(voet.contains(journaal::kopRegel({42, QByteArray(64, 'a')}))) << voet.toStdString();
    EXPECT_TRUE(voet.contains(QLatin1String("7")));

    test::TempDir dir;
    const QString pad = dir.path(QStringLiteral("lijst.csv"));
    ASSERT_TRUE(lijstexport::bewaar(lijst, pad, lijstexport::Formaat::Csv, false).ok());
    QFile f(pad);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), met) << "the file holds what csv() gives, head included";
}
