// `report` on the command line: CSV and PDF files, the scope options, and every bad argument.
#include "CliRunner.h"
#include "core/koppeling/KoppelingService.h"
#include "core/rapport/Rapport.h"

#include <QDate>
#include <QFileInfo>

using namespace rd;
using namespace rd::test;

namespace {

class CliReport : public CliTest
{
protected:
    // Two households at an AZC in Amsterdam, coupled on 2026-09-01: V-nummer 2000000001 (three
    // persons) to Utrecht (GM0344), 3000000001 (two persons) to Groningen (GM0014).
    void SetUp() override
    {
        auto store = openStore(db());
        ASSERT_TRUE(store);
        const qint64 azc = azcIn(*store, QStringLiteral("GM0363"));
        KoppelingService koppeling(*store);
        const struct
        {
            qint64 vNummer;
            int personen;
            const char *gemeente;
        } huishoudens[] = {{2000000001, 3, "GM0344"}, {3000000001, 2, "GM0014"}};
        for (const auto &h : huishoudens) {
            const qint64 id =
                voegToe(*store, voorbeeldHuishouden(h.vNummer, h.personen, QDate(2026, 8, 1), azc));
            ASSERT_NE(id, 0);
            const auto gekoppeld =
                koppeling.koppel(id, QString::fromLatin1(h.gemeente), QDate(2026, 9, 1),
                                 QStringLiteral("test"), QDate(2026, 11, 29));
            ASSERT_TRUE(gekoppeld) << gekoppeld.error().toString().toStdString();
        }
    }

    CliRun report(const QStringList &extra) const
    {
        return cli(QStringList{QStringLiteral("report")} + extra);
    }

    // A usage error: exit 2, a message naming `named` and the --help hint, no file written.
    void expectUsageError(const CliRun &run, const QString &named) const
    {
        EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(named)) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("report --help"))) << run.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("r.csv"))));
    }

    QStringList base() const
    {
        return {QStringLiteral("per-gemeente"), QStringLiteral("--period"),
                QStringLiteral("2026-H2"), QStringLiteral("--out"), path(QStringLiteral("r.csv"))};
    }
};

} // namespace

TEST_F(CliReport, CsvForOneGemeenteHoldsItsOwnCouplingsAndNoOtherGemeente)
{
    const QString file = path(QStringLiteral("utrecht.csv"));
    const auto run =
        report({QStringLiteral("per-gemeente"), QStringLiteral("--period"),
                QStringLiteral("2026-H2"), QStringLiteral("--gemeente"), QStringLiteral("GM0344"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(file)) << run.out.toStdString();
    const QByteArray bytes = fileBytes(file);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains(';'));
    EXPECT_TRUE(bytes.contains("\r\n"));
    EXPECT_TRUE(bytes.contains("GM0344"));
    EXPECT_FALSE(bytes.contains("GM0014"));
    EXPECT_FALSE(bytes.contains("Groningen"));

    const QString land = path(QStringLiteral("land.csv"));
    const auto runLand = report({QStringLiteral("per-gemeente"), QStringLiteral("--period"),
                                 QStringLiteral("2026-H2"), QStringLiteral("--out"), land});
    ASSERT_EQ(runLand.exitCode, 0) << runLand.err.toStdString();
    EXPECT_TRUE(fileBytes(land).contains("GM0014")) << "the format follows the .csv extension";
}

TEST_F(CliReport, PdfHoldsTheTitlePeriodScopeAndTheGemeente)
{
    const QString file = path(QStringLiteral("utrecht.pdf"));
    const auto run =
        report({QStringLiteral("per-gemeente"), QStringLiteral("--period"),
                QStringLiteral("2026-H2"), QStringLiteral("--provincie"), QStringLiteral("Utrecht"),
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString tekst = pdfText(file);
    EXPECT_TRUE(tekst.contains(rapport::titel(RapportSoort::PerGemeente))) << tekst.toStdString();
    EXPECT_TRUE(tekst.contains(QStringLiteral("2026-H2")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("province Utrecht")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("GM0344")));
    EXPECT_FALSE(tekst.contains(QStringLiteral("GM0014")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("page 1 of")));
}

TEST_F(CliReport, EveryReportNameWritesACsvForARegion)
{
    for (const auto soort : rapport::alle()) {
        const QString file = path(rapport::code(soort) + QStringLiteral(".csv"));
        const auto run = report({rapport::code(soort), QStringLiteral("--period"),
                                 QStringLiteral("2026-H2"), QStringLiteral("--region"),
                                 QStringLiteral("1"), QStringLiteral("--out"), file});
        EXPECT_EQ(run.exitCode, 0)
            << rapport::code(soort).toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(fileBytes(file).startsWith("\xEF\xBB\xBF"))
            << rapport::code(soort).toStdString();
    }
}

TEST_F(CliReport, OutDashWritesTheSameCsvToStandardOutput)
{
    const QString file = path(QStringLiteral("huishoudens.csv"));
    const QStringList arguments{QStringLiteral("huishoudens"), QStringLiteral("--period"),
                                QStringLiteral("2026-H2"),     QStringLiteral("--format"),
                                QStringLiteral("csv"),         QStringLiteral("--out")};
    ASSERT_EQ(report(arguments + QStringList{file}).exitCode, 0);
    const auto run = report(arguments + QStringList{QStringLiteral("-")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Run without a login session (runCli clears XDG_RUNTIME_DIR, as cron would): standard
    // error stays free of Qt's warnings, for the messages that matter.
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1Char(';')));
    EXPECT_TRUE(run.out.contains(QStringLiteral("GM0344")));
    // QString::fromUtf8 drops the BOM on both sides; the file shows it is written.
    EXPECT_TRUE(fileBytes(file).startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(run.out, QString::fromUtf8(fileBytes(file)));
}

TEST_F(CliReport, UnknownNameIsAUsageErrorListingTheReports)
{
    auto arguments = base();
    arguments[0] = QStringLiteral("per-planeet");
    const auto run = report(arguments);
    expectUsageError(run, QStringLiteral("per-planeet"));
    for (const auto soort : rapport::alle())
        EXPECT_TRUE(run.err.contains(rapport::code(soort))) << rapport::code(soort).toStdString();
}

TEST_F(CliReport, BadOrMissingPeriodIsAUsageError)
{
    auto arguments = base();
    arguments[2] = QStringLiteral("2026-H3");
    expectUsageError(report(arguments), QStringLiteral("--period"));
    expectUsageError(report({QStringLiteral("per-gemeente"), QStringLiteral("--out"),
                             path(QStringLiteral("r.csv"))}),
                     QStringLiteral("--period"));
}

TEST_F(CliReport, TwoScopesAreAUsageError)
{
    expectUsageError(
        report(base() + QStringList{QStringLiteral("--gemeente"), QStringLiteral("GM0344"),
                                    QStringLiteral("--region"), QStringLiteral("2")}),
        QStringLiteral("--region"));
}

TEST_F(CliReport, BadScopeValuesAreUsageErrors)
{
    expectUsageError(
        report(base() + QStringList{QStringLiteral("--gemeente"), QStringLiteral("Utrecht")}),
        QStringLiteral("--gemeente"));
    expectUsageError(report(base() + QStringList{QStringLiteral("--region"), QStringLiteral("9")}),
                     QStringLiteral("--region"));
}

TEST_F(CliReport, UnknownGemeenteOrProvinceIsRefusedNamingTheOption)
{
    const auto gemeente =
        report(base() + QStringList{QStringLiteral("--gemeente"), QStringLiteral("GM9999")});
    EXPECT_EQ(gemeente.exitCode, 1);
    EXPECT_TRUE(gemeente.err.contains(QStringLiteral("--gemeente"))) << gemeente.err.toStdString();
    EXPECT_TRUE(gemeente.err.contains(QStringLiteral("GM9999")));
    const auto provincie =
        report(base() + QStringList{QStringLiteral("--provincie"), QStringLiteral("Atlantis")});
    EXPECT_EQ(provincie.exitCode, 1);
    EXPECT_TRUE(provincie.err.contains(QStringLiteral("--provincie")))
        << provincie.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("r.csv"))));
}

TEST_F(CliReport, MissingOutOrFormatIsAUsageError)
{
    expectUsageError(report({QStringLiteral("per-gemeente"), QStringLiteral("--period"),
                             QStringLiteral("2026-H2")}),
                     QStringLiteral("--out"));
    expectUsageError(
        report({QStringLiteral("per-gemeente"), QStringLiteral("--period"),
                QStringLiteral("2026-H2"), QStringLiteral("--out"), path(QStringLiteral("r.txt"))}),
        QStringLiteral("--format"));
    expectUsageError(
        report(base() + QStringList{QStringLiteral("--format"), QStringLiteral("xls")}),
        QStringLiteral("--format"));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("r.txt"))));
}

TEST_F(CliReport, BadToleranceIsAUsageError)
{
    expectUsageError(
        report(base() + QStringList{QStringLiteral("--tolerance"), QStringLiteral("7/6")}),
        QStringLiteral("--tolerance"));
}

TEST_F(CliReport, UnwritableOutIsRefusedNamingTheFile)
{
    const QString file = path(QStringLiteral("geen/map/r.csv"));
    const auto run = report({QStringLiteral("per-gemeente"), QStringLiteral("--period"),
                             QStringLiteral("2026-H2"), QStringLiteral("--out"), file});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(file)) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
}
