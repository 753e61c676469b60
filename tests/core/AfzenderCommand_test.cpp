// The letter's settings (sender, AZC contact lines) as one change with its entry (issue 14).
#include "TijdlijnTestData.h"

#include "core/instellingen/AfzenderCommand.h"
#include "core/journaal/Journaal.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class AfzenderCommandTest : public test::TijdlijnTest
{
protected:
    Afzender afzender() { return *Instellingen(*store).afzender(); }
    QString contact() { return *Instellingen(*store).azcContact(azc); }
    qint64 entries() { return journaal::kop(*store)->first; }
};

} // namespace

TEST_F(AfzenderCommandTest, SenderAndContactLinesAreOneStepUndoneTogether)
{
    ASSERT_TRUE(Instellingen(*store)
                    .zetAfzender({QStringLiteral("COA"), QStringLiteral("Piet"),
                                  QStringLiteral("0612345678"), QString()})
                    .ok());
    ASSERT_TRUE(Instellingen(*store).zetAzcContact(azc, QStringLiteral("balie")).ok());
    QUndoStack stack;
    stack.push(new AfzenderCommand(*store,
                                   {QStringLiteral("COA Noord"), QStringLiteral("Ans"),
                                    QStringLiteral("0687654321"), QString()},
                                   {{azc, QStringLiteral("AZC"), QStringLiteral("locatiebalie")}}));
    ASSERT_EQ(stack.count(), 1);
    EXPECT_EQ(afzender().regievoerder, QStringLiteral("Ans"));
    EXPECT_EQ(contact(), QStringLiteral("locatiebalie"));
    auto regels = journaal::lees(*store);
    ASSERT_EQ(regels->size(), 1);
    EXPECT_EQ(regels->first().soort, QStringLiteral("instellingen"));
    EXPECT_TRUE(regels->first().data.contains("locatiebalie"));

    stack.undo();
    EXPECT_EQ(afzender().regievoerder, QStringLiteral("Piet"));
    EXPECT_EQ(afzender().organisatie, QStringLiteral("COA"));
    EXPECT_EQ(contact(), QStringLiteral("balie"));
    EXPECT_EQ(entries(), 2);
}

TEST_F(AfzenderCommandTest, ARefusedContactLineLeavesTheSenderAsItWas)
{
    ASSERT_TRUE(Instellingen(*store)
                    .zetAfzender({QStringLiteral("COA"), QStringLiteral("Piet"),
                                  QStringLiteral("0612345678"), QString()})
                    .ok());
    AfzenderCommand stap(*store,
                         {QStringLiteral("COA Noord"), QStringLiteral("Ans"),
                          QStringLiteral("0687654321"), QString()},
                         {{999999, QStringLiteral("AZC Nergens"), QStringLiteral("x")}});
    const Status s = stap.voerUit();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("AZC Nergens"));
    EXPECT_EQ(afzender().regievoerder, QStringLiteral("Piet")) << "all or nothing";
    EXPECT_EQ(entries(), 0);
}
