#include "BriefTestData.h"

#include "core/brief/BriefService.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/store/Sql.h"
#include "core/tijdlijn/TijdlijnService.h"

using namespace rd;
using namespace rd::test;

namespace {

void voerUit(Store &store, const QString &statement, std::initializer_list<QVariant> waarden)
{
    auto q = sql::run(store.database(), statement, waarden);
    ASSERT_TRUE(q) << qPrintable(q.error().toString());
}

} // namespace

TEST_F(BriefTest, GegevensHoldTheCouplingTheMembersReferentFirstAndTheDeadlines)
{
    const qint64 id = gekoppeld(1000000001, 3, QStringLiteral("Amina"), QStringLiteral("Haile"));
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g) << qPrintable(g.error().toString());
    EXPECT_EQ(g->gemeenteCode, amsterdam);
    EXPECT_EQ(g->gemeenteNaam, QStringLiteral("Amsterdam"));
    EXPECT_TRUE(g->partnerschapNaam.isEmpty());
    EXPECT_EQ(g->koppelDatum, koppelDatum);
    EXPECT_EQ(g->woningUiterlijk, koppelDatum.addDays(70));
    EXPECT_EQ(g->verhuizingUiterlijk, koppelDatum.addDays(84));
    ASSERT_EQ(g->leden.size(), 3);
    EXPECT_TRUE(g->referent().referent);
    EXPECT_EQ(g->referent().voornamen, QStringLiteral("Amina"));
    EXPECT_EQ(g->referent().vNummer, QStringLiteral("1000000001"));
    EXPECT_LT(g->leden.at(1).geboortedatum, g->leden.at(2).geboortedatum);
    EXPECT_EQ(g->azcId, azc);
    EXPECT_EQ(g->azcGemeente, QStringLiteral("Groningen"));
    EXPECT_EQ(g->azcContact, QStringLiteral("Locatiebalie, 088-715 71 11"));
    EXPECT_EQ(g->afzender.regievoerder, QStringLiteral("Pieter Zwart"));
}

TEST_F(BriefTest, ACouplingToAPartnershipNamesItAndItsMembers)
{
    const qint64 id = inPartnerschap(1000000101);
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g) << qPrintable(g.error().toString());
    EXPECT_EQ(g->partnerschapNaam, QStringLiteral("Woonregio Flevoland"));
    EXPECT_EQ(g->gemeenteNaam, QStringLiteral("Almere"));
    EXPECT_EQ(g->partnerschapLeden,
              QStringList({QStringLiteral("Almere"), QStringLiteral("Lelystad")}));
}

TEST_F(BriefTest, NoLetterWithoutAnActiveCoupling)
{
    const qint64 id = huishouden(1000000201, 2, QStringLiteral("Omar"), QStringLiteral("Ali"));
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_FALSE(g);
    EXPECT_EQ(g.error().where, QStringLiteral("koppeling"));

    const qint64 ontkoppeld =
        gekoppeld(1000000211, 1, QStringLiteral("Sara"), QStringLiteral("Ali"));
    ASSERT_TRUE(KoppelingService(*store).ontkoppel(ontkoppeld, briefDatum, QStringLiteral("fout"),
                                                   vandaag));
    auto na = BriefService(*store).gegevens(ontkoppeld, briefDatum, vandaag);
    ASSERT_FALSE(na);
    EXPECT_EQ(na.error().where, QStringLiteral("koppeling"));
}

TEST_F(BriefTest, NoLetterWithoutAnAzcLocationOrItsContactLine)
{
    const qint64 id = gekoppeld(1000000301, 1, QStringLiteral("Omar"), QStringLiteral("Ali"));
    voerUit(*store, QStringLiteral("UPDATE azc SET contact = '' WHERE id = ?"), {azc});
    auto zonderContact = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_FALSE(zonderContact);
    EXPECT_EQ(zonderContact.error().where, QStringLiteral("azc.contact"));

    voerUit(*store, QStringLiteral("UPDATE huishouden SET azc = NULL WHERE id = ?"), {id});
    auto zonderAzc = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_FALSE(zonderAzc);
    EXPECT_EQ(zonderAzc.error().where, QStringLiteral("azc"));
}

TEST_F(BriefTest, NoLetterWithoutASender)
{
    const qint64 id = gekoppeld(1000000401, 1, QStringLiteral("Omar"), QStringLiteral("Ali"));
    voerUit(*store, QStringLiteral("DELETE FROM instelling WHERE sleutel LIKE ?"),
            {QStringLiteral("afzender.%")});
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_FALSE(g);
    EXPECT_EQ(g.error().where, QStringLiteral("afzender.regievoerder"));

    ASSERT_TRUE(Instellingen(*store).zetWaarde(QStringLiteral("afzender.regievoerder"),
                                               QStringLiteral("Pieter Zwart")));
    auto zonderTelefoon = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_FALSE(zonderTelefoon);
    EXPECT_EQ(zonderTelefoon.error().where, QStringLiteral("afzender.telefoon"));
}

// The schema allows an empty birth date or name (NOT NULL only), e.g. after an import.
TEST_F(BriefTest, NoLetterWhenAMemberLacksBirthDateOrName)
{
    const qint64 id = gekoppeld(1000000501, 3, QStringLiteral("Omar"), QStringLiteral("Ali"));
    voerUit(*store, QStringLiteral("UPDATE persoon SET geboortedatum = '' WHERE v_nummer = ?"),
            {QStringLiteral("1000000502")});
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_FALSE(g);
    EXPECT_EQ(g.error().where, QStringLiteral("personen.1.geboortedatum"));
    EXPECT_TRUE(g.error().message.contains(QStringLiteral("1000000502")));

    voerUit(*store,
            QStringLiteral("UPDATE persoon SET geboortedatum = '2016-02-02' WHERE v_nummer = ?"),
            {QStringLiteral("1000000502")});
    voerUit(*store,
            QStringLiteral("UPDATE persoon SET voornamen = '', achternaam = '' WHERE v_nummer = ?"),
            {QStringLiteral("1000000503")});
    auto naamloos = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_FALSE(naamloos);
    EXPECT_EQ(naamloos.error().where, QStringLiteral("personen.2.naam"));
}

TEST_F(BriefTest, NoLetterWithoutAReferencePerson)
{
    const qint64 id = gekoppeld(1000000551, 2, QStringLiteral("Omar"), QStringLiteral("Ali"));
    voerUit(*store, QStringLiteral("UPDATE persoon SET referent = 0 WHERE huishouden = ?"), {id});
    auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
    ASSERT_FALSE(g);
    EXPECT_EQ(g.error().where, QStringLiteral("referent"));
}

TEST_F(BriefTest, NoLetterDatedBeforeTheCouplingInTheFutureOrAfterTheMove)
{
    const qint64 id = gekoppeld(1000000601, 1, QStringLiteral("Omar"), QStringLiteral("Ali"));
    BriefService service(*store);
    EXPECT_TRUE(service.gegevens(id, koppelDatum, vandaag));
    auto ervoor = service.gegevens(id, koppelDatum.addDays(-1), vandaag);
    ASSERT_FALSE(ervoor);
    EXPECT_EQ(ervoor.error().where, QStringLiteral("datum"));
    auto later = service.gegevens(id, vandaag.addDays(1), vandaag);
    ASSERT_FALSE(later);
    EXPECT_EQ(later.error().where, QStringLiteral("datum"));

    voerUit(*store,
            QStringLiteral("UPDATE huishouden SET verhuis_datum = '2026-11-01' WHERE id = ?"),
            {id});
    auto verhuisd = service.gegevens(id, briefDatum, vandaag);
    ASSERT_FALSE(verhuisd);
    EXPECT_EQ(verhuisd.error().where, QStringLiteral("verhuizing"));
}

TEST_F(BriefTest, AnyMembersVNummerFindsTheHouseholdForItsLetter)
{
    // The letter command finds the household through the repository, by any member.
    const qint64 id = gekoppeld(1000000701, 3, QStringLiteral("Omar"), QStringLiteral("Ali"));
    HuishoudenRepository repository(*store);
    EXPECT_EQ(**repository.zoekOpVNummer(QStringLiteral("1000000701")), id);
    EXPECT_EQ(**repository.zoekOpVNummer(QStringLiteral("1000000703")), id);
    auto onbekend = repository.zoekOpVNummer(QStringLiteral("9999999999"));
    ASSERT_TRUE(onbekend);
    EXPECT_FALSE(onbekend->has_value());
}

TEST_F(BriefTest, GekoppeldOpListsTheDaysActiveCouplingsBySurnameAndRegion)
{
    const qint64 zeeman =
        gekoppeld(1000000801, 1, QStringLiteral("Anna"), QStringLiteral("Zeeman"));
    const qint64 bakker =
        gekoppeld(1000000811, 1, QStringLiteral("Bram"), QStringLiteral("Bakker"));
    gekoppeld(1000000821, 1, QStringLiteral("Carla"), QStringLiteral("Aalders"), amsterdam,
              koppelDatum.addDays(1));
    const qint64 weg = gekoppeld(1000000831, 1, QStringLiteral("Dirk"), QStringLiteral("Albers"));
    ASSERT_TRUE(
        KoppelingService(*store).ontkoppel(weg, briefDatum, QStringLiteral("fout"), vandaag));

    BriefService service(*store);
    auto alle = service.gekoppeldOp(koppelDatum);
    ASSERT_TRUE(alle) << qPrintable(alle.error().toString());
    EXPECT_EQ(*alle, QList<qint64>({bakker, zeeman}));
    // The AZC lies in Groningen: region 1.
    EXPECT_EQ(*service.gekoppeldOp(koppelDatum, 1), QList<qint64>({bakker, zeeman}));
    EXPECT_TRUE(service.gekoppeldOp(koppelDatum, 3)->isEmpty());
}

TEST_F(BriefTest, LegVastRecordsTheLetterAndTheTimelineEvent)
{
    const qint64 id = gekoppeld(1000000901, 2, QStringLiteral("Omar"), QStringLiteral("Ali"));
    store->setGebruiker(QStringLiteral("regievoerder1"));
    BriefService service(*store);
    auto g = service.gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g);
    UitgegevenBrief b;
    b.huishoudenId = id;
    b.koppelingId = g->koppelingId;
    b.datum = briefDatum;
    b.taal = QStringLiteral("ar");
    b.versie = QStringLiteral("2026.1");
    auto ids = service.legVast({b}, vandaag);
    ASSERT_TRUE(ids) << qPrintable(ids.error().toString());
    ASSERT_EQ(ids->size(), 1);

    auto brieven = service.uitgegeven(id);
    ASSERT_TRUE(brieven);
    ASSERT_EQ(brieven->size(), 1);
    EXPECT_EQ(brieven->first().id, ids->first());
    EXPECT_EQ(brieven->first().taal, QStringLiteral("ar"));
    EXPECT_EQ(brieven->first().versie, QStringLiteral("2026.1"));
    EXPECT_EQ(brieven->first().door, QStringLiteral("regievoerder1"));
    EXPECT_EQ(brieven->first().datum, briefDatum);

    auto tijdlijn = TijdlijnService(*store).tijdlijn(id);
    ASSERT_TRUE(tijdlijn);
    const auto gesprek =
        std::find_if(tijdlijn->cbegin(), tijdlijn->cend(), [](const Gebeurtenis &e) {
            return e.soort == GebeurtenisSoort::Vergunninghoudergesprek;
        });
    ASSERT_NE(gesprek, tijdlijn->cend());
    EXPECT_EQ(gesprek->id, brieven->first().gebeurtenisId);
    EXPECT_EQ(gesprek->datum, briefDatum);
    EXPECT_EQ(gesprek->door, QStringLiteral("regievoerder1"));
    EXPECT_TRUE(gesprek->toelichting.contains(QStringLiteral("ar")));
    EXPECT_TRUE(gesprek->toelichting.contains(QStringLiteral("2026.1")));
}

TEST_F(BriefTest, LettersOfOneDayShareTheDaysInterviewEvent)
{
    const qint64 id = gekoppeld(1000001101, 2, QStringLiteral("Hana"), QStringLiteral("Saleh"));
    BriefService service(*store);
    auto g = service.gegevens(id, briefDatum, vandaag);
    ASSERT_TRUE(g) << qPrintable(g.error().toString());
    const auto brief = [&](const QString &taal, const QDate &datum) {
        UitgegevenBrief b;
        b.huishoudenId = id;
        b.koppelingId = g->koppelingId;
        b.datum = datum;
        b.taal = taal;
        b.versie = QStringLiteral("2026.2");
        return b;
    };
    // Dutch and Arabic handed out at the same interview, then Dutch again the next day.
    ASSERT_TRUE(service.legVast(
        {brief(QStringLiteral("nl"), briefDatum), brief(QStringLiteral("ar"), briefDatum)},
        vandaag));
    ASSERT_TRUE(service.legVast({brief(QStringLiteral("nl"), briefDatum.addDays(1))}, vandaag));
    // Reprinted twice that day: recorded as letters, the note does not grow.
    for (int i = 0; i < 2; ++i)
        ASSERT_TRUE(service.legVast({brief(QStringLiteral("nl"), briefDatum)}, vandaag));

    auto brieven = service.uitgegeven(id);
    ASSERT_TRUE(brieven);
    ASSERT_EQ(brieven->size(), 5);
    QSet<qint64> opDeDag, volgendeDag;
    for (const auto &b : *brieven)
        (b.datum == briefDatum ? opDeDag : volgendeDag).insert(b.gebeurtenisId);
    EXPECT_EQ(opDeDag.size(), 1) << "four letters on the day, one interview";
    EXPECT_EQ(volgendeDag.size(), 1);
    EXPECT_NE(opDeDag, volgendeDag);

    auto tijdlijn = TijdlijnService(*store).tijdlijn(id);
    ASSERT_TRUE(tijdlijn);
    QList<Gebeurtenis> gesprekken;
    for (const Gebeurtenis &e : *tijdlijn) {
        if (e.soort == GebeurtenisSoort::Vergunninghoudergesprek)
            gesprekken.append(e);
    }
    ASSERT_EQ(gesprekken.size(), 2) << "one event a day, not one a letter";
    EXPECT_EQ(gesprekken.at(0).datum, briefDatum);
    EXPECT_TRUE(gesprekken.at(0).toelichting.contains(QStringLiteral("Koppelingsbrief nl")));
    EXPECT_TRUE(gesprekken.at(0).toelichting.contains(QStringLiteral("Koppelingsbrief ar")));
    EXPECT_FALSE(gesprekken.at(1).toelichting.contains(QStringLiteral("Koppelingsbrief ar")));
    EXPECT_EQ(
        gesprekken.at(0).toelichting,
        QStringLiteral("Koppelingsbrief nl, sjabloon 2026.2; Koppelingsbrief ar, sjabloon 2026.2"))
        << "each language and version once";
}

TEST_F(BriefTest, LegVastIsAllOrNothing)
{
    const qint64 een = gekoppeld(1000001001, 1, QStringLiteral("Omar"), QStringLiteral("Ali"));
    const qint64 twee = gekoppeld(1000001011, 1, QStringLiteral("Sara"), QStringLiteral("Ali"));
    BriefService service(*store);
    auto g = service.gegevens(een, briefDatum, vandaag);
    ASSERT_TRUE(g);
    UitgegevenBrief goed{
        0,  een, g->koppelingId, 0, briefDatum, QStringLiteral("nl"), QStringLiteral("2026.1"),
        {}, {}};
    UitgegevenBrief verkeerd = goed;
    verkeerd.huishoudenId = twee; // the coupling belongs to the other household
    EXPECT_FALSE(service.legVast({goed, verkeerd}, vandaag));
    UitgegevenBrief toekomst = goed;
    toekomst.datum = vandaag.addDays(3); // the timeline refuses events in the future
    EXPECT_FALSE(service.legVast({goed, toekomst}, vandaag));
    EXPECT_TRUE(service.uitgegeven(een)->isEmpty());
    EXPECT_TRUE(TijdlijnService(*store).tijdlijn(een)->size() > 0);
    auto gesprekken = sql::scalar(store->database(),
                                  QStringLiteral("SELECT count(*) FROM gebeurtenis WHERE soort = "
                                                 "'vergunninghoudergesprek'"));
    EXPECT_EQ(gesprekken->toInt(), 0);
}
