// The demo looks like a region's real week (issue 13): every household has an adult, names
// without a doubled given name, parents old enough for their children, partnerships of
// neighbouring gemeenten, every housing profile filled, a realistic national vg and a queue
// where a minority is overdue.
#include "TestSupport.h"

#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoPartnerschappen.h"
#include "core/domain/HalfJaar.h"
#include "core/gemeente/GemeenteService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/wachtrij/WachtrijService.h"

#include <QSet>

#include <algorithm>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

// One store of 20,000 households (the size the window makes on first start), shared.
class DemoPlausibel : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new test::TempDir;
        auto store = test::openStore(s_dir->path(QStringLiteral("demo.sqlite")), false);
        if (!store)
            return;
        DemoOpties opties;
        opties.seed = 2025;
        opties.huishoudens = 20000;
        opties.vandaag = vandaag;
        const Status made = maakDemo(*store, opties);
        EXPECT_TRUE(made.ok()) << made.error().toString().toStdString();
        if (made)
            s_store = store.release();
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        delete s_dir;
        s_store = nullptr;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_NE(s_store, nullptr); }

    static qint64 getal(const QString &statement, std::initializer_list<QVariant> values = {})
    {
        auto v = sql::scalar(s_store->database(), statement, values);
        EXPECT_TRUE(v.ok()) << v.error().toString().toStdString();
        return v ? v->toLongLong() : -1;
    }

    static test::TempDir *s_dir;
    static Store *s_store;
};

test::TempDir *DemoPlausibel::s_dir = nullptr;
Store *DemoPlausibel::s_store = nullptr;

int jarenOud(const QDate &geboren, const QDate &op)
{
    int jaren = op.year() - geboren.year();
    if (op < geboren.addYears(jaren))
        --jaren;
    return jaren;
}

} // namespace

TEST_F(DemoPlausibel, EveryHouseholdHasAnAdult)
{
    auto alle = HuishoudenRepository(*s_store).alle();
    ASSERT_TRUE(alle.ok());
    ASSERT_EQ(alle->size(), 20000);
    for (const Huishouden &h : *alle) {
        const bool volwassene = std::any_of(h.personen.cbegin(), h.personen.cend(), [&](auto &p) {
            return jarenOud(p.geboortedatum, h.vergunning) >= 18;
        });
        EXPECT_TRUE(volwassene) << h.id << " has no adult at the permit";
        EXPECT_NE(h.categorie, Categorie::Amv) << h.id;
        // The reference person is that adult.
        ASSERT_FALSE(h.personen.isEmpty());
        EXPECT_GE(jarenOud(h.personen.first().geboortedatum, h.vergunning), 18) << h.id;
    }
}

TEST_F(DemoPlausibel, NoGivenNameIsRepeatedWithinAName)
{
    auto q =
        sql::run(s_store->database(), QStringLiteral("SELECT voornamen, achternaam FROM persoon"));
    ASSERT_TRUE(q.ok());
    int personen = 0, tweeVoornamen = 0;
    while (q->next()) {
        ++personen;
        const QStringList voornamen = q->value(0).toString().split(QLatin1Char(' '));
        const QStringList achternaam = q->value(1).toString().split(QLatin1Char(' '));
        tweeVoornamen += voornamen.size() > 1 ? 1 : 0;
        const QStringList alle = voornamen + achternaam;
        const QSet<QString> uniek(alle.cbegin(), alle.cend());
        EXPECT_EQ(uniek.size(), alle.size())
            << (voornamen.join(QLatin1Char(' ')) + QLatin1Char(' ') +
                achternaam.join(QLatin1Char(' ')))
                   .toStdString();
    }
    EXPECT_GT(personen, 30000);
    EXPECT_GT(tweeVoornamen, 1000) << "some have two given names, so the check has work to do";
}

TEST_F(DemoPlausibel, ParentsAreAtLeastSixteenYearsOlderThanTheirChildren)
{
    auto alle = HuishoudenRepository(*s_store).alle();
    ASSERT_TRUE(alle.ok());
    int kinderen = 0;
    for (const Huishouden &h : *alle) {
        const QDate ouder = h.personen.first().geboortedatum;
        for (const Persoon &p : h.personen) {
            if (jarenOud(p.geboortedatum, h.vergunning) >= 18)
                continue;
            ++kinderen;
            EXPECT_GE(jarenOud(ouder, p.geboortedatum), 16)
                << h.id << " " << p.vNummer.toStdString();
        }
    }
    EXPECT_GT(kinderen, 1000);
}

TEST_F(DemoPlausibel, PartnershipsAreNeighboursInOneProvinceNamedAfterTheCoordinator)
{
    auto partnerschappen = Referentiedata(*s_store).partnerschappen();
    ASSERT_TRUE(partnerschappen.ok());
    EXPECT_GE(partnerschappen->size(), 40);
    QHash<QString, QString> naamVan, provincieVan;
    auto gemeenten = Referentiedata(*s_store).gemeenten();
    ASSERT_TRUE(gemeenten.ok());
    for (const Gemeente &g : *gemeenten) {
        naamVan.insert(g.code, g.naam);
        provincieVan.insert(g.code, g.provincie);
    }
    for (const Partnerschap &p : *partnerschappen) {
        EXPECT_EQ(p.naam, naamVan.value(p.coordinator) + QStringLiteral(" e.o."));
        EXPECT_FALSE(p.naam.contains(QStringLiteral("Samenwerking")));
        ASSERT_GE(p.leden.size(), 2);
        EXPECT_LE(p.leden.size(), 4);
        // The members are one of the hand-curated groups of neighbours, in one province.
        QStringList namen;
        for (const QString &lid : p.leden) {
            namen << naamVan.value(lid);
            EXPECT_EQ(provincieVan.value(lid), provincieVan.value(p.coordinator))
                << p.naam.toStdString();
        }
        const auto groep = std::find_if(
            demo::buurGroepen().cbegin(), demo::buurGroepen().cend(),
            [&](const QStringList &g) { return g.first() == naamVan.value(p.coordinator); });
        ASSERT_NE(groep, demo::buurGroepen().cend()) << p.naam.toStdString();
        QStringList verwacht = *groep;
        verwacht.sort();
        namen.sort();
        EXPECT_EQ(namen, verwacht) << p.naam.toStdString();
    }
    // Arnhem and Nijmegen are neighbours of others, never of each other under a third.
    EXPECT_EQ(getal(QStringLiteral("SELECT count(*) FROM partnerschap_lid a JOIN partnerschap_lid "
                                   "b ON a.partnerschap = b.partnerschap WHERE a.gemeente = "
                                   "'GM0202' AND b.gemeente = 'GM0268'")),
              0);
}

TEST_F(DemoPlausibel, EveryHousingProfileIsFilledAndFollowsTheSize)
{
    EXPECT_EQ(getal(QStringLiteral("SELECT count(*) FROM gemeente WHERE woningprofiel = ''")), 0);
    auto alle = GemeenteService(*s_store).alle();
    ASSERT_TRUE(alle.ok());
    ASSERT_EQ(alle->size(), 342);
    const QString bevolking = QStringLiteral("SELECT aantal FROM inwoners WHERE gemeente = ? "
                                             "ORDER BY jaar DESC LIMIT 1");
    int steden = 0, stedenKlein = 0, dorpen = 0, dorpenGezin = 0, dorpenKlein = 0;
    for (const GemeenteGegevens &g : *alle) {
        EXPECT_FALSE(g.woningprofiel.isEmpty()) << g.gemeente.naam.toStdString();
        const qint64 inwoners = getal(bevolking, {g.gemeente.code});
        if (inwoners >= 100000) {
            ++steden;
            stedenKlein += g.woningprofiel.contains(QStringLiteral("klein")) ? 1 : 0;
        } else if (inwoners < 20000) {
            ++dorpen;
            dorpenGezin += g.woningprofiel.contains(QStringLiteral("gezin")) ? 1 : 0;
            dorpenKlein += g.woningprofiel.contains(QStringLiteral("klein")) ? 1 : 0;
        }
    }
    ASSERT_GT(steden, 20);
    ASSERT_GT(dorpen, 50);
    EXPECT_GT(stedenKlein * 10, steden * 8) << "large cities mostly have small dwellings";
    EXPECT_EQ(dorpenGezin, dorpen) << "villages have family homes";
    EXPECT_LT(dorpenKlein * 2, dorpen) << "most villages lack small dwellings: the warning shows";
}

TEST_F(DemoPlausibel, TheNationalVgIsRealisticAndVariesPerHalfYear)
{
    TaakstellingService quota(*s_store);
    QSet<qint64> waarden;
    qint64 laatste = 0;
    for (HalfJaar h = HalfJaar(2024, 1); h <= HalfJaar(2026, 2); h = h.volgende()) {
        auto vg = quota.vg(h);
        ASSERT_TRUE(vg.ok());
        ASSERT_TRUE(vg->has_value()) << h.toString().toStdString();
        EXPECT_GE(**vg, 10000) << h.toString().toStdString();
        EXPECT_LE(**vg, 20000) << h.toString().toStdString();
        waarden.insert(**vg);
        laatste = **vg;
    }
    EXPECT_GE(waarden.size(), 4);
    // The same for a small demo: the vg is national, not scaled to the number of households.
    test::TempDir dir;
    auto klein = test::openStore(dir.path(QStringLiteral("klein.sqlite")), false);
    ASSERT_TRUE(klein);
    DemoOpties opties;
    opties.huishoudens = 100;
    opties.vandaag = vandaag;
    ASSERT_TRUE(maakDemo(*klein, opties).ok());
    auto vg = TaakstellingService(*klein).vg(HalfJaar(2026, 2));
    ASSERT_TRUE(vg.ok() && vg->has_value());
    EXPECT_EQ(**vg, laatste);
}

TEST_F(DemoPlausibel, TheRealisationOfACompleteHalfYearLiesAroundTheVg)
{
    TaakstellingService quota(*s_store);
    const HalfJaar h(2026, 1);
    auto overzicht = quota.bereken(h, 0, vandaag);
    ASSERT_TRUE(overzicht.ok()) << overzicht.error().toString().toStdString();
    qint64 realisatie = 0;
    for (const auto &r : overzicht->rijen)
        realisatie += r.realisatie;
    EXPECT_GT(realisatie * 2, overzicht->vg);
    EXPECT_LT(realisatie, overzicht->vg * 2);
}

TEST_F(DemoPlausibel, AMinorityOfTheQueueIsOverdueByAFewDays)
{
    auto rijen = WachtrijService(*s_store).wachtrij(0, vandaag);
    ASSERT_TRUE(rijen.ok());
    ASSERT_GT(rijen->size(), 100);
    QList<int> teLaat;
    for (const WachtrijRij &r : *rijen) {
        if (r.stand.teLaat())
            teLaat << -*r.stand.dagenResterend;
    }
    ASSERT_FALSE(teLaat.isEmpty()) << "a few are overdue, as in a real week";
    EXPECT_LT(teLaat.size() * 100, rijen->size() * 30)
        << teLaat.size() << " of " << rijen->size() << " overdue";
    std::sort(teLaat.begin(), teLaat.end());
    EXPECT_LE(teLaat.at(teLaat.size() / 2), 10) << "median days overdue";
}
