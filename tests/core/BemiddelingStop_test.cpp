// The stop of mediation (handbook 3.4.2, weigering/BemiddelingStop.h): when it starts and ends,
// what it does to the coupling, undo, the new candidate after it, and the lost rent.
#include "TijdlijnTestData.h"

#include "core/regel/BemiddelingStop.h"
#include "core/weigering/WeigeringCommand.h"
#include "core/weigering/WeigeringService.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QString terecht = QStringLiteral("werk");
const QString onterecht = QStringLiteral("geen-dwingende-reden");
const QDate eersteDatum(2026, 10, 1);
const QDate eersteOordeel(2026, 10, 5);
const QDate tweedeDatum(2026, 10, 20);

// A household coupled to Amsterdam on 2026-09-15.
class BemiddelingStopTest : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        test::TijdlijnTest::SetUp();
        huishouden = nieuwHuishouden(7100000001);
        koppel(huishouden);
        auto k = KoppelingService(*store).actief(huishouden);
        ASSERT_TRUE(k.ok() && k->has_value());
        koppelingId = (*k)->id;
    }

    qint64 registreer(const QDate &datum, std::optional<qint64> cent = std::nullopt)
    {
        auto id = WeigeringService(*store).registreer(huishouden, WeigeringSoort::Geweigerd, datum,
                                                      QStringLiteral("te ver"), {}, vandaag, cent);
        EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
        return id.ok() ? *id : 0;
    }
    void beoordeel(qint64 id, Oordeel oordeel, const QDate &datum)
    {
        auto s = WeigeringService(*store).beoordeel(
            id, oordeel, datum, oordeel == Oordeel::Terecht ? terecht : onterecht, vandaag);
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    // An unjustified refusal and the next one: mediation stops on tweedeDatum.
    qint64 stopt()
    {
        eerste = registreer(eersteDatum);
        beoordeel(eerste, Oordeel::Onterecht, eersteOordeel);
        return registreer(tweedeDatum);
    }
    std::optional<BemiddelingStop> stop()
    {
        auto s = bemiddeling::stop(*store, huishouden);
        EXPECT_TRUE(s.ok());
        return s.ok() ? *s : std::nullopt;
    }
    std::optional<Koppeling> actief()
    {
        auto k = KoppelingService(*store).actief(huishouden);
        EXPECT_TRUE(k.ok());
        return k.ok() ? *k : std::nullopt;
    }
    Woningweigering lees(qint64 id)
    {
        auto w = WeigeringService(*store).weigering(id);
        EXPECT_TRUE(w.ok() && w->has_value());
        return w.ok() && w->has_value() ? **w : Woningweigering{};
    }

    qint64 huishouden = 0;
    qint64 koppelingId = 0;
    qint64 eerste = 0;
};

} // namespace

TEST_F(BemiddelingStopTest, TheRefusalAfterAnUnjustifiedOneStopsMediationOnItsDate)
{
    eerste = registreer(eersteDatum);
    EXPECT_FALSE(stop()) << "an open refusal: nothing stops yet";
    beoordeel(eerste, Oordeel::Onterecht, eersteOordeel);
    EXPECT_FALSE(stop()) << "one unjustified refusal: one more chance";
    const qint64 tweede = registreer(tweedeDatum);
    const auto s = stop();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->datum, tweedeDatum);
    EXPECT_EQ(s->weigeringId, tweede);
    EXPECT_EQ(s->huishoudenId, huishouden);
}

TEST_F(BemiddelingStopTest, TheStopEndsTheCouplingOnItsDateAndKeepsItInTheHistory)
{
    stopt();
    EXPECT_FALSE(actief()) << "no coupling in force after the stop";
    auto historie = KoppelingService(*store).historie(huishouden);
    ASSERT_TRUE(historie.ok());
    ASSERT_EQ(historie->size(), 1);
    const Koppeling &k = historie->first();
    EXPECT_EQ(k.id, koppelingId);
    EXPECT_EQ(k.ontkoppeldOp, tweedeDatum);
    EXPECT_TRUE(k.ontkoppelReden.contains(QStringLiteral("3.4.2")))
        << k.ontkoppelReden.toStdString();
    EXPECT_EQ(k.ontkoppeldDoor, QStringLiteral("tester"));
}

TEST_F(BemiddelingStopTest, JudgedUnjustifiedTheStopStaysJudgedJustifiedItIsLifted)
{
    const qint64 tweede = stopt();
    beoordeel(tweede, Oordeel::Onterecht, QDate(2026, 10, 25));
    EXPECT_TRUE(stop());
    EXPECT_FALSE(actief());
    ASSERT_TRUE(WeigeringService(*store).heropen(tweede).ok());
    EXPECT_TRUE(stop()) << "reopened, the refusal after an unjustified one still stops";

    beoordeel(tweede, Oordeel::Terecht, QDate(2026, 10, 26));
    EXPECT_FALSE(stop()) << "a justified refusal does not use up the one more chance";
    const auto k = actief();
    ASSERT_TRUE(k) << "the coupling the stop ended is in force again";
    EXPECT_EQ(k->id, koppelingId);
    EXPECT_FALSE(k->ontkoppeldOp.isValid());
    EXPECT_TRUE(k->ontkoppelReden.isEmpty());
    EXPECT_EQ(lees(tweede).nieuweKandidaatUiterlijk(), QDate(2026, 11, 9));

    ASSERT_TRUE(WeigeringService(*store).heropen(tweede).ok()) << "the undo of that judgement";
    EXPECT_TRUE(stop());
    EXPECT_FALSE(actief()) << "stopped again: the coupling ends again";
}

TEST_F(BemiddelingStopTest, ARefusalFollowsTheJudgementOfTheEarlierOne)
{
    eerste = registreer(eersteDatum);
    auto tweede = WeigeringService(*store).registreer(huishouden, WeigeringSoort::Geweigerd,
                                                      QDate(2026, 10, 10), {}, {}, vandaag);
    ASSERT_FALSE(tweede.ok()) << "the earlier refusal is not judged yet";
    EXPECT_EQ(tweede.error().where, QStringLiteral("huishouden"));
    EXPECT_TRUE(tweede.error().message.contains(QStringLiteral("2026-10-01")));

    beoordeel(eerste, Oordeel::Onterecht, QDate(2026, 10, 12));
    tweede = WeigeringService(*store).registreer(huishouden, WeigeringSoort::Geweigerd,
                                                 QDate(2026, 10, 10), {}, {}, vandaag);
    ASSERT_FALSE(tweede.ok()) << "before the judgement: the one more chance comes after it";
    EXPECT_EQ(tweede.error().where, QStringLiteral("datum"));
    EXPECT_FALSE(stop());
    EXPECT_TRUE(actief());
}

TEST_F(BemiddelingStopTest, NoRefusalIsRegisteredAfterTheStop)
{
    stopt();
    auto derde = WeigeringService(*store).registreer(huishouden, WeigeringSoort::Geweigerd,
                                                     QDate(2026, 11, 1), {}, {}, vandaag);
    ASSERT_FALSE(derde.ok());
    EXPECT_EQ(derde.error().where, QStringLiteral("huishouden"));
    EXPECT_TRUE(derde.error().message.contains(QStringLiteral("3.4.2")));
}

TEST_F(BemiddelingStopTest, AJudgementCannotBeReopenedWhileALaterRefusalFollowsIt)
{
    stopt();
    auto s = WeigeringService(*store).heropen(eerste);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("oordeel"));
    EXPECT_EQ(lees(eerste).oordeel, Oordeel::Onterecht);
    EXPECT_TRUE(stop());
}

TEST_F(BemiddelingStopTest, UndoOfTheRefusalThatStoppedMediationPutsTheCouplingBack)
{
    eerste = registreer(eersteDatum);
    beoordeel(eerste, Oordeel::Onterecht, eersteOordeel);
    QUndoStack stack;
    auto *commando =
        WeigeringCommand::registreer(*store, huishouden, WeigeringSoort::Geweigerd, tweedeDatum,
                                     QStringLiteral("weer niet"), vandaag, qint64(12345));
    stack.push(commando);
    ASSERT_EQ(stack.count(), 1);
    ASSERT_TRUE(stop());
    EXPECT_FALSE(actief());

    stack.undo();
    EXPECT_FALSE(stop());
    auto k = actief();
    ASSERT_TRUE(k);
    EXPECT_EQ(k->id, koppelingId);

    stack.redo();
    ASSERT_TRUE(stop());
    EXPECT_EQ(stop()->datum, tweedeDatum);
    EXPECT_FALSE(actief());
    EXPECT_EQ(lees(stop()->weigeringId).huurdervingCent, std::optional<qint64>(12345))
        << "the redo puts the refusal back with its lost rent";
}

TEST_F(BemiddelingStopTest, ANewCandidateFollowsTheStopWithinTwoWeeks)
{
    const qint64 tweede = stopt();
    EXPECT_TRUE(lees(tweede).kandidaatNodig());
    EXPECT_EQ(lees(tweede).nieuweKandidaatUiterlijk(), QDate(2026, 11, 3))
        << "2 weeks from the stop (3.4.2: also when the holder definitively does not come)";
    WeigeringService service(*store);
    auto s = service.nieuweKandidaat(eerste, QDate(2026, 10, 22), vandaag);
    ASSERT_FALSE(s.ok()) << "the unjustified refusal before it gave one more chance";
    EXPECT_EQ(s.error().where, QStringLiteral("nieuweKandidaat"));
    s = service.nieuweKandidaat(tweede, QDate(2026, 10, 19), vandaag);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("datum"));
    ASSERT_TRUE(service.nieuweKandidaat(tweede, QDate(2026, 10, 30), vandaag).ok());
    EXPECT_EQ(lees(tweede).nieuweKandidaatDatum, QDate(2026, 10, 30));
}

TEST_F(BemiddelingStopTest, LostRentIsStoredInCentsWithTheRefusal)
{
    const qint64 met = registreer(eersteDatum, qint64(85050));
    EXPECT_EQ(lees(met).huurdervingCent, std::optional<qint64>(85050));
    beoordeel(met, Oordeel::Terecht, eersteOordeel);
    const qint64 zonder = registreer(tweedeDatum);
    EXPECT_FALSE(lees(zonder).huurdervingCent.has_value());
    beoordeel(zonder, Oordeel::Terecht, QDate(2026, 10, 22));
    auto fout = WeigeringService(*store).registreer(
        huishouden, WeigeringSoort::Geweigerd, QDate(2026, 11, 1), {}, {}, vandaag, qint64(-1));
    ASSERT_FALSE(fout.ok());
    EXPECT_EQ(fout.error().where, QStringLiteral("huurderving"));
}

TEST(Huurderving, ParsesEuroWithUpToTwoDecimals)
{
    const auto cent = [](const char *tekst) {
        auto r = weigering::parseHuurderving(QString::fromUtf8(tekst));
        EXPECT_TRUE(r.ok()) << tekst;
        return r.ok() ? *r : std::optional<qint64>(-99);
    };
    EXPECT_EQ(cent("850"), std::optional<qint64>(85000));
    EXPECT_EQ(cent("850,5"), std::optional<qint64>(85050));
    EXPECT_EQ(cent("850.05"), std::optional<qint64>(85005));
    EXPECT_EQ(cent(" € 12,34 "), std::optional<qint64>(1234));
    EXPECT_EQ(cent("0"), std::optional<qint64>(0));
    EXPECT_EQ(cent(""), std::optional<qint64>()) << "empty: no claim";
    for (const char *fout : {"12,345", "-5", "abc", "1.234,56", "10000000", "12,"}) {
        auto r = weigering::parseHuurderving(QString::fromUtf8(fout));
        ASSERT_FALSE(r.ok()) << fout;
        EXPECT_EQ(r.error().where, QStringLiteral("huurderving"));
    }
}
