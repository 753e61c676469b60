// Changes of other types than couplings taken back (issue 16): on the device that made them
// after a conflict (a date set back to the value it replaced, a refusal removed, and what has the
// row number of a refusal removed since left alone), and on a device that receives the undo of a
// herverdeling it received in an earlier sync.
#include "SyncTestData.h"

#include "core/taakstelling/TaakstellingCommand.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/taakstelling/Tijdigheid.h"
#include "core/tijdlijn/TijdlijnCommand.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/tijdlijn/ZelfhuisvesterCommand.h"
#include "core/weigering/Gezinshereniging.h"
#include "core/weigering/HerenigingVanafCommand.h"
#include "core/weigering/WeigeringCommand.h"
#include "core/weigering/WeigeringService.h"

using namespace rd;
using namespace rd::test;

namespace {

Status zetBrp(Store &store, qint64 h, const QDate &datum)
{
    ZetDatumCommand stap(store, h, GebeurtenisSoort::Brp, datum, {}, vandaag);
    return stap.voerUit();
}

QDate brp(Store &store, qint64 h)
{
    auto d = TijdlijnService(store).datum(h, GebeurtenisSoort::Brp);
    EXPECT_TRUE(d.ok());
    return d.ok() ? d->first : QDate();
}

QStringList weigeringen(Store &store, qint64 h)
{
    auto lijst = WeigeringService(store).weigeringen(h);
    EXPECT_TRUE(lijst.ok());
    QStringList uit;
    for (const Woningweigering &w : lijst.ok() ? *lijst : QList<Woningweigering>())
        uit << w.datum.toString(Qt::ISODate) + QLatin1Char(' ') + w.toelichting;
    return uit;
}

// The notes of a household's dwelling offers (Woningaanbod events), in the order of their rows.
QStringList aanbiedingen(Store &store, qint64 h)
{
    auto q = sql::run(store.database(),
                      QStringLiteral("SELECT toelichting FROM gebeurtenis WHERE huishouden = ? AND "
                                     "soort = ? ORDER BY id"),
                      {h, gebeurtenis::code(GebeurtenisSoort::Woningaanbod)});
    EXPECT_TRUE(q.ok());
    QStringList uit;
    while (q.ok() && q->next())
        uit << q->value(0).toString();
    return uit;
}

// The row id of the household's first Woningaanbod event; 0 when none.
qint64 rijId(Store &store, qint64 h)
{
    auto id = sql::scalar(store.database(),
                          QStringLiteral("SELECT min(id) FROM gebeurtenis WHERE huishouden = ? AND "
                                         "soort = ?"),
                          {h, gebeurtenis::code(GebeurtenisSoort::Woningaanbod)});
    return id.ok() ? id->toLongLong() : 0;
}

} // namespace

TEST_F(SyncTest, ADateAndARefusalInConflictAreTakenBackToTheServersVersion)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    syncOk(*a);
    EXPECT_EQ(syncOk(*b).ontvangen, 1);
    // apart: A sets the BRP date; B sets another and registers a refusal
    ASSERT_TRUE(zetBrp(*a, h, vandaag.addDays(-3)).ok());
    ASSERT_TRUE(zetBrp(*b, h, vandaag.addDays(-1)).ok());
    WeigeringCommand *weigering = WeigeringCommand::registreer(
        *b, h, WeigeringSoort::Geweigerd, vandaag, QStringLiteral("te klein"), vandaag);
    ASSERT_TRUE(weigering->voerUit().ok());
    delete weigering;
    ASSERT_EQ(weigeringen(*b, h).size(), 1);

    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 2);
    EXPECT_EQ(tb.behouden, 0) << "both taken back";
    EXPECT_EQ(tb.ontvangen, 1);
    EXPECT_EQ(brp(*b, h), vandaag.addDays(-3)) << "the server's date, A's";
    EXPECT_TRUE(weigeringen(*b, h).isEmpty()) << "the refusal the server refused is gone";
    auto lijst = sync::conflicten(*b);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 2);
    EXPECT_EQ(lijst->at(0).soort, QStringLiteral("datum"));
    EXPECT_EQ(lijst->at(1).soort, QStringLiteral("weigering"));

    // keeping mine makes the refusal again on the server's version, and it travels
    ASSERT_TRUE(sync::los(*b, lijst->at(1).seq, 0, false).ok());
    EXPECT_EQ(weigeringen(*b, h), QStringList{vandaag.toString(Qt::ISODate) + " te klein"});
    EXPECT_EQ(syncOk(*b).toegepast, 1);
    EXPECT_EQ(syncOk(*a).ontvangen, 1);
    EXPECT_EQ(weigeringen(*a, h), weigeringen(*b, h));
}

TEST_F(SyncTest, TakingBackARefusalLeavesTheRefusalThatGotItsRowNumberSince)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.at(0);
    const qint64 ander = huishoudens.at(1);
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    ASSERT_TRUE(koppel(*a, ander, assen).ok());
    syncOk(*a);
    syncOk(*b);
    ASSERT_TRUE(zetBrp(*a, h, vandaag.addDays(-2)).ok()); // the server moves on for h
    syncOk(*a);
    // B, apart: a refusal for h, undone, then one for the other household, which gets the row
    // number the first had (SQLite gives the highest number plus one)
    WeigeringCommand *eerste = WeigeringCommand::registreer(
        *b, h, WeigeringSoort::Geweigerd, vandaag, QStringLiteral("eerste"), vandaag);
    ASSERT_TRUE(eerste->voerUit().ok());
    const qint64 nummer = eerste->weigeringId();
    eerste->undo();
    ASSERT_FALSE(eerste->fout().has_value());
    delete eerste;
    WeigeringCommand *tweede = WeigeringCommand::registreer(
        *b, ander, WeigeringSoort::Geweigerd, vandaag, QStringLiteral("tweede"), vandaag);
    ASSERT_TRUE(tweede->voerUit().ok());
    ASSERT_EQ(tweede->weigeringId(), nummer) << "the row number was given again";
    delete tweede;

    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 1) << "the refusal for h";
    EXPECT_EQ(tb.behouden, 0);
    EXPECT_EQ(weigeringen(*b, ander), QStringList{vandaag.toString(Qt::ISODate) + " tweede"})
        << "taking back the first refusal left the second, which has its old number";
    EXPECT_TRUE(weigeringen(*b, h).isEmpty());
    syncOk(*a);
    EXPECT_EQ(weigeringen(*a, ander), weigeringen(*b, ander));
}

TEST_F(SyncTest, TheUndoOfAHerverdelingReceivedInALaterSyncTakesItAway)
{
    RD_SYNC_BEGIN();
    const HalfJaar halfJaar(2026, 2);
    for (Store *s : {a.get(), b.get()}) {
        // the same quota on both (as reference data a beheerder sent earlier)
        ASSERT_TRUE(
            TaakstellingService(*s).zetVg(halfJaar, 100, tijdigheid::laatsteDagVg(halfJaar)).ok());
        ASSERT_TRUE(sql::doe(s->database(),
                             QStringLiteral("INSERT OR REPLACE INTO inwoners VALUES ('GM0047', "
                                            "2025, 1000), ('GM0106', 2025, 3000)"))
                        .ok());
    }
    HerverdelingCommand stap(*a, halfJaar, {{veendam, 1}, {assen, -1}},
                             QStringLiteral("afspraak regio"));
    const Status gedaan = stap.voerUit();
    ASSERT_TRUE(gedaan.ok()) << gedaan.error().toString().toStdString();
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    EXPECT_EQ(syncOk(*b).ontvangen, 1);
    const auto aantal = [](Store &s) {
        return sql::scalar(s.database(), QStringLiteral("SELECT count(*) FROM herverdeling"))
            .value()
            .toInt();
    };
    ASSERT_EQ(aantal(*b), 1);

    stap.undo(); // A takes it back, in a later sync
    ASSERT_FALSE(stap.fout().has_value());
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.ontvangen, 1);
    EXPECT_EQ(tb.nietAfgespeeld, 0) << "B reverses it from its own entry of the herverdeling";
    EXPECT_EQ(aantal(*b), 0);
    EXPECT_EQ(aantal(*a), 0);
}

// A refusal's judgement and its new candidate travel (schema 12): each names the refusal by the
// uuid that is the same on every store, not by a row number that differs between them. Device B
// has an extra refusal of its own first, so its row numbers are not A's.
TEST_F(SyncTest, ARefusalsJudgementAndNewCandidateTravelByTheRefusalsUuid)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.at(0);
    const qint64 ander = huishoudens.at(1);
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    ASSERT_TRUE(koppel(*a, ander, assen).ok());
    syncOk(*a);
    syncOk(*b);
    // B's own refusal of the other household, not sent yet: A's refusal gets another row
    // number on B than on A
    std::unique_ptr<WeigeringCommand> vooraf(WeigeringCommand::registreer(
        *b, ander, WeigeringSoort::Geweigerd, vandaag, QStringLiteral("b"), vandaag));
    const Status eigen = vooraf->voerUit();
    ASSERT_TRUE(eigen.ok()) << eigen.error().toString().toStdString();

    std::unique_ptr<WeigeringCommand> reg(WeigeringCommand::registreer(
        *a, h, WeigeringSoort::Geweigerd, vandaag, QStringLiteral("te klein"), vandaag));
    ASSERT_TRUE(reg->voerUit().ok());
    const qint64 opA = reg->weigeringId();
    std::unique_ptr<WeigeringCommand> oordeel(
        WeigeringCommand::beoordeel(*a, opA, Oordeel::Terecht, vandaag,
                                    weigering::redenen(Oordeel::Terecht).value(0), vandaag));
    ASSERT_TRUE(oordeel->voerUit().ok()) << oordeel->fout()->toString().toStdString();
    EXPECT_EQ(syncOk(*a).toegepast, 2);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.toegepast, 1);
    EXPECT_EQ(tb.ontvangen, 2);
    EXPECT_EQ(tb.nietAfgespeeld, 0);

    auto vanA = WeigeringService(*a).weigering(opA);
    ASSERT_TRUE(vanA.ok() && vanA->has_value());
    ASSERT_EQ((*vanA)->uuid.size(), 32);
    auto opB = WeigeringService(*b).idVan((*vanA)->uuid);
    ASSERT_TRUE(opB.ok() && opB->has_value()) << "B has A's refusal under the same uuid";
    EXPECT_NE(**opB, opA) << "under another row number";
    auto vanB = WeigeringService(*b).weigering(**opB);
    ASSERT_TRUE(vanB.ok() && vanB->has_value());
    EXPECT_EQ((*vanB)->oordeel, Oordeel::Terecht) << "the judgement arrived";
    EXPECT_EQ((*vanB)->oordeelDatum, vandaag);

    // B couples a new candidate for the dwelling; A gets it
    std::unique_ptr<WeigeringCommand> kandidaat(
        WeigeringCommand::nieuweKandidaat(*b, **opB, vandaag, vandaag));
    ASSERT_TRUE(kandidaat->voerUit().ok()) << kandidaat->fout()->toString().toStdString();
    EXPECT_EQ(syncOk(*b).toegepast, 1);
    EXPECT_EQ(syncOk(*a).ontvangen, 2) << "B's own refusal and the new candidate";
    vanA = WeigeringService(*a).weigering(opA);
    ASSERT_TRUE(vanA.ok() && vanA->has_value());
    EXPECT_EQ((*vanA)->nieuweKandidaatDatum, vandaag);
    EXPECT_EQ(weigeringen(*a, h), weigeringen(*b, h));
}

// An event added on two devices apart, and a zelfhuisvester mark: the second device's are taken
// back to the server's version, listed, and "keep mine" makes them again, and they travel.
TEST_F(SyncTest, AnEventAndAZelfhuisvesterMarkInConflictAreTakenBackAndKeptMineTravels)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    syncOk(*a);
    syncOk(*b);
    const auto voegToe = [&](Store &s, const QString &toelichting) {
        GebeurtenisCommand stap(s, h, GebeurtenisSoort::Woningaanbod, vandaag, veendam, toelichting,
                                vandaag);
        return stap.voerUit();
    };
    ASSERT_TRUE(voegToe(*a, QStringLiteral("van A")).ok());
    ASSERT_TRUE(voegToe(*b, QStringLiteral("van B")).ok());
    {
        ZelfhuisvesterCommand stap(*b, h, true);
        ASSERT_TRUE(stap.voerUit().ok());
    }
    ASSERT_TRUE(TijdlijnService(*b).isZelfhuisvester(h).value());
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 2);
    EXPECT_EQ(tb.behouden, 0) << "both taken back";
    EXPECT_EQ(aanbiedingen(*b, h), QStringList{QStringLiteral("van A")}) << "the server's";
    EXPECT_FALSE(TijdlijnService(*b).isZelfhuisvester(h).value());
    auto lijst = sync::conflicten(*b);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 2);
    EXPECT_TRUE(lijst->at(0).serverVersieHier);
    // keep mine: both made again on the server's version, sent, and A receives them
    for (const SyncConflict &c : *lijst)
        ASSERT_TRUE(sync::los(*b, c.seq, 0, false).ok()) << c.soort.toStdString();
    EXPECT_EQ(aanbiedingen(*b, h), (QStringList{QStringLiteral("van A"), QStringLiteral("van B")}));
    EXPECT_EQ(syncOk(*b).toegepast, 2);
    EXPECT_EQ(syncOk(*a).ontvangen, 2);
    EXPECT_EQ(aanbiedingen(*a, h), aanbiedingen(*b, h));
    EXPECT_TRUE(TijdlijnService(*a).isZelfhuisvester(h).value());
}

// An event removed on one device is removed on the other by what it says, not by its row number,
// which differs: B added an event of its own first, so A's event has another id on B.
TEST_F(SyncTest, ARemovedEventIsFoundOnTheOtherDeviceByWhatItSays)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    const qint64 ander = huishoudens.at(1);
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    ASSERT_TRUE(koppel(*a, ander, assen).ok());
    syncOk(*a);
    syncOk(*b);
    {
        GebeurtenisCommand eigen(*b, ander, GebeurtenisSoort::Woningaanbod, vandaag, assen,
                                 QStringLiteral("eerst op B"), vandaag);
        ASSERT_TRUE(eigen.voerUit().ok());
    }
    GebeurtenisCommand toevoegen(*a, h, GebeurtenisSoort::Woningaanbod, vandaag, veendam,
                                 QStringLiteral("van A"), vandaag);
    ASSERT_TRUE(toevoegen.voerUit().ok());
    syncOk(*a);
    syncOk(*b);
    ASSERT_EQ(aanbiedingen(*b, h), QStringList{QStringLiteral("van A")});
    const qint64 idOpA = rijId(*a, h);
    ASSERT_NE(idOpA, rijId(*b, h)) << "the ids differ, as they do between stores";
    GebeurtenisCommand weg(*a, idOpA, vandaag);
    ASSERT_TRUE(weg.voerUit().ok());
    syncOk(*a);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.ontvangen, 1);
    EXPECT_EQ(tb.nietAfgespeeld, 0);
    EXPECT_TRUE(aanbiedingen(*b, h).isEmpty());
    EXPECT_EQ(aanbiedingen(*b, ander), QStringList{QStringLiteral("eerst op B")}) << "untouched";
}

// Both devices remove the same event apart, and the household is uncoupled meanwhile: B's removal
// conflicts, is taken back (the event put back as it was, though no coupling allows a new one
// today), and A's removal then finds it by what it says. Had B's take-back failed, A's removal
// finds nothing to remove: it is gone already, and that is no error.
TEST_F(SyncTest, AnEventRemovedOnBothDevicesApartEndsRemovedOnBoth)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    GebeurtenisCommand toevoegen(*a, h, GebeurtenisSoort::Woningaanbod, vandaag, veendam,
                                 QStringLiteral("van A"), vandaag);
    ASSERT_TRUE(toevoegen.voerUit().ok());
    syncOk(*a);
    syncOk(*b);
    ASSERT_EQ(aanbiedingen(*b, h), QStringList{QStringLiteral("van A")});
    ASSERT_TRUE(ontkoppel(*a, h, QStringLiteral("verhuisd")).ok());
    for (Store *s : {a.get(), b.get()}) {
        GebeurtenisCommand weg(*s, rijId(*s, h), vandaag);
        ASSERT_TRUE(weg.voerUit().ok());
    }
    EXPECT_EQ(syncOk(*a).toegepast, 2);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 1);
    EXPECT_EQ(tb.behouden, 0);
    EXPECT_EQ(tb.nietAfgespeeld, 0);
    EXPECT_TRUE(aanbiedingen(*a, h).isEmpty());
    EXPECT_TRUE(aanbiedingen(*b, h).isEmpty());
    EXPECT_EQ(canoniekeDump(*a), canoniekeDump(*b));
}

// The day the family may come, set on two devices apart: the second's is set back to the server's.
TEST_F(SyncTest, AReunificationBlockSetApartIsTakenBackToTheServersDay)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    int dagen = 5;
    for (Store *store : {a.get(), b.get()})
        ASSERT_TRUE(
            HerenigingVanafCommand(*store, h, vandaag.addDays(-dagen++), vandaag).voerUit().ok());
    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 1);
    EXPECT_EQ(tb.behouden, 0);
    for (Store *store : {a.get(), b.get()}) {
        auto stand = GezinsherenigingService(*store).stand(h, vandaag);
        ASSERT_TRUE(stand.ok());
        EXPECT_EQ(stand->vanaf, vandaag.addDays(-5)) << "A's day, the server's";
    }
}
