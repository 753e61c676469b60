#include "TestSupport.h"

#include "koppeling/KoppelCommando.h"
#include "koppeling/KoppelingService.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

class KoppelCommandoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("undo.sqlite")), true);
        ASSERT_TRUE(store);
        const qint64 azc = test::azcIn(*store, QStringLiteral("GM0363"));
        huishouden = test::voegToe(
            *store, test::voorbeeldHuishouden(4000000001, 2, QDate(2026, 11, 1), azc), vandaag);
        ASSERT_GT(huishouden, 0);
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 huishouden = 0;
};

} // namespace

TEST_F(KoppelCommandoTest, UndoAndRedoKeepEveryStepInTheHistory)
{
    QUndoStack stack;
    KoppelingService service(*store);
    stack.push(new KoppelCommando(*store, huishouden, QStringLiteral("GM0363"), 0,
                                  QDate(2026, 11, 10), QStringLiteral("achterstand"), QString(),
                                  vandaag));
    ASSERT_EQ(stack.count(), 1);
    ASSERT_TRUE(service.actief(huishouden)->has_value());

    stack.undo();
    EXPECT_FALSE(service.actief(huishouden)->has_value());
    stack.redo();
    auto actief = service.actief(huishouden);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->gemeenteCode, QStringLiteral("GM0363"));

    auto historie = service.historie(huishouden);
    ASSERT_TRUE(historie.ok());
    ASSERT_EQ(historie->size(), 2) << "the undone coupling stays in the history";
    EXPECT_FALSE(historie->at(0).actief());
    EXPECT_TRUE(historie->at(0).ontkoppelReden.contains(QStringLiteral("undone")));
    EXPECT_EQ(historie->at(0).ontkoppeldDoor, QStringLiteral("tester"));
    EXPECT_TRUE(historie->at(1).actief());
}

TEST_F(KoppelCommandoTest, RefusedCouplingIsDroppedFromTheStack)
{
    QUndoStack stack;
    auto *commando =
        new KoppelCommando(*store, huishouden, QStringLiteral("GM0014"), 0, QDate(2026, 11, 10),
                           QStringLiteral("werk"), QString(), vandaag);
    stack.push(commando); // outside the AZC's region and no reason to override: refused
    EXPECT_EQ(stack.count(), 0);
    EXPECT_FALSE(KoppelingService(*store).actief(huishouden)->has_value());
}

TEST_F(KoppelCommandoTest, RefusalSaysWhy)
{
    KoppelCommando commando(*store, huishouden, QStringLiteral("GM0014"), 0, QDate(2026, 11, 10),
                            QStringLiteral("werk"), QString(), vandaag);
    commando.redo();
    ASSERT_TRUE(commando.fout().has_value());
    EXPECT_TRUE(commando.fout()->message.contains(QStringLiteral("region")));
    EXPECT_TRUE(commando.isObsolete());
}
