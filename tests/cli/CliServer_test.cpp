// `server init --url URL` (issue 16): installs the team server's schema on an empty database,
// then has nothing to do; a bad URL is a usage error naming --url; no server is exit 1.
#include "CliRunner.h"
#include "PgTest.h"
#include "core/sync/ServerSchema.h"

using namespace rd;
using namespace rd::test;

TEST(CliServer, InitInstallsTheSchemaThenFindsItUpToDate)
{
    RD_PG_DATABASE(pg);
    const CliRun eerste = runCli(
        {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), pg.url()});
    ASSERT_EQ(eerste.exitCode, 0) << eerste.err.toStdString();
    QStringList namen;
    for (const SchemaBestand &b : serverschema::bestanden())
        namen << b.naam;
    EXPECT_TRUE(eerste.out.contains(
        QStringLiteral("schema version %1 installed (was 0): %2.")
            .arg(QString::number(namen.size()), namen.join(QStringLiteral(", ")))))
        << eerste.out.toStdString();
    const CliRun tweede = runCli(
        {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), pg.url()});
    ASSERT_EQ(tweede.exitCode, 0) << tweede.err.toStdString();
    EXPECT_TRUE(tweede.out.contains(QStringLiteral("up to date"))) << tweede.out.toStdString();
}

TEST(CliServer, ABadUrlOrActionIsAUsageError)
{
    const CliRun wachtwoord =
        runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"),
                QStringLiteral("postgresql://ans:geheim@h/d")});
    EXPECT_EQ(wachtwoord.exitCode, 2);
    EXPECT_TRUE(wachtwoord.err.contains(QStringLiteral("--url"))) << wachtwoord.err.toStdString();
    EXPECT_FALSE(wachtwoord.err.contains(QStringLiteral("geheim")));
    const CliRun geenUrl = runCli({QStringLiteral("server"), QStringLiteral("init")});
    EXPECT_EQ(geenUrl.exitCode, 2);
    EXPECT_TRUE(geenUrl.err.contains(QStringLiteral("--url"))) << geenUrl.err.toStdString();
    const CliRun actie = runCli({QStringLiteral("server"), QStringLiteral("wis"),
                                 QStringLiteral("--url"), QStringLiteral("postgresql://h/d")});
    EXPECT_EQ(actie.exitCode, 2);
    EXPECT_TRUE(actie.err.contains(QStringLiteral("'wis'"))) << actie.err.toStdString();
}

TEST(CliServer, NoServerIsExitOneNamingIt)
{
    const CliRun r =
        runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"),
                QStringLiteral("postgresql://ans@/rd?host=/nonexistent/sock")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot connect"))) << r.err.toStdString();
}
