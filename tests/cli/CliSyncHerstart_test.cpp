// The server restarted in the middle of a sync (issue 16): the device reports it (exit 1, the
// server named) and the next sync converges, every entry at the server once. The test has a
// cluster of its own (tests/support/pg-cluster.sh), so the restart touches no other test.
#include "CliRunner.h"
#include "PgTest.h"

#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingService.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/store/Store.h"
#include "core/sync/ServerSchema.h"
#include "core/sync/Sync.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

using namespace rd;
using namespace rd::test;

namespace {

const QDate vandaag(2026, 11, 29);

QString cluster(const QString &actie, const QString &staat)
{
    QProcess p;
    p.start(QStringLiteral("bash"),
            {QStringLiteral(REGIEDESK_SOURCE_DIR "/tests/support/pg-cluster.sh"), actie, staat});
    p.waitForFinished(120000);
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

// Stops the private cluster however the test ends.
struct Cluster
{
    QString staat;
    ~Cluster() { (void)cluster(QStringLiteral("stop"), staat); }
};

} // namespace

TEST(CliSyncHerstart, AServerRestartedMidSyncIsReportedAndTheNextSyncConverges)
{
    if (!QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/initdb")) && !pgVereist())
        GTEST_SKIP() << "postgresql-15 is not installed";
    TempDir dir;
    Cluster eigen{dir.path(QStringLiteral("pg"))};
    ASSERT_TRUE(cluster(QStringLiteral("start"), eigen.staat).isEmpty());
    QFile urlBestand(eigen.staat + QStringLiteral("/url"));
    ASSERT_TRUE(urlBestand.open(QIODevice::ReadOnly));
    auto beheer = serveradres::lees(QString::fromUtf8(urlBestand.readAll()).trimmed());
    ASSERT_TRUE(beheer.ok());
    ServerAdres adres = *beheer;
    adres.database = QStringLiteral("rd");
    const QString ans = QStringLiteral("herstart_ans");
    {
        auto db = serveradres::verbind(*beheer, QStringLiteral("herstart-beheer"));
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(QSqlQuery(*db).exec(QStringLiteral("CREATE DATABASE rd")));
        auto rd = serveradres::verbind(adres, QStringLiteral("herstart-rd"));
        ASSERT_TRUE(rd.ok());
        ASSERT_TRUE(serverschema::installeer(*rd).ok());
        QSqlQuery q(*rd);
        ASSERT_TRUE(
            q.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE regiedesk_regievoerder").arg(ans)));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO regiedesk.account (naam, rol, regio) VALUES "
                                          "('%1', 'regievoerder', 1)")
                               .arg(ans)));
    }
    const QString pad = dir.path(QStringLiteral("a.sqlite"));
    int n = 0;
    {
        auto s = openStore(pad);
        const qint64 azc = azcIn(*s, QStringLiteral("GM0014"));
        QList<qint64> huishoudens;
        for (int i = 0; i < 10; ++i)
            huishoudens << voegToe(
                *s, voorbeeldHuishouden(7700000001 + 10 * i, 1 + i % 3, vandaag.addDays(-10), azc));
        ASSERT_TRUE(sync::sluitAan(*s, adres, ans, {}, QStringLiteral("herstart")).ok());
        // enough work that the push is still running when the server goes down
        for (; n < 1500; ++n) {
            const qint64 h = huishoudens.at(n % huishoudens.size());
            const Status st =
                n % 20 < 10 ? KoppelReeks(*s, {{h, {}}}, QStringLiteral("GM0047"), 0, vandaag,
                                          QStringLiteral("herstart"), {}, vandaag)
                                  .voerUit()
                            : OntkoppelCommand(*s, h, vandaag, QStringLiteral("herstart"), vandaag)
                                  .voerUit();
            ASSERT_TRUE(st.ok()) << st.error().toString().toStdString();
        }
    }

    QProcess sync;
    sync.start(QStringLiteral(REGIEDESK_CLI_PATH),
               {QStringLiteral("--db"), pad, QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("sync")});
    ASSERT_TRUE(sync.waitForStarted());
    ASSERT_FALSE(sync.waitForFinished(150)) << "the push ended before the restart";
    ASSERT_TRUE(cluster(QStringLiteral("restart"), eigen.staat).isEmpty());
    ASSERT_TRUE(sync.waitForFinished(60000));
    EXPECT_EQ(sync.exitCode(), 1);
    const QString fout = QString::fromUtf8(sync.readAllStandardError());
    EXPECT_TRUE(fout.contains(QStringLiteral("server"))) << fout.toStdString();
    RecordProperty("message", fout.toStdString());

    // the next sync goes on where it stopped
    const CliRun weer = runCli({QStringLiteral("--db"), pad, QStringLiteral("sync")});
    ASSERT_EQ(weer.exitCode, 0) << weer.err.toStdString();
    auto store = Store::open(pad, Store::Mode::ReadOnly);
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(sync::aantalOnverzonden(**store).value(), 0);
    auto rd = serveradres::verbind(adres, QStringLiteral("herstart-controle"));
    ASSERT_TRUE(rd.ok());
    EXPECT_EQ(pgGetal(*rd, QStringLiteral("SELECT count(*) FROM regiedesk.wijziging")), n);
    EXPECT_EQ(pgGetal(*rd, QStringLiteral("SELECT count(DISTINCT apparaat_seq) FROM "
                                          "regiedesk.wijziging WHERE uitkomst = 'toegepast'")),
              n);
    rd->close();
}
