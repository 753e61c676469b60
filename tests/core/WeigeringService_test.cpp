#include "TijdlijnTestData.h"

#include "core/gemeente/Referentiedata.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/weigering/WeigeringService.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QString terecht = QStringLiteral("werk");
const QString onterecht = QStringLiteral("geen-dwingende-reden");

class WeigeringServiceTest : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        test::TijdlijnTest::SetUp();
        huishouden = nieuwHuishouden(7000000001);
        koppel(huishouden);
    }

    qint64 registreer(const QDate &datum, WeigeringSoort soort = WeigeringSoort::Geweigerd)
    {
        auto id = WeigeringService(*store).registreer(huishouden, soort, datum,
                                                      QStringLiteral("te ver"), {}, vandaag);
        EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
        return id.ok() ? *id : 0;
    }
    Woningweigering lees(qint64 id)
    {
        auto w = WeigeringService(*store).weigering(id);
        EXPECT_TRUE(w.ok() && w->has_value());
        return w.ok() && w->has_value() ? **w : Woningweigering{};
    }

    qint64 huishouden = 0;
};

} // namespace

TEST_F(WeigeringServiceTest, ARefusalNeedsAnActiveCoupling)
{
    const qint64 los = nieuwHuishouden(7000000011);
    auto id = WeigeringService(*store).registreer(los, WeigeringSoort::NietVerschenen,
                                                  QDate(2026, 10, 1), {}, {}, vandaag);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().where, QStringLiteral("huishouden"));
}

TEST_F(WeigeringServiceTest, NoRefusalAfterTheMove)
{
    TijdlijnService tijdlijn(*store);
    ASSERT_TRUE(
        tijdlijn.zetDatum(huishouden, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1), {}, vandaag)
            .ok());
    ASSERT_TRUE(
        tijdlijn.zetDatum(huishouden, GebeurtenisSoort::Verhuizing, QDate(2026, 10, 5), {}, vandaag)
            .ok());
    auto id = WeigeringService(*store).registreer(huishouden, WeigeringSoort::Geweigerd,
                                                  QDate(2026, 10, 6), {}, {}, vandaag);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().where, QStringLiteral("huishouden"));
}

TEST_F(WeigeringServiceTest, TheDateLiesBetweenTheCouplingAndToday)
{
    WeigeringService service(*store);
    for (const QDate &fout : {koppelDatum.addDays(-1), vandaag.addDays(1), QDate()}) {
        auto id = service.registreer(huishouden, WeigeringSoort::Geweigerd, fout, {}, {}, vandaag);
        ASSERT_FALSE(id.ok()) << fout.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(id.error().where, QStringLiteral("datum"));
    }
    const qint64 eerste = registreer(koppelDatum);
    ASSERT_GT(eerste, 0);
    ASSERT_TRUE(service.beoordeel(eerste, Oordeel::Terecht, koppelDatum, terecht, vandaag).ok());
    EXPECT_GT(registreer(vandaag), 0);
}

TEST_F(WeigeringServiceTest, TheGemeenteIsTheCoupledOneOrAPartner)
{
    const Woningweigering w = lees(registreer(QDate(2026, 10, 1)));
    EXPECT_EQ(w.gemeenteCode, amsterdam);
    EXPECT_EQ(w.soort, WeigeringSoort::Geweigerd);
    EXPECT_EQ(w.oordeel, Oordeel::Open);
    EXPECT_EQ(w.door, QStringLiteral("tester"));
    EXPECT_FALSE(WeigeringService(*store)
                     .registreer(huishouden, WeigeringSoort::Geweigerd, QDate(2026, 10, 2), {},
                                 utrecht, vandaag)
                     .ok());

    auto partnerschap = Referentiedata(*store).voegPartnerschapToe(
        QStringLiteral("Amstelland"), amsterdam, {amsterdam, amstelveen});
    ASSERT_TRUE(partnerschap.ok());
    const qint64 ander = nieuwHuishouden(7000000021);
    ASSERT_TRUE(
        KoppelingService(*store)
            .koppelPartnerschap(ander, *partnerschap, koppelDatum, QStringLiteral("regio"), vandaag)
            .ok());
    auto id = WeigeringService(*store).registreer(ander, WeigeringSoort::Geweigerd,
                                                  QDate(2026, 10, 2), {}, amstelveen, vandaag);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    EXPECT_EQ(lees(*id).gemeenteCode, amstelveen);
}

TEST_F(WeigeringServiceTest, TheReasonComesFromTheLimitedList)
{
    EXPECT_EQ(weigering::redenen(Oordeel::Terecht).size(), 4);
    EXPECT_EQ(weigering::redenen(Oordeel::Onterecht), QStringList{onterecht});
    const qint64 id = registreer(QDate(2026, 10, 1));
    WeigeringService service(*store);
    const QDate op(2026, 10, 3);
    auto s = service.beoordeel(id, Oordeel::Terecht, op, onterecht, vandaag);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("reden"));
    EXPECT_FALSE(service.beoordeel(id, Oordeel::Onterecht, op, terecht, vandaag).ok());
    EXPECT_FALSE(
        service.beoordeel(id, Oordeel::Terecht, op, QStringLiteral("te ver"), vandaag).ok());
    EXPECT_FALSE(service.beoordeel(id, Oordeel::Open, op, QString(), vandaag).ok());
    EXPECT_EQ(lees(id).oordeel, Oordeel::Open) << "a refused judgement changes nothing";
    for (const QString &reden : weigering::redenen(Oordeel::Terecht))
        EXPECT_FALSE(weigering::redenNaam(reden).isEmpty());
}

TEST_F(WeigeringServiceTest, AJudgementIsDatedAfterTheRefusalAndGivenOnce)
{
    const qint64 id = registreer(QDate(2026, 10, 1));
    WeigeringService service(*store);
    auto s = service.beoordeel(id, Oordeel::Terecht, QDate(2026, 9, 30), terecht, vandaag);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("datum"));
    EXPECT_FALSE(
        service.beoordeel(id, Oordeel::Terecht, vandaag.addDays(1), terecht, vandaag).ok());
    ASSERT_TRUE(service.beoordeel(id, Oordeel::Terecht, QDate(2026, 10, 1), terecht, vandaag).ok());
    const Woningweigering w = lees(id);
    EXPECT_EQ(w.oordeel, Oordeel::Terecht);
    EXPECT_EQ(w.oordeelDatum, QDate(2026, 10, 1));
    EXPECT_EQ(w.oordeelReden, terecht);
    s = service.beoordeel(id, Oordeel::Onterecht, QDate(2026, 10, 2), onterecht, vandaag);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("oordeel"));
    EXPECT_EQ(lees(id).oordeel, Oordeel::Terecht);
}

TEST_F(WeigeringServiceTest, JudgementIsDueFourteenDaysAfterTheRefusal)
{
    const Woningweigering w = lees(registreer(QDate(2026, 10, 1)));
    EXPECT_EQ(w.oordeelUiterlijk(), QDate(2026, 10, 15));
    EXPECT_FALSE(w.nieuweKandidaatUiterlijk().isValid()) << "not justified: no new candidate due";
}

TEST_F(WeigeringServiceTest, JustifiedRefusalNeedsANewCandidateWithinTwoWeeks)
{
    const qint64 id = registreer(QDate(2026, 10, 1));
    WeigeringService service(*store);
    auto s = service.nieuweKandidaat(id, QDate(2026, 10, 10), vandaag);
    ASSERT_FALSE(s.ok()) << "not judged yet";
    EXPECT_EQ(s.error().where, QStringLiteral("nieuweKandidaat"));
    ASSERT_TRUE(service.beoordeel(id, Oordeel::Terecht, QDate(2026, 10, 8), terecht, vandaag).ok());
    EXPECT_EQ(lees(id).nieuweKandidaatUiterlijk(), QDate(2026, 10, 22))
        << "a new candidate is due 14 days after the judgement";
    EXPECT_EQ(service.nieuweKandidaat(id, QDate(2026, 10, 7), vandaag).error().where,
              QStringLiteral("datum"))
        << "not before the judgement";
    EXPECT_FALSE(service.nieuweKandidaat(id, vandaag.addDays(1), vandaag).ok());
    ASSERT_TRUE(service.nieuweKandidaat(id, QDate(2026, 10, 20), vandaag).ok());
    EXPECT_EQ(lees(id).nieuweKandidaatDatum, QDate(2026, 10, 20));
    EXPECT_FALSE(service.nieuweKandidaat(id, QDate(2026, 10, 21), vandaag).ok()) << "only once";
}

TEST_F(WeigeringServiceTest, UnjustifiedRefusalHasNoNewCandidate)
{
    const qint64 id = registreer(QDate(2026, 10, 1));
    WeigeringService service(*store);
    ASSERT_TRUE(
        service.beoordeel(id, Oordeel::Onterecht, QDate(2026, 10, 8), onterecht, vandaag).ok());
    EXPECT_FALSE(service.nieuweKandidaat(id, QDate(2026, 10, 10), vandaag).ok());
    EXPECT_FALSE(lees(id).nieuweKandidaatUiterlijk().isValid());
}

TEST_F(WeigeringServiceTest, ARefusalAfterAnUnjustifiedOneStopsMediation)
{
    WeigeringService service(*store);
    const qint64 eerste = registreer(QDate(2026, 10, 1), WeigeringSoort::NietVerschenen);
    ASSERT_TRUE(
        service.beoordeel(eerste, Oordeel::Onterecht, QDate(2026, 10, 5), onterecht, vandaag).ok());
    EXPECT_FALSE(*service.bemiddelingGestopt(huishouden)) << "one unjustified: one more chance";

    const qint64 tweede = registreer(QDate(2026, 10, 20));
    ASSERT_GT(tweede, 0);
    EXPECT_TRUE(*service.bemiddelingGestopt(huishouden))
        << "refused again: mediation stops, also before the COA judges the second refusal";
    EXPECT_TRUE(lees(tweede).stoptBemiddeling);
    EXPECT_FALSE(lees(eerste).stoptBemiddeling);
    ASSERT_TRUE(
        service.beoordeel(tweede, Oordeel::Onterecht, QDate(2026, 10, 25), onterecht, vandaag)
            .ok());
    EXPECT_TRUE(*service.bemiddelingGestopt(huishouden)) << "judged unjustified: still stopped";

    auto derde = service.registreer(huishouden, WeigeringSoort::Geweigerd, QDate(2026, 11, 1), {},
                                    {}, vandaag);
    ASSERT_FALSE(derde.ok());
    EXPECT_EQ(derde.error().where, QStringLiteral("huishouden"));
    auto lijst = service.weigeringen(huishouden);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 2);
    EXPECT_EQ(lijst->at(0).id, eerste) << "oldest first";
    EXPECT_EQ(lijst->at(0).soort, WeigeringSoort::NietVerschenen);
}

TEST_F(WeigeringServiceTest, JustifiedRefusalsDoNotCountTowardsStoppingMediation)
{
    WeigeringService service(*store);
    const qint64 eerste = registreer(QDate(2026, 10, 1));
    ASSERT_TRUE(
        service.beoordeel(eerste, Oordeel::Onterecht, QDate(2026, 10, 2), onterecht, vandaag).ok());
    const qint64 tweede = registreer(QDate(2026, 10, 10));
    ASSERT_TRUE(
        service.beoordeel(tweede, Oordeel::Terecht, QDate(2026, 10, 12), terecht, vandaag).ok());
    EXPECT_FALSE(*service.bemiddelingGestopt(huishouden));
    EXPECT_GT(registreer(QDate(2026, 10, 30)), 0);
    EXPECT_EQ(lees(tweede).nieuweKandidaatUiterlijk(), QDate(2026, 10, 26));
}

TEST_F(WeigeringServiceTest, DelayRunsToTheLeaseSignedAfterTheRefusalOrToToday)
{
    Woningweigering w = lees(registreer(QDate(2026, 10, 1)));
    EXPECT_EQ(w.vertragingDagen(QDate(), vandaag), 59);
    EXPECT_EQ(w.vertragingDagen(QDate(2026, 10, 21), vandaag), 20);
    EXPECT_EQ(w.vertragingDagen(QDate(2026, 9, 20), vandaag), 59)
        << "a lease signed before the refusal is not the one after it";
    EXPECT_EQ(w.vertragingDagen(QDate(), QDate(2026, 9, 1)), 0) << "never negative";
}

TEST_F(WeigeringServiceTest, AllRefusalsOfARegionInAPeriod)
{
    const qint64 inGroningen = nieuwHuishouden(7000000031);
    koppel(inGroningen, groningen);
    const qint64 amsterdamOud = registreer(QDate(2026, 9, 20));
    ASSERT_TRUE(WeigeringService(*store)
                    .beoordeel(amsterdamOud, Oordeel::Terecht, QDate(2026, 9, 25), terecht, vandaag)
                    .ok());
    const qint64 amsterdamNieuw = registreer(QDate(2026, 10, 20));
    auto groningenId = WeigeringService(*store).registreer(inGroningen, WeigeringSoort::Geweigerd,
                                                           QDate(2026, 10, 10), {}, {}, vandaag);
    ASSERT_TRUE(groningenId.ok());

    const auto ids = [](const QList<Woningweigering> &lijst) {
        QList<qint64> uit;
        for (const auto &w : lijst)
            uit << w.id;
        return uit;
    };
    WeigeringService service(*store);
    EXPECT_EQ(ids(*service.alle(3, QDate(2026, 9, 1), QDate(2026, 12, 31))),
              (QList<qint64>{amsterdamOud, amsterdamNieuw}));
    EXPECT_EQ(ids(*service.alle(1, QDate(2026, 9, 1), QDate(2026, 12, 31))),
              QList<qint64>{*groningenId});
    EXPECT_EQ(ids(*service.alle(0, QDate(2026, 10, 1), QDate(2026, 10, 20))),
              (QList<qint64>{*groningenId, amsterdamNieuw}))
        << "all regions, both ends of the period included, by date";
    EXPECT_TRUE(service.alle(2, QDate(2026, 9, 1), QDate(2026, 12, 31))->isEmpty());
}
