// The prepared statements a Store's connection keeps (sql::doe, scalar, perRij, eersteRij,
// eerste, voegIn, wijzig): parsed once, never handed out, never left running, dropped before
// the connection closes.
#include "TestSupport.h"

#include "core/store/Sql.h"
#include "core/store/SqlLijst.h"
#include "core/store/Store.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace rd;

namespace {

sqlite3 *handleVan(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    return *static_cast<sqlite3 *const *>(v.data());
}

// The statements SQLite has prepared on the connection, and how many of them are running (a
// running statement holds a read snapshot: a WAL checkpoint cannot pass it).
struct Telling
{
    int statements = 0;
    int bezig = 0;
};

Telling tel(const QSqlDatabase &db)
{
    Telling t;
    sqlite3 *h = handleVan(db);
    for (sqlite3_stmt *s = sqlite3_next_stmt(h, nullptr); s; s = sqlite3_next_stmt(h, s)) {
        ++t.statements;
        if (sqlite3_stmt_busy(s))
            ++t.bezig;
    }
    return t;
}

class SqlBewaard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto s = Store::open(dir.path(QStringLiteral("b.sqlite")), Store::Mode::Create);
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
        store = std::move(*s);
        db = store->database();
        ASSERT_TRUE(sql::doe(db, QStringLiteral("CREATE TEMP TABLE t(id INTEGER PRIMARY KEY, "
                                                "n INTEGER NOT NULL UNIQUE)"))
                        .ok());
        for (int i = 1; i <= 5; ++i)
            ASSERT_TRUE(sql::doe(db, QStringLiteral("INSERT INTO t(n) VALUES (?)"), {i * 10}).ok());
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    QSqlDatabase db;
};

} // namespace

TEST_F(SqlBewaard, AStatementRunAgainIsPreparedOnce)
{
    const QString select = QStringLiteral("SELECT n FROM t WHERE id = ?");
    ASSERT_TRUE(sql::scalar(db, select, {1}).ok());
    const int na1 = tel(db).statements;
    for (int i = 1; i <= 200; ++i) {
        auto n = sql::scalar(db, select, {i % 5 + 1});
        ASSERT_TRUE(n.ok());
        EXPECT_EQ(n->toInt(), (i % 5 + 1) * 10) << "the kept statement binds the new value";
    }
    EXPECT_EQ(tel(db).statements, na1) << "200 runs of one text add no statement";
    EXPECT_EQ(tel(db).bezig, 0) << "nothing is left running after the call";
}

TEST_F(SqlBewaard, EveryCallLeavesNoStatementRunning)
{
    int rijen = 0;
    ASSERT_TRUE(
        sql::perRij(db, QStringLiteral("SELECT n FROM t ORDER BY id"), {}, [&](const QSqlQuery &) {
            ++rijen;
        }).ok());
    EXPECT_EQ(rijen, 5);
    auto eerste = sql::eersteRij(db, QStringLiteral("SELECT n FROM t ORDER BY id"), {},
                                 [](const QSqlQuery &) {});
    ASSERT_TRUE(eerste.ok());
    EXPECT_TRUE(*eerste);
    auto id = sql::voegIn(db, QStringLiteral("INSERT INTO t(n) VALUES (?)"), {60});
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(*id, 6);
    auto aantal = sql::wijzig(db, QStringLiteral("UPDATE t SET n = n + 1 WHERE n > ?"), {30});
    ASSERT_TRUE(aantal.ok());
    EXPECT_EQ(*aantal, 3);
    EXPECT_GT(tel(db).statements, 0) << "the statements are kept";
    EXPECT_EQ(tel(db).bezig, 0) << "a first row read leaves no cursor open";
}

TEST_F(SqlBewaard, TheSameTextRunFromInsideItsOwnRowsGetsItsOwnQuery)
{
    // Reading t row by row and, for each row, running the very same statement again: the outer
    // loop must still see all its rows, each with its own values.
    const QString select = QStringLiteral("SELECT id, n FROM t WHERE id >= ? ORDER BY id");
    QList<int> buiten;
    QList<int> binnen;
    auto s = sql::perRij(db, select, {1}, [&](const QSqlQuery &q) {
        buiten << q.value(1).toInt();
        auto eerste = sql::eerste(db, select, {q.value(0).toLongLong() + 1},
                                  [](const QSqlQuery &r) { return r.value(1).toInt(); });
        ASSERT_TRUE(eerste.ok());
        binnen << eerste->value_or(0);
    });
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_EQ(buiten, (QList<int>{10, 20, 30, 40, 50}));
    EXPECT_EQ(binnen, (QList<int>{20, 30, 40, 50, 0}));
    EXPECT_EQ(tel(db).bezig, 0);
}

TEST_F(SqlBewaard, AFailedRunIsReportedAndTheNextRunWorks)
{
    const QString insert = QStringLiteral("INSERT INTO t(n) VALUES (?)");
    auto dubbel = sql::doe(db, insert, {10});
    ASSERT_FALSE(dubbel.ok()) << "n is unique";
    EXPECT_TRUE(dubbel.error().toString().contains(QStringLiteral("UNIQUE")))
        << dubbel.error().toString().toStdString();
    EXPECT_TRUE(sql::doe(db, insert, {70}).ok()) << "the kept statement was reset";
    EXPECT_EQ(sql::scalar(db, QStringLiteral("SELECT count(*) FROM t")).value().toInt(), 6);

    auto fout = sql::scalar(db, QStringLiteral("SELECT nergens FROM t"));
    EXPECT_FALSE(fout.ok()) << "a statement that does not prepare is an error, not a value";
    EXPECT_EQ(tel(db).bezig, 0);
}

TEST_F(SqlBewaard, TextsBuiltAtRunTimeKeepTheNumberBounded)
{
    for (int i = 0; i < 1000; ++i)
        ASSERT_TRUE(sql::scalar(db, QStringLiteral("SELECT %1").arg(i)).ok());
    EXPECT_LE(tel(db).statements, 420) << "a thousand texts, a bounded number kept";
    EXPECT_EQ(sql::scalar(db, QStringLiteral("SELECT 999")).value().toInt(), 999);
}

TEST_F(SqlBewaard, AConnectionOutsideAStoreKeepsNothing)
{
    const QString name = QStringLiteral("sqlbewaard-los");
    {
        auto los = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        los.setDatabaseName(QStringLiteral(":memory:"));
        ASSERT_TRUE(los.open());
        for (int i = 0; i < 10; ++i)
            ASSERT_TRUE(sql::scalar(los, QStringLiteral("SELECT 1")).ok());
        EXPECT_EQ(tel(los).statements, 0)
            << "only a Store, which drops them before it closes, keeps statements";
        los.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(SqlBewaard, ClosingTheStoreDropsWhatItKept)
{
    ASSERT_TRUE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM t")).ok());
    const QString naam = db.connectionName();
    EXPECT_TRUE(sql::bewaartStatements(naam));
    db = QSqlDatabase();
    store.reset();
    EXPECT_FALSE(QSqlDatabase::contains(naam));
    EXPECT_FALSE(sql::bewaartStatements(naam)) << "no query outlives its connection";
}
