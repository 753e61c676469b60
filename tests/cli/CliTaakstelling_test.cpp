// quota, set-vg, herverdeling and import-population through the command line.
#include "CliRunner.h"

#include "core/gemeente/Referentiedata.h"
#include "core/store/Store.h"

using namespace rd::test;

namespace {

const QStringList quotaColumns{QStringLiteral("code"),
                               QStringLiteral("naam"),
                               QStringLiteral("inwoners"),
                               QStringLiteral("taakstelling"),
                               QStringLiteral("herverdeling"),
                               QStringLiteral("saldo_vorig"),
                               QStringLiteral("opgave"),
                               QStringLiteral("realisatie"),
                               QStringLiteral("pijplijn_productie"),
                               QStringLiteral("gekoppeld_niet_gehuisvest"),
                               QStringLiteral("prognose"),
                               QStringLiteral("voor_achter"),
                               QStringLiteral("uitzondering")};

class CliQuota : public CliTest
{
protected:
    void setVg(const QString &halfJaar, qint64 vg) const
    {
        // Today (2026-11-29) is late for every half-year up to 2027-H1: the reason art. 29 asks.
        const auto run = cli({QStringLiteral("set-vg"), halfJaar, QString::number(vg),
                              QStringLiteral("--reason"), QStringLiteral("test")});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }

    // The row of one gemeente in quota CSV output; empty when it is missing.
    static QStringList rowOf(const QList<QStringList> &rows, const QString &code)
    {
        for (const auto &row : rows) {
            if (row.value(0) == code)
                return row;
        }
        return {};
    }

    // A population file for every gemeente in the store: 1000 + 10 * its position.
    QString populationFile(const QString &badLine = {}, int badAt = -1) const
    {
        auto store = rd::Store::open(db());
        EXPECT_TRUE(store.ok());
        const auto gemeenten = rd::Referentiedata(**store).gemeenten();
        EXPECT_TRUE(gemeenten.ok());
        QByteArray text("code,naam,inwoners\n");
        for (int i = 0; i < gemeenten->size(); ++i) {
            const int line = i + 2;
            if (line == badAt)
                text += badLine.toUtf8() + '\n';
            else
                text += QStringLiteral("%1,x,%2\n")
                            .arg(gemeenten->at(i).code, QString::number(1000 + 10 * i))
                            .toUtf8();
        }
        const QString file = path(QStringLiteral("inwoners.csv"));
        writeFile(file, text);
        return file;
    }
};

} // namespace

TEST_F(CliQuota, QuotaWithoutVgFailsWithTheCoreMessageNotZeros)
{
    init();
    const auto run = cli({QStringLiteral("quota"), QStringLiteral("2026-H1"),
                          QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("regiedesk-cli: ")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("vg"))) << run.err.toStdString();
}

TEST_F(CliQuota, QuotaWithoutThePopulationYearFails)
{
    init();
    setVg(QStringLiteral("2028-H1"), 10000); // needs the population of 1 January 2027
    const auto run = cli({QStringLiteral("quota"), QStringLiteral("2028-H1")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("2027"))) << run.err.toStdString();
}

TEST_F(CliQuota, QuotaCsvHasTheColumnsAndOneRowPerGemeente)
{
    init();
    const qint64 vg = 20000;
    setVg(QStringLiteral("2026-H1"), vg);
    const auto rows = quotaCsv(QStringLiteral("2026-H1"));
    ASSERT_EQ(rows.size(), 343);
    EXPECT_EQ(rows.first(), quotaColumns);
    QSet<QString> codes;
    for (int i = 1; i < rows.size(); ++i)
        codes.insert(rows.at(i).value(0));
    EXPECT_EQ(codes.size(), 342);
    // Every gemeente rounds up: the sum exceeds vg by less than one per gemeente.
    const qint64 sum = columnSum(rows, QStringLiteral("taakstelling"));
    EXPECT_GE(sum, vg);
    EXPECT_LT(sum, vg + 342);
}

TEST_F(CliQuota, QuotaCsvQuotesNamesWithCommas)
{
    init();
    setVg(QStringLiteral("2026-H1"), 20000);
    const auto run = cli({QStringLiteral("quota"), QStringLiteral("2026-H1"),
                          QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(run.out.contains(QStringLiteral(",\"Nuenen, Gerwen en Nederwetten\",")))
        << run.out.toStdString();
}

TEST_F(CliQuota, QuotaTableEndsWithTheTotals)
{
    init();
    setVg(QStringLiteral("2026-H1"), 20000);
    const qint64 sum =
        columnSum(quotaCsv(QStringLiteral("2026-H1")), QStringLiteral("taakstelling"));
    const auto run = cli({QStringLiteral("quota"), QStringLiteral("2026-H1")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.outLines();
    ASSERT_GT(lines.size(), 342);
    const QStringList totals = lines.last().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    EXPECT_TRUE(lines.last().contains(QStringLiteral("342"))) << lines.last().toStdString();
    EXPECT_TRUE(totals.contains(QString::number(sum))) << lines.last().toStdString();
    // Numbers are right-aligned: every gemeente line ends at the same column.
    const int width = int(lines.at(lines.size() - 3).size());
    for (const auto &line : lines.mid(lines.size() - 12, 9))
        EXPECT_EQ(line.size(), width) << line.toStdString();
}

TEST_F(CliQuota, RegionShowsOnlyThatRegionsGemeenten)
{
    init();
    setVg(QStringLiteral("2026-H1"), 20000);
    const auto run =
        cli({QStringLiteral("quota"), QStringLiteral("2026-H1"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--region"), QStringLiteral("1")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    auto store = rd::Store::open(db());
    ASSERT_TRUE(store.ok());
    const auto regio1 = rd::Referentiedata(**store).gemeenten(1);
    ASSERT_TRUE(regio1.ok());
    ASSERT_GT(regio1->size(), 0);
    EXPECT_EQ(run.outLines().size(), regio1->size() + 1);
    for (const auto &gemeente : *regio1)
        EXPECT_TRUE(run.out.contains(gemeente.code + QLatin1Char(',')))
            << gemeente.code.toStdString();
}

TEST_F(CliQuota, HerverdelingShiftsQuotaAndKeepsTheSum)
{
    init();
    setVg(QStringLiteral("2026-H1"), 20000);
    const auto before = quotaCsv(QStringLiteral("2026-H1"));
    const auto run = cli({QStringLiteral("herverdeling"), QStringLiteral("2026-H1"),
                          QStringLiteral("GM0014=+5"), QStringLiteral("GM0034=-5"),
                          QStringLiteral("--reason"), QStringLiteral("afspraak regio")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto after = quotaCsv(QStringLiteral("2026-H1"));
    const int herverdeling = columnOf(after.first(), QStringLiteral("herverdeling"));
    EXPECT_EQ(rowOf(after, QStringLiteral("GM0014")).value(herverdeling), QStringLiteral("5"));
    EXPECT_EQ(rowOf(after, QStringLiteral("GM0034")).value(herverdeling), QStringLiteral("-5"));
    EXPECT_EQ(columnSum(after, QStringLiteral("taakstelling")) +
                  columnSum(after, QStringLiteral("herverdeling")),
              columnSum(before, QStringLiteral("taakstelling")) +
                  columnSum(before, QStringLiteral("herverdeling")));
}

TEST_F(CliQuota, HerverdelingAfterTheHalfYearStartedIsKeptWithANote)
{
    init();
    setVg(QStringLiteral("2026-H2"), 20000);
    setVg(QStringLiteral("2027-H1"), 20000);
    const auto laat =
        cli({QStringLiteral("herverdeling"), QStringLiteral("2026-H2"), QStringLiteral("GM0014=+5"),
             QStringLiteral("GM0034=-5"), QStringLiteral("--reason"), QStringLiteral("laat")});
    ASSERT_EQ(laat.exitCode, 0) << laat.err.toStdString();
    EXPECT_TRUE(laat.err.contains(QStringLiteral("before the half-year starts")))
        << "today (2026-11-29) lies inside 2026-H2";
    // 2027-H1 counts the population of 1 January 2026: a herverdeling needs its taakstelling.
    const auto bevolking = cli({QStringLiteral("import-population"), populationFile(),
                                QStringLiteral("--year"), QStringLiteral("2026")});
    ASSERT_EQ(bevolking.exitCode, 0) << bevolking.err.toStdString();
    const auto tijdig =
        cli({QStringLiteral("herverdeling"), QStringLiteral("2027-H1"), QStringLiteral("GM0014=+5"),
             QStringLiteral("GM0034=-5"), QStringLiteral("--reason"), QStringLiteral("tijdig")});
    ASSERT_EQ(tijdig.exitCode, 0) << tijdig.err.toStdString();
    EXPECT_TRUE(tijdig.err.isEmpty()) << tijdig.err.toStdString();
}

TEST_F(CliQuota, RefusedHerverdelingExitsOneAndChangesNothing)
{
    init();
    setVg(QStringLiteral("2026-H1"), 20000);
    const QByteArray before = fileBytes(db());
    const auto run =
        cli({QStringLiteral("herverdeling"), QStringLiteral("2026-H1"), QStringLiteral("GM0014=+5"),
             QStringLiteral("GM0034=-4"), QStringLiteral("--reason"), QStringLiteral("afspraak")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(run.err.isEmpty());
    EXPECT_EQ(fileBytes(db()), before);
    EXPECT_EQ(columnSum(quotaCsv(QStringLiteral("2026-H1")), QStringLiteral("herverdeling")), 0);
}

TEST_F(CliQuota, ImportedPopulationIsUsedForTheQuota)
{
    init();
    const auto run = cli({QStringLiteral("import-population"), populationFile(),
                          QStringLiteral("--year"), QStringLiteral("2027")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("342 gemeenten imported for 1 January 2027"));
    setVg(QStringLiteral("2028-H1"), 3420);
    const auto rows = quotaCsv(QStringLiteral("2028-H1"));
    ASSERT_EQ(rows.size(), 343);
    EXPECT_EQ(columnSum(rows, QStringLiteral("inwoners")), 342 * 1000 + 10 * (341 * 342 / 2));
}

TEST_F(CliQuota, BadPopulationLineIsRefusedNamingTheLineAndStoreUnchanged)
{
    init();
    const QString file = populationFile(QStringLiteral("GM0014,Groningen,12a"), 14);
    const QByteArray before = fileBytes(db());
    const auto run = cli({QStringLiteral("import-population"), file, QStringLiteral("--year"),
                          QStringLiteral("2027")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("line 14"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("12a"))) << run.err.toStdString();
    EXPECT_EQ(fileBytes(db()), before);
}

TEST_F(CliQuota, PopulationOutOfBoundsIsRefusedNamingTheLine)
{
    init();
    const QByteArray before = fileBytes(db());
    for (const char *fout : {"0", "-5", "20000001", "9e18", "9000000000000000000", "1.5"}) {
        const QString file =
            populationFile(QStringLiteral("GM0014,Groningen,") + QLatin1String(fout), 14);
        const auto run = cli({QStringLiteral("import-population"), file, QStringLiteral("--year"),
                              QStringLiteral("2027")});
        EXPECT_EQ(run.exitCode, 1) << fout;
        EXPECT_TRUE(run.err.contains(QStringLiteral("line 14")))
            << fout << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("GM0014"))) << run.err.toStdString();
    }
    EXPECT_EQ(fileBytes(db()), before);
}

TEST_F(CliQuota, PopulationFileWithoutEveryGemeenteIsRefusedNamingTheMissingOnes)
{
    init();
    const QString file = path(QStringLiteral("deel.csv"));
    writeFile(file, "code,inwoners\nGM0014,240000\nGM0363,931298\n");
    const QByteArray before = fileBytes(db());
    const auto run = cli({QStringLiteral("import-population"), file, QStringLiteral("--year"),
                          QStringLiteral("2027")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("340 gemeente"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("GM0034, GM0037"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("and 330 more"))) << run.err.toStdString();
    EXPECT_EQ(fileBytes(db()), before);
}

TEST_F(CliQuota, LangNlShowsTheDutchTranslation)
{
    init();
    const QString file = populationFile(QStringLiteral("GM0014,Groningen,12a"), 14);
    const auto run =
        cli({QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("import-population"),
             file, QStringLiteral("--year"), QStringLiteral("2027")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("regel 14"))) << run.err.toStdString();
}
