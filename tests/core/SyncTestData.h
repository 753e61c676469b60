#pragma once

// Two devices and a team server for the sync tests (issue 16): the server's schema, accounts of
// region 1 and two stores that start from the same copy.
#include "PgTest.h"
#include "TestSupport.h"

#include "core/huishouden/HuishoudenJson.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingService.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/store/Sql.h"
#include "core/sync/ServerSchema.h"
#include "core/sync/Sync.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace rd::test {

const QDate vandaag(2026, 11, 29);
const QString veendam = QStringLiteral("GM0047"); // Groningen, region 1
const QString assen = QStringLiteral("GM0106");   // Drenthe, region 1

class SyncTest : public ::testing::Test
{
protected:
    // The server with its schema, two accounts of region 1 and two devices that start from the
    // same copy of a store with `n` waiting households at an AZC in Groningen (kept as
    // start.sqlite for a device that joins later).
    bool begin(int n = 4)
    {
        if (!pg || !pg->ok())
            return false;
        auto db = serveradres::verbind(pg->adres(), QStringLiteral("sync-beheer"));
        EXPECT_TRUE(db.ok());
        if (!db)
            return false;
        beheer = *db;
        auto stand = serverschema::installeer(beheer);
        EXPECT_TRUE(stand.ok()) << (stand ? "" : stand.error().toString().toStdString());
        ans = account(QStringLiteral("ans"), QStringLiteral("regievoerder"),
                      QStringLiteral("regio"), QStringLiteral("1"));
        bob = account(QStringLiteral("bob"), QStringLiteral("regievoerder"),
                      QStringLiteral("regio"), QStringLiteral("1"));

        const QString padA = dir.path(QStringLiteral("a.sqlite"));
        {
            auto s = openStore(padA);
            const qint64 azc = azcIn(*s, QStringLiteral("GM0014"));
            for (int i = 0; i < n; ++i)
                huishoudens << voegToe(*s, voorbeeldHuishouden(7700000001 + 10 * i, 1 + i % 3,
                                                               vandaag.addDays(-10), azc));
        }
        EXPECT_TRUE(QFile::copy(padA, dir.path(QStringLiteral("b.sqlite"))));
        EXPECT_TRUE(QFile::copy(padA, dir.path(QStringLiteral("start.sqlite"))));
        a = openStore(padA, false);
        b = openStore(dir.path(QStringLiteral("b.sqlite")), false);
        a->setGebruiker(QStringLiteral("Ans de Vries"));
        b->setGebruiker(QStringLiteral("Bob Jansen"));
        for (auto [store, wie] : {std::pair{a.get(), ans}, std::pair{b.get(), bob}}) {
            const Status s = sync::sluitAan(*store, pg->adres(), wie, {}, QStringLiteral("test"));
            EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
            if (!s)
                return false;
        }
        return true;
    }

    // A login role in the group role of `rol`, with its account row; the name is unique in the
    // cluster (roles are the cluster's, tests run side by side).
    QString account(const QString &kort, const QString &rol, const QString &kolom = {},
                    const QString &waarde = {})
    {
        const QString naam = pg->naam() + QLatin1Char('_') + kort;
        QSqlQuery q(beheer);
        EXPECT_TRUE(
            q.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE regiedesk_%2").arg(naam, rol)))
            << q.lastError().text().toStdString();
        const QString insert =
            kolom.isEmpty()
                ? QStringLiteral("INSERT INTO regiedesk.account (naam, rol) VALUES ('%1', '%2')")
                      .arg(naam, rol)
                : QStringLiteral("INSERT INTO regiedesk.account (naam, rol, %3) VALUES ('%1', "
                                 "'%2', '%4')")
                      .arg(naam, rol, kolom, waarde);
        EXPECT_TRUE(q.exec(insert)) << q.lastError().text().toStdString();
        return naam;
    }

    // A device of its own for a new account (`kort`, its role and scope as for account()): a new
    // store with the AZC of the fixture's households, joined to the server as that account; null
    // (and the test failed) when that did not work. `naam`: the account's name, when asked.
    std::unique_ptr<Store> nieuwApparaat(const QString &kort, const QString &rol,
                                         const QString &kolom = {}, const QString &waarde = {},
                                         QString *naam = nullptr)
    {
        const QString wie = account(kort, rol, kolom, waarde);
        if (naam)
            *naam = wie;
        auto s = openStore(dir.path(kort + QStringLiteral(".sqlite")));
        azcIn(*s, QStringLiteral("GM0014"));
        const Status joined = sync::sluitAan(*s, pg->adres(), wie, {}, QStringLiteral("test"));
        EXPECT_TRUE(joined.ok()) << joined.error().toString().toStdString();
        return joined ? std::move(s) : nullptr;
    }

    SyncTelling syncOk(Store &store)
    {
        auto t = sync::synchroniseer(store, {});
        EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().toString().toStdString());
        return t.ok() ? *t : SyncTelling{};
    }

    static Status koppel(Store &store, qint64 h, const QString &gemeente)
    {
        KoppelReeks stap(store, {{h, {}}}, gemeente, 0, vandaag, QStringLiteral("test"), {},
                         vandaag);
        return stap.voerUit();
    }
    static Status ontkoppel(Store &store, qint64 h, const QString &reden)
    {
        OntkoppelCommand stap(store, h, vandaag, reden, vandaag);
        return stap.voerUit();
    }
    static QString gekoppeldAan(Store &store, qint64 h)
    {
        auto k = KoppelingService(store).actief(h);
        EXPECT_TRUE(k.ok());
        return k.ok() && k->has_value() ? (*k)->gemeenteCode : QString();
    }
    qint64 serverRijen(const QString &waar = QStringLiteral("true"))
    {
        QSqlQuery q(beheer);
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT count(*) FROM regiedesk.wijziging WHERE ") + waar))
            << q.lastError().text().toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    std::unique_ptr<PgDatabase> pg = std::make_unique<PgDatabase>();
    QSqlDatabase beheer;
    TempDir dir;
    std::unique_ptr<Store> a, b;
    QString ans, bob;
    QList<qint64> huishoudens;
};

// The household of a V-nummer in a store; 0 when it has none.
inline qint64 idVan(Store &store, const QString &vNummer)
{
    auto id = HuishoudenRepository(store).zoekOpVNummer(vNummer);
    EXPECT_TRUE(id.ok());
    return id.ok() && id->has_value() ? **id : 0;
}

// The household as it travels (no row ids), for comparing two stores.
inline std::string alsTekst(Store &store, qint64 id)
{
    auto h = HuishoudenRepository(store).laad(id);
    EXPECT_TRUE(h.ok());
    if (!h)
        return {};
    return QJsonDocument(huishoudenjson::alsJson(store, *h)).toJson().toStdString();
}

#define RD_SYNC_BEGIN(...)                                                                         \
    if (!pg->ok()) {                                                                               \
        if (pgUrl().isEmpty() && !pgVereist())                                                     \
            GTEST_SKIP() << "no PostgreSQL test cluster";                                          \
        FAIL() << pg->reden().toStdString();                                                       \
    }                                                                                              \
    ASSERT_TRUE(begin(__VA_ARGS__))

} // namespace rd::test
