// The stop of mediation (handbook 3.4.2) in every path: a household whose mediation stopped
// leaves the queue and the pipeline (quota, supervision report), cannot be coupled, uncoupled or
// get a letter, shows as "bemiddeling-gestopt" in the cases, and gets no phase alerts but the
// alert for the new candidate; the reports say so.
#include "TijdlijnTestData.h"

#include "core/brief/BriefService.h"
#include "core/casus/CasusService.h"
#include "core/koppeling/KoppelingControle.h"
#include "core/rapport/RapportService.h"
#include "core/signaal/SignaalService.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/taakstelling/Tijdigheid.h"
#include "core/wachtrij/WachtrijService.h"
#include "core/weigering/WeigeringService.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace rd;

namespace {

const QDate stopDatum(2026, 10, 20);
const HalfJaar halfJaar(2026, 2);

// Two households of two persons coupled to Amsterdam on 2026-09-15; the first refuses twice
// (the first refusal judged unjustified), so its mediation stops on 2026-10-20.
class BemiddelingStopPaden : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        test::TijdlijnTest::SetUp();
        gestopt = nieuwHuishouden(7200000001);
        koppel(gestopt);
        ander = nieuwHuishouden(7200000011);
        koppel(ander);
        ASSERT_TRUE(TaakstellingService(*store)
                        .zetVg(halfJaar, 20000, tijdigheid::laatsteDagVg(halfJaar))
                        .ok());
        voorStop = pipelineAmsterdam();
        WeigeringService service(*store);
        auto eerste = service.registreer(gestopt, WeigeringSoort::NietVerschenen,
                                         QDate(2026, 10, 1), {}, {}, vandaag);
        ASSERT_TRUE(eerste.ok());
        ASSERT_TRUE(service
                        .beoordeel(*eerste, Oordeel::Onterecht, QDate(2026, 10, 5),
                                   QStringLiteral("geen-dwingende-reden"), vandaag)
                        .ok());
        auto tweede =
            service.registreer(gestopt, WeigeringSoort::Geweigerd, stopDatum, {}, {}, vandaag);
        ASSERT_TRUE(tweede.ok()) << tweede.error().toString().toStdString();
        tweedeId = *tweede;
    }

    qint64 pipelineAmsterdam()
    {
        auto o = TaakstellingService(*store).bereken(halfJaar, 3, vandaag);
        EXPECT_TRUE(o.ok()) << o.error().toString().toStdString();
        if (!o)
            return -1;
        for (const auto &rij : o->rijen) {
            if (rij.code == amsterdam)
                return rij.gekoppeldNietGehuisvest; // coupled, no lease yet
        }
        return -1;
    }

    static void noemtDeRegel(const Error &e)
    {
        EXPECT_TRUE(e.message.contains(QStringLiteral("3.4.2"))) << e.toString().toStdString();
        EXPECT_TRUE(e.message.contains(stopDatum.toString(Qt::ISODate)))
            << e.toString().toStdString();
    }

    Rapport maak(RapportSoort soort)
    {
        RapportOpties opties;
        opties.peildatum = vandaag;
        auto r = RapportService(*store).maak(soort, halfJaar, RapportBereik::vanGemeente(amsterdam),
                                             opties);
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        return r.ok() ? *r : Rapport{};
    }

    static int kolom(const RapportTabel &t, const QString &sleutel)
    {
        for (int i = 0; i < t.kolommen.size(); ++i) {
            if (t.kolommen.at(i).sleutel == sleutel)
                return i;
        }
        ADD_FAILURE() << "no column " << sleutel.toStdString();
        return 0;
    }

    qint64 gestopt = 0;
    qint64 ander = 0;
    qint64 tweedeId = 0;
    qint64 voorStop = 0;
};

} // namespace

TEST_F(BemiddelingStopPaden, TheHouseholdCannotBeCoupledAgainNamingTheRule)
{
    auto k = KoppelingService(*store).koppel(gestopt, utrecht, QDate(2026, 11, 1),
                                             QStringLiteral("elders"), vandaag);
    ASSERT_FALSE(k.ok());
    noemtDeRegel(k.error());
    auto n = KoppelingService(*store).koppelNaControle(gestopt, utrecht, 0, QDate(2026, 11, 1),
                                                       QStringLiteral("elders"),
                                                       QStringLiteral("overrule"), vandaag);
    ASSERT_FALSE(n.ok()) << "no reason overrides the stop";
    noemtDeRegel(n.error());
    auto c = KoppelingControle(*store).controleer(gestopt, utrecht, 0, QDate(2026, 11, 1));
    ASSERT_FALSE(c.ok()) << "the window's check refuses too";
    noemtDeRegel(c.error());
}

TEST_F(BemiddelingStopPaden, TheHouseholdCannotBeUncoupledToBeCoupledElsewhere)
{
    auto s =
        KoppelingService(*store).ontkoppel(gestopt, vandaag, QStringLiteral("opnieuw"), vandaag);
    ASSERT_FALSE(s.ok());
    noemtDeRegel(s.error());
}

TEST_F(BemiddelingStopPaden, TheHouseholdGetsNoLetter)
{
    auto g = BriefService(*store).gegevens(gestopt, vandaag, vandaag);
    ASSERT_FALSE(g.ok());
    EXPECT_EQ(g.error().where, QStringLiteral("bemiddeling"));
    noemtDeRegel(g.error());
    UitgegevenBrief brief;
    brief.huishoudenId = gestopt;
    brief.koppelingId = (*KoppelingService(*store).historie(gestopt)).first().id;
    brief.datum = vandaag;
    brief.taal = QStringLiteral("nl");
    brief.versie = QStringLiteral("1");
    auto vast = BriefService(*store).legVast({brief}, vandaag);
    ASSERT_FALSE(vast.ok());
    EXPECT_EQ(vast.error().where, QStringLiteral("bemiddeling"));
}

TEST_F(BemiddelingStopPaden, TheHouseholdLeavesTheQueue)
{
    auto rijen = WachtrijService(*store).wachtrij(0, vandaag);
    ASSERT_TRUE(rijen.ok());
    for (const auto &rij : *rijen)
        EXPECT_NE(rij.huishoudenId, gestopt) << "uncoupled by the stop, yet not waiting";
    auto rij = WachtrijService(*store).rij(gestopt, vandaag);
    ASSERT_TRUE(rij.ok() && rij->has_value());
    EXPECT_FALSE((*rij)->wachtend);
    EXPECT_EQ((*rij)->stand.fase, Fase::BemiddelingGestopt);
    auto telling = CasusService(*store).tel();
    ASSERT_TRUE(telling.ok());
    EXPECT_EQ(telling->wachtrij, 0);
}

TEST_F(BemiddelingStopPaden, TheHouseholdLeavesThePipelineOfTheQuotaAndTheSupervisionReport)
{
    EXPECT_EQ(voorStop, 4) << "both households counted before the stop";
    EXPECT_EQ(pipelineAmsterdam(), 2) << "only the other household after it";
    const Rapport r = maak(RapportSoort::Toezicht);
    ASSERT_FALSE(r.tabellen.isEmpty());
    const RapportTabel &t = r.tabellen.first();
    ASSERT_EQ(t.rijen.size(), 1);
    EXPECT_EQ(
        t.rijen.first().value(kolom(t, QStringLiteral("gekoppeld_niet_gehuisvest"))).toLongLong(),
        2);
}

TEST_F(BemiddelingStopPaden, CasesShowMediationStoppedWithoutADeadline)
{
    auto casus = CasusService(*store).casus(gestopt, vandaag);
    ASSERT_TRUE(casus.ok() && casus->has_value());
    const CasusRij &rij = **casus;
    EXPECT_EQ(rij.stand.fase, Fase::BemiddelingGestopt);
    EXPECT_EQ(fase::code(rij.stand.fase), QStringLiteral("bemiddeling-gestopt"));
    EXPECT_EQ(rij.stand.start, stopDatum);
    EXPECT_FALSE(rij.stand.vervaldatum.isValid());
    EXPECT_FALSE(rij.stand.dagenResterend.has_value());
    EXPECT_FALSE(rij.stand.teLaat()) << "not overdue: nothing is due any more";
    EXPECT_TRUE(rij.gemeenteCode.isEmpty()) << "no coupling in force";
    EXPECT_EQ(rij.datums.koppeling, koppelDatum) << "the coupling the stop ended";
    // The phase chart: phase 2 ran from the coupling to the stop, phase 3 never began.
    const auto fasen = faseVoortgang(rij.datums, vandaag);
    ASSERT_EQ(fasen.size(), 3);
    EXPECT_EQ(fasen.at(1).eind, stopDatum);
    EXPECT_FALSE(fasen.at(1).lopend);
    EXPECT_FALSE(fasen.at(2).start.isValid());

    CasusFilter filter;
    auto lijst = CasusService(*store).cases(filter, vandaag);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 2);
    EXPECT_EQ(lijst->last().huishoudenId, gestopt) << "no due date: after the open cases";
}

TEST_F(BemiddelingStopPaden, AlertsAreForTheNewCandidateAndTheJudgementNotForThePhase)
{
    auto lijst = SignaalService(*store).signalen(0, 7, vandaag);
    ASSERT_TRUE(lijst.ok());
    QList<SignaalSoort> soorten;
    for (const Signaal &s : *lijst) {
        if (s.huishoudenId != gestopt)
            continue;
        soorten << s.soort;
        EXPECT_EQ(s.weigeringId, tweedeId);
        if (s.soort == SignaalSoort::NieuweKandidaat) {
            EXPECT_EQ(s.vervaldatum, stopDatum.addDays(14)) << "2 weeks from the stop";
            EXPECT_LT(s.dagen, 0);
        }
    }
    std::sort(soorten.begin(), soorten.end());
    EXPECT_EQ(soorten,
              (QList<SignaalSoort>{SignaalSoort::OordeelWeigering, SignaalSoort::NieuweKandidaat}));

    ASSERT_TRUE(
        WeigeringService(*store).nieuweKandidaat(tweedeId, QDate(2026, 10, 25), vandaag).ok());
    lijst = SignaalService(*store).signalen(0, 7, vandaag);
    ASSERT_TRUE(lijst.ok());
    for (const Signaal &s : *lijst)
        EXPECT_FALSE(s.huishoudenId == gestopt && s.soort == SignaalSoort::NieuweKandidaat);
}

TEST_F(BemiddelingStopPaden, ThePerGemeenteReportShowsTheCouplingEndedByTheStop)
{
    const Rapport r = maak(RapportSoort::PerGemeente);
    ASSERT_FALSE(r.tabellen.isEmpty());
    const RapportTabel &t = r.tabellen.first();
    const int status = kolom(t, QStringLiteral("status"));
    const int vNummer = kolom(t, QStringLiteral("v_nummer"));
    QStringList gezien;
    for (const auto &rij : t.rijen)
        gezien << rij.value(vNummer).toString() + QLatin1Char('=') + rij.value(status).toString();
    gezien.sort();
    EXPECT_EQ(gezien, (QStringList{QStringLiteral("7200000001=bemiddeling-gestopt"),
                                   QStringLiteral("7200000011=actief")}));
}

TEST_F(BemiddelingStopPaden, TheRefusalsReportFlagsTheStopAndTheLateNewCandidate)
{
    const Rapport r = maak(RapportSoort::Weigeringen);
    ASSERT_EQ(r.tabellen.size(), 2);
    const RapportTabel &t = r.tabellen.first();
    ASSERT_EQ(t.rijen.size(), 2);
    const QVariantList &eerste = t.rijen.at(0);
    const QVariantList &tweede = t.rijen.at(1);
    EXPECT_FALSE(eerste.value(kolom(t, QStringLiteral("bemiddeling_gestopt"))).toBool());
    EXPECT_TRUE(tweede.value(kolom(t, QStringLiteral("bemiddeling_gestopt"))).toBool());
    EXPECT_TRUE(eerste.value(kolom(t, QStringLiteral("kandidaat_te_laat"))).isNull())
        << "unjustified and not the stop: no new candidate is due";
    EXPECT_TRUE(tweede.value(kolom(t, QStringLiteral("kandidaat_te_laat"))).toBool())
        << "due 2026-11-03, still missing on the date made";
    const RapportTabel &g = r.tabellen.at(1);
    EXPECT_EQ(g.totaal.value(kolom(g, QStringLiteral("bemiddeling_gestopt"))).toLongLong(), 1);
}
