// Suggestions (issue 15): each factor's formula, the hard rules, the order, and that origin never
// reaches a ranking.
#include "PlanVoorbeeld.h"
#include "TestSupport.h"

#include "core/domain/Huishouden.h"
#include "core/suggestie/Suggestie.h"
#include "core/suggestie/SuggestieService.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate september(2026, 9, 15); // 2026-H2, three months begun

SuggestieDoel doel(const QString &code, qint64 opgave, qint64 prognose, int regio = 3)
{
    return test::gemeenteDoel(code, opgave, prognose, regio);
}

SuggestieHuishouden huishouden(int personen, int regio = 3)
{
    SuggestieHuishouden h;
    h.id = 1;
    h.personen = personen;
    h.regio = regio;
    return h;
}

double waarde(const SuggestieHuishouden &h, const SuggestieDoel &d, Factor f,
              const QDate &op = september)
{
    for (const FactorWaarde &w : suggestie::factoren(h, d, Gewichten(), op)) {
        if (w.factor == f)
            return w.waarde;
    }
    ADD_FAILURE() << "no factor " << factor::code(f).toStdString();
    return 99;
}

} // namespace

TEST(SuggestieFactor, AchterstandIsTheBacklogOnTheForecastAsAShareOfTheOpgave)
{
    const auto h = huishouden(2);
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 100, 40), Factor::Achterstand), 0.6);
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 100, 130), Factor::Achterstand), -0.3);
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 100, 250), Factor::Achterstand), -1) << "clamped";
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 0, 0), Factor::Achterstand), 0) << "no opgave";
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 0, 3), Factor::Achterstand), -1);
}

TEST(SuggestieFactor, TempoIsMonthsBehindTheShareDueByNowOverThree)
{
    const auto h = huishouden(2);
    // Three months of 2026-H2 begun: 30 of 60 due; 10 forecast is 2 months' worth behind.
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 60, 10), Factor::Tempo), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 60, 30), Factor::Tempo), 0);
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 60, 100), Factor::Tempo), -1) << "clamped at 3";
    // On the half-year's first day one month has begun: 10 due.
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 60, 0), Factor::Tempo, QDate(2026, 7, 1)), 1.0 / 3.0);
}

TEST(SuggestieFactor, WoningWeighsTheNeedsTheProfileHasAgainstThoseItLacks)
{
    auto h = huishouden(1);
    auto d = doel("GM1", 10, 0);
    h.nodig = {QStringLiteral("klein")};
    EXPECT_DOUBLE_EQ(waarde(h, d, Factor::Woning), 0) << "profile unknown";
    d.profiel = {QStringLiteral("klein"), QStringLiteral("gezin")};
    EXPECT_DOUBLE_EQ(waarde(h, d, Factor::Woning), 1);
    h.nodig = {QStringLiteral("gezin"), QStringLiteral("zorg")};
    EXPECT_DOUBLE_EQ(waarde(h, d, Factor::Woning), 0);
    h.nodig = {QStringLiteral("ouderen"), QStringLiteral("zorg")};
    EXPECT_DOUBLE_EQ(waarde(h, d, Factor::Woning), -1);
    h.nodig.clear();
    EXPECT_DOUBLE_EQ(waarde(h, d, Factor::Woning), 0) << "no needs";
}

TEST(SuggestieFactor, CapaciteitIsWhetherTheWholeHouseholdFitsInWhatIsLeft)
{
    const auto h = huishouden(4);
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 20, 12), Factor::Capaciteit), 1);
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 20, 18), Factor::Capaciteit), 0) << "half fits";
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 20, 19), Factor::Capaciteit), -0.5);
    EXPECT_DOUBLE_EQ(waarde(h, doel("GM1", 20, 25), Factor::Capaciteit), -1);
}

TEST(SuggestieFactor, BindingIsATiesPlaceAmongTheTargetsGemeenten)
{
    auto h = huishouden(2);
    auto delft = doel("GM0503", 10, 0);
    delft.plaatsen = {QStringLiteral("delft")};
    EXPECT_DOUBLE_EQ(waarde(h, delft, Factor::Binding), 0);
    h.plaatsen = {QStringLiteral("delft")};
    EXPECT_DOUBLE_EQ(waarde(h, delft, Factor::Binding), 1);
    h.plaatsen = {QStringLiteral("leiden")};
    EXPECT_DOUBLE_EQ(waarde(h, delft, Factor::Binding), 0);
}

TEST(SuggestieRegel, TheHardRulesExcludeWithTheChecksCodes)
{
    auto h = huishouden(2);
    const auto hier = doel("GM0363", 10, 0, 3);
    const auto elders = doel("GM0014", 10, 0, 1);
    QString reden;
    EXPECT_EQ(suggestie::uitgesloten(h, hier, september, &reden), QString());
    EXPECT_TRUE(reden.isEmpty());
    EXPECT_EQ(suggestie::uitgesloten(h, elders, september, &reden), QStringLiteral("buiten-regio"));
    EXPECT_FALSE(reden.isEmpty());
    h.regio = 0; // no AZC known: the region rule does not apply
    EXPECT_EQ(suggestie::uitgesloten(h, elders, september), QString());

    h.gebondenAan = {QStringLiteral("GM0363")};
    EXPECT_EQ(suggestie::uitgesloten(h, hier, september), QString());
    EXPECT_EQ(suggestie::uitgesloten(h, elders, september), QStringLiteral("criterium-elders"));
    suggestie::uitgesloten(h, elders, september, &reden,
                           {{QStringLiteral("GM0363"), QStringLiteral("Amsterdam")}});
    EXPECT_TRUE(reden.contains(QStringLiteral("Amsterdam (GM0363)"))) << reden.toStdString();
    auto samen = doel("GM0362", 10, 0, 3);
    samen.partnerschapId = 7;
    samen.leden = {QStringLiteral("GM0362"), QStringLiteral("GM0363")};
    EXPECT_EQ(suggestie::uitgesloten(h, samen, september), QString()) << "a member is tied";

    h.geblokkeerdTot = september.addDays(1);
    EXPECT_EQ(suggestie::uitgesloten(h, hier, september), QStringLiteral("gezinshereniging"));
    EXPECT_EQ(suggestie::uitgesloten(h, hier, september.addDays(1)), QString())
        << "the block ends on its day";
}

TEST(SuggestieRangschikking, EligibleByScoreThenTheExcludedAndEachScoreIsItsContributions)
{
    auto h = huishouden(3);
    Gewichten g;
    QList<SuggestieDoel> doelen{doel("GM0001", 100, 100), doel("GM0002", 100, 20),
                                doel("GM0003", 100, 60), doel("GM0004", 100, 10, 4),
                                doel("GM0005", 100, 60)};
    const auto lijst = suggestie::rangschik(h, doelen, g, september);
    ASSERT_EQ(lijst.size(), 5);
    QStringList volgorde;
    for (const auto &s : lijst)
        volgorde << s.doel.code;
    EXPECT_EQ(volgorde, (QStringList{"GM0002", "GM0003", "GM0005", "GM0001", "GM0004"}))
        << "equal scores by code; the other region last";
    EXPECT_EQ(lijst.at(0).rang, 1);
    EXPECT_EQ(lijst.at(3).rang, 4);
    EXPECT_EQ(lijst.at(4).rang, 0);
    EXPECT_EQ(lijst.at(4).uitgesloten, QStringLiteral("buiten-regio"));
    for (const auto &s : lijst) {
        double som = 0;
        ASSERT_EQ(s.factoren.size(), factor::alle().size());
        for (const auto &f : s.factoren) {
            EXPECT_DOUBLE_EQ(f.gewicht, g.van(f.factor));
            som += f.waarde * f.gewicht;
        }
        EXPECT_DOUBLE_EQ(s.score, som);
    }
    // Only the weights decide: with the backlog alone the most behind comes first; with it at
    // zero and only room for the household, those with room lead.
    Gewichten alleenRuimte;
    for (const Factor f : factor::alle())
        alleenRuimte.zet(f, 0);
    alleenRuimte.capaciteit = 1;
    const auto ruimte = suggestie::rangschik(h, doelen, alleenRuimte, september);
    EXPECT_EQ(ruimte.at(0).doel.code, QStringLiteral("GM0002"))
        << "room everywhere but GM0001: then the achterstand breaks the tie";
    EXPECT_EQ(ruimte.at(3).doel.code, QStringLiteral("GM0001"));
    EXPECT_FALSE(lijst.at(0).uitleg().isEmpty());
    EXPECT_TRUE(lijst.at(4).uitleg().contains(QStringLiteral("region")));
}

// Origin never reaches a ranking: 10,000 random households ranked, their country of origin,
// nationality (not stored), mother tongue, languages, sex and names changed at random, ranked
// again: the same rankings. The positive control: their size does change rankings.
TEST(SuggestieInvariantie, OriginLanguageSexAndNamesNeverChangeARanking)
{
    QRandomGenerator rng(20261204);
    QList<SuggestieDoel> doelen;
    for (int i = 0; i < 12; ++i) {
        auto d = doel(QStringLiteral("GM%1").arg(100 + i, 4, 10, QLatin1Char('0')),
                      rng.bounded(5, 200), rng.bounded(0, 220));
        if (i % 3 == 0)
            d.profiel = {QStringLiteral("klein"), QStringLiteral("gezin")};
        if (i % 4 == 1)
            d.profiel = {QStringLiteral("ouderen"), QStringLiteral("zorg")};
        doelen << d;
    }
    const QStringList landen{"Syrië", "Eritrea", "Afghanistan", "Turkije", "Jemen", "Somalië"};
    const QStringList talen{"Arabisch", "Tigrinya", "Dari", "Turks", "Somalisch", "Engels"};
    const auto willekeurig = [&](Persoon &p) {
        p.landHerkomst = landen.at(rng.bounded(landen.size()));
        p.moedertaal = talen.at(rng.bounded(talen.size()));
        p.talen = {talen.at(rng.bounded(talen.size())), talen.at(rng.bounded(talen.size()))};
        p.geslacht = rng.bounded(2) ? QStringLiteral("M") : QStringLiteral("V");
        p.voornamen = QStringLiteral("Naam%1").arg(rng.bounded(1000));
        p.achternaam = QStringLiteral("Achter%1").arg(rng.bounded(1000));
    };
    const auto volgorde = [&](const Huishouden &h) {
        QStringList uit;
        for (const auto &s :
             suggestie::rangschik(suggestie::invoer(h, 3, september), doelen, {}, september))
            uit << QStringLiteral("%1:%2").arg(s.doel.code, QString::number(s.score, 'g', 17));
        return uit;
    };
    int verschuivingDoorGrootte = 0;
    for (int i = 0; i < 10000; ++i) {
        Huishouden h = test::voorbeeldHuishouden(6000000001LL + 10LL * i, 1 + rng.bounded(7),
                                                 QDate(2026, 8, 1), 1);
        if (i % 5 == 0) {
            h.personen[0].geboortedatum = QDate(1950, 1, 1);
            h.personen[0].fysiekeBeperking = QStringLiteral("rolstoel");
        }
        for (Persoon &p : h.personen)
            willekeurig(p);
        const QStringList voor = volgorde(h);
        for (Persoon &p : h.personen)
            willekeurig(p);
        ASSERT_EQ(volgorde(h), voor) << "household " << i;
        Huishouden groter = h;
        groter.personen << h.personen.first();
        groter.personen.last().referent = false;
        verschuivingDoorGrootte += volgorde(groter) != voor ? 1 : 0;
    }
    EXPECT_GT(verschuivingDoorGrootte, 100) << "the household's size does move rankings";
}
