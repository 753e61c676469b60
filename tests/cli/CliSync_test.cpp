// connect, sync, conflicts and resolve on the command line (issue 16): what each prints, a
// conflict listed as CSV and resolved, and the usage errors that name the argument.
#include "CliRunner.h"
#include "PgTest.h"

#include <QFile>

using namespace rd;
using namespace rd::test;

namespace {

const QString vandaag = QStringLiteral("2026-11-29");

CliRun cli(const QString &db, const QStringList &rest)
{
    return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"), vandaag} +
                  rest);
}

} // namespace

TEST(CliSync, ConnectSyncConflictsAndResolve)
{
    RD_PG_DATABASE(pg);
    const QStringList accounts =
        serverMetAccounts(pg, {QStringLiteral("ans"), QStringLiteral("bob")});
    ASSERT_EQ(accounts.size(), 2);
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.sqlite"));
    const QString b = dir.path(QStringLiteral("b.sqlite"));
    QString v;
    {
        auto s = openStore(a);
        voegToe(*s, voorbeeldHuishouden(7700000001, 2, QDate(2026, 11, 19),
                                        azcIn(*s, QStringLiteral("GM0014"))));
        v = QStringLiteral("7700000001");
    }
    ASSERT_TRUE(QFile::copy(a, b));

    // not joined yet: sync says so; connect needs --user and a URL without a password
    const CliRun nog = cli(a, {QStringLiteral("sync")});
    EXPECT_EQ(nog.exitCode, 1);
    EXPECT_TRUE(nog.err.contains(QStringLiteral("not joined"))) << nog.err.toStdString();
    EXPECT_EQ(cli(a, {QStringLiteral("connect"), QStringLiteral("--url"), pg.url()}).exitCode, 2);
    const CliRun metWachtwoord = cli(a, {QStringLiteral("connect"), QStringLiteral("--url"),
                                         QStringLiteral("postgresql://x:geheim@h/d"),
                                         QStringLiteral("--user"), accounts[0]});
    EXPECT_EQ(metWachtwoord.exitCode, 2);
    EXPECT_FALSE(metWachtwoord.err.contains(QStringLiteral("geheim")));

    const CliRun aan = cli(a, {QStringLiteral("connect"), QStringLiteral("--url"), pg.url(),
                               QStringLiteral("--user"), accounts[0]});
    ASSERT_EQ(aan.exitCode, 0) << aan.err.toStdString();
    EXPECT_TRUE(aan.out.contains(QStringLiteral("is joined to")));
    EXPECT_TRUE(aan.out.contains(accounts[0]));
    ASSERT_EQ(cli(b, {QStringLiteral("connect"), QStringLiteral("--url"), pg.url(),
                      QStringLiteral("--user"), accounts[1]})
                  .exitCode,
              0);

    // both couple the same household apart; A first
    ASSERT_EQ(cli(a, {QStringLiteral("couple"), v, QStringLiteral("GM0047"),
                      QStringLiteral("--reason"), QStringLiteral("eerst")})
                  .exitCode,
              0);
    ASSERT_EQ(cli(b, {QStringLiteral("couple"), v, QStringLiteral("GM0106"),
                      QStringLiteral("--reason"), QStringLiteral("later")})
                  .exitCode,
              0);
    const CliRun sa = cli(a, {QStringLiteral("sync")});
    ASSERT_EQ(sa.exitCode, 0) << sa.err.toStdString();
    EXPECT_TRUE(
        sa.out.contains(QStringLiteral("sent: 1 applied, 0 conflict, 0 no-op; received: 0")))
        << sa.out.toStdString();
    const CliRun sb = cli(b, {QStringLiteral("sync")});
    ASSERT_EQ(sb.exitCode, 0) << sb.err.toStdString(); // 0 also with a conflict
    EXPECT_TRUE(
        sb.out.contains(QStringLiteral("sent: 0 applied, 1 conflict, 0 no-op; received: 1")))
        << sb.out.toStdString();
    EXPECT_TRUE(sb.out.contains(QStringLiteral("regiedesk-cli conflicts")));

    const CliRun lijst =
        cli(b, {QStringLiteral("conflicts"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(lijst.exitCode, 0);
    const QStringList regels = lijst.outLines();
    ASSERT_EQ(regels.size(), 2) << lijst.out.toStdString();
    EXPECT_EQ(regels[0],
              QStringLiteral("seq,soort,huishouden,mijn_versie,server_versie,door,tijd"));
    EXPECT_TRUE(regels[1].contains(QStringLiteral(",koppel,7700000001,")))
        << regels[1].toStdString();
    EXPECT_TRUE(regels[1].contains(QStringLiteral("GM0106")));
    EXPECT_TRUE(regels[1].contains(QStringLiteral("GM0047")));
    const QString seq = regels[1].section(QLatin1Char(','), 0, 0);

    EXPECT_EQ(cli(b, {QStringLiteral("resolve"), QStringLiteral("x1"), QStringLiteral("--take"),
                      QStringLiteral("server")})
                  .exitCode,
              2);
    EXPECT_EQ(
        cli(b, {QStringLiteral("resolve"), seq, QStringLiteral("--take"), QStringLiteral("both")})
            .exitCode,
        2);
    const CliRun mijn =
        cli(b, {QStringLiteral("resolve"), seq, QStringLiteral("--take"), QStringLiteral("mine")});
    EXPECT_EQ(mijn.exitCode, 1); // the household is coupled on the server's version
    const CliRun los = cli(
        b, {QStringLiteral("resolve"), seq, QStringLiteral("--take"), QStringLiteral("server")});
    ASSERT_EQ(los.exitCode, 0) << los.err.toStdString();
    EXPECT_TRUE(
        cli(b, {QStringLiteral("conflicts")}).out.contains(QStringLiteral("No conflicts.")));
    EXPECT_EQ(
        cli(b, {QStringLiteral("conflicts"), QStringLiteral("--format"), QStringLiteral("csv")})
            .outLines()
            .size(),
        1);
}
