// The plan's rows coupled as one step (issue 15): every row through the normal checks in one
// transaction, the plan's explanation in the log entry, undo and redo, a replay of the log, and
// a refused row refusing the whole step.
#include "TijdlijnTestData.h"

#include "core/herhaling/Herhaling.h"
#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingService.h"
#include "core/plan/PlanCommand.h"
#include "core/plan/PlanService.h"
#include "core/taakstelling/TaakstellingCommand.h"
#include "core/werkbestand/Werkbestand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class PlanCommandTest : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        TijdlijnTest::SetUp();
        const Status vg = VgCommand(*store, HalfJaar(2026, 2), 20000, QDate(2026, 3, 1)).voerUit();
        ASSERT_TRUE(vg.ok()) << vg.error().toString().toStdString();
        for (int i = 0; i < 12; ++i)
            huishoudens << nieuwHuishouden(7700000001 + 10 * i, Opties().metPersonen(1 + i % 4));
    }

    // The plan for region 3 (Amsterdam's), its placed rows as the step takes them.
    QList<PlanKoppeling> planRijen()
    {
        auto g = PlanService(*store).gegevens(3, vandaag);
        EXPECT_TRUE(g.ok());
        if (!g)
            return {};
        EXPECT_EQ(g->invoer.huishoudens.size(), 12);
        auto u = plan::los(g->invoer);
        EXPECT_TRUE(u && u->optimaal);
        QList<PlanKoppeling> rijen;
        for (const PlanRij &r : u->rijen)
            if (r.doel >= 0)
                rijen << PlanKoppeling{r.huishouden, g->invoer.doelen.at(r.doel).code,
                                       g->invoer.doelen.at(r.doel).partnerschapId,
                                       plan::uitleg(r, *u)};
        return rijen;
    }

    int gekoppeld()
    {
        int n = 0;
        for (const qint64 h : std::as_const(huishoudens))
            n += KoppelingService(*store).actief(h)->has_value() ? 1 : 0;
        return n;
    }

    QList<qint64> huishoudens;
};

} // namespace

TEST_F(PlanCommandTest, CouplesEveryRowAsOneStepWithThePlansExplanationAndUndoes)
{
    const QString pad = store->path();
    const QString kopie = dir.path(QStringLiteral("begin.sqlite"));
    store.reset();
    ASSERT_TRUE(QFile::copy(pad, kopie));
    store = test::openStore(pad, false);
    ASSERT_TRUE(store);

    const auto rijen = planRijen();
    ASSERT_EQ(rijen.size(), 12) << "the region has room for all twelve";
    Werkbestand bestand;
    bestand.setStore(store.get());
    ASSERT_TRUE(
        bestand
            .voer(new PlanCommand(*store, rijen, koppelDatum, QStringLiteral("week 49"), vandaag))
            .ok());
    EXPECT_EQ(gekoppeld(), 12);
    auto regels = journaal::lees(*store);
    ASSERT_TRUE(regels.ok());
    const JournaalRegel &laatste = regels->last();
    EXPECT_EQ(laatste.soort, QStringLiteral("plan"));
    const QJsonObject data = QJsonDocument::fromJson(laatste.data).object();
    const QJsonArray opgeslagen = data.value(QStringLiteral("rijen")).toArray();
    ASSERT_EQ(opgeslagen.size(), 12);
    const QJsonObject uitleg =
        opgeslagen.first().toObject().value(QStringLiteral("plan")).toObject();
    EXPECT_EQ(uitleg.value(QStringLiteral("bron")).toString(), QStringLiteral("plan"));
    EXPECT_EQ(uitleg.value(QStringLiteral("gap")).toString(), QStringLiteral("0.0000"));
    EXPECT_EQ(uitleg.value(QStringLiteral("factoren")).toObject().size(), 5);

    bestand.undoStack()->undo();
    EXPECT_EQ(gekoppeld(), 0) << "one undo takes the whole plan back";
    bestand.undoStack()->redo();
    EXPECT_EQ(gekoppeld(), 12);

    auto alles = journaal::lees(*store);
    ASSERT_TRUE(alles.ok());
    auto doel = test::openStore(kopie, false);
    ASSERT_TRUE(doel);
    const Status s = herhaling::speelAf(*doel, *alles);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    int herhaald = 0;
    for (const qint64 h : std::as_const(huishoudens))
        herhaald += KoppelingService(*doel).actief(h)->has_value() ? 1 : 0;
    EXPECT_EQ(herhaald, 12) << "the replayed log couples the same households";
}

TEST_F(PlanCommandTest, ARowTheChecksRefuseRefusesTheWholeStepNamingIt)
{
    const auto rijen = planRijen();
    ASSERT_GE(rijen.size(), 3);
    // Meanwhile a colleague couples the third household by hand.
    ASSERT_TRUE(KoppelReeks(*store, {{rijen.at(2).huishoudenId, QString()}}, utrecht, 0,
                            koppelDatum, QStringLiteral("elders"), {}, vandaag)
                    .voerUit()
                    .ok());
    PlanCommand stap(*store, rijen, koppelDatum, QStringLiteral("week 49"), vandaag);
    const Status s = stap.voerUit();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("7700000021"));
    EXPECT_EQ(gekoppeld(), 1) << "nothing of the plan was written";
}
