// The change log (issue 14): chained entries, append-only for every writer, and verify names
// the first sequence number that was edited, deleted, inserted, reordered or cut off and
// re-hashed.
#include "TestSupport.h"
#include "core/journaal/Journaal.h"
#include "core/journaal/JournaalGetuige.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace rd;

namespace {

// Appends `n` entries, one transaction each, and returns them.
QList<JournaalRegel> schrijf(Store &store, int n, int vanaf = 1)
{
    QList<JournaalRegel> regels;
    for (int i = vanaf; i < vanaf + n; ++i) {
        Status s = store.transaction([&]() -> Status {
            JournaalInvoer invoer;
            invoer.soort = QStringLiteral("koppel");
            invoer.huishouden = QString::number(1000000000 + i % 3);
            invoer.samenvatting = QStringLiteral("wijziging %1").arg(i);
            invoer.data = QJsonObject{{QStringLiteral("gemeente"), QStringLiteral("GM0363")},
                                      {QStringLiteral("n"), i}};
            auto r = journaal::voegToe(store, invoer);
            if (!r)
                return r.error();
            regels << *r;
            return {};
        });
        EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    return regels;
}

void voerUit(Store &store, const QString &statement)
{
    QSqlQuery q(store.database());
    ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
}

// Drops the append-only triggers, as someone editing the file with sqlite3 would.
void zonderTriggers(Store &store)
{
    for (const char *t : {"journaal_nooit_wijzigen", "journaal_nooit_wissen", "journaal_achteraan"})
        voerUit(store, QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(t)));
}

JournaalControle controle(Store &store, bool metGetuige = true)
{
    QList<QPair<qint64, QByteArray>> getuige;
    if (metGetuige) {
        auto id = journaal::storeId(store);
        EXPECT_TRUE(id.ok());
        auto g = getuige::lees(*id);
        EXPECT_TRUE(g.ok());
        getuige = *g;
    }
    auto c = journaal::controleer(store, getuige);
    EXPECT_TRUE(c.ok()) << c.error().toString().toStdString();
    return c.ok() ? *c : JournaalControle{};
}

// Rewrites the entries from `vanaf` on with their hashes recomputed, as an attacker who knows
// the format would after changing entry `vanaf`.
void herbereken(Store &store, qint64 vanaf)
{
    auto regels = journaal::lees(store);
    ASSERT_TRUE(regels.ok());
    QByteArray vorige = journaal::beginHash();
    for (JournaalRegel r : *regels) {
        if (r.seq >= vanaf) {
            r.vorige = vorige;
            r.hash = journaal::hashVan(r);
            auto q = sql::run(store.database(),
                              QStringLiteral("UPDATE journaal SET samenvatting = ?, vorige = ?, "
                                             "hash = ? WHERE seq = ?"),
                              {r.samenvatting, QString::fromLatin1(r.vorige),
                               QString::fromLatin1(r.hash), r.seq});
            ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
        }
        vorige = r.hash;
    }
}

} // namespace

TEST(Journaal, EntriesAreNumberedAndChainedAndTheirHashCoversEveryField)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")), false);
    const auto regels = schrijf(*store, 3);
    ASSERT_EQ(regels.size(), 3);
    EXPECT_EQ(regels[0].vorige, journaal::beginHash());
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(regels[i].seq, i + 1);
        EXPECT_EQ(regels[i].hash.size(), 64);
        EXPECT_EQ(regels[i].hash, journaal::hashVan(regels[i]));
        EXPECT_EQ(regels[i].gebruiker, QStringLiteral("tester"));
        EXPECT_EQ(regels[i].apparaat, getuige::apparaatId());
        if (i > 0) {
            EXPECT_EQ(regels[i].vorige, regels[i - 1].hash);
        }
    }
    // Each field is in the hash: changing any one changes it.
    const JournaalRegel r = regels[1];
    const QList<std::function<void(JournaalRegel &)>> wijzigingen{
        [](JournaalRegel &x) { x.seq += 1; },
        [](JournaalRegel &x) { x.tijd += QLatin1Char('1'); },
        [](JournaalRegel &x) { x.gebruiker += QLatin1Char('x'); },
        [](JournaalRegel &x) { x.apparaat += QLatin1Char('x'); },
        [](JournaalRegel &x) { x.soort += QLatin1Char('x'); },
        [](JournaalRegel &x) { x.huishouden += QLatin1Char('1'); },
        [](JournaalRegel &x) { x.samenvatting += QLatin1Char('.'); },
        [](JournaalRegel &x) { x.data.replace("GM0363", "GM0344"); },
        [](JournaalRegel &x) { x.ongedaan = 1; },
        [](JournaalRegel &x) { x.gemigreerd = true; },
        [](JournaalRegel &x) { x.vorige = journaal::beginHash(); },
    };
    for (int i = 0; i < wijzigingen.size(); ++i) {
        JournaalRegel x = r;
        wijzigingen[i](x);
        EXPECT_NE(journaal::hashVan(x), r.hash) << "field " << i;
    }
    const auto c = controle(*store);
    EXPECT_TRUE(c.ok()) << c.reden.toStdString();
    EXPECT_EQ(c.aantal, 3);
    EXPECT_EQ(c.kopSeq, 3);
    EXPECT_EQ(c.kop, regels[2].hash);
    auto kop = journaal::kop(*store);
    ASSERT_TRUE(kop.ok());
    EXPECT_EQ(kop->first, 3);
    EXPECT_TRUE(journaal::kopRegel(*kop).contains(QString::fromLatin1(regels[2].hash.left(16))));
}

TEST(Journaal, CanonicalJsonIsTheSameWhateverTheOrderTheKeysWereSetIn)
{
    QJsonObject a;
    a.insert(QStringLiteral("zeta"), 1);
    a.insert(QStringLiteral("alfa"), QStringLiteral("é \"x\""));
    a.insert(QStringLiteral("mid"), QJsonArray{3, 2, 1});
    QJsonObject b;
    b.insert(QStringLiteral("mid"), QJsonArray{3, 2, 1});
    b.insert(QStringLiteral("alfa"), QStringLiteral("é \"x\""));
    b.insert(QStringLiteral("zeta"), 1);
    EXPECT_EQ(journaal::canoniek(a), journaal::canoniek(b));
    EXPECT_EQ(journaal::canoniek(a),
              QByteArray("{\"alfa\":\"\xc3\xa9 \\\"x\\\"\",\"mid\":[3,2,1],\"zeta\":1}"));
}

TEST(Journaal, AnEntryIsOnlyWrittenInsideItsChangesTransactionAndGoesWithARollback)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")), false);
    JournaalInvoer invoer;
    invoer.soort = QStringLiteral("koppel");
    invoer.samenvatting = QStringLiteral("x");
    EXPECT_FALSE(journaal::voegToe(*store, invoer).ok());

    Status s = store->transaction([&]() -> Status {
        auto r = journaal::voegToe(*store, invoer);
        EXPECT_TRUE(r.ok());
        return Error{QStringLiteral("test"), QStringLiteral("the change failed")};
    });
    EXPECT_FALSE(s.ok());
    auto regels = journaal::lees(*store);
    ASSERT_TRUE(regels.ok());
    EXPECT_TRUE(regels->isEmpty());
    // Nor did the witness record it: a rolled-back entry is no entry.
    auto id = journaal::storeId(*store);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(id->size(), 32);
    auto g = getuige::lees(*id);
    ASSERT_TRUE(g.ok());
    EXPECT_TRUE(g->isEmpty());

    schrijf(*store, 2);
    g = getuige::lees(*id);
    ASSERT_TRUE(g.ok());
    ASSERT_EQ(g->size(), 2);
    EXPECT_EQ(g->at(1).first, 2);
    const QString pad =
        getuige::dataMap() + QStringLiteral("/journaal/") + *id + QStringLiteral(".getuige");
    struct stat st
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(pad).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST(Journaal, TheTriggersRefuseEveryChangeButAnAppendAfterTheHead)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")), false);
    const auto regels = schrijf(*store, 3);
    QSqlQuery q(store->database());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE journaal SET samenvatting = 'x' WHERE seq = 2")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM journaal WHERE seq = 3")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM journaal")));
    const QString rij = QStringLiteral(
        "INSERT INTO journaal(seq, tijd, gebruiker, apparaat, soort, samenvatting, data, vorige, "
        "hash) VALUES (%1, 't', 'g', 'a', 's', 'x', '{}', '%2', '%3')");
    const QString h = QString(64, QLatin1Char('a'));
    // A gap, a duplicate, a wrong predecessor: refused.
    EXPECT_FALSE(q.exec(rij.arg(QStringLiteral("5"), QString::fromLatin1(regels[2].hash), h)));
    EXPECT_FALSE(q.exec(rij.arg(QStringLiteral("2"), QString::fromLatin1(regels[0].hash), h)));
    EXPECT_FALSE(q.exec(rij.arg(QStringLiteral("4"), QString::fromLatin1(regels[1].hash), h)));
    auto na = journaal::lees(*store);
    ASSERT_TRUE(na.ok());
    ASSERT_EQ(na->size(), 3);
    EXPECT_EQ(na->at(1).samenvatting, regels[1].samenvatting);
    EXPECT_TRUE(controle(*store).ok());
}

TEST(Journaal, VerifyNamesTheEditedEntry)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")), false);
    schrijf(*store, 6);
    zonderTriggers(*store);
    voerUit(*store, QStringLiteral("UPDATE journaal SET samenvatting = 'niets' WHERE seq = 4"));
    const auto c = controle(*store, false);
    EXPECT_EQ(c.eersteFout, 4) << c.reden.toStdString();
    EXPECT_TRUE(c.reden.contains(QStringLiteral("changed"))) << c.reden.toStdString();
}

TEST(Journaal, VerifyNamesTheDeletedEntry)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")), false);
    schrijf(*store, 6);
    zonderTriggers(*store);
    voerUit(*store, QStringLiteral("DELETE FROM journaal WHERE seq = 3"));
    EXPECT_EQ(controle(*store, false).eersteFout, 3);
}

TEST(Journaal, VerifyNamesAnInsertedEntryWhereItWasPut)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")), false);
    const auto regels = schrijf(*store, 5);
    zonderTriggers(*store);
    // Make room after 2 and put in a well-formed entry there, re-hashing nothing after it.
    for (qint64 seq = 5; seq >= 3; --seq)
        voerUit(*store,
                QStringLiteral("UPDATE journaal SET seq = seq + 1 WHERE seq = %1").arg(seq));
    JournaalRegel nep = regels[1];
    nep.seq = 3;
    nep.samenvatting = QStringLiteral("ingevoegd");
    nep.vorige = regels[1].hash;
    nep.hash = journaal::hashVan(nep);
    auto q = sql::run(store->database(),
                      QStringLiteral("INSERT INTO journaal(seq, tijd, gebruiker, apparaat, soort, "
                                     "huishouden, samenvatting, data, vorige, hash) VALUES (?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?)"),
                      {nep.seq, nep.tijd, nep.gebruiker, nep.apparaat, nep.soort, nep.huishouden,
                       nep.samenvatting, QString::fromUtf8(nep.data),
                       QString::fromLatin1(nep.vorige), QString::fromLatin1(nep.hash)});
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
    const auto c = controle(*store, true);
    EXPECT_EQ(c.eersteFout, 3) << c.reden.toStdString();
}

TEST(Journaal, VerifyNamesTwoSwappedEntries)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")), false);
    schrijf(*store, 6);
    zonderTriggers(*store);
    // Entries 4 and 5 trade places in the file: each keeps its own sequence number and hash.
    voerUit(*store, QStringLiteral("UPDATE journaal SET seq = 100 WHERE seq = 4"));
    voerUit(*store, QStringLiteral("UPDATE journaal SET seq = 4 WHERE seq = 5"));
    voerUit(*store, QStringLiteral("UPDATE journaal SET seq = 5 WHERE seq = 100"));
    EXPECT_EQ(controle(*store, false).eersteFout, 4);
}

TEST(Journaal, ATailCutOffAndReHashedFromTheMiddleIsFoundByTheDevicesCopy)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")), false);
    schrijf(*store, 8);
    zonderTriggers(*store);
    voerUit(*store, QStringLiteral("DELETE FROM journaal WHERE seq > 6"));
    voerUit(*store, QStringLiteral("UPDATE journaal SET samenvatting = 'anders' WHERE seq = 4"));
    herbereken(*store, 4);
    // The chain alone is whole again: this is what the witness is for.
    EXPECT_TRUE(controle(*store, false).ok());
    const auto c = controle(*store, true);
    EXPECT_EQ(c.eersteFout, 4) << c.reden.toStdString();
    EXPECT_TRUE(c.reden.contains(QStringLiteral("rewritten"))) << c.reden.toStdString();

    // Only cut off, not re-hashed: the first entry missing.
    test::TempDir dir2;
    auto ander = test::openStore(dir2.path(QStringLiteral("t.sqlite")), false);
    schrijf(*ander, 5);
    zonderTriggers(*ander);
    voerUit(*ander, QStringLiteral("DELETE FROM journaal WHERE seq >= 4"));
    EXPECT_TRUE(controle(*ander, false).ok());
    EXPECT_EQ(controle(*ander, true).eersteFout, 4);
}

TEST(Journaal, AWitnessLineCutOffByAKilledWriteIsIgnoredAndAGarbledOneNamed)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")), false);
    schrijf(*store, 2);
    auto id = journaal::storeId(*store);
    ASSERT_TRUE(id.ok());
    const QString pad =
        getuige::dataMap() + QStringLiteral("/journaal/") + *id + QStringLiteral(".getuige");
    QByteArray inhoud = test::fileBytes(pad);
    test::writeFile(pad, inhoud + "3 abc");
    auto g = getuige::lees(*id);
    ASSERT_TRUE(g.ok()) << g.error().toString().toStdString();
    EXPECT_EQ(g->size(), 2);
    test::writeFile(pad, inhoud + "drie\n");
    g = getuige::lees(*id);
    ASSERT_FALSE(g.ok());
    EXPECT_TRUE(g.error().where.endsWith(QStringLiteral(":3"))) << g.error().where.toStdString();
}

TEST(Journaal, AStoreWhoseLogLostItsTriggersIsNotOpened)
{
    test::TempDir dir;
    const QString pad = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = test::openStore(pad, false);
        schrijf(*store, 2);
        voerUit(*store, QStringLiteral("DROP TRIGGER journaal_nooit_wissen"));
    }
    for (auto mode : {Store::Mode::ReadOnly, Store::Mode::ReadWrite}) {
        auto store = Store::open(pad, mode);
        ASSERT_FALSE(store.ok());
        EXPECT_TRUE(store.error().message.contains(QStringLiteral("journaal_nooit_wissen")))
            << store.error().toString().toStdString();
    }
}

// The filter reads a span of the log: after `na`, up to and including `tot` (one entry alone
// when they are one apart), without reading the rest.
TEST(Journaal, TheFilterReadsASpanOfTheLog)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("s.sqlite")), false);
    schrijf(*store, 6);
    auto een = journaal::lees(*store, JournaalFilter{{}, {}, 2, 3});
    ASSERT_TRUE(een.ok());
    ASSERT_EQ(een->size(), 1);
    EXPECT_EQ(een->first().seq, 3);
    auto span = journaal::lees(*store, JournaalFilter{{}, {}, 1, 4});
    ASSERT_TRUE(span.ok());
    ASSERT_EQ(span->size(), 3);
    EXPECT_EQ(span->last().seq, 4);
    EXPECT_EQ(journaal::lees(*store, JournaalFilter{{}, {}, 4})->size(), 2);
}
