// Saving the intake data is one change with its change-log entry (issue 14).
#include "TijdlijnTestData.h"

#include "core/huishouden/HuishoudenRepository.h"
#include "core/huishouden/IntakeCommand.h"
#include "core/journaal/Journaal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class IntakeCommandTest : public test::TijdlijnTest
{
protected:
    QList<JournaalRegel> regels()
    {
        auto r = journaal::lees(*store);
        EXPECT_TRUE(r.ok());
        return r ? *r : QList<JournaalRegel>{};
    }
};

} // namespace

TEST_F(IntakeCommandTest, ANewHouseholdAndAChangeEachWriteOneEntryAndTheChangeIsUndoable)
{
    store->setGebruiker(QStringLiteral("Fatima"));
    IntakeCommand nieuw(*store, test::voorbeeldHuishouden(7500000001, 2, vergunning, azc), vandaag);
    ASSERT_TRUE(nieuw.voerUit().ok());
    const qint64 id = nieuw.huishoudenId();
    ASSERT_GT(id, 0);
    auto lijst = regels();
    ASSERT_EQ(lijst.size(), 1);
    EXPECT_EQ(lijst.at(0).soort, QStringLiteral("intake"));
    EXPECT_EQ(lijst.at(0).huishouden, QStringLiteral("7500000001"));
    EXPECT_EQ(lijst.at(0).gebruiker, QStringLiteral("Fatima"));
    const QJsonObject data = QJsonDocument::fromJson(lijst.at(0).data).object();
    EXPECT_TRUE(data.value(QStringLiteral("nieuw")).toBool());
    EXPECT_EQ(data.value(QStringLiteral("personen")).toInt(), 2);

    Huishouden h = *HuishoudenRepository(*store).laad(id);
    const QString oud = h.personen.first().voornamen;
    h.personen.first().voornamen = QStringLiteral("Samira");
    QUndoStack stack;
    stack.push(new IntakeCommand(*store, h, vandaag));
    ASSERT_EQ(stack.count(), 1);
    EXPECT_EQ(HuishoudenRepository(*store).laad(id)->personen.first().voornamen,
              QStringLiteral("Samira"));
    stack.undo();
    EXPECT_EQ(HuishoudenRepository(*store).laad(id)->personen.first().voornamen, oud);
    lijst = regels();
    ASSERT_EQ(lijst.size(), 3);
    EXPECT_FALSE(
        QJsonDocument::fromJson(lijst.at(1).data).object().value(QStringLiteral("nieuw")).toBool());
    EXPECT_EQ(lijst.at(2).ongedaan, std::optional<qint64>(lijst.at(1).seq));
}

TEST_F(IntakeCommandTest, ARefusedSaveWritesNothingAndANewHouseholdIsNotUndone)
{
    Huishouden fout = test::voorbeeldHuishouden(7500000011, 1, vergunning, azc);
    fout.personen.first().vNummer = QStringLiteral("12"); // not 10 digits
    IntakeCommand geweigerd(*store, fout, vandaag);
    EXPECT_FALSE(geweigerd.voerUit().ok());
    EXPECT_TRUE(regels().isEmpty());

    QUndoStack stack;
    auto *nieuw = new IntakeCommand(
        *store, test::voorbeeldHuishouden(7500000021, 1, vergunning, azc), vandaag);
    QString fouttekst;
    nieuw->setFoutMelder([&](const Error &e) { fouttekst = e.toString(); });
    stack.push(nieuw);
    ASSERT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_FALSE(fouttekst.isEmpty()) << "said why";
    EXPECT_TRUE(HuishoudenRepository(*store).laad(nieuw->huishoudenId()).ok())
        << "the household stays";
    EXPECT_EQ(regels().size(), 1) << "a refused undo writes no entry";
}
