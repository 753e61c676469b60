// The rule checker's rules about refusals and the stop of mediation (core/controle/
// RegelsWeigering.cpp): data made through the services break none; each hand edit that breaks
// one rule is found, naming the household.
#include "TijdlijnTestData.h"

#include "core/controle/RegelControle.h"
#include "core/store/Sql.h"
#include "core/weigering/WeigeringService.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QString onterecht = QStringLiteral("geen-dwingende-reden");

// A household coupled to Amsterdam on 2026-09-15 whose mediation stopped on 2026-10-20 (made
// through WeigeringService), and one coupled without refusals.
class RegelsWeigeringTest : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        test::TijdlijnTest::SetUp();
        gestopt = nieuwHuishouden(7300000001);
        koppel(gestopt);
        WeigeringService service(*store);
        auto eerste = service.registreer(gestopt, WeigeringSoort::Geweigerd, QDate(2026, 10, 1), {},
                                         {}, vandaag);
        ASSERT_TRUE(eerste.ok());
        eersteId = *eerste;
        ASSERT_TRUE(
            service.beoordeel(eersteId, Oordeel::Onterecht, QDate(2026, 10, 5), onterecht, vandaag)
                .ok());
        auto tweede = service.registreer(gestopt, WeigeringSoort::Geweigerd, QDate(2026, 10, 20),
                                         {}, {}, vandaag);
        ASSERT_TRUE(tweede.ok());
        tweedeId = *tweede;
        ander = nieuwHuishouden(7300000011);
        koppel(ander);
    }

    void voerUit(const QString &statement)
    {
        auto r = sql::run(store->database(), statement);
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    }

    // The violations of one rule.
    QList<Overtreding> van(const char *code)
    {
        auto alle = regelcontrole::controleer(*store, vandaag);
        EXPECT_TRUE(alle.ok()) << alle.error().toString().toStdString();
        QList<Overtreding> uit;
        for (const auto &o : alle ? *alle : QList<Overtreding>()) {
            if (o.regel == QLatin1String(code))
                uit << o;
        }
        return uit;
    }
    void gevonden(const char *code, qint64 huishouden)
    {
        const auto lijst = van(code);
        ASSERT_EQ(lijst.size(), 1) << code;
        EXPECT_EQ(lijst.first().huishoudenId, huishouden) << code;
        EXPECT_FALSE(lijst.first().tekst.isEmpty());
    }

    qint64 gestopt = 0;
    qint64 ander = 0;
    qint64 eersteId = 0;
    qint64 tweedeId = 0;
};

} // namespace

TEST_F(RegelsWeigeringTest, WhatTheServicesMadeBreaksNoRule)
{
    auto alle = regelcontrole::controleer(*store, vandaag);
    ASSERT_TRUE(alle.ok());
    EXPECT_TRUE(alle->isEmpty()) << alle->size() << " " << alle->first().regel.toStdString();
}

TEST_F(RegelsWeigeringTest, AStoppedHouseholdWithACouplingInForceIsFound)
{
    voerUit(QStringLiteral("UPDATE koppeling SET ontkoppeld_op = NULL, ontkoppel_reden = NULL "
                           "WHERE huishouden = %1")
                .arg(gestopt));
    gevonden("gestopt-geen-koppeling", gestopt);
}

TEST_F(RegelsWeigeringTest, ACouplingAfterTheStopIsFound)
{
    voerUit(QStringLiteral("INSERT INTO koppeling(huishouden, gemeente, datum, reden, door, "
                           "vastgelegd_op, ontkoppeld_op, ontkoppel_reden) VALUES(%1, 'GM0344', "
                           "'2026-11-01', 'x', 'y', 'z', '2026-11-02', 'x')")
                .arg(gestopt));
    gevonden("gestopt-niet-gekoppeld", gestopt);
}

TEST_F(RegelsWeigeringTest, ALetterAfterTheStopIsFound)
{
    voerUit(QStringLiteral("INSERT INTO brief(huishouden, koppeling, datum, taal, sjabloon_versie, "
                           "door, vastgelegd_op) SELECT %1, id, '2026-10-21', 'nl', '1', 'y', 'z' "
                           "FROM koppeling WHERE huishouden = %1")
                .arg(gestopt));
    gevonden("gestopt-geen-brief", gestopt);
}

TEST_F(RegelsWeigeringTest, ANewCandidateWithoutGroundOrBeforeTheRefusalIsFound)
{
    voerUit(QStringLiteral("UPDATE woningweigering SET nieuwe_kandidaat_datum = '2026-10-06' "
                           "WHERE id = %1")
                .arg(eersteId));
    gevonden("kandidaat-met-grond", gestopt);
    voerUit(QStringLiteral("UPDATE woningweigering SET nieuwe_kandidaat_datum = NULL WHERE id = %1")
                .arg(eersteId));
    voerUit(QStringLiteral("UPDATE woningweigering SET nieuwe_kandidaat_datum = '2026-10-19' "
                           "WHERE id = %1")
                .arg(tweedeId));
    gevonden("kandidaat-met-grond", gestopt);
    voerUit(QStringLiteral("UPDATE woningweigering SET nieuwe_kandidaat_datum = '2026-10-21' "
                           "WHERE id = %1")
                .arg(tweedeId));
    EXPECT_TRUE(van("kandidaat-met-grond").isEmpty()) << "after the stop: allowed";
}

TEST_F(RegelsWeigeringTest, AJudgementBeforeTheRefusalOrForAReasonOffTheListIsFound)
{
    voerUit(QStringLiteral("UPDATE woningweigering SET oordeel_datum = '2026-09-30' WHERE id = %1")
                .arg(eersteId));
    gevonden("oordeel-na-weigering", gestopt);
    voerUit(QStringLiteral("UPDATE woningweigering SET oordeel_datum = '2026-10-05', "
                           "oordeel_reden = 'te ver' WHERE id = %1")
                .arg(eersteId));
    gevonden("oordeel-na-weigering", gestopt);
}

TEST_F(RegelsWeigeringTest, ARefusalBeforeTheEarlierJudgementIsFound)
{
    voerUit(QStringLiteral("INSERT INTO woningweigering(huishouden, gemeente, datum, soort, door, "
                           "vastgelegd_op) VALUES(%1, 'GM0363', '2026-10-01', 'geweigerd', 'y', "
                           "'z'), (%1, 'GM0363', '2026-10-03', 'geweigerd', 'y', 'z')")
                .arg(ander));
    gevonden("weigering-na-oordeel", ander);
}
