// Demo data is one change with its change-log entry (issue 14), and replaying that entry makes
// the same data again.
#include "TestSupport.h"

#include "core/demo/DemoCommand.h"
#include "core/herhaling/Herhaling.h"
#include "core/journaal/Journaal.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

QByteArray digest(Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *tabel : {"huishouden", "persoon", "koppeling", "gebeurtenis", "halfjaar"}) {
        auto q =
            sql::run(store.database(),
                     QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(tabel)));
        EXPECT_TRUE(q.ok()) << tabel;
        if (!q)
            continue;
        while (q->next())
            for (int i = 0; i < q->record().count(); ++i)
                hash.addData(q->value(i).toString().toUtf8() + '|');
    }
    return hash.result().toHex();
}

qint64 aantal(Store &store, const char *tabel)
{
    auto n = sql::scalar(store.database(),
                         QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(tabel)));
    return n ? n->toLongLong() : -1;
}

} // namespace

TEST(DemoCommand, OneEntryThatReplaysToTheSameDataAndUndoRefuses)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("demo.sqlite")), false);
    auto leeg = test::openStore(dir.path(QStringLiteral("leeg.sqlite")), false);
    ASSERT_TRUE(store);
    ASSERT_TRUE(leeg);
    store->setGebruiker(QStringLiteral("Fatima"));
    DemoOpties opties;
    opties.seed = 11;
    opties.huishoudens = 60;
    opties.vandaag = QDate(2026, 11, 29);

    QUndoStack stack;
    auto *stap = new DemoCommand(*store, opties);
    QString waarom;
    stap->setFoutMelder([&](const Error &e) { waarom = e.toString(); });
    stack.push(stap);
    ASSERT_TRUE(stap->gedaan());
    EXPECT_EQ(aantal(*store, "huishouden"), 60);
    auto regels = journaal::lees(*store);
    ASSERT_TRUE(regels.ok());
    ASSERT_EQ(regels->size(), 1);
    EXPECT_EQ(regels->at(0).soort, QStringLiteral("demo"));
    EXPECT_EQ(regels->at(0).gebruiker, QStringLiteral("Fatima"));
    const QJsonObject data = QJsonDocument::fromJson(regels->at(0).data).object();
    EXPECT_EQ(data.value(QStringLiteral("seed")).toInt(), 11);
    EXPECT_EQ(data.value(QStringLiteral("huishoudens")).toInt(), 60);

    stack.undo(); // refused: the data stays, nothing is written
    EXPECT_FALSE(waarom.isEmpty());
    EXPECT_EQ(aantal(*store, "huishouden"), 60);
    EXPECT_EQ(journaal::lees(*store)->size(), 1);

    const Status s = herhaling::speelAf(*leeg, *regels);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_EQ(aantal(*leeg, "huishouden"), 60);
    EXPECT_EQ(digest(*leeg), digest(*store));
}

TEST(DemoCommand, ACancelledDemoKeepsNothingAndWritesNoEntry)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("demo.sqlite")), false);
    ASSERT_TRUE(store);
    DemoOpties opties;
    opties.huishoudens = 60;
    opties.vandaag = QDate(2026, 11, 29);
    opties.voortgang = [](int, int) { return false; };
    EXPECT_FALSE(DemoCommand(*store, opties).voerUit().ok());
    EXPECT_EQ(aantal(*store, "huishouden"), 0);
    EXPECT_TRUE(journaal::lees(*store)->isEmpty());
}
