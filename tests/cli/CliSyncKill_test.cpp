// `regiedesk-cli sync` killed with SIGKILL at random moments, 50 times while it pushes and 50
// times while it pulls (issue 16): the next sync converges, every entry reaches the server
// exactly once and the receiving device ends with the sender's couplings, nothing replayed twice.
#include "CliRunner.h"
#include "PgTest.h"

#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingService.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/sync/ServerSchema.h"
#include "core/sync/Sync.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <functional>

using namespace rd;
using namespace rd::test;

namespace {

const QDate vandaag(2026, 11, 29);

// The couplings that count, per V-nummer (row ids differ between devices).
QString koppelStand(const QString &pad)
{
    auto store = Store::open(pad, Store::Mode::ReadOnly);
    EXPECT_TRUE(store.ok());
    if (!store)
        return {};
    auto q = sql::run((*store)->database(),
                      QStringLiteral("SELECT p.v_nummer || ' ' || k.gemeente || ' ' || k.datum || "
                                     "' ' || coalesce(k.ontkoppeld_op, '') FROM koppeling k JOIN "
                                     "persoon p ON p.huishouden = k.huishouden AND p.referent = 1 "
                                     "WHERE k.ongedaan = 0 ORDER BY 1"));
    QString uit;
    while (q && q->next())
        uit += q->value(0).toString() + QLatin1Char('\n');
    return uit;
}

// `n` more changes on the store: each household coupled when it is not, uncoupled when it is.
void wijzig(const QString &pad, const QList<qint64> &huishoudens, int n, int &teller)
{
    auto store = Store::open(pad, Store::Mode::ReadWrite);
    ASSERT_TRUE(store.ok());
    for (int i = 0; i < n; ++i, ++teller) {
        const qint64 h = huishoudens.at(teller % huishoudens.size());
        const bool gekoppeld = KoppelingService(**store).actief(h)->has_value();
        const Status s =
            gekoppeld
                ? OntkoppelCommand(**store, h, vandaag, QStringLiteral("kill"), vandaag).voerUit()
                : KoppelReeks(**store, {{h, {}}}, QStringLiteral("GM0047"), 0, vandaag,
                              QStringLiteral("kill"), {}, vandaag)
                      .voerUit();
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
}

// Starts `sync` on the store and kills it after `ms`; whether it was still running then. When it
// ran to the end, `duur` is how long it took.
bool syncGedood(const QString &pad, int ms, qint64 &duur)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(REGIEDESK_CLI_PATH),
            {QStringLiteral("--db"), pad, QStringLiteral("sync")});
    if (!p.waitForStarted(10000))
        return false;
    QElapsedTimer klok;
    klok.start();
    const bool klaar = p.waitForFinished(ms);
    duur = klok.elapsed();
    if (!klaar)
        p.kill(); // SIGKILL
    p.waitForFinished(10000);
    return !klaar;
}

// Kills syncs at random moments until `nodig` kills landed while one ran (at most 6 tries each).
// A sync that finished first narrows the window the next kill is drawn from to how long it took,
// so the kills keep landing inside the sync however fast this machine runs it.
class Doder
{
public:
    explicit Doder(quint32 zaad) : m_rnd(zaad) {}
    int doodTot(const QString &pad, int nodig, const std::function<void()> &voorElkeSync)
    {
        int gedood = 0;
        for (int poging = 0; gedood < nodig && poging < 6 * nodig; ++poging) {
            voorElkeSync();
            qint64 duur = 0;
            if (syncGedood(pad, int(m_rnd.bounded(m_grens)), duur))
                ++gedood;
            else
                m_grens = std::clamp(int(duur), 2, m_grens);
        }
        return gedood;
    }

private:
    QRandomGenerator m_rnd;
    int m_grens = 120;
};

} // namespace

TEST(CliSyncKill, KilledFiftyTimesWhilePushingAndFiftyWhilePullingItStillConverges)
{
    RD_PG_DATABASE(pg);
    const QStringList accounts =
        serverMetAccounts(pg, {QStringLiteral("ans"), QStringLiteral("bob")});
    ASSERT_EQ(accounts.size(), 2);
    const QString &ans = accounts[0];
    const QString &bob = accounts[1];
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.sqlite"));
    const QString b = dir.path(QStringLiteral("b.sqlite"));
    QList<qint64> huishoudens;
    {
        auto s = openStore(a);
        const qint64 azc = azcIn(*s, QStringLiteral("GM0014"));
        for (int i = 0; i < 12; ++i)
            huishoudens << voegToe(
                *s, voorbeeldHuishouden(7700000001 + 10 * i, 1 + i % 3, vandaag.addDays(-10), azc));
    }
    ASSERT_TRUE(QFile::copy(a, b));
    for (const auto &[pad, wie] : {std::pair{a, ans}, std::pair{b, bob}}) {
        auto s = Store::open(pad, Store::Mode::ReadWrite);
        ASSERT_TRUE(s.ok());
        ASSERT_TRUE(sync::sluitAan(**s, pg.adres(), wie, {}, QStringLiteral("kill")).ok());
    }

    int teller = 0;
    // While pushing: more work each time, the sync killed at a random moment of its run
    Doder pusher(20261205);
    const int tijdensPush = pusher.doodTot(a, 50, [&] { wijzig(a, huishoudens, 6, teller); });
    EXPECT_EQ(tijdensPush, 50) << "kills that landed while the sync was pushing";
    // While pulling: A sends its work whole, B is killed receiving it
    Doder puller(20261206);
    const int tijdensPull = puller.doodTot(b, 50, [&] {
        wijzig(a, huishoudens, 6, teller);
        EXPECT_EQ(runCli({QStringLiteral("--db"), a, QStringLiteral("sync")}).exitCode, 0);
    });
    EXPECT_EQ(tijdensPull, 50) << "kills that landed while the sync was pulling";
    RecordProperty("killed", tijdensPush + tijdensPull);

    // the next syncs converge
    for (const QString &pad : {a, b}) {
        const CliRun r = runCli({QStringLiteral("--db"), pad, QStringLiteral("sync")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    const CliRun weer = runCli({QStringLiteral("--db"), b, QStringLiteral("sync")});
    EXPECT_TRUE(weer.out.contains(QStringLiteral("sent: 0 applied, 0 conflict, 0 no-op; "
                                                 "received: 0")))
        << weer.out.toStdString();

    // every change of A reached the server once, and B made each once
    auto storeA = Store::open(a, Store::Mode::ReadOnly);
    ASSERT_TRUE(storeA.ok());
    EXPECT_EQ(sync::aantalOnverzonden(**storeA).value(), 0);
    auto db = serveradres::verbind(pg.adres(), QStringLiteral("kill-controle"));
    ASSERT_TRUE(db.ok());
    QSqlQuery q(*db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT (apparaat, apparaat_seq)), "
                                      "count(*) FILTER (WHERE uitkomst = 'toegepast') FROM "
                                      "regiedesk.wijziging")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), teller);
    EXPECT_EQ(q.value(1).toLongLong(), teller);
    EXPECT_EQ(q.value(2).toLongLong(), teller);
    auto storeB = Store::open(b, Store::Mode::ReadOnly);
    ASSERT_TRUE(storeB.ok());
    auto ontvangen =
        sql::scalar((*storeB)->database(), QStringLiteral("SELECT count(DISTINCT server_seq) FROM "
                                                          "sync_ontvangen"));
    ASSERT_TRUE(ontvangen.ok());
    EXPECT_EQ(ontvangen->toLongLong(), teller);
    EXPECT_TRUE(sync::conflicten(**storeB)->isEmpty());
    EXPECT_FALSE(koppelStand(a).isEmpty());
    EXPECT_EQ(koppelStand(a).toStdString(), koppelStand(b).toStdString());
}
