// `letter` and `letters` and the handbook (issue 12): a letter more than 14 days after the intake
// interview is made with a warning on standard error and the exit code unchanged (3.2); the
// letter holds the new sections and is recorded with template version 2026.3.
#include "CliRunner.h"
#include "core/brief/BriefService.h"
#include "core/gemeente/GemeenteService.h"
#include "core/instellingen/Instellingen.h"
#include "core/koppeling/KoppelingService.h"

#include <QDate>
#include <QDir>

using namespace rd;
using namespace rd::test;

namespace {

const QDate intake(2026, 8, 21);
const QDate koppelDatum(2026, 9, 1);

class CliLetterHandreiking : public CliTest
{
protected:
    // At an AZC in Amsterdam: V-nummer 2000000001 (intake interview on 21 August, two
    // nareizigers expected) and 3000000001 (no intake interview), both coupled to Utrecht on
    // 1 September; Utrecht has a contact.
    void SetUp() override
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        const qint64 azc = azcIn(*store, QStringLiteral("GM0363"));
        Instellingen instellingen(*store);
        ASSERT_TRUE(instellingen.zetAfzender(
            {QStringLiteral("COA"), QStringLiteral("Jan Regievoerder"),
             QStringLiteral("088 715 7000"), QStringLiteral("j.regievoerder@coa.nl")}));
        ASSERT_TRUE(instellingen.zetAzcContact(azc, QStringLiteral("Locatiebalie 020 123 4567")));
        ASSERT_TRUE(GemeenteService(*store).werkBij(
            QStringLiteral("GM0344"), {}, QString(), QString(),
            GemeenteContact{QStringLiteral("Team Huisvesting"), QStringLiteral("030 286 0000"),
                            QStringLiteral("huisvesting@utrecht.nl")}));
        for (qint64 vNummer : {2000000001LL, 3000000001LL}) {
            Huishouden h = voorbeeldHuishouden(vNummer, 2, QDate(2026, 8, 20), azc);
            if (vNummer == 2000000001LL) {
                Huisvestinggesprek g;
                g.datum = intake;
                g.azcId = azc;
                g.nareizigersVerwacht = 2;
                g.gezinsherenigingStatus = QStringLiteral("aangevraagd");
                h.gesprek = g;
            }
            const qint64 id = voegToe(*store, h);
            ASSERT_NE(id, 0);
            m_ids << id;
            const auto k =
                KoppelingService(*store).koppel(id, QStringLiteral("GM0344"), koppelDatum,
                                                QStringLiteral("test"), QDate(2026, 11, 29));
            ASSERT_TRUE(k) << k.error().toString().toStdString();
        }
    }

    CliRun letter(const QString &vNummer, const QDate &datum, const QString &file) const
    {
        return cli({QStringLiteral("letter"), vNummer, QStringLiteral("--date"),
                    datum.toString(Qt::ISODate), QStringLiteral("--out"), file});
    }

    QList<qint64> m_ids;
};

} // namespace

TEST_F(CliLetterHandreiking, ALetterWithin14DaysOfTheIntakeHasNoWarning)
{
    const QString file = path(QStringLiteral("op-tijd.pdf"));
    const auto run = letter(QStringLiteral("2000000001"), intake.addDays(14), file);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("Warning"))) << run.err.toStdString();
}

TEST_F(CliLetterHandreiking, ALaterLetterIsMadeWithAWarningAndExitCodeZero)
{
    const QString file = path(QStringLiteral("laat.pdf"));
    const auto run = letter(QStringLiteral("2000000002"), intake.addDays(15), file);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(file));
    EXPECT_TRUE(run.out.contains(file)) << run.out.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("Warning: 2000000001: ")))
        << run.err.toStdString();
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("15 days after the intake interview of 2026-08-21")))
        << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Warning"))) << "messages go to stderr";

    // To standard output too: the PDF on stdout, the warning on stderr.
    const auto stdoutRun =
        cli({QStringLiteral("letter"), QStringLiteral("2000000001"), QStringLiteral("--date"),
             QStringLiteral("2026-09-20"), QStringLiteral("--out"), QStringLiteral("-")});
    ASSERT_EQ(stdoutRun.exitCode, 0) << stdoutRun.err.toStdString();
    EXPECT_TRUE(stdoutRun.out.startsWith(QStringLiteral("%PDF")));
    EXPECT_TRUE(stdoutRun.err.contains(QStringLiteral("Warning: 2000000001: ")));
}

TEST_F(CliLetterHandreiking, LettersWarnForEachLateHouseholdOnly)
{
    const QString folder = path(QStringLiteral("brieven"));
    // In Dutch only: without --lang a household whose language has no template gets a note on
    // stderr naming it (CliBriefEigenTaal_test.cpp), which is not a warning.
    const auto run =
        cli({QStringLiteral("letters"), QStringLiteral("--coupled-on"),
             QStringLiteral("2026-09-01"), QStringLiteral("--date"), QStringLiteral("2026-09-10"),
             QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("--out"), folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 2);
    EXPECT_EQ(run.err.count(QStringLiteral("Warning: ")), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Warning: 2000000001: "))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("3000000001"))) << "no intake: nothing to warn";
}

TEST_F(CliLetterHandreiking, TheLetterHoldsTheHandbooksSectionsAndIsRecordedAsVersion2026_3)
{
    const QString met = path(QStringLiteral("met.pdf"));
    ASSERT_EQ(letter(QStringLiteral("2000000001"), QDate(2026, 9, 2), met).exitCode, 0);
    const QString tekst = pdfText(met).simplified();
    for (const char *zin :
         {"gemeentehuis", "huurtoeslag en zorgtoeslag", "Gezinsleden die nog komen (nareizigers)",
          "Team Huisvesting", "030 286 0000", "huisvesting@utrecht.nl"})
        EXPECT_TRUE(tekst.contains(QString::fromUtf8(zin))) << zin;
    const QString zonder = path(QStringLiteral("zonder.pdf"));
    ASSERT_EQ(letter(QStringLiteral("3000000001"), QDate(2026, 9, 2), zonder).exitCode, 0);
    EXPECT_FALSE(pdfText(zonder).contains(QStringLiteral("nareizigers")));

    auto store = Store::open(db());
    ASSERT_TRUE(store);
    for (qint64 id : m_ids) {
        auto brieven = BriefService(**store).uitgegeven(id);
        ASSERT_TRUE(brieven);
        ASSERT_EQ(brieven->size(), 1);
        EXPECT_EQ(brieven->first().versie, QStringLiteral("2026.3"));
    }
}
