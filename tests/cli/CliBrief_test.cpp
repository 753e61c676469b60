// `letter` and `letters` on the command line: the PDFs, their languages, and the refusals.
#include "CliRunner.h"
#include "core/brief/BriefBatch.h"
#include "core/brief/BriefService.h"
#include "core/brief/BriefSjabloon.h"
#include "core/instellingen/Instellingen.h"
#include "core/koppeling/KoppelingService.h"
#include "core/output/OutputFile.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

using namespace rd;
using namespace rd::test;

namespace {

class CliLetter : public CliTest
{
protected:
    // At an AZC in Amsterdam with a contact line, a sender set: V-nummer 2000000001 (three
    // persons) and 3000000001 (two) coupled to Utrecht on 2026-09-01, 4000000001 (one) to
    // Groningen on 2026-09-02, 5000000001 (two) not coupled.
    void SetUp() override
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        const qint64 azc = azcIn(*store, QStringLiteral("GM0363"));
        Instellingen instellingen(*store);
        ASSERT_TRUE(instellingen.zetAfzender(
            {QStringLiteral("COA, regio Noord-Holland"), QStringLiteral("Jan Regievoerder"),
             QStringLiteral("088 715 7000"), QStringLiteral("j.regievoerder@coa.nl")}));
        ASSERT_TRUE(
            instellingen.zetAzcContact(azc, QStringLiteral("Wenckebachweg 1, 020 123 4567")));
        KoppelingService koppeling(*store);
        const struct
        {
            qint64 vNummer;
            int personen;
            const char *gemeente;
            QDate datum;
        } huishoudens[] = {{2000000001, 3, "GM0344", QDate(2026, 9, 1)},
                           {3000000001, 2, "GM0344", QDate(2026, 9, 1)},
                           {4000000001, 1, "GM0014", QDate(2026, 9, 2)},
                           {5000000001, 2, nullptr, QDate()}};
        for (const auto &h : huishoudens) {
            const qint64 id =
                voegToe(*store, voorbeeldHuishouden(h.vNummer, h.personen, QDate(2026, 8, 1), azc));
            ASSERT_NE(id, 0);
            m_ids << id;
            if (!h.gemeente)
                continue;
            const auto gekoppeld = koppeling.koppel(id, QString::fromLatin1(h.gemeente), h.datum,
                                                    QStringLiteral("test"), QDate(2026, 11, 29));
            ASSERT_TRUE(gekoppeld) << gekoppeld.error().toString().toStdString();
        }
    }

    // Takes the AZC of the household with this index away: its letter lacks the AZC location.
    void zonderAzc(int index) const
    {
        auto store = Store::open(db());
        ASSERT_TRUE(store);
        QSqlQuery query((*store)->database());
        ASSERT_TRUE(query.prepare(QStringLiteral("UPDATE huishouden SET azc = NULL WHERE id = ?")));
        query.addBindValue(m_ids.at(index));
        ASSERT_TRUE(query.exec());
    }

    CliRun letter(const QStringList &extra) const
    {
        return cli(QStringList{QStringLiteral("letter")} + extra);
    }

    QList<qint64> m_ids;
};

QStringList pdfsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

} // namespace

TEST_F(CliLetter, LetterHoldsTheNamesVNummersAndTheGemeente)
{
    const QString file = path(QStringLiteral("brief.pdf"));
    const auto run = letter({QStringLiteral("2000000002"), QStringLiteral("--lang"),
                             QStringLiteral("nl"), QStringLiteral("--out"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(file)) << run.out.toStdString();
    const QString tekst = pdfText(file);
    EXPECT_TRUE(tekst.contains(QStringLiteral("Amina")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("Testperson")));
    for (const char *vNummer : {"2000000001", "2000000002", "2000000003"})
        EXPECT_TRUE(tekst.contains(QString::fromLatin1(vNummer))) << vNummer;
    EXPECT_TRUE(tekst.contains(QStringLiteral("Utrecht")));
    EXPECT_FALSE(tekst.contains(QStringLiteral("3000000001"))) << "only this household";
}

TEST_F(CliLetter, MessageLanguageBeforeTheCommandAndLetterLanguageAfterItBothWork)
{
    const QString file = path(QStringLiteral("brief-en.pdf"));
    const auto run =
        runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db(),
                QStringLiteral("--today"), QString::fromLatin1(today), QStringLiteral("letter"),
                QStringLiteral("2000000001"), QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--out"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("written to"))) << run.out.toStdString();
    EXPECT_TRUE(pdfText(file).contains(QStringLiteral("2000000001")));
}

TEST_F(CliLetter, ArabicLetterHoldsTheArabicTemplateTextAndTheVNummers)
{
    const QString file = path(QStringLiteral("brief-ar.pdf"));
    const auto run = letter({QStringLiteral("2000000001"), QStringLiteral("--lang"),
                             QStringLiteral("ar"), QStringLiteral("--out"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // pdftotext writes Arabic in presentation forms; NFKC maps them back to the letters.
    const QString tekst = pdfText(file).normalized(QString::NormalizationForm_KC);
    // Words of resources/letters/koppelingsbrief.ar.html: the title "coupling letter" and the
    // headings "your household" and "your obligations".
    for (const QString &woord :
         {QStringLiteral("رسالة الربط"), QStringLiteral("أسرتكم"), QStringLiteral("التزاماتكم")})
        EXPECT_TRUE(tekst.contains(woord)) << woord.toStdString();
    EXPECT_FALSE(tekst.contains(QStringLiteral("Your household")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("2000000001")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("Utrecht")));
}

TEST_F(CliLetter, UnknownLetterLanguageIsAUsageErrorListingTheLanguages)
{
    const QString file = path(QStringLiteral("brief.pdf"));
    const auto run = letter({QStringLiteral("2000000001"), QStringLiteral("--lang"),
                             QStringLiteral("xx"), QStringLiteral("--out"), file});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--lang \"xx\""))) << run.err.toStdString();
    const QStringList talen = briefsjabloon::talen();
    EXPECT_TRUE(talen.contains(QStringLiteral("ar")));
    for (const auto &taal : talen)
        EXPECT_TRUE(run.err.contains(taal)) << taal.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(CliLetter, BadVNummerOrMissingOutIsAUsageError)
{
    const auto fout = letter(
        {QStringLiteral("12ab"), QStringLiteral("--out"), path(QStringLiteral("brief.pdf"))});
    EXPECT_EQ(fout.exitCode, 2);
    EXPECT_TRUE(fout.err.contains(QStringLiteral("12ab"))) << fout.err.toStdString();
    const auto zonderOut = letter({QStringLiteral("2000000001")});
    EXPECT_EQ(zonderOut.exitCode, 2);
    EXPECT_TRUE(zonderOut.err.contains(QStringLiteral("--out"))) << zonderOut.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("brief.pdf"))));
}

TEST_F(CliLetter, UnknownVNummerIsRefusedWithoutAFile)
{
    const QString file = path(QStringLiteral("brief.pdf"));
    const auto run = letter({QStringLiteral("9999999999"), QStringLiteral("--out"), file});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("9999999999"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(CliLetter, HouseholdWithoutCouplingIsRefusedNamingTheCouplingAndNoFile)
{
    const QString file = path(QStringLiteral("brief.pdf"));
    const auto run = letter({QStringLiteral("5000000001"), QStringLiteral("--out"), file});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("regiedesk-cli: letter: 5000000001: ")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("koppeling"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(CliLetter, LettersWritesOneFilePerHouseholdCoupledThatDay)
{
    const QString folder = path(QStringLiteral("brieven/nieuw"));
    const auto run = cli({QStringLiteral("letters"), QStringLiteral("--coupled-on"),
                          QStringLiteral("2026-09-01"), QStringLiteral("--lang"),
                          QStringLiteral("nl"), QStringLiteral("--out"), folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2 letter"))) << run.out.toStdString();
    const QStringList files = pdfsIn(folder);
    ASSERT_EQ(files.size(), 2) << files.join(' ').toStdString();
    EXPECT_TRUE(files.join(' ').contains(QStringLiteral("2000000001")));
    EXPECT_TRUE(files.join(' ').contains(QStringLiteral("3000000001")));
    for (const auto &name : files) {
        const QString tekst = pdfText(folder + QLatin1Char('/') + name);
        const QString eigen = name.contains(QStringLiteral("2000000001"))
                                  ? QStringLiteral("2000000001")
                                  : QStringLiteral("3000000001");
        EXPECT_TRUE(tekst.contains(eigen)) << name.toStdString();
        EXPECT_TRUE(tekst.contains(QStringLiteral("Utrecht"))) << name.toStdString();
        EXPECT_FALSE(tekst.contains(QStringLiteral("4000000001"))) << "coupled another day";
    }
}

TEST_F(CliLetter, LettersSingleFileHoldsEveryHousehold)
{
    const QString file = path(QStringLiteral("alle.pdf"));
    const auto run = cli({QStringLiteral("letters"), QStringLiteral("--coupled-on"),
                          QStringLiteral("2026-09-01"), QStringLiteral("--single-file"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString tekst = pdfText(file);
    EXPECT_TRUE(tekst.contains(QStringLiteral("2000000001")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("3000000001")));
}

TEST_F(CliLetter, LettersListsRefusedHouseholdsWritesTheOthersAndExitsOne)
{
    zonderAzc(1);
    const QString folder = path(QStringLiteral("brieven"));
    const auto run = cli({QStringLiteral("letters"), QStringLiteral("--coupled-on"),
                          QStringLiteral("2026-09-01"), QStringLiteral("--out"), folder});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("3000000001"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 letter"))) << run.out.toStdString();
    const QStringList files = pdfsIn(folder);
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(files.first().contains(QStringLiteral("2000000001")));
}

TEST_F(CliLetter, LettersOnADayWithoutCouplingsIsRefusedAndCreatesNothing)
{
    const QString folder = path(QStringLiteral("leeg"));
    const auto run = cli({QStringLiteral("letters"), QStringLiteral("--coupled-on"),
                          QStringLiteral("2026-09-03"), QStringLiteral("--out"), folder});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("2026-09-03"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder));
}

TEST_F(CliLetter, LettersBadArgumentsAreUsageErrors)
{
    const QString folder = path(QStringLiteral("brieven"));
    const auto zonderDatum = cli({QStringLiteral("letters"), QStringLiteral("--out"), folder});
    EXPECT_EQ(zonderDatum.exitCode, 2);
    EXPECT_TRUE(zonderDatum.err.contains(QStringLiteral("--coupled-on")));
    const auto beide = cli({QStringLiteral("letters"), QStringLiteral("--coupled-on"),
                            QStringLiteral("2026-09-01"), QStringLiteral("--out"), folder,
                            QStringLiteral("--single-file"), path(QStringLiteral("a.pdf"))});
    EXPECT_EQ(beide.exitCode, 2);
    EXPECT_TRUE(beide.err.contains(QStringLiteral("--single-file")));
    const auto taal = cli({QStringLiteral("letters"), QStringLiteral("--coupled-on"),
                           QStringLiteral("2026-09-01"), QStringLiteral("--lang"),
                           QStringLiteral("xx"), QStringLiteral("--out"), folder});
    EXPECT_EQ(taal.exitCode, 2);
    EXPECT_TRUE(taal.err.contains(QStringLiteral("xx")));
    EXPECT_FALSE(QFileInfo::exists(folder));
}

TEST_F(CliLetter, LangAfterAnotherCommandStillSetsTheMessages)
{
    const auto run = cli({QStringLiteral("cases"), QStringLiteral("--region"), QStringLiteral("9"),
                          QStringLiteral("--lang"), QStringLiteral("nl")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("is geen regio"))) << run.err.toStdString();
}

TEST_F(CliLetter, LangAfterALetterCommandIsTheLetterNotTheMessages)
{
    const auto run =
        cli({QStringLiteral("letter"), QStringLiteral("12ab"), QStringLiteral("--lang"),
             QStringLiteral("ar"), QStringLiteral("--out"), path(QStringLiteral("brief.pdf"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(run.err.contains(QStringLiteral("is not nl or en"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("is not a V-nummer"))) << run.err.toStdString();
}

TEST_F(CliLetter, LetterToStandardOutputWritesThePdfThereAndRecordsIt)
{
    const auto run =
        letter({QStringLiteral("2000000001"), QStringLiteral("--out"), QStringLiteral("-")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("%PDF"))) << run.out.left(40).toStdString();
    EXPECT_TRUE(run.out.trimmed().endsWith(QStringLiteral("%%EOF")));
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("-"))) << "no file named '-'";
    auto store = Store::open(db());
    ASSERT_TRUE(store);
    EXPECT_EQ(BriefService(**store).uitgegeven(m_ids.at(0))->size(), 1) << "recorded";
}

TEST_F(CliLetter, AnExistingLetterFileIsReplacedOnlyWithForce)
{
    const QString file = path(QStringLiteral("brief.pdf"));
    writeFile(file, "oud");
    const QStringList args{QStringLiteral("2000000001"), QStringLiteral("--out"), file};
    const auto zonder = letter(args);
    EXPECT_EQ(zonder.exitCode, 1);
    EXPECT_TRUE(zonder.err.contains(file + QStringLiteral(": exists; give --force")))
        << zonder.err.toStdString();
    EXPECT_EQ(fileBytes(file), QByteArray("oud"));
    ASSERT_EQ(letter(args + QStringList{QStringLiteral("--force")}).exitCode, 0);
    EXPECT_TRUE(fileBytes(file).startsWith("%PDF"));

    const QString alle = path(QStringLiteral("alle.pdf"));
    writeFile(alle, "oud");
    const QStringList letters{QStringLiteral("letters"), QStringLiteral("--coupled-on"),
                              QStringLiteral("2026-09-01"), QStringLiteral("--single-file"), alle};
    EXPECT_EQ(cli(letters).exitCode, 1);
    EXPECT_EQ(fileBytes(alle), QByteArray("oud"));
    ASSERT_EQ(cli(letters + QStringList{QStringLiteral("--force")}).exitCode, 0);
    EXPECT_TRUE(fileBytes(alle).startsWith("%PDF"));
}

TEST_F(CliLetter, LettersIntoAFolderNameTheFilesThatExistAndReplaceThemOnlyWithForce)
{
    const QString folder = path(QStringLiteral("brieven"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString bestaand = folder + QStringLiteral("/koppelingsbrief-3000000001-nl.pdf");
    writeFile(bestaand, "oud");
    const QStringList args{QStringLiteral("letters"), QStringLiteral("--coupled-on"),
                           QStringLiteral("2026-09-01"), QStringLiteral("--out"), folder};
    const auto zonder = cli(args);
    EXPECT_EQ(zonder.exitCode, 1);
    EXPECT_TRUE(zonder.err.contains(QStringLiteral("koppelingsbrief-3000000001-nl.pdf")))
        << zonder.err.toStdString();
    EXPECT_TRUE(zonder.err.contains(QStringLiteral("--force"))) << zonder.err.toStdString();
    EXPECT_EQ(pdfsIn(folder).size(), 1) << "nothing written";
    EXPECT_EQ(fileBytes(bestaand), QByteArray("oud"));
    const auto met = cli(args + QStringList{QStringLiteral("--force")});
    ASSERT_EQ(met.exitCode, 0) << met.err.toStdString();
    EXPECT_EQ(pdfsIn(folder).size(), 2);
    EXPECT_TRUE(fileBytes(bestaand).startsWith("%PDF"));
}

TEST_F(CliLetter, AnInterruptedBatchIsFinishedByTheNextLetterCommand)
{
    // A batch killed after its letters were recorded, before the file was moved into place.
    const QString folder = path(QStringLiteral("brieven"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString doel = folder + QStringLiteral("/onderbroken.pdf");
    {
        auto store = Store::open(db());
        ASSERT_TRUE(store);
        auto g =
            BriefService(**store).gegevens(m_ids.at(2), QDate(2026, 11, 29), QDate(2026, 11, 29));
        ASSERT_TRUE(g) << g.error().toString().toStdString();
        UitgegevenBrief b;
        b.huishoudenId = m_ids.at(2);
        b.koppelingId = g->koppelingId;
        b.datum = QDate(2026, 11, 29);
        b.taal = QStringLiteral("nl");
        b.versie = QStringLiteral("test");
        BriefBatch batch(**store);
        ASSERT_TRUE(batch.begin(folder));
        ASSERT_TRUE(OutputFile::save(batch.bestand(QStringLiteral("0.pdf")), "%PDF-1.4", false));
        ASSERT_TRUE(batch.schrijfManifest());
        ASSERT_TRUE(
            batch.legVast({b}, {{QStringLiteral("0.pdf"), doel}}, false, QDate(2026, 11, 29)));
    } // killed here
    ASSERT_FALSE(QFileInfo::exists(doel));
    const auto run = letter(
        {QStringLiteral("2000000001"), QStringLiteral("--out"), path(QStringLiteral("brief.pdf"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(fileBytes(doel), QByteArray("%PDF-1.4"));
    EXPECT_TRUE(QDir(folder)
                    .entryList({QStringLiteral(".regiedesk-brieven-*")},
                               QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
}
