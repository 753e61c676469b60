// The tolerated backlog of the supervision report is one change with its change-log entry
// (issue 14), undoable.
#include "TestSupport.h"

#include "core/instellingen/Instellingen.h"
#include "core/instellingen/TolerantieCommand.h"
#include "core/journaal/Journaal.h"
#include "core/store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

QString tolerantie(Store &store)
{
    auto t = Instellingen(store).tolerantie();
    EXPECT_TRUE(t.ok());
    return t ? t->toString() : QString();
}

QList<JournaalRegel> regels(Store &store)
{
    auto r = journaal::lees(store);
    EXPECT_TRUE(r.ok());
    return r ? *r : QList<JournaalRegel>{};
}

} // namespace

TEST(TolerantieCommand, SetsTheFractionWithAnEntryAndUndoPutsTheOldOneBack)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("t.sqlite")), true);
    ASSERT_TRUE(store);
    store->setGebruiker(QStringLiteral("Fatima"));
    EXPECT_EQ(tolerantie(*store), QStringLiteral("1/6")); // the handbook's default

    ASSERT_TRUE(TolerantieCommand(*store, Tolerantie{1, 4}).voerUit().ok());
    EXPECT_EQ(tolerantie(*store), QStringLiteral("1/4"));
    auto lijst = regels(*store);
    ASSERT_EQ(lijst.size(), 1);
    EXPECT_EQ(lijst.at(0).soort, QStringLiteral("tolerantie"));
    EXPECT_EQ(lijst.at(0).gebruiker, QStringLiteral("Fatima"));
    EXPECT_EQ(QJsonDocument::fromJson(lijst.at(0).data)
                  .object()
                  .value(QStringLiteral("tolerantie"))
                  .toString(),
              QStringLiteral("1/4"));

    QUndoStack stack;
    stack.push(new TolerantieCommand(*store, Tolerantie{1, 3}));
    EXPECT_EQ(tolerantie(*store), QStringLiteral("1/3"));
    stack.undo();
    EXPECT_EQ(tolerantie(*store), QStringLiteral("1/4"));
    lijst = regels(*store);
    ASSERT_EQ(lijst.size(), 3);
    EXPECT_EQ(lijst.at(2).ongedaan, std::optional<qint64>(lijst.at(1).seq));
    EXPECT_TRUE(lijst.at(2).data.contains("1/4"));
}

TEST(TolerantieCommand, ARefusedFractionWritesNothing)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("t.sqlite")), true);
    ASSERT_TRUE(store);
    TolerantieCommand fout(*store, Tolerantie{7, 6}); // more than the whole quota
    EXPECT_FALSE(fout.voerUit().ok());
    EXPECT_EQ(tolerantie(*store), QStringLiteral("1/6"));
    EXPECT_TRUE(regels(*store).isEmpty());
}
