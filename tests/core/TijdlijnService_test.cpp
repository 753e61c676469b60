#include "TijdlijnTestData.h"

#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/validatie/HuishoudenValidatie.h"
#include "core/weigering/WeigeringService.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

class TijdlijnServiceTest : public test::TijdlijnTest
{
protected:
    void zet(qint64 h, GebeurtenisSoort soort, const QDate &datum, const QString &gemeente = {})
    {
        auto s = TijdlijnService(*store).zetDatum(h, soort, datum, gemeente, vandaag);
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    Error geweigerd(qint64 h, GebeurtenisSoort soort, const QDate &datum,
                    const QString &gemeente = {})
    {
        auto s = TijdlijnService(*store).zetDatum(h, soort, datum, gemeente, vandaag);
        EXPECT_FALSE(s.ok()) << "expected a refusal for " << gebeurtenis::code(soort).toStdString();
        return s.ok() ? Error{} : s.error();
    }
    QDate datum(qint64 h, GebeurtenisSoort soort)
    {
        auto d = TijdlijnService(*store).datum(h, soort);
        EXPECT_TRUE(d.ok());
        return d.ok() ? d->first : QDate();
    }
};

QList<GebeurtenisSoort> soorten(const QList<Gebeurtenis> &lijst)
{
    QList<GebeurtenisSoort> uit;
    for (const auto &g : lijst)
        uit << g.soort;
    return uit;
}

} // namespace

TEST_F(TijdlijnServiceTest, TimelineHoldsEveryEventSortedByDate)
{
    const qint64 h = nieuwHuishouden(5000000001, Opties().metPersonen(2).metBsn().metGesprek());
    zet(h, GebeurtenisSoort::Brp, QDate(2026, 9, 20));
    koppel(h);
    TijdlijnService service(*store);
    ASSERT_TRUE(service
                    .voegToe(h, GebeurtenisSoort::Vergunninghoudergesprek, QDate(2026, 9, 16), {},
                             QStringLiteral("brief"), vandaag)
                    .ok());
    auto aanbod = service.voegToe(h, GebeurtenisSoort::Woningaanbod, QDate(2026, 10, 1), {},
                                  QStringLiteral("Bos en Lommer"), vandaag);
    ASSERT_TRUE(aanbod.ok());
    auto weigering = WeigeringService(*store).registreer(
        h, WeigeringSoort::Geweigerd, QDate(2026, 10, 5), QStringLiteral("te klein"), {}, vandaag);
    ASSERT_TRUE(weigering.ok()) << weigering.error().toString().toStdString();
    zet(h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 20));
    zet(h, GebeurtenisSoort::Huurstart, QDate(2026, 11, 1));
    zet(h, GebeurtenisSoort::Verhuizing, QDate(2026, 11, 3));
    zet(h, GebeurtenisSoort::Uitschrijving, QDate(2026, 11, 4), amsterdam);

    auto lijst = service.tijdlijn(h);
    ASSERT_TRUE(lijst.ok()) << lijst.error().toString().toStdString();
    const QList<GebeurtenisSoort> verwacht{GebeurtenisSoort::Vergunning,
                                           GebeurtenisSoort::Huisvestinggesprek,
                                           GebeurtenisSoort::Koppeling,
                                           GebeurtenisSoort::MeldingKoppeling,
                                           GebeurtenisSoort::Vergunninghoudergesprek,
                                           GebeurtenisSoort::Brp,
                                           GebeurtenisSoort::MeldingProfiel,
                                           GebeurtenisSoort::Woningaanbod,
                                           GebeurtenisSoort::Weigering,
                                           GebeurtenisSoort::Tekenen,
                                           GebeurtenisSoort::Huurstart,
                                           GebeurtenisSoort::Verhuizing,
                                           GebeurtenisSoort::Uitschrijving};
    EXPECT_EQ(soorten(*lijst), verwacht);
    for (qsizetype i = 1; i < lijst->size(); ++i)
        EXPECT_LE(lijst->at(i - 1).datum, lijst->at(i).datum);

    const auto van = [&](GebeurtenisSoort s) {
        for (const auto &g : *lijst) {
            if (g.soort == s)
                return g;
        }
        return Gebeurtenis{};
    };
    EXPECT_EQ(van(GebeurtenisSoort::Huisvestinggesprek).datum, gesprekDatum);
    EXPECT_EQ(van(GebeurtenisSoort::Koppeling).gemeenteCode, amsterdam);
    EXPECT_EQ(van(GebeurtenisSoort::Woningaanbod).id, *aanbod);
    EXPECT_EQ(van(GebeurtenisSoort::Woningaanbod).gemeenteCode, amsterdam)
        << "an offer defaults to the coupled gemeente";
    EXPECT_EQ(van(GebeurtenisSoort::Weigering).id, *weigering);
    EXPECT_TRUE(van(GebeurtenisSoort::Weigering)
                    .toelichting.contains(weigering::naam(WeigeringSoort::Geweigerd)));
    EXPECT_EQ(van(GebeurtenisSoort::Uitschrijving).gemeenteCode, amsterdam);
    EXPECT_EQ(van(GebeurtenisSoort::MeldingProfiel).datum, QDate(2026, 9, 20))
        << "the profile is complete on the later of coupling and BRP registration";
}

TEST_F(TijdlijnServiceTest, ProfileNotificationNeedsEveryBsnAndACoupling)
{
    const qint64 zonderBsn = nieuwHuishouden(5000000011, Opties().metPersonen(2));
    const qint64 metBsn = nieuwHuishouden(5000000021, Opties().metPersonen(1).metBsn());
    zet(metBsn, GebeurtenisSoort::Brp, QDate(2026, 9, 5));
    TijdlijnService service(*store);
    EXPECT_FALSE(soorten(*service.tijdlijn(metBsn)).contains(GebeurtenisSoort::MeldingProfiel))
        << "not coupled: no gemeente to notify";
    koppel(zonderBsn);
    koppel(metBsn);
    EXPECT_FALSE(soorten(*service.tijdlijn(zonderBsn)).contains(GebeurtenisSoort::MeldingProfiel));
    auto lijst = service.tijdlijn(metBsn);
    ASSERT_TRUE(lijst.ok());
    ASSERT_TRUE(soorten(*lijst).contains(GebeurtenisSoort::MeldingProfiel));
    for (const auto &g : *lijst) {
        if (g.soort == GebeurtenisSoort::MeldingProfiel ||
            g.soort == GebeurtenisSoort::MeldingKoppeling) {
            EXPECT_EQ(g.datum, koppelDatum) << "BRP before the coupling: both on the coupling date";
        }
    }
}

TEST_F(TijdlijnServiceTest, OnlyTheActiveCouplingIsShown)
{
    const qint64 h = nieuwHuishouden(5000000031);
    koppel(h, utrecht, QDate(2026, 9, 10));
    ASSERT_TRUE(KoppelingService(*store)
                    .ontkoppel(h, QDate(2026, 9, 12), QStringLiteral("fout"), vandaag)
                    .ok());
    koppel(h, amsterdam, koppelDatum);
    auto lijst = TijdlijnService(*store).tijdlijn(h);
    ASSERT_TRUE(lijst.ok());
    int koppelingen = 0;
    for (const auto &g : *lijst) {
        if (g.soort == GebeurtenisSoort::Koppeling) {
            ++koppelingen;
            EXPECT_EQ(g.gemeenteCode, amsterdam);
            EXPECT_EQ(g.datum, koppelDatum);
        }
    }
    EXPECT_EQ(koppelingen, 1);
}

TEST_F(TijdlijnServiceTest, UnknownHouseholdIsAnError)
{
    EXPECT_FALSE(TijdlijnService(*store).tijdlijn(999).ok());
    EXPECT_FALSE(
        TijdlijnService(*store).zetDatum(999, GebeurtenisSoort::Brp, vergunning, {}, vandaag).ok());
}

TEST_F(TijdlijnServiceTest, NoDateBeforeThePermitOrInTheFuture)
{
    const qint64 h = nieuwHuishouden(5000000041);
    Error e = geweigerd(h, GebeurtenisSoort::Brp, vergunning.addDays(-1));
    EXPECT_EQ(e.where, QStringLiteral("brp"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("permit")));
    e = geweigerd(h, GebeurtenisSoort::Brp, vandaag.addDays(1));
    EXPECT_TRUE(e.message.contains(QStringLiteral("future")));
    zet(h, GebeurtenisSoort::Brp, vergunning);
    EXPECT_EQ(datum(h, GebeurtenisSoort::Brp), vergunning);
}

TEST_F(TijdlijnServiceTest, SigningNeedsACouplingAndFollowsIt)
{
    const qint64 h = nieuwHuishouden(5000000051);
    EXPECT_EQ(geweigerd(h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1)).where,
              QStringLiteral("tekenen"));
    koppel(h);
    geweigerd(h, GebeurtenisSoort::Tekenen, koppelDatum.addDays(-1));
    zet(h, GebeurtenisSoort::Tekenen, koppelDatum);
    EXPECT_EQ(datum(h, GebeurtenisSoort::Tekenen), koppelDatum);
}

TEST_F(TijdlijnServiceTest, LeaseStartAndMoveFollowTheSigning)
{
    const qint64 h = nieuwHuishouden(5000000061);
    koppel(h);
    EXPECT_EQ(geweigerd(h, GebeurtenisSoort::Huurstart, QDate(2026, 10, 1)).where,
              QStringLiteral("huurstart"))
        << "no lease start before a lease is signed";
    geweigerd(h, GebeurtenisSoort::Verhuizing, QDate(2026, 10, 1));
    zet(h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 10));
    geweigerd(h, GebeurtenisSoort::Huurstart, QDate(2026, 10, 9));
    geweigerd(h, GebeurtenisSoort::Verhuizing, QDate(2026, 10, 9));
    zet(h, GebeurtenisSoort::Huurstart, QDate(2026, 10, 10));
    zet(h, GebeurtenisSoort::Verhuizing, QDate(2026, 10, 12));
    const Error e = geweigerd(h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 13));
    EXPECT_EQ(e.where, QStringLiteral("tekenen")) << "moving the signing after the move";
    EXPECT_EQ(datum(h, GebeurtenisSoort::Tekenen), QDate(2026, 10, 10))
        << "a refusal changes nothing";
}

TEST_F(TijdlijnServiceTest, ClearingADateOthersDependOnIsRefused)
{
    const qint64 h = nieuwHuishouden(5000000071);
    koppel(h);
    zet(h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 10));
    zet(h, GebeurtenisSoort::Verhuizing, QDate(2026, 10, 12));
    const Error e = geweigerd(h, GebeurtenisSoort::Tekenen, QDate());
    EXPECT_EQ(e.where, QStringLiteral("tekenen"));
    EXPECT_TRUE(e.message.contains(gebeurtenis::naam(GebeurtenisSoort::Verhuizing)));
    EXPECT_TRUE(datum(h, GebeurtenisSoort::Tekenen).isValid());
    zet(h, GebeurtenisSoort::Verhuizing, QDate());
    zet(h, GebeurtenisSoort::Tekenen, QDate());
    EXPECT_FALSE(datum(h, GebeurtenisSoort::Tekenen).isValid())
        << "free once nothing depends on it";
}

TEST_F(TijdlijnServiceTest, UitschrijvingFollowsTheMoveAndNeedsAGemeente)
{
    const qint64 h = nieuwHuishouden(5000000081);
    koppel(h);
    zet(h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 10));
    zet(h, GebeurtenisSoort::Verhuizing, QDate(2026, 10, 20));
    EXPECT_EQ(geweigerd(h, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 21)).where,
              QStringLiteral("uitschrijving"))
        << "no gemeente given";
    geweigerd(h, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 19), amsterdam);
    geweigerd(h, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 21), QStringLiteral("GM9999"));
    // Issue 12 (handbook 3.4.1): housed only in the coupled gemeente, zelfhuisvester or not.
    const Error elders =
        geweigerd(h, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 21), amstelveen);
    EXPECT_TRUE(elders.message.contains(amstelveen)) << elders.message.toStdString();
    EXPECT_TRUE(elders.message.contains(amsterdam)) << elders.message.toStdString();
    zet(h, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 21), amsterdam);
    auto d = TijdlijnService(*store).datum(h, GebeurtenisSoort::Uitschrijving);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->first, QDate(2026, 10, 21));
    EXPECT_EQ(d->second, amsterdam);
    geweigerd(h, GebeurtenisSoort::Verhuizing, QDate(2026, 10, 22));
}

TEST_F(TijdlijnServiceTest, ZelfhuisvesterIsHousedOnlyInTheCoupledGemeenteOrPartnership)
{
    const qint64 h = nieuwHuishouden(5000000091, Opties().alsZelfhuisvester());
    geweigerd(h, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 1), amsterdam);
    auto partnerschap = Referentiedata(*store).voegPartnerschapToe(
        QStringLiteral("Amstelland"), amsterdam, {amsterdam, amstelveen});
    ASSERT_TRUE(partnerschap.ok());
    ASSERT_TRUE(
        KoppelingService(*store)
            .koppelPartnerschap(h, *partnerschap, koppelDatum, QStringLiteral("regio"), vandaag)
            .ok());
    const Error e = geweigerd(h, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 1), utrecht);
    EXPECT_EQ(e.where, QStringLiteral("uitschrijving"));
    zet(h, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 1), amstelveen);
    EXPECT_EQ(TijdlijnService(*store).datum(h, GebeurtenisSoort::Uitschrijving)->second,
              amstelveen);
}

TEST_F(TijdlijnServiceTest, AHouseholdEditedOnTheTimelinePassesTheFormValidation)
{
    const qint64 h = nieuwHuishouden(5000000101, Opties().metGesprek());
    koppel(h);
    zet(h, GebeurtenisSoort::Brp, QDate(2026, 9, 4));
    zet(h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 10));
    zet(h, GebeurtenisSoort::Huurstart, QDate(2026, 10, 15));
    zet(h, GebeurtenisSoort::Verhuizing, QDate(2026, 10, 20));
    zet(h, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 20), amsterdam);
    auto geladen = HuishoudenRepository(*store).laad(h);
    ASSERT_TRUE(geladen.ok());
    EXPECT_EQ(geladen->uitschrijving, QDate(2026, 10, 20));
    EXPECT_EQ(geladen->huisvestGemeente, amsterdam);
    const auto fouten = valideer(*geladen, vandaag);
    EXPECT_TRUE(fouten.isEmpty()) << fouten.value(0).toString().toStdString();
    EXPECT_TRUE(HuishoudenRepository(*store).werkBij(*geladen, vandaag).ok());
}

TEST_F(TijdlijnServiceTest, OnlyDateColumnsAreSetHere)
{
    const qint64 h = nieuwHuishouden(5000000111);
    EXPECT_EQ(geweigerd(h, GebeurtenisSoort::Vergunning, vergunning).where,
              QStringLiteral("vergunning"));
    EXPECT_FALSE(TijdlijnService(*store).datum(h, GebeurtenisSoort::Koppeling).ok());
    EXPECT_EQ(gebeurtenis::parse(gebeurtenis::code(GebeurtenisSoort::MeldingProfiel)),
              GebeurtenisSoort::MeldingProfiel);
    EXPECT_FALSE(gebeurtenis::parse(QStringLiteral("onzin")).has_value());
}
