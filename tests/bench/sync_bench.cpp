// The team server (issue 16): pushing 1,000 pending entries to a local server ≤ 2 s; pulling
// (and replaying) 10,000 ≤ 5 s; a sync with nothing to do ≤ 50 ms, connection included. The
// server is the one REGIEDESK_BENCH_PG names (a superuser's URL, e.g. the test cluster's:
// `bash tests/support/pg-cluster.sh start /tmp/pg && REGIEDESK_BENCH_PG=$(cat /tmp/pg/url)`);
// without it these benchmarks are skipped. Each benchmark gets a database of its own. The
// entries are couplings and uncouplings, in turn, of the demo's waiting households, each to a
// gemeente of its AZC's region, by a beheerder account (no region limit).

#include "core/account/AccountService.h"
#include "core/demo/DemoCommand.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/sync/ServerSchema.h"
#include "core/sync/Sync.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <utility>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
int teller = 0;

struct Omgeving
{
    QTemporaryDir dir;
    QString basis; // a demo store, the shared starting point of every device
    QList<QPair<qint64, QString>> wachtend; // waiting households with a gemeente of their region
};

const Omgeving *omgeving()
{
    static std::unique_ptr<Omgeving> o;
    if (o)
        return o.get();
    o = std::make_unique<Omgeving>();
    o->basis = o->dir.filePath(QStringLiteral("basis.sqlite"));
    {
        auto store = Store::open(o->basis, Store::Mode::Create);
        if (!store)
            return nullptr;
        DemoOpties opties;
        opties.seed = 7;
        opties.huishoudens = 3000;
        opties.vandaag = vandaag;
        if (!DemoCommand(**store, opties).voerUit())
            return nullptr;
        auto q = sql::run(
            (*store)->database(),
            QStringLiteral("SELECT h.id, (SELECT g2.code FROM gemeente g2 JOIN provincie p2 ON "
                           "p2.naam = g2.provincie WHERE p2.regio = p.regio ORDER BY g2.code "
                           "LIMIT 1) FROM huishouden h JOIN azc a ON a.id = h.azc JOIN gemeente "
                           "g ON g.code = a.gemeente JOIN provincie p ON p.naam = g.provincie "
                           "WHERE h.huisvest_gemeente IS NULL AND h.zelfhuisvester = 0 AND NOT "
                           "EXISTS (SELECT 1 FROM koppeling k WHERE k.huishouden = h.id AND "
                           "k.ontkoppeld_op IS NULL) ORDER BY h.id LIMIT 50"));
        if (!q)
            return nullptr;
        while (q->next())
            o->wachtend << qMakePair(q->value(0).toLongLong(), q->value(1).toString());
    }
    return o.get();
}

// A fresh database with the schema and an account (a beheerder, or a regievoerder of `regio`);
// the account's name. Both are dropped when it goes out of scope (its devices' connections with
// it), so a run leaves nothing on the cluster.
struct Server
{
    Server() = default;
    Server(Server &&ander) noexcept
        : adres(ander.adres), account(std::exchange(ander.account, {})),
          fout(std::move(ander.fout)), database(std::exchange(ander.database, {}))
    {
    }
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;
    Server &operator=(Server &&) = delete;
    ~Server()
    {
        if (database.isEmpty())
            return;
        const auto beheer = serveradres::lees(qEnvironmentVariable("REGIEDESK_BENCH_PG"));
        if (!beheer)
            return;
        auto db = serveradres::verbind(*beheer, QStringLiteral("bench-opruimen"));
        if (!db)
            return;
        QSqlQuery(*db).exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        if (!account.isEmpty())
            QSqlQuery(*db).exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(account));
        db->close();
    }

    ServerAdres adres;
    QString account;
    QString fout;
    QString database; // made by server(), dropped here
};

Server server(int regio = 0)
{
    Server s;
    const auto beheer = serveradres::lees(qEnvironmentVariable("REGIEDESK_BENCH_PG"));
    if (!beheer) {
        s.fout = QStringLiteral("REGIEDESK_BENCH_PG is not a PostgreSQL URL");
        return s;
    }
    const QString naam =
        QStringLiteral("rdbench_%1_%2")
            .arg(QString::number(QCoreApplication::applicationPid()), QString::number(++teller));
    {
        auto db = serveradres::verbind(*beheer, QStringLiteral("bench-beheer"));
        if (!db) {
            s.fout = db.error().toString();
            return s;
        }
        QSqlQuery(*db).exec(QStringLiteral("CREATE DATABASE %1").arg(naam));
        db->close();
    }
    s.database = naam;
    s.adres = *beheer;
    s.adres.database = naam;
    auto db = serveradres::verbind(s.adres, QStringLiteral("bench-schema"));
    if (!db || !serverschema::installeer(*db)) {
        s.fout = QStringLiteral("the schema could not be installed on ") + naam;
        return s;
    }
    s.account = naam + QStringLiteral("_bh");
    QSqlQuery q(*db);
    if (regio > 0) {
        q.exec(
            QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE regiedesk_regievoerder").arg(s.account));
        q.exec(QStringLiteral("INSERT INTO regiedesk.account (naam, rol, regio) VALUES ('%1', "
                              "'regievoerder', %2)")
                   .arg(s.account, QString::number(regio)));
    } else {
        q.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE regiedesk_beheerder").arg(s.account));
        q.exec(QStringLiteral("INSERT INTO regiedesk.account (naam, rol) VALUES ('%1', "
                              "'beheerder')")
                   .arg(s.account));
    }
    db->close();
    return s;
}

// A device: a copy of the starting store joined to the server.
std::unique_ptr<Store> apparaat(const Omgeving &o, const Server &s)
{
    const QString pad = o.dir.filePath(QStringLiteral("apparaat-%1.sqlite").arg(++teller));
    QFile::copy(o.basis, pad);
    auto store = Store::open(pad, Store::Mode::ReadWrite);
    if (!store || !sync::sluitAan(**store, s.adres, s.account, {}, QStringLiteral("bench")))
        return nullptr;
    return std::move(*store);
}

// `n` entries: couplings and uncouplings in turn over the waiting households (one the rules do
// not let couple, a reunification block say, is left out).
bool maakWijzigingen(Store &store, const QList<QPair<qint64, QString>> &wachtend, int n)
{
    QList<QPair<qint64, QString>> bruikbaar = wachtend;
    int gemaakt = 0;
    while (gemaakt < n && !bruikbaar.isEmpty()) {
        const qsizetype i = (gemaakt / 2) % bruikbaar.size();
        const auto [h, gemeente] = bruikbaar.at(i);
        if (KoppelReeks(store, {{h, {}}}, gemeente, 0, vandaag, QStringLiteral("bench"), {},
                        vandaag)
                .voerUit()) {
            ++gemaakt;
        } else {
            bruikbaar.removeAt(i);
            continue;
        }
        if (gemaakt == n)
            break;
        if (const Status s =
                OntkoppelCommand(store, h, vandaag, QStringLiteral("bench"), vandaag).voerUit();
            !s) {
            fprintf(stderr, "uncoupling: %s\n", qPrintable(s.error().toString()));
            return false;
        }
        ++gemaakt;
    }
    return gemaakt == n;
}

#define VEREIS(voorwaarde, tekst)                                                                  \
    if (!(voorwaarde)) {                                                                           \
        state.SkipWithError(tekst);                                                                \
        return;                                                                                    \
    }

void BM_SyncPush1000(benchmark::State &state)
{
    VEREIS(!qEnvironmentVariableIsEmpty("REGIEDESK_BENCH_PG"), "REGIEDESK_BENCH_PG is not set");
    const Omgeving *o = omgeving();
    VEREIS(o && o->wachtend.size() >= 10, "the demo store could not be made");
    for (auto _ : state) {
        state.PauseTiming();
        // a server of its own each time: the same households' changes would conflict otherwise
        const Server s = server();
        VEREIS(s.fout.isEmpty(), s.fout.toUtf8().constData());
        auto store = apparaat(*o, s);
        VEREIS(store && maakWijzigingen(*store, o->wachtend, 1000),
               "the entries could not be made");
        auto db = serveradres::verbind(s.adres, QStringLiteral("bench-push"), {}, s.account);
        VEREIS(db.ok(), "no connection");
        state.ResumeTiming();
        auto t = sync::push(*store, *db);
        state.PauseTiming();
        VEREIS(t.ok() && t->toegepast == 1000, "the push did not apply 1,000 entries");
        db->close();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_SyncPush1000)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SyncPull10000(benchmark::State &state)
{
    VEREIS(!qEnvironmentVariableIsEmpty("REGIEDESK_BENCH_PG"), "REGIEDESK_BENCH_PG is not set");
    const Omgeving *o = omgeving();
    VEREIS(o && o->wachtend.size() >= 10, "the demo store could not be made");
    const Server s = server();
    VEREIS(s.fout.isEmpty(), s.fout.toUtf8().constData());
    {
        auto bron = apparaat(*o, s);
        VEREIS(bron && maakWijzigingen(*bron, o->wachtend, 10000), "the entries could not be made");
        auto t = sync::synchroniseer(*bron, {});
        VEREIS(t.ok() && t->toegepast == 10000, "the source did not push 10,000 entries");
    }
    for (auto _ : state) {
        state.PauseTiming();
        auto store = apparaat(*o, s);
        VEREIS(store, "no device");
        auto db = serveradres::verbind(s.adres, QStringLiteral("bench-pull"), {}, s.account);
        VEREIS(db.ok(), "no connection");
        state.ResumeTiming();
        auto t = sync::pull(*store, *db);
        state.PauseTiming();
        VEREIS(t.ok() && t->ontvangen == 10000, "the pull did not replay 10,000 entries");
        db->close();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_SyncPull10000)->Iterations(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SyncNothingToDo(benchmark::State &state)
{
    VEREIS(!qEnvironmentVariableIsEmpty("REGIEDESK_BENCH_PG"), "REGIEDESK_BENCH_PG is not set");
    const Omgeving *o = omgeving();
    VEREIS(o && o->wachtend.size() >= 10, "the demo store could not be made");
    const Server s = server();
    VEREIS(s.fout.isEmpty(), s.fout.toUtf8().constData());
    // a device with a history: 1,000 of its own entries sent before
    auto store = apparaat(*o, s);
    VEREIS(store && maakWijzigingen(*store, o->wachtend, 1000), "the entries could not be made");
    auto eerst = sync::synchroniseer(*store, {});
    VEREIS(eerst.ok() && eerst->toegepast == 1000, "the first sync did not apply");
    for (auto _ : state) {
        auto t = sync::synchroniseer(*store, {});
        VEREIS(t.ok() && t->toegepast + t->ontvangen == 0, "the sync had something to do");
    }
}
BENCHMARK(BM_SyncNothingToDo)->Iterations(50)->Unit(benchmark::kMillisecond)->UseRealTime();

// A sync of two new changes on a device with a long history (10,000 of its own entries pushed
// before): the push finds each record's last seen change by walking the log since joining, so
// this grows with the history. No target in the issue; measured to know how it scales.
void BM_SyncTweeNaGeschiedenis(benchmark::State &state)
{
    VEREIS(!qEnvironmentVariableIsEmpty("REGIEDESK_BENCH_PG"), "REGIEDESK_BENCH_PG is not set");
    const Omgeving *o = omgeving();
    VEREIS(o && o->wachtend.size() >= 10, "the demo store could not be made");
    const Server s = server();
    VEREIS(s.fout.isEmpty(), s.fout.toUtf8().constData());
    auto store = apparaat(*o, s);
    VEREIS(store && maakWijzigingen(*store, o->wachtend, 10000), "the entries could not be made");
    auto eerst = sync::synchroniseer(*store, {});
    VEREIS(eerst.ok() && eerst->toegepast == 10000, "the first sync did not apply");
    for (auto _ : state) {
        state.PauseTiming();
        VEREIS(maakWijzigingen(*store, o->wachtend, 2), "the entries could not be made");
        state.ResumeTiming();
        auto t = sync::synchroniseer(*store, {});
        VEREIS(t.ok() && t->toegepast == 2, "the sync did not apply two entries");
    }
}
BENCHMARK(BM_SyncTweeNaGeschiedenis)->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

// A regievoerder's sync after two changes of its region: push, pull and the publication of its
// provinces' figures (issue 16, 004-cijfers.sql): 8 reports × 2 half-years for each of region
// 3's three provinces, computed with core on the demo store (3,000 households) and sent in one
// server transaction. No target in the issue; it runs off the GUI thread.
void BM_SyncPubliceerCijfers(benchmark::State &state)
{
    VEREIS(!qEnvironmentVariableIsEmpty("REGIEDESK_BENCH_PG"), "REGIEDESK_BENCH_PG is not set");
    const Omgeving *o = omgeving();
    VEREIS(o && o->wachtend.size() >= 10, "the demo store could not be made");
    const Server s = server(3);
    VEREIS(s.fout.isEmpty(), s.fout.toUtf8().constData());
    auto store = apparaat(*o, s);
    VEREIS(store, "the device could not join");
    auto account = account::vanServer(*store);
    VEREIS(account && account->has_value(), "the device has no account");
    store->setAccount(*account);
    QList<QPair<qint64, QString>> regio3; // Utrecht (GM0344) is in region 3
    auto q = sql::run(store->database(),
                      QStringLiteral("SELECT h.id FROM huishouden h JOIN azc a ON a.id = h.azc "
                                     "JOIN gemeente g ON g.code = a.gemeente JOIN provincie p ON "
                                     "p.naam = g.provincie WHERE p.regio = 3 AND "
                                     "h.huisvest_gemeente IS NULL AND h.zelfhuisvester = 0 AND NOT "
                                     "EXISTS (SELECT 1 FROM koppeling k WHERE k.huishouden = h.id "
                                     "AND k.ontkoppeld_op IS NULL) ORDER BY h.id LIMIT 40"));
    VEREIS(q, "the households could not be read");
    while (q->next())
        regio3 << qMakePair(q->value(0).toLongLong(), QStringLiteral("GM0344"));
    VEREIS(regio3.size() >= 10, "too few waiting households in region 3");
    auto eerst = sync::synchroniseer(*store, {}, vandaag);
    VEREIS(eerst.ok() && eerst->cijfersGepubliceerd == 48, "the first sync did not publish");
    for (auto _ : state) {
        state.PauseTiming();
        VEREIS(maakWijzigingen(*store, regio3, 2), "the entries could not be made");
        state.ResumeTiming();
        auto t = sync::synchroniseer(*store, {}, vandaag);
        VEREIS(t.ok() && t->toegepast == 2 && t->cijfersGepubliceerd == 48,
               "the sync did not publish");
    }
}
BENCHMARK(BM_SyncPubliceerCijfers)->Iterations(5)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
