#include "TijdlijnTestData.h"

#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/tijdlijn/ZelfhuisvesterCommand.h"

#include <QUndoStack>

using namespace rd;

namespace {

class ZelfhuisvesterTest : public test::TijdlijnTest
{
};

} // namespace

TEST_F(ZelfhuisvesterTest, OnlyACoupledHouseholdMayHouseItself)
{
    const qint64 id = nieuwHuishouden(4500000001);
    TijdlijnService tijdlijn(*store);
    const Status geweigerd = tijdlijn.zetZelfhuisvester(id, true);
    ASSERT_FALSE(geweigerd.ok());
    EXPECT_EQ(geweigerd.error().where, QStringLiteral("zelfhuisvester"));
    EXPECT_FALSE(*tijdlijn.isZelfhuisvester(id));

    koppel(id);
    ASSERT_TRUE(tijdlijn.zetZelfhuisvester(id, true).ok());
    EXPECT_TRUE(*tijdlijn.isZelfhuisvester(id));
    ASSERT_TRUE(tijdlijn.zetZelfhuisvester(id, false).ok());
    EXPECT_FALSE(*tijdlijn.isZelfhuisvester(id));
}

TEST_F(ZelfhuisvesterTest, HousedInAnotherGemeenteItCannotBecomeAZelfhuisvester)
{
    const qint64 id = nieuwHuishouden(4500000011);
    koppel(id);
    TijdlijnService tijdlijn(*store);
    ASSERT_TRUE(
        tijdlijn.zetDatum(id, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1), {}, vandaag).ok());
    ASSERT_TRUE(
        tijdlijn.zetDatum(id, GebeurtenisSoort::Verhuizing, QDate(2026, 10, 10), {}, vandaag).ok());
    // Housing outside the coupled gemeente is refused for every household (issue 12) ...
    const Status elders = tijdlijn.zetDatum(id, GebeurtenisSoort::Uitschrijving,
                                            QDate(2026, 10, 12), utrecht, vandaag);
    ASSERT_FALSE(elders.ok());
    EXPECT_TRUE(elders.error().message.contains(utrecht));
    // ... so only a store made otherwise (an older version, by hand) holds one; the rule holds.
    ASSERT_TRUE(
        sql::run(store->database(), QStringLiteral("UPDATE huishouden SET uitschrijving_datum = "
                                                   "'2026-10-12', huisvest_gemeente = 'GM0344'"))
            .ok());
    const Status geweigerd = tijdlijn.zetZelfhuisvester(id, true);
    ASSERT_FALSE(geweigerd.ok());
    EXPECT_TRUE(geweigerd.error().message.contains(utrecht));
    EXPECT_FALSE(*tijdlijn.isZelfhuisvester(id));
}

TEST_F(ZelfhuisvesterTest, AZelfhuisvesterCountsForTheCoupledGemeenteOnceRegistered)
{
    ASSERT_TRUE(TaakstellingService(*store)
                    .zetVg(HalfJaar(2026, 2), 20000, tijdigheid::laatsteDagVg(HalfJaar(2026, 2)))
                    .ok());
    const qint64 id = nieuwHuishouden(4500000021, Opties().metPersonen(3));
    koppel(id);
    TijdlijnService tijdlijn(*store);
    ASSERT_TRUE(tijdlijn.zetZelfhuisvester(id, true).ok());
    const auto realisatie = [&]() -> qint64 {
        auto o = TaakstellingService(*store).bereken(HalfJaar(2026, 2), 0, vandaag);
        EXPECT_TRUE(o.ok());
        for (const auto &rij : o->rijen) {
            if (rij.code == amsterdam)
                return rij.realisatie;
        }
        return -1;
    };
    const qint64 voor = realisatie();
    ASSERT_TRUE(
        tijdlijn.zetDatum(id, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1), {}, vandaag).ok());
    ASSERT_TRUE(
        tijdlijn
            .zetDatum(id, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 20), amsterdam, vandaag)
            .ok());
    EXPECT_EQ(realisatie(), voor + 3);
    // Registered elsewhere, a zelfhuisvester is refused: only the coupled gemeente.
    ASSERT_TRUE(tijdlijn.zetDatum(id, GebeurtenisSoort::Uitschrijving, QDate(), {}, vandaag).ok());
    EXPECT_FALSE(
        tijdlijn
            .zetDatum(id, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 20), utrecht, vandaag)
            .ok());
}

TEST_F(ZelfhuisvesterTest, MarkingIsAnUndoableStepAndARefusalIsDropped)
{
    const qint64 id = nieuwHuishouden(4500000031);
    QUndoStack stack;
    std::optional<Error> fout;
    auto *geweigerd = new ZelfhuisvesterCommand(*store, id, true);
    geweigerd->setFoutMelder([&fout](const Error &e) { fout = e; });
    stack.push(geweigerd); // not coupled: refused
    EXPECT_EQ(stack.count(), 0);
    ASSERT_TRUE(fout.has_value());

    koppel(id);
    QList<qint64> gemeld;
    auto *commando = new ZelfhuisvesterCommand(*store, id, true);
    commando->setGewijzigdMelder([&gemeld](qint64 h) { gemeld << h; });
    stack.push(commando);
    ASSERT_EQ(stack.count(), 1);
    TijdlijnService tijdlijn(*store);
    EXPECT_TRUE(*tijdlijn.isZelfhuisvester(id));
    stack.undo();
    EXPECT_FALSE(*tijdlijn.isZelfhuisvester(id));
    stack.redo();
    EXPECT_TRUE(*tijdlijn.isZelfhuisvester(id));
    EXPECT_EQ(gemeld, (QList<qint64>{id, id, id}));
}
