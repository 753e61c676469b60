#include "TijdlijnTestData.h"

#include "core/store/Sql.h"
#include "core/weigering/Gezinshereniging.h"
#include "core/weigering/HerenigingCommand.h"

#include <QUndoStack>

#include <gtest/gtest.h>

#include <optional>

using namespace rd;

namespace {

const QDate familieVanaf(2026, 7, 1);
const QDate blokEinde(2026, 10, 1); // three months later

class HerenigingCommandTest : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        test::TijdlijnTest::SetUp();
        huishouden =
            nieuwHuishouden(9100000001, Opties().metPersonen(1).metGezinshereniging(familieVanaf));
    }

    HerenigingStand stand()
    {
        auto s = GezinsherenigingService(*store).stand(huishouden, vandaag);
        EXPECT_TRUE(s.ok());
        return s ? *s : HerenigingStand{};
    }

    // A command that records what its melders hear.
    HerenigingCommand *commando(HerenigingBesluit besluit, const QDate &datum)
    {
        auto *c = new HerenigingCommand(*store, huishouden, besluit, datum, vandaag);
        c->setGewijzigdMelder([this](qint64 id) { gemeld.append(id); });
        c->setFoutMelder([this](const Error &e) { fout = e; });
        return c;
    }

    qint64 huishouden = 0;
    QList<qint64> gemeld;
    std::optional<Error> fout;
};

} // namespace

TEST_F(HerenigingCommandTest, RedoSetsTheDecisionAndUndoClearsItAgain)
{
    QUndoStack stack;
    stack.push(commando(HerenigingBesluit::Alleenstaand, blokEinde));
    ASSERT_EQ(stack.count(), 1);
    EXPECT_FALSE(fout.has_value());
    EXPECT_EQ(stand().besluit, HerenigingBesluit::Alleenstaand);
    EXPECT_EQ(stand().besluitDatum, blokEinde);
    EXPECT_EQ(gemeld, QList<qint64>{huishouden});

    stack.undo();
    EXPECT_EQ(stand().besluit, HerenigingBesluit::Geen);
    EXPECT_FALSE(stand().besluitDatum.isValid());
    EXPECT_EQ(gemeld.size(), 2);

    stack.redo();
    EXPECT_EQ(stand().besluit, HerenigingBesluit::Alleenstaand);
    EXPECT_EQ(stand().besluitDatum, blokEinde);
}

TEST_F(HerenigingCommandTest, UndoPutsTheEarlierDecisionBackWithItsOwnDate)
{
    const QDate eerder = blokEinde.addDays(5);
    ASSERT_TRUE(GezinsherenigingService(*store)
                    .besluit(huishouden, HerenigingBesluit::Wachten, eerder, vandaag)
                    .ok());
    QUndoStack stack;
    stack.push(commando(HerenigingBesluit::Alleenstaand, vandaag));
    ASSERT_EQ(stack.count(), 1);
    EXPECT_EQ(stand().besluit, HerenigingBesluit::Alleenstaand);
    EXPECT_EQ(stand().besluitDatum, vandaag);

    stack.undo();
    EXPECT_FALSE(fout.has_value());
    EXPECT_EQ(stand().besluit, HerenigingBesluit::Wachten);
    EXPECT_EQ(stand().besluitDatum, eerder);
}

TEST_F(HerenigingCommandTest, ClearingTheDecisionIsUndoable)
{
    ASSERT_TRUE(GezinsherenigingService(*store)
                    .besluit(huishouden, HerenigingBesluit::Wachten, blokEinde, vandaag)
                    .ok());
    QUndoStack stack;
    stack.push(commando(HerenigingBesluit::Geen, QDate()));
    ASSERT_EQ(stack.count(), 1);
    EXPECT_EQ(stand().besluit, HerenigingBesluit::Geen);
    stack.undo();
    EXPECT_EQ(stand().besluit, HerenigingBesluit::Wachten);
    EXPECT_EQ(stand().besluitDatum, blokEinde);
}

TEST_F(HerenigingCommandTest, ADecisionBeforeTheBlockEndsIsDroppedAndReported)
{
    QUndoStack stack;
    stack.push(commando(HerenigingBesluit::Alleenstaand, blokEinde.addDays(-1)));
    EXPECT_EQ(stack.count(), 0) << "a refused redo must not stay on the stack";
    ASSERT_TRUE(fout.has_value());
    EXPECT_EQ(fout->where, QStringLiteral("datum"));
    EXPECT_TRUE(gemeld.isEmpty());
    EXPECT_EQ(stand().besluit, HerenigingBesluit::Geen);
}

TEST_F(HerenigingCommandTest, ADecisionForAHouseholdWithoutReunificationIsDroppedAndReported)
{
    huishouden = nieuwHuishouden(9100000011);
    QUndoStack stack;
    stack.push(commando(HerenigingBesluit::Wachten, vandaag));
    EXPECT_EQ(stack.count(), 0);
    ASSERT_TRUE(fout.has_value());
    EXPECT_EQ(fout->where, QStringLiteral("besluit"));
}

TEST_F(HerenigingCommandTest, ARefusedRestoreIsReportedAndChangesNothing)
{
    ASSERT_TRUE(GezinsherenigingService(*store)
                    .besluit(huishouden, HerenigingBesluit::Wachten, blokEinde, vandaag)
                    .ok());
    QUndoStack stack;
    stack.push(commando(HerenigingBesluit::Alleenstaand, vandaag));
    ASSERT_EQ(stack.count(), 1);
    // The family date moves later, so the earlier decision now lies before the block's end.
    ASSERT_TRUE(sql::run(store->database(),
                         QStringLiteral("UPDATE huishouden SET gezinshereniging_vanaf = ? "
                                        "WHERE id = ?"),
                         {sql::date(QDate(2026, 8, 1)), huishouden})
                    .ok());
    stack.undo();
    ASSERT_TRUE(fout.has_value());
    EXPECT_EQ(fout->where, QStringLiteral("datum"));
    EXPECT_EQ(stand().besluit, HerenigingBesluit::Alleenstaand);
    EXPECT_EQ(stand().besluitDatum, vandaag);
}
