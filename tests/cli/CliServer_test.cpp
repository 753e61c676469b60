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

// `server account`: the IT department's accounts without SQL; the joined store then works as the
// account's role (a regievoerder of region 3 couples no household of region 1).
TEST(CliServer, AccountsAreMadeListedAndRemovedAndAJoinedStoreWorksAsTheirRole)
{
    RD_PG_DATABASE(pg);
    ASSERT_EQ(runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"),
                      pg.url()})
                  .exitCode,
              0);
    const QString naam = pg.naam() + QStringLiteral("_karin");
    qputenv("REGIEDESK_NEW_PASSWORD", "lang genoeg wachtwoord");
    const CliRun zonderRegio =
        runCli({QStringLiteral("server"), QStringLiteral("account"), QStringLiteral("add"), naam,
                QStringLiteral("--role=regievoerder"), QStringLiteral("--url"), pg.url()});
    EXPECT_EQ(zonderRegio.exitCode, 2);
    EXPECT_TRUE(zonderRegio.err.contains(QStringLiteral("--region")))
        << zonderRegio.err.toStdString();
    const CliRun maak = runCli({QStringLiteral("server"), QStringLiteral("account"),
                                QStringLiteral("add"), naam, QStringLiteral("--role=regievoerder"),
                                QStringLiteral("--region=3"), QStringLiteral("--url"), pg.url()});
    qunsetenv("REGIEDESK_NEW_PASSWORD");
    ASSERT_EQ(maak.exitCode, 0) << maak.err.toStdString();
    const CliRun lijst =
        runCli({QStringLiteral("server"), QStringLiteral("account"), QStringLiteral("list"),
                QStringLiteral("--format=csv"), QStringLiteral("--url"), pg.url()});
    ASSERT_EQ(lijst.exitCode, 0) << lijst.err.toStdString();
    EXPECT_TRUE(lijst.outLines().contains(naam + QStringLiteral(",regievoerder,3")))
        << lijst.out.toStdString();

    // a store joined as karin: its role and scope come from the server
    TempDir dir;
    const QString db = dir.path(QStringLiteral("k.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    const CliRun aan = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), naam,
                               QStringLiteral("connect"), QStringLiteral("--url"), pg.url()});
    ASSERT_EQ(aan.exitCode, 0) << aan.err.toStdString();
    const CliRun vg =
        runCli({QStringLiteral("--db"), db, QStringLiteral("set-vg"), QStringLiteral("2027-H1"),
                QStringLiteral("12000"), QStringLiteral("--reason=laat")});
    EXPECT_EQ(vg.exitCode, 1);
    EXPECT_TRUE(vg.err.contains(QStringLiteral("the role regievoerder may not make a change of "
                                               "type vg")))
        << vg.err.toStdString();

    const CliRun weg = runCli({QStringLiteral("server"), QStringLiteral("account"),
                               QStringLiteral("remove"), naam, QStringLiteral("--url"), pg.url()});
    ASSERT_EQ(weg.exitCode, 0) << weg.err.toStdString();
    const CliRun leeg = runCli({QStringLiteral("server"), QStringLiteral("account"),
                                QStringLiteral("list"), QStringLiteral("--url"), pg.url()});
    EXPECT_TRUE(leeg.out.contains(QStringLiteral("No accounts on the server.")))
        << leeg.out.toStdString();
    // the joined store can no longer sync
    EXPECT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("sync")}).exitCode, 1);
}
