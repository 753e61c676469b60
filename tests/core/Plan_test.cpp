// The week plan (issue 15): a proven optimum of the stated cost, the same optimum as GLPK on the
// textbook model of every instance, capacities and hard rules kept, pins kept, and origin never
// an input.

#include "PlanVoorbeeld.h"
#include "TestSupport.h"

#include "core/domain/Huishouden.h"
#include "core/plan/Plan.h"
#include "core/plan/PlanModel.h"
#include "core/suggestie/SuggestieService.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace rd;

namespace {

SuggestieDoel gemeente(const QString &code, qint64 opgave, qint64 prognose, int regio = 1)
{
    return test::gemeenteDoel(code, opgave, prognose, regio);
}

SuggestieHuishouden huishouden(qint64 id, int personen, int regio = 1)
{
    SuggestieHuishouden h;
    h.id = id;
    h.personen = personen;
    h.regio = regio;
    return h;
}

// The persons a plan puts into every capacity row, checked against the room left after the
// pins: a gemeente's own, a partnership's with its members.
void verwachtBinnenRuimte(const PlanInvoer &in, const PlanUitkomst &u)
{
    for (int t = 0; t < in.doelen.size(); ++t) {
        const SuggestieDoel &d = in.doelen.at(t);
        qint64 vrij = 0, vast = 0;
        for (const PlanRij &r : u.rijen) {
            if (r.doel < 0)
                continue;
            const SuggestieDoel &naar = in.doelen.at(r.doel);
            const bool telt = r.doel == t || (d.partnerschapId > 0 && naar.partnerschapId == 0 &&
                                              d.leden.contains(naar.code));
            if (telt)
                (r.vast ? vast : vrij) += r.personen;
        }
        EXPECT_LE(vrij, std::max<qint64>(0, plan::ruimte(d, in.margeProcent) - vast))
            << "target " << plan::sleutel(d).toStdString();
    }
}

void verwachtGeschikt(const PlanInvoer &in, const PlanUitkomst &u)
{
    for (int i = 0; i < u.rijen.size(); ++i) {
        const PlanRij &r = u.rijen.at(i);
        ASSERT_EQ(r.huishouden, in.huishoudens.at(i).id);
        if (r.doel >= 0)
            EXPECT_TRUE(
                suggestie::uitgesloten(in.huishoudens.at(i), in.doelen.at(r.doel), in.vandaag)
                    .isEmpty())
                << "household " << r.huishouden << " to an ineligible target";
        else
            EXPECT_FALSE(r.uitgesloten.isEmpty()) << "every row left out says why";
    }
}

} // namespace

// Greedy fills the favourite with the first small household and then has no room for the big
// one; the optimum places 5 of 6 persons where greedy places 3.
TEST(Plan, BeatsGreedyWhereTheQueueOrderWastesRoom)
{
    PlanInvoer in;
    in.vandaag = QDate(2026, 9, 15);
    in.margeProcent = 0;
    in.doelen = {gemeente("GM0001", 10, 4), gemeente("GM0002", 10, 8)}; // room 6 and 2
    in.doelen[0].prognose = 7;                                          // room 3
    in.huishoudens = {huishouden(1, 1), huishouden(2, 3), huishouden(3, 2)};
    auto best = plan::los(in);
    ASSERT_TRUE(best) << best.error().toString().toStdString();
    auto gretig = plan::gretig(in);
    ASSERT_TRUE(gretig);
    EXPECT_TRUE(best->optimaal);
    EXPECT_EQ(best->gap, 0);
    EXPECT_DOUBLE_EQ(best->grens, best->doelwaarde);
    EXPECT_EQ(best->personenToegewezen(), 5);
    EXPECT_EQ(best->rijen.at(1).doel, 0) << "the household of 3 fills GM0001";
    EXPECT_EQ(best->rijen.at(2).doel, 1);
    EXPECT_EQ(best->rijen.at(0).doel, -1);
    EXPECT_EQ(best->rijen.at(0).uitgesloten, QStringLiteral("capaciteit"));
    EXPECT_EQ(gretig->personenToegewezen(), 3);
    EXPECT_EQ(gretig->rijen.at(1).doel, -1);
    EXPECT_LT(best->doelwaarde, gretig->doelwaarde);
    EXPECT_EQ(best->standen.at(0).erbij, 3);
    EXPECT_EQ(best->standen.at(0).achterstandNa(), 0);
    EXPECT_DOUBLE_EQ(best->doelwaarde, plan::doelwaarde(in, best->rijen));
}

TEST(Plan, RoomIsTheRemainingOpgavePlusTheMargin)
{
    EXPECT_EQ(plan::ruimte(gemeente("GM0001", 100, 70), 10), 40);
    EXPECT_EQ(plan::ruimte(gemeente("GM0001", 100, 130), 10), 10) << "ahead: the margin only";
    EXPECT_EQ(plan::ruimte(gemeente("GM0001", 15, 5), 10), 12) << "the margin rounds up";
    EXPECT_EQ(plan::ruimte(gemeente("GM0001", 15, 20), 0), 0);
    Gewichten g;
    EXPECT_DOUBLE_EQ(plan::strafPerPersoon(g), 2 * (0.5 + 0.2 + 0.3 + 0.2 + 0.4) + 1);
}

// A partnership and its members share one room: a member coupled on its own fills it too.
TEST(Plan, APartnershipsRoomHoldsItsMembersCoupledAlone)
{
    PlanInvoer in;
    in.vandaag = QDate(2026, 9, 15);
    in.margeProcent = 0;
    in.doelen = {gemeente("GM0001", 10, 6), gemeente("GM0002", 10, 6)}; // room 4 each
    SuggestieDoel p = gemeente("GM0001", 20, 14);                       // room 6, not 8
    p.partnerschapId = 7;
    p.leden = {"GM0001", "GM0002"};
    in.doelen << p;
    for (int i = 1; i <= 8; ++i)
        in.huishoudens << huishouden(i, 1);
    auto u = plan::los(in);
    ASSERT_TRUE(u);
    EXPECT_EQ(u->personenToegewezen(), 6);
    verwachtBinnenRuimte(in, *u);
}

TEST(Plan, HardRulesLeaveAHouseholdOutWithTheReason)
{
    PlanInvoer in;
    in.vandaag = QDate(2026, 9, 15);
    in.doelen = {gemeente("GM0001", 10, 0), gemeente("GM0002", 10, 0),
                 gemeente("GM0003", 10, 0, 2)};
    SuggestieHuishouden blok = huishouden(1, 2);
    blok.geblokkeerdTot = in.vandaag.addDays(20);
    SuggestieHuishouden gebonden = huishouden(2, 2);
    gebonden.gebondenAan = {"GM0002"};
    SuggestieHuishouden elders = huishouden(3, 2, 4); // a region without targets
    in.huishoudens = {blok, gebonden, elders};
    auto u = plan::los(in);
    ASSERT_TRUE(u);
    EXPECT_EQ(u->rijen.at(0).uitgesloten, QStringLiteral("gezinshereniging"));
    EXPECT_FALSE(u->rijen.at(0).reden.isEmpty());
    EXPECT_EQ(u->rijen.at(1).doel, 1) << "tied to GM0002 by a criterion";
    EXPECT_EQ(u->rijen.at(2).uitgesloten, QStringLiteral("buiten-regio"));
    EXPECT_DOUBLE_EQ(u->doelwaarde, plan::kosten(u->rijen.at(1).score, 2))
        << "rows with no eligible target cost nothing: no plan could place them";
}

TEST(Plan, PinsAreKeptAndCheckedAndTakeTheirRoom)
{
    PlanInvoer in = test::planVoorbeeld(11, {{12}, 60, 2, 10, 0.6});
    auto vrij = plan::los(in);
    ASSERT_TRUE(vrij && vrij->optimaal);
    // Pin the first household placed to its worst eligible target and the second placed out.
    int eerste = -1, tweede = -1;
    for (int i = 0; i < vrij->rijen.size() && tweede < 0; ++i)
        if (vrij->rijen.at(i).doel >= 0)
            (eerste < 0 ? eerste : tweede) = i;
    ASSERT_GE(tweede, 0);
    const auto lijst =
        suggestie::rangschik(in.huishoudens.at(eerste), in.doelen, in.gewichten, in.vandaag);
    QString slechtst;
    for (const Suggestie &s : lijst)
        if (s.geschikt())
            slechtst = plan::sleutel(s.doel);
    ASSERT_NE(plan::sleutel(in.doelen.at(vrij->rijen.at(eerste).doel)), slechtst);
    in.vast.insert(in.huishoudens.at(eerste).id, slechtst);
    // A pin is a person's decision: kept also past the target's room (the others then get none
    // of it), and the optimum of the rest is GLPK's too.
    auto alleenEerste = plan::los(in);
    ASSERT_TRUE(alleenEerste && alleenEerste->optimaal);
    auto glpk = plan::los(in, mip::Solver::Glpk);
    ASSERT_TRUE(glpk && glpk->optimaal);
    EXPECT_NEAR(alleenEerste->doelwaarde, glpk->doelwaarde, 1e-6);
    in.vast.insert(in.huishoudens.at(tweede).id, QString());
    auto vast = plan::los(in);
    ASSERT_TRUE(vast) << vast.error().toString().toStdString();
    EXPECT_EQ(plan::sleutel(in.doelen.at(vast->rijen.at(eerste).doel)), slechtst);
    EXPECT_TRUE(vast->rijen.at(eerste).vast);
    EXPECT_EQ(vast->rijen.at(tweede).doel, -1);
    EXPECT_EQ(vast->rijen.at(tweede).uitgesloten, QStringLiteral("vastgezet"));
    EXPECT_TRUE(vast->optimaal);
    verwachtBinnenRuimte(in, *vast);

    // a pin to a target the household cannot go to, or to no target at all, is refused
    PlanInvoer fout = in;
    fout.vast.insert(in.huishoudens.at(eerste).id, QStringLiteral("GM9999"));
    auto onbekend = plan::los(fout);
    ASSERT_FALSE(onbekend);
    EXPECT_EQ(onbekend.error().where, QString::number(in.huishoudens.at(eerste).id));
    fout.vast.clear();
    fout.vast.insert(424242, QString());
    EXPECT_FALSE(plan::los(fout)) << "a pin of a household not in the plan";
    PlanInvoer elders = in;
    elders.vast.clear();
    elders.doelen << gemeente("GM0999", 10, 0, 9);
    elders.vast.insert(in.huishoudens.at(eerste).id, QStringLiteral("GM0999"));
    EXPECT_FALSE(plan::los(elders)) << "a pin outside the household's region";
}

// The cross-check: on 240 random instances (tight and loose, with partnerships, ties, blocks
// and pins) the class model solved by CBC reaches exactly the optimum GLPK proves on the
// textbook model of one 0/1 column per household, and never does worse than greedy.
TEST(PlanKruiscontrole, CbcEqualsGlpkOnTwoHundredFortyRandomInstances)
{
    QRandomGenerator rng(4122026);
    int beter = 0;
    for (int n = 0; n < 240; ++n) {
        test::PlanVorm vorm;
        vorm.gemeentenPerRegio = {2 + int(rng.bounded(8))};
        if (n % 3 == 0)
            vorm.gemeentenPerRegio << 2 + int(rng.bounded(5));
        vorm.huishoudens = 5 + int(rng.bounded(30));
        vorm.partnerschappen = int(rng.bounded(3));
        vorm.margeProcent = int(rng.bounded(3)) * 10;
        vorm.vulling = 0.3 + rng.bounded(1.2);
        PlanInvoer in = test::planVoorbeeld(quint32(1000 + n), vorm);
        if (n % 4 == 1) { // pin a household to its best target
            const auto s =
                suggestie::rangschik(in.huishoudens.first(), in.doelen, in.gewichten, in.vandaag);
            if (s.first().geschikt())
                in.vast.insert(in.huishoudens.first().id, plan::sleutel(s.first().doel));
        }
        auto cbc = plan::los(in);
        ASSERT_TRUE(cbc) << n << ": " << cbc.error().toString().toStdString();
        ASSERT_TRUE(cbc->optimaal) << n;
        const mip::Model model = plan::perHuishouden(in);
        auto glpk = mip::los(model, mip::Solver::Glpk);
        ASSERT_TRUE(glpk) << n;
        ASSERT_TRUE(glpk->optimaal) << n;
        double vastDeel = 0;
        for (const PlanRij &r : cbc->rijen)
            vastDeel += r.vast && r.doel >= 0 ? plan::kosten(r.score, r.personen) : 0;
        EXPECT_NEAR(cbc->doelwaarde, glpk->doelwaarde / plan::eenheid + vastDeel, 1e-6)
            << "instance " << n;
        EXPECT_NEAR(cbc->doelwaarde, plan::doelwaarde(in, cbc->rijen), 1e-9);
        verwachtBinnenRuimte(in, *cbc);
        verwachtGeschikt(in, *cbc);
        auto gretig = plan::gretig(in);
        ASSERT_TRUE(gretig);
        EXPECT_LE(cbc->doelwaarde, gretig->doelwaarde + 1e-9) << "instance " << n;
        verwachtBinnenRuimte(in, *gretig);
        beter += cbc->doelwaarde < gretig->doelwaarde - 1e-6 ? 1 : 0;
    }
    EXPECT_GT(beter, 24) << "greedy is beaten on at least a tenth of them";
}

// A few large ones: 60 gemeenten with 300 households, GLPK on the same class model.
TEST(PlanKruiscontrole, CbcEqualsGlpkOnLargeInstances)
{
    for (quint32 seed : {7u, 8u, 9u}) {
        const PlanInvoer in = test::planVoorbeeld(seed, {{60}, 300, 4, 10, 3.0});
        auto cbc = plan::los(in);
        ASSERT_TRUE(cbc);
        ASSERT_TRUE(cbc->optimaal);
        auto glpk = plan::los(in, mip::Solver::Glpk);
        ASSERT_TRUE(glpk);
        ASSERT_TRUE(glpk->optimaal);
        EXPECT_NEAR(cbc->doelwaarde, glpk->doelwaarde, 1e-6) << seed;
        EXPECT_LT(cbc->klassen, 200) << "households share classes";
        verwachtBinnenRuimte(in, *cbc);
        verwachtGeschikt(in, *cbc);
    }
}

// How a loose region's week is proven optimal fast (issue 15's 1 s): the relaxation's rounding
// falls short of its bound, so the classes the relaxation splits are solved on their own while
// the whole ones keep their places. That solution is a solution (every household once, every
// room kept, the whole classes where the relaxation put them) and meets the bound, which proves
// it optimal without the whole model's search.
TEST(Plan, TheSplitClassesSolvedAloneMeetTheBoundOfALooseWeek)
{
    const PlanInvoer in = test::planVoorbeeld(2026, {{90}, 1000, 4, 10, 2.0});
    auto opzet = plan::model::zetOp(in);
    ASSERT_TRUE(opzet);
    const plan::model::KlasseModel km = plan::model::klasseModel(in, *opzet);
    auto lp = mip::relaxatie(km.model);
    ASSERT_TRUE(lp);
    const double grens = std::ceil(lp->grens - 1e-6);
    const QList<double> afgerond = plan::model::afgerond(km, *opzet, lp->x);
    EXPECT_GT(plan::model::kostenVan(km.model, afgerond), grens + 0.5)
        << "the rounding alone does not prove this week";

    const QList<double> x = plan::model::rest(in, km, *opzet, lp->x, 30);
    ASSERT_EQ(x.size(), km.model.kolommen());
    EXPECT_LT(plan::model::kostenVan(km.model, x), grens + 0.5) << "meets the bound";
    for (const mip::Rij &r : km.model.rijen) {
        double som = 0;
        for (qsizetype j = 0; j < r.kolommen.size(); ++j)
            som += r.waarden.at(j) * x.at(r.kolommen.at(j));
        EXPECT_GE(som, r.onder - 1e-9);
        EXPECT_LE(som, r.boven + 1e-9);
    }
    int gebroken = 0;
    for (qsizetype c = 0; c < opzet->klassen.size(); ++c) {
        bool heel = true;
        for (const auto &[kolom, keuze] : km.kolommen.at(c)) {
            EXPECT_EQ(x.at(kolom), std::round(x.at(kolom)));
            heel = heel && std::abs(lp->x.at(kolom) - std::round(lp->x.at(kolom))) < 1e-6;
        }
        gebroken += heel ? 0 : 1;
        if (heel) {
            for (const auto &[kolom, keuze] : km.kolommen.at(c))
                EXPECT_EQ(x.at(kolom), std::round(lp->x.at(kolom))) << "class " << c << " kept";
        }
    }
    EXPECT_GT(gebroken, 0);
    EXPECT_LT(gebroken, 20) << "only a handful of classes are split";

    auto u = plan::los(in);
    ASSERT_TRUE(u);
    EXPECT_TRUE(u->optimaal);
    EXPECT_NEAR(u->doelwaarde * plan::eenheid, plan::model::kostenVan(km.model, x), 1);
}

// Origin never reaches a plan: 10,000 households planned, their country of origin, mother
// tongue, languages, sex and names changed at random, planned again: the same plan. The
// positive control: their sizes do change it.
TEST(PlanInvariantie, OriginLanguageSexAndNamesNeverChangeAPlan)
{
    QRandomGenerator rng(41226);
    const QDate vandaag(2026, 9, 15);
    PlanInvoer in = test::planVoorbeeld(5, {{20}, 0, 2, 10, 1.0});
    for (SuggestieDoel &d : in.doelen) // room for about 9,000 of the 24,000 persons
        d.opgave *= 80;
    in.vandaag = vandaag;
    const QStringList landen{"Syrië", "Eritrea", "Afghanistan", "Turkije", "Jemen", "Somalië"};
    const QStringList talen{"Arabisch", "Tigrinya", "Dari", "Turks", "Somalisch", "Engels"};
    const auto willekeurig = [&](QList<Huishouden> &lijst) {
        for (Huishouden &h : lijst)
            for (Persoon &p : h.personen) {
                p.landHerkomst = landen.at(rng.bounded(landen.size()));
                p.moedertaal = talen.at(rng.bounded(talen.size()));
                p.talen = {talen.at(rng.bounded(talen.size()))};
                p.geslacht = rng.bounded(2) ? QStringLiteral("M") : QStringLiteral("V");
                p.voornamen = QStringLiteral("Naam%1").arg(rng.bounded(1000));
                p.achternaam = QStringLiteral("Achter%1").arg(rng.bounded(1000));
            }
    };
    QList<Huishouden> lijst;
    for (int i = 0; i < 10000; ++i) {
        Huishouden h = test::voorbeeldHuishouden(6000000001LL + 10LL * i, 1 + rng.bounded(7),
                                                 QDate(2026, 8, 1), 1);
        h.id = i + 1;
        if (i % 5 == 0)
            h.personen[0].geboortedatum = QDate(1950, 1, 1);
        lijst << h;
    }
    const auto planVan = [&](const QList<Huishouden> &hs) {
        PlanInvoer p = in;
        for (const Huishouden &h : hs)
            p.huishoudens << suggestie::invoer(h, 1, vandaag);
        auto u = plan::los(p);
        EXPECT_TRUE(u && u->optimaal);
        QList<int> doelen;
        for (const PlanRij &r : u->rijen)
            doelen << r.doel;
        return doelen;
    };
    willekeurig(lijst);
    const QList<int> voor = planVan(lijst);
    ASSERT_EQ(voor.size(), 10000);
    willekeurig(lijst);
    EXPECT_EQ(planVan(lijst), voor);
    for (int i = 0; i < lijst.size(); i += 7) // the positive control
        lijst[i].personen << lijst[i].personen.first();
    EXPECT_NE(planVan(lijst), voor) << "sizes do change the plan";
}
