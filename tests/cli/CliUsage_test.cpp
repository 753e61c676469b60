// The command line itself: --help, --version and usage errors (exit 2) that name the argument.
#include "CliRunner.h"

using namespace rd::test;

namespace {

const QStringList allCommands{QStringLiteral("init"),
                              QStringLiteral("demo"),
                              QStringLiteral("import-population"),
                              QStringLiteral("set-vg"),
                              QStringLiteral("herverdeling"),
                              QStringLiteral("quota"),
                              QStringLiteral("import-households"),
                              QStringLiteral("export-households"),
                              QStringLiteral("couple"),
                              QStringLiteral("uncouple"),
                              QStringLiteral("cases")};

class CliUsage : public CliTest
{
protected:
    // A usage error: exit 2, nothing on stdout, a message naming `named` and a --help hint.
    void expectUsageError(const CliRun &run, const QString &named) const
    {
        EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(named)) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--help"))) << run.err.toStdString();
    }
};

} // namespace

TEST_F(CliUsage, HelpListsEveryCommandAndExitsZero)
{
    const auto run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    for (const auto &command : allCommands)
        EXPECT_TRUE(run.out.contains(QStringLiteral("  ") + command + QLatin1Char(' ')))
            << command.toStdString();
}

TEST_F(CliUsage, EveryCommandHasHelpOnStdoutWithExitZero)
{
    for (const auto &command : allCommands) {
        const auto run = runCli({command, QStringLiteral("--help")});
        EXPECT_EQ(run.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << command.toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.out.startsWith(QStringLiteral("Usage: regiedesk-cli [options] ") + command))
            << run.out.toStdString();
    }
}

TEST_F(CliUsage, HelpDoesNotTouchTheStore)
{
    const auto run = cli({QStringLiteral("quota"), QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(CliUsage, VersionPrintsTheProjectVersion)
{
    const auto run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("regiedesk-cli " REGIEDESK_VERSION));
}

TEST_F(CliUsage, UnknownCommandIsAUsageError)
{
    expectUsageError(cli({QStringLiteral("frobnicate")}), QStringLiteral("frobnicate"));
}

TEST_F(CliUsage, MissingCommandIsAUsageError)
{
    expectUsageError(runCli({QStringLiteral("--db"), db()}), QStringLiteral("COMMAND"));
}

TEST_F(CliUsage, UnknownOptionIsAUsageError)
{
    init();
    expectUsageError(cli({QStringLiteral("cases"), QStringLiteral("--colour")}),
                     QStringLiteral("colour"));
}

TEST_F(CliUsage, BadHalfYearIsAUsageErrorNamingTheArgument)
{
    init();
    const auto run = cli({QStringLiteral("quota"), QStringLiteral("2025-H3")});
    expectUsageError(run, QStringLiteral("HALF-YEAR"));
    EXPECT_TRUE(run.err.contains(QStringLiteral("2025-H3")));
    expectUsageError(cli({QStringLiteral("set-vg"), QStringLiteral("25-H1"), QStringLiteral("10")}),
                     QStringLiteral("25-H1"));
}

TEST_F(CliUsage, MissingArgumentIsAUsageErrorNamingIt)
{
    init();
    expectUsageError(cli({QStringLiteral("quota")}), QStringLiteral("HALF-YEAR"));
    expectUsageError(cli({QStringLiteral("set-vg"), QStringLiteral("2026-H1")}),
                     QStringLiteral("missing argument N"));
    expectUsageError(cli({QStringLiteral("couple"), QStringLiteral("2000000001")}),
                     QStringLiteral("GM-CODE"));
}

TEST_F(CliUsage, NonNumericVgIsAUsageError)
{
    init();
    expectUsageError(
        cli({QStringLiteral("set-vg"), QStringLiteral("2026-H1"), QStringLiteral("12a")}),
        QStringLiteral("\"12a\""));
}

TEST_F(CliUsage, MissingReasonIsAUsageError)
{
    init();
    expectUsageError(cli({QStringLiteral("herverdeling"), QStringLiteral("2026-H1"),
                          QStringLiteral("GM0014=+5"), QStringLiteral("GM0034=-5")}),
                     QStringLiteral("--reason"));
    expectUsageError(
        cli({QStringLiteral("couple"), QStringLiteral("2000000001"), QStringLiteral("GM0014")}),
        QStringLiteral("--reason"));
    expectUsageError(cli({QStringLiteral("uncouple"), QStringLiteral("2000000001"),
                          QStringLiteral("--reason"), QStringLiteral("  ")}),
                     QStringLiteral("--reason"));
}

TEST_F(CliUsage, MalformedHerverdelingRuleIsAUsageError)
{
    init();
    expectUsageError(
        cli({QStringLiteral("herverdeling"), QStringLiteral("2026-H1"), QStringLiteral("GM0014:+5"),
             QStringLiteral("GM0034=-5"), QStringLiteral("--reason"), QStringLiteral("afspraak")}),
        QStringLiteral("GM0014:+5"));
}

TEST_F(CliUsage, MalformedOptionValuesAreUsageErrors)
{
    init();
    expectUsageError(cli({QStringLiteral("quota"), QStringLiteral("2026-H1"),
                          QStringLiteral("--format"), QStringLiteral("xml")}),
                     QStringLiteral("--format"));
    expectUsageError(cli({QStringLiteral("quota"), QStringLiteral("2026-H1"),
                          QStringLiteral("--region"), QStringLiteral("6")}),
                     QStringLiteral("--region"));
    expectUsageError(runCli({QStringLiteral("--db"), db(), QStringLiteral("--today"),
                             QStringLiteral("2026-02-30"), QStringLiteral("cases")}),
                     QStringLiteral("--today"));
    expectUsageError(cli({QStringLiteral("couple"), QStringLiteral("123"), QStringLiteral("GM0014"),
                          QStringLiteral("--reason"), QStringLiteral("x")}),
                     QStringLiteral("V-NUMMER"));
    expectUsageError(
        cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("many")}),
        QStringLiteral("--households"));
    expectUsageError(cli({QStringLiteral("import-population"), path(QStringLiteral("x.csv"))}),
                     QStringLiteral("--year"));
}

TEST_F(CliUsage, UsageErrorsLeaveTheStoreUnchanged)
{
    init();
    const QByteArray before = fileBytes(db());
    cli({QStringLiteral("set-vg"), QStringLiteral("2026-H1"), QStringLiteral("-5")});
    cli({QStringLiteral("herverdeling"), QStringLiteral("2026-H1"), QStringLiteral("GM0014=+5"),
         QStringLiteral("GM0034=-5")});
    EXPECT_EQ(fileBytes(db()), before);
}
