#include "TestSupport.h"

#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingService.h"
#include "core/koppeling/OntkoppelCommand.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const QDate koppelDatum(2026, 11, 20);
const QString amsterdam = QStringLiteral("GM0363");

class KoppelReeksTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("reeks.sqlite")), true);
        ASSERT_TRUE(store);
        const qint64 azc = test::azcIn(*store, amsterdam);
        const qint64 azcGroningen = test::azcIn(*store, QStringLiteral("GM0014"));
        een = test::voegToe(
            *store, test::voorbeeldHuishouden(4100000001, 2, QDate(2026, 11, 1), azc), vandaag);
        twee = test::voegToe(
            *store, test::voorbeeldHuishouden(4100000011, 3, QDate(2026, 11, 2), azc), vandaag);
        // Waits in Groningen: Amsterdam lies outside its AZC's region, a blocking check.
        elders = test::voegToe(
            *store, test::voorbeeldHuishouden(4100000021, 1, QDate(2026, 11, 3), azcGroningen),
            vandaag);
        ASSERT_GT(een, 0);
        ASSERT_GT(twee, 0);
        ASSERT_GT(elders, 0);
    }

    KoppelReeks *reeks(const QList<KoppelVerzoek> &verzoeken)
    {
        auto *r =
            new KoppelReeks(*store, verzoeken, amsterdam, 0, koppelDatum,
                            QStringLiteral("achterstand"), QStringLiteral("Amsterdam"), vandaag);
        r->setWerkMelder([this](const Wijziging &w) { gemeld << w.bereik().koppelGebeurtenissen; },
                         {});
        return r;
    }

    bool gekoppeld(qint64 id) { return KoppelingService(*store).actief(id)->has_value(); }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 een = 0;
    qint64 twee = 0;
    qint64 elders = 0;
    QList<KoppelGebeurtenis> gemeld;
};

} // namespace

TEST_F(KoppelReeksTest, CouplesEveryHouseholdAsOneStepAndUndoesThemTogether)
{
    QUndoStack stack;
    stack.push(reeks({{een, {}}, {twee, {}}}));
    ASSERT_EQ(stack.count(), 1);
    EXPECT_TRUE(gekoppeld(een));
    EXPECT_TRUE(gekoppeld(twee));
    ASSERT_EQ(gemeld.size(), 2);
    EXPECT_EQ(gemeld[0].huishoudenId, een);
    EXPECT_EQ(gemeld[0].personen, 2);
    EXPECT_EQ(gemeld[1].personen, 3);
    EXPECT_EQ(gemeld[1].gemeenteCode, amsterdam);
    EXPECT_EQ(gemeld[1].datum, koppelDatum);
    EXPECT_TRUE(gemeld[1].gekoppeld);

    gemeld.clear();
    stack.undo();
    EXPECT_FALSE(gekoppeld(een));
    EXPECT_FALSE(gekoppeld(twee));
    ASSERT_EQ(gemeld.size(), 2);
    EXPECT_FALSE(gemeld[0].gekoppeld);
    EXPECT_FALSE(gemeld[1].gekoppeld);
    EXPECT_EQ(KoppelingService(*store).historie(een)->size(), 1) << "the undone step stays";
}

TEST_F(KoppelReeksTest, ARefusedHouseholdRefusesTheWholeDropInOneTransaction)
{
    QUndoStack stack;
    std::optional<Error> fout;
    auto *r = reeks({{een, {}}, {elders, {}}});
    r->setFoutMelder([&fout](const Error &e) { fout = e; });
    stack.push(r);
    EXPECT_EQ(stack.count(), 0) << "nothing coupled: the step is dropped";
    EXPECT_FALSE(gekoppeld(een)) << "all or none: the first household is rolled back";
    EXPECT_FALSE(gekoppeld(elders));
    EXPECT_TRUE(KoppelingService(*store).historie(een)->isEmpty());
    EXPECT_TRUE(gemeld.isEmpty()) << "the views hear nothing of a rolled-back step";
    ASSERT_TRUE(fout.has_value());
    EXPECT_EQ(fout->where, QStringLiteral("4100000021"));
    EXPECT_TRUE(fout->message.contains(QStringLiteral("region")));
}

TEST_F(KoppelReeksTest, UndoOfAStepThatCannotBeUndoneSaysWhyAndStaysCoupled)
{
    QUndoStack stack;
    std::optional<Error> fout;
    auto *r = reeks({{een, {}}, {twee, {}}});
    r->setFoutMelder([&fout](const Error &e) { fout = e; });
    stack.push(r);
    ASSERT_EQ(stack.count(), 1);
    // Meanwhile the second household was uncoupled by hand: undo cannot end its coupling.
    ASSERT_TRUE(KoppelingService(*store)
                    .ontkoppel(twee, koppelDatum, QStringLiteral("hand"), vandaag)
                    .ok());
    gemeld.clear();
    stack.undo();
    ASSERT_TRUE(fout.has_value());
    EXPECT_EQ(fout->where, QStringLiteral("4100000011"));
    EXPECT_TRUE(gekoppeld(een)) << "all or none: the first stays coupled";
    EXPECT_TRUE(gemeld.isEmpty());
}

TEST_F(KoppelReeksTest, AWrittenReasonOverridesTheBlockingCheckAndIsStored)
{
    QUndoStack stack;
    stack.push(reeks({{elders, QStringLiteral("werk in Amsterdam")}}));
    ASSERT_EQ(stack.count(), 1);
    auto actief = KoppelingService(*store).actief(elders);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->overruleReden, QStringLiteral("werk in Amsterdam"));
    EXPECT_TRUE((*actief)->overruled.contains(QStringLiteral("buiten-regio")));
}

TEST_F(KoppelReeksTest, UncouplingIsUndoneByPuttingTheSameCouplingBackInForce)
{
    ASSERT_TRUE(KoppelingService(*store)
                    .koppel(een, amsterdam, koppelDatum, QStringLiteral("achterstand"), vandaag)
                    .ok());
    QUndoStack stack;
    auto *commando =
        new OntkoppelCommand(*store, een, vandaag, QStringLiteral("woning geweigerd"), vandaag);
    commando->setWerkMelder(
        [this](const Wijziging &w) { gemeld << w.bereik().koppelGebeurtenissen; }, {});
    stack.push(commando);
    ASSERT_EQ(stack.count(), 1);
    EXPECT_FALSE(gekoppeld(een));
    ASSERT_EQ(gemeld.size(), 1);
    EXPECT_FALSE(gemeld[0].gekoppeld);
    EXPECT_EQ(gemeld[0].gemeenteCode, amsterdam);
    EXPECT_EQ(gemeld[0].datum, koppelDatum) << "the pipeline counted it from the coupling date";
    EXPECT_EQ(gemeld[0].personen, 2);

    stack.undo();
    auto actief = KoppelingService(*store).actief(een);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->gemeenteCode, amsterdam);
    EXPECT_EQ((*actief)->datum, koppelDatum);
    EXPECT_EQ((*actief)->reden, QStringLiteral("achterstand")) << "the coupling as it was";
    EXPECT_TRUE((*actief)->ontkoppelReden.isEmpty());
    ASSERT_EQ(gemeld.size(), 2);
    EXPECT_TRUE(gemeld[1].gekoppeld);
    EXPECT_EQ(KoppelingService(*store).historie(een)->size(), 1)
        << "an undone uncoupling never happened: no new coupling row";
}

TEST_F(KoppelReeksTest, UncouplingRestoresAPartnershipCoupling)
{
    Referentiedata ref(*store);
    auto partnerschap = ref.voegPartnerschapToe(QStringLiteral("Amstelland"), amsterdam,
                                                {amsterdam, QStringLiteral("GM0362")});
    ASSERT_TRUE(partnerschap.ok());
    ASSERT_TRUE(
        KoppelingService(*store)
            .koppelPartnerschap(een, *partnerschap, koppelDatum, QStringLiteral("regio"), vandaag)
            .ok());
    QUndoStack stack;
    stack.push(new OntkoppelCommand(*store, een, vandaag, QStringLiteral("fout"), vandaag));
    stack.undo();
    auto actief = KoppelingService(*store).actief(een);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->partnerschapId, *partnerschap);
}

TEST_F(KoppelReeksTest, UncouplingAnUncoupledHouseholdIsRefusedAndDropped)
{
    QUndoStack stack;
    auto *commando = new OntkoppelCommand(*store, twee, vandaag, QStringLiteral("x"), vandaag);
    std::optional<Error> fout;
    commando->setFoutMelder([&fout](const Error &e) { fout = e; });
    stack.push(commando);
    EXPECT_EQ(stack.count(), 0);
    ASSERT_TRUE(fout.has_value());
    EXPECT_TRUE(fout->message.contains(QStringLiteral("not coupled")));
}

TEST_F(KoppelReeksTest, UndoAndRedoOfOneHouseholdKeepEveryStepInTheHistory)
{
    QUndoStack stack;
    KoppelingService service(*store);
    stack.push(reeks({{een, {}}}));
    ASSERT_EQ(stack.count(), 1);
    ASSERT_TRUE(service.actief(een)->has_value());

    stack.undo();
    EXPECT_FALSE(service.actief(een)->has_value());
    stack.redo();
    auto actief = service.actief(een);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->gemeenteCode, amsterdam);

    auto historie = service.historie(een);
    ASSERT_TRUE(historie.ok());
    ASSERT_EQ(historie->size(), 2) << "the undone coupling stays in the history";
    EXPECT_FALSE(historie->at(0).actief());
    EXPECT_TRUE(historie->at(0).ongedaan) << "undone: it never happened";
    EXPECT_TRUE(historie->at(0).ontkoppelReden.contains(QStringLiteral("undone")));
    EXPECT_EQ(historie->at(0).ontkoppeldDoor, QStringLiteral("tester"));
    EXPECT_TRUE(historie->at(1).actief());
    EXPECT_FALSE(historie->at(1).ongedaan);
}

TEST_F(KoppelReeksTest, ARefusalSaysWhyAndMarksTheStepObsolete)
{
    KoppelReeks stap(*store, {{elders, {}}}, amsterdam, 0, koppelDatum, QStringLiteral("werk"),
                     QStringLiteral("Amsterdam"), vandaag);
    stap.redo();
    ASSERT_TRUE(stap.fout().has_value());
    EXPECT_TRUE(stap.fout()->message.contains(QStringLiteral("region")));
    EXPECT_TRUE(stap.isObsolete());
    EXPECT_FALSE(stap.gekoppeld());
    EXPECT_FALSE(gekoppeld(elders));
}
