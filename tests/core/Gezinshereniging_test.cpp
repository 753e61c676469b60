#include "TijdlijnTestData.h"

#include "core/fase/Fase.h"
#include "core/koppeling/KoppelingControle.h"
#include "core/weigering/Gezinshereniging.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate familieVanaf(2026, 7, 1);
const QDate blokEinde(2026, 10, 1); // three months later

class GezinsherenigingTest : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        test::TijdlijnTest::SetUp();
        huishouden =
            nieuwHuishouden(9000000001, Opties().metPersonen(1).metGezinshereniging(familieVanaf));
    }

    bool blokkeert(const QDate &op)
    {
        auto controle = KoppelingControle(*store).controleer(
            huishouden, amsterdam, 0, op, KoppelingControle::Omvang::AlleenBlokkerend);
        EXPECT_TRUE(controle.ok());
        if (!controle.ok())
            return false;
        for (const auto &punt : controle->punten) {
            if (punt.code == QLatin1String("gezinshereniging"))
                return punt.ernst == ControleErnst::Blokkerend;
        }
        return false;
    }

    qint64 huishouden = 0;
};

} // namespace

TEST_F(GezinsherenigingTest, TheBlockRunsThreeMonthsFromTheDateTheFamilyMayCome)
{
    auto stand = GezinsherenigingService(*store).stand(huishouden, vandaag);
    ASSERT_TRUE(stand.ok());
    EXPECT_EQ(stand->vanaf, familieVanaf);
    EXPECT_EQ(stand->blokTot, blokEinde);
    EXPECT_EQ(stand->blokTot, gezinsherenigingBlokTot(familieVanaf));
    EXPECT_EQ(stand->besluit, HerenigingBesluit::Geen);
    EXPECT_TRUE(stand->nareizigers.isEmpty());
    EXPECT_EQ(stand->voegtBij, 0);

    auto zonder = GezinsherenigingService(*store).stand(nieuwHuishouden(9000000011), vandaag);
    ASSERT_TRUE(zonder.ok());
    EXPECT_FALSE(zonder->vanaf.isValid());
    EXPECT_FALSE(zonder->blokTot.isValid());
    EXPECT_FALSE(GezinsherenigingService(*store).stand(999, vandaag).ok());
}

TEST_F(GezinsherenigingTest, ABlockThatEndsAllowsTheDecisionAndTheCoupling)
{
    GezinsherenigingService service(*store);
    const QDate laatsteDag = blokEinde.addDays(-1);

    // Before the end: the decision is refused, the coupling blocked.
    auto s = service.besluit(huishouden, HerenigingBesluit::Alleenstaand, laatsteDag, laatsteDag);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("datum"));
    EXPECT_TRUE(blokkeert(laatsteDag));
    auto teVroeg = KoppelingService(*store).koppelNaControle(
        huishouden, amsterdam, 0, laatsteDag, QStringLiteral("achterstand"), {}, vandaag);
    EXPECT_FALSE(teVroeg.ok()) << "the block refuses a coupling without a written override";

    // On the end date: the block is over.
    EXPECT_FALSE(blokkeert(blokEinde));
    ASSERT_TRUE(
        service.besluit(huishouden, HerenigingBesluit::Alleenstaand, blokEinde, blokEinde).ok());
    auto stand = service.stand(huishouden, vandaag);
    EXPECT_EQ(stand->besluit, HerenigingBesluit::Alleenstaand);
    EXPECT_EQ(stand->besluitDatum, blokEinde);
    auto gekoppeld = KoppelingService(*store).koppelNaControle(
        huishouden, amsterdam, 0, blokEinde, QStringLiteral("achterstand"), {}, vandaag);
    EXPECT_TRUE(gekoppeld.ok()) << gekoppeld.error().toString().toStdString();
}

TEST_F(GezinsherenigingTest, TheDecisionIsNotInTheFutureAndGeenClearsIt)
{
    GezinsherenigingService service(*store);
    EXPECT_FALSE(
        service.besluit(huishouden, HerenigingBesluit::Wachten, vandaag.addDays(1), vandaag).ok());
    ASSERT_TRUE(service.besluit(huishouden, HerenigingBesluit::Wachten, vandaag, vandaag).ok());
    EXPECT_EQ(service.stand(huishouden, vandaag)->besluit, HerenigingBesluit::Wachten);
    ASSERT_TRUE(service.besluit(huishouden, HerenigingBesluit::Geen, QDate(), vandaag).ok());
    auto stand = service.stand(huishouden, vandaag);
    EXPECT_EQ(stand->besluit, HerenigingBesluit::Geen);
    EXPECT_FALSE(stand->besluitDatum.isValid());
}

TEST_F(GezinsherenigingTest, OnlyAHouseholdWithAReunificationDateGetsADecision)
{
    const qint64 zonder = nieuwHuishouden(9000000021);
    auto s = GezinsherenigingService(*store).besluit(zonder, HerenigingBesluit::Alleenstaand,
                                                     vandaag, vandaag);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("besluit"));
}

TEST_F(GezinsherenigingTest, NareizigersJoinTheHouseholdTheyFollow)
{
    GezinsherenigingService service(*store);
    const qint64 nareiziger = nieuwHuishouden(9000000031);
    const qint64 tweede = nieuwHuishouden(9000000041);
    ASSERT_TRUE(service.voegBij(nareiziger, huishouden).ok());
    ASSERT_TRUE(service.voegBij(tweede, huishouden).ok());
    EXPECT_EQ(service.stand(huishouden, vandaag)->nareizigers, (QList<qint64>{nareiziger, tweede}));
    EXPECT_EQ(service.stand(nareiziger, vandaag)->voegtBij, huishouden);

    ASSERT_TRUE(service.voegBij(tweede, 0).ok());
    EXPECT_EQ(service.stand(huishouden, vandaag)->nareizigers, QList<qint64>{nareiziger});
    EXPECT_EQ(service.stand(tweede, vandaag)->voegtBij, 0);
}

TEST_F(GezinsherenigingTest, JoiningItselfAChainOrAnUnknownHouseholdIsRefused)
{
    GezinsherenigingService service(*store);
    const qint64 nareiziger = nieuwHuishouden(9000000051);
    const qint64 ander = nieuwHuishouden(9000000061);
    EXPECT_EQ(service.voegBij(huishouden, huishouden).error().where, QStringLiteral("voegtBij"));
    EXPECT_FALSE(service.voegBij(huishouden, 999).ok());
    EXPECT_FALSE(service.voegBij(999, huishouden).ok());
    ASSERT_TRUE(service.voegBij(nareiziger, huishouden).ok());
    EXPECT_FALSE(service.voegBij(ander, nareiziger).ok()) << "the target joins another one";
    EXPECT_FALSE(service.voegBij(huishouden, ander).ok())
        << "a household others join cannot join another";
    EXPECT_EQ(service.stand(ander, vandaag)->voegtBij, 0);
    EXPECT_EQ(service.stand(huishouden, vandaag)->voegtBij, 0);
}
