// The last types of conflict taken back (issue 16): a reunification decision, a nareiziger
// household's link, a half-year's vg, a gemeente's art. 30 population, a gemeente's profile and
// a partnership's membership. Each is changed on two devices apart; the second device's change
// conflicts, is taken back to what it replaced (the entry keeps it), and the pull brings the
// first device's: both end with the server's version and the conflict listed. What cannot be
// taken back by nature (a letter handed out) stays as it is, listed, until resolved.
#include "SyncTestData.h"

#include "core/brief/BriefCommand.h"
#include "core/gemeente/GemeenteCommand.h"
#include "core/gemeente/GemeenteService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/instellingen/Instellingen.h"
#include "core/instellingen/TolerantieCommand.h"
#include "core/suggestie/GewichtenCommand.h"
#include "core/suggestie/SuggestieService.h"
#include "core/taakstelling/TaakstellingCommand.h"
#include "core/taakstelling/Tijdigheid.h"
#include "core/tijdlijn/TijdlijnCommand.h"
#include "core/weigering/Gezinshereniging.h"
#include "core/weigering/HerenigingCommand.h"
#include "core/weigering/HerenigingVanafCommand.h"
#include "core/weigering/VoegBijCommand.h"

using namespace rd;
using namespace rd::test;

namespace {

Status voer(Wijziging &&stap)
{
    const Status s = stap.voerUit();
    EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
    return s;
}

QString vNummerVan(Store &store, qint64 h)
{
    return sql::scalar(store.database(),
                       QStringLiteral("SELECT min(v_nummer) FROM persoon WHERE huishouden = ?"),
                       {h})
        .value()
        .toString();
}

// The conflicts listed on `store`, by type.
QStringList conflictSoorten(Store &store)
{
    auto lijst = sync::conflicten(store);
    EXPECT_TRUE(lijst.ok());
    QStringList uit;
    for (const SyncConflict &c : lijst.ok() ? *lijst : QList<SyncConflict>())
        uit << c.soort;
    uit.sort();
    return uit;
}

} // namespace

TEST_F(SyncTest, AReunificationDecisionAndANareizigerLinkMadeApartAreTakenBack)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.at(0);
    const qint64 nareiziger = huishoudens.at(3);
    const QDate vanaf = vandaag.addDays(-5);
    const QDate blokEinde = vanaf.addMonths(3);
    ASSERT_TRUE(HerenigingVanafCommand(*a, h, vanaf, vandaag).voerUit().ok());
    syncOk(*a);
    syncOk(*b);
    // A: house as it is, and the nareizigers join h; B: wait, and they join another household
    ASSERT_TRUE(
        voer(HerenigingCommand(*a, h, HerenigingBesluit::Alleenstaand, blokEinde, blokEinde)).ok());
    ASSERT_TRUE(voer(VoegBijCommand(*a, nareiziger, vNummerVan(*a, h))).ok());
    ASSERT_TRUE(
        voer(HerenigingCommand(*b, h, HerenigingBesluit::Wachten, blokEinde, blokEinde)).ok());
    const Status link = voer(VoegBijCommand(*b, nareiziger, vNummerVan(*b, huishoudens.at(1))));
    ASSERT_TRUE(link.ok()) << link.error().toString().toStdString();

    EXPECT_EQ(syncOk(*a).toegepast, 2);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 2);
    EXPECT_EQ(tb.behouden, 0) << "both taken back";
    EXPECT_EQ(tb.nietAfgespeeld, 0);
    for (Store *store : {a.get(), b.get()}) {
        auto stand = GezinsherenigingService(*store).stand(h, blokEinde);
        ASSERT_TRUE(stand.ok());
        EXPECT_EQ(stand->besluit, HerenigingBesluit::Alleenstaand) << "A's decision, the server's";
        EXPECT_EQ(stand->besluitDatum, blokEinde);
        auto bij = GezinsherenigingService(*store).stand(nareiziger);
        ASSERT_TRUE(bij.ok());
        EXPECT_EQ(bij->voegtBij, h) << "A's link, the server's";
    }
    EXPECT_EQ(conflictSoorten(*b),
              (QStringList{QStringLiteral("hereniging"), QStringLiteral("voeg-bij")}));
    EXPECT_TRUE(conflictSoorten(*a).isEmpty());
}

// A gemeente's profile and a partnership's member, as regievoerders of one region may change
// them; the partnership is reference data both stores hold.
TEST_F(SyncTest, AGemeentesProfileAndAPartnershipMemberChangedApartAreTakenBack)
{
    RD_SYNC_BEGIN();
    const QString groningen = QStringLiteral("GM0014");
    const QString stadskanaal = QStringLiteral("GM0037");
    qint64 partnerschap = 0;
    for (Store *store : {a.get(), b.get()}) {
        auto id = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Oost-Groningen"),
                                                             veendam, {veendam, groningen});
        ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
        partnerschap = *id;
    }
    const GemeenteContact contact{QStringLiteral("Wonen"), QStringLiteral("0598 111 111"), {}};
    ASSERT_TRUE(
        voer(GemeenteProfielCommand(*a, veendam, {QStringLiteral("gezin")}, QStringLiteral("Anna"),
                                    QStringLiteral("van A"), contact))
            .ok());
    ASSERT_TRUE(voer(PartnerschapLidCommand(*a, partnerschap, stadskanaal, true)).ok());
    ASSERT_TRUE(
        voer(GemeenteProfielCommand(*b, veendam, {QStringLiteral("klein")}, QStringLiteral("Bert"),
                                    QStringLiteral("van B"), contact))
            .ok());
    ASSERT_TRUE(voer(PartnerschapLidCommand(*b, partnerschap, stadskanaal, true)).ok());

    EXPECT_EQ(syncOk(*a).toegepast, 2);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 2);
    EXPECT_EQ(tb.behouden, 0) << "both taken back";
    EXPECT_EQ(tb.nietAfgespeeld, 0) << "A's joining replays on B once B's own is taken back";
    for (Store *store : {a.get(), b.get()}) {
        auto g = GemeenteService(*store).laad(veendam);
        ASSERT_TRUE(g.ok());
        EXPECT_EQ(g->notities, QStringLiteral("van A"));
        EXPECT_EQ(g->contactpersoon, QStringLiteral("Anna"));
        EXPECT_EQ(g->woningprofiel, QStringList{QStringLiteral("gezin")});
        EXPECT_TRUE(GemeenteService(*store).isLid(partnerschap, stadskanaal).value());
    }
    EXPECT_EQ(conflictSoorten(*b),
              (QStringList{QStringLiteral("gemeente"), QStringLiteral("partnerschap-lid")}));
}

// What only a beheerder sets: the quota's inputs (a vg where there was none, taken back to none
// before A's arrives; an art. 30 population changed from a value both had), the suggestions'
// weights and the tolerated backlog.
TEST_F(SyncTest, TheQuotasInputsWeightsAndToleranceSetApartAreTakenBack)
{
    RD_SYNC_BEGIN();
    QSqlQuery q(beheer);
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE regiedesk.account SET rol = 'beheerder', regio = "
                                      "NULL WHERE naam IN ('%1', '%2')")
                           .arg(ans, bob)))
        << q.lastError().text().toStdString();
    syncOk(*a); // each device reads its account's new role
    syncOk(*b);
    const HalfJaar halfJaar(2026, 2);
    const QDate op = tijdigheid::laatsteDagVg(halfJaar);
    ASSERT_TRUE(voer(Art30Command(*a, veendam, halfJaar, 28000, QStringLiteral("provincie"))).ok());
    syncOk(*a);
    EXPECT_EQ(syncOk(*b).ontvangen, 1);

    ASSERT_TRUE(voer(VgCommand(*a, halfJaar, 100, op, QStringLiteral("A"))).ok());
    ASSERT_TRUE(
        voer(Art30Command(*a, veendam, halfJaar, 29000, QStringLiteral("provincie A"))).ok());
    ASSERT_TRUE(voer(VgCommand(*b, halfJaar, 120, op, QStringLiteral("B"))).ok());
    ASSERT_TRUE(
        voer(Art30Command(*b, veendam, halfJaar, 30000, QStringLiteral("provincie B"))).ok());

    Gewichten vanA, vanB;
    vanA.zet(Factor::Binding, 0.9);
    vanB.zet(Factor::Binding, 0.1);
    vanB.zet(Factor::Tempo, 0.7);
    ASSERT_TRUE(voer(GewichtenCommand(*a, vanA)).ok());
    ASSERT_TRUE(voer(GewichtenCommand(*b, vanB)).ok());
    ASSERT_TRUE(voer(TolerantieCommand(*a, *Tolerantie::parse(QStringLiteral("1/4")))).ok());
    ASSERT_TRUE(voer(TolerantieCommand(*b, *Tolerantie::parse(QStringLiteral("1/3")))).ok());

    EXPECT_EQ(syncOk(*a).toegepast, 4);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 4);
    EXPECT_EQ(tb.behouden, 0) << "all taken back";
    EXPECT_EQ(tb.nietAfgespeeld, 0);
    for (Store *store : {a.get(), b.get()}) {
        const Gewichten g = SuggestieService(*store).gewichten().value();
        EXPECT_EQ(g.binding, 0.9);
        EXPECT_EQ(g.tempo, Gewichten().tempo) << "B's tempo is gone with B's change";
        EXPECT_EQ(Instellingen(*store).tolerantie().value().toString(), QStringLiteral("1/4"));
        EXPECT_EQ(sql::scalar(store->database(),
                              QStringLiteral("SELECT vg || ' ' || reden FROM halfjaar WHERE "
                                             "halfjaar = '2026-H2'"))
                      .value()
                      .toString(),
                  QStringLiteral("100 A"));
        EXPECT_EQ(sql::scalar(store->database(),
                              QStringLiteral("SELECT aantal || ' ' || reden FROM inwoners_art30 "
                                             "WHERE gemeente = ? AND halfjaar = '2026-H2'"),
                              {veendam})
                      .value()
                      .toString(),
                  QStringLiteral("29000 provincie A"));
    }
    EXPECT_EQ(conflictSoorten(*b),
              (QStringList{QStringLiteral("art30"), QStringLiteral("gewichten"),
                           QStringLiteral("tolerantie"), QStringLiteral("vg")}));
}

// A letter handed out stays handed out: when the household changed on the server meanwhile, the
// letter's entry conflicts, the program leaves it as it is, lists it, and the regievoerder
// resolves it.
TEST_F(SyncTest, ALetterInConflictIsKeptListedAndCanBeResolved)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    syncOk(*a);
    syncOk(*b);
    ASSERT_TRUE(voer(ZetDatumCommand(*a, h, GebeurtenisSoort::Brp, vandaag, {}, vandaag)).ok());

    Instellingen instellingen(*b);
    ASSERT_TRUE(instellingen.zetAfzender({QStringLiteral("COA, regio Noord-Nederland"),
                                          QStringLiteral("Pieter Zwart"),
                                          QStringLiteral("088-715 70 00"),
                                          {}}));
    const qint64 azc =
        sql::scalar(b->database(), QStringLiteral("SELECT azc FROM huishouden WHERE id = ?"), {h})
            .value()
            .toLongLong();
    ASSERT_TRUE(instellingen.zetAzcContact(azc, QStringLiteral("Locatiebalie")));
    auto gegevens = BriefService(*b).gegevens(h, vandaag, vandaag);
    ASSERT_TRUE(gegevens.ok()) << (gegevens ? "" : gegevens.error().toString().toStdString());
    UitgegevenBrief brief;
    brief.huishoudenId = h;
    brief.koppelingId = gegevens->koppelingId;
    brief.datum = vandaag;
    brief.taal = QStringLiteral("nl");
    brief.versie = QStringLiteral("2026.1");
    const Status uitgegeven = voer(BriefCommand(*b, {brief}, vandaag));
    ASSERT_TRUE(uitgegeven.ok()) << uitgegeven.error().toString().toStdString();

    EXPECT_EQ(syncOk(*a).toegepast, 1);
    const SyncTelling tb = syncOk(*b);
    EXPECT_EQ(tb.conflict, 1);
    EXPECT_EQ(tb.behouden, 1) << "a letter handed out is not taken back: B keeps it, listed";
    EXPECT_EQ(sql::scalar(b->database(), QStringLiteral("SELECT count(*) FROM brief")).value(), 1);
    auto lijst = sync::conflicten(*b);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 1);
    EXPECT_EQ(lijst->first().soort, QStringLiteral("brief"));
    EXPECT_FALSE(lijst->first().serverVersieHier);
    const Status los = sync::los(*b, lijst->first().seq, 0, true);
    EXPECT_TRUE(los.ok()) << los.error().toString().toStdString();
    EXPECT_TRUE(sync::conflicten(*b)->isEmpty());
}
