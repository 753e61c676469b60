#include "TestSupport.h"

#include "core/koppeling/KoppelingService.h"
#include "core/wachtrij/WachtrijService.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

class WachtrijServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("w.sqlite")), true);
        ASSERT_TRUE(store);
        azcNoord = test::azcIn(*store, QStringLiteral("GM0014"));  // Groningen: region 1
        azcMidden = test::azcIn(*store, QStringLiteral("GM0363")); // Amsterdam: region 3
        azcZuid = test::azcIn(*store, QStringLiteral("GM0599"));   // Rotterdam: region 4
    }

    qint64 voegToe(qint64 vNummer, int personen, const QDate &vergunning, qint64 azc)
    {
        return test::voegToe(*store, test::voorbeeldHuishouden(vNummer, personen, vergunning, azc),
                             vandaag);
    }

    QList<WachtrijRij> wachtrij(int regio = 0)
    {
        auto rijen = WachtrijService(*store).wachtrij(regio, vandaag);
        EXPECT_TRUE(rijen.ok()) << rijen.error().toString().toStdString();
        return rijen ? *rijen : QList<WachtrijRij>{};
    }

    QList<qint64> ids(int regio = 0)
    {
        QList<qint64> uit;
        for (const auto &r : wachtrij(regio))
            uit << r.huishoudenId;
        return uit;
    }

    WachtrijRij rijVan(qint64 id)
    {
        for (const auto &r : wachtrij())
            if (r.huishoudenId == id)
                return r;
        ADD_FAILURE() << "household " << id << " is not in the queue";
        return {};
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azcNoord = 0;
    qint64 azcMidden = 0;
    qint64 azcZuid = 0;
};

TEST_F(WachtrijServiceTest, OnlyHouseholdsWithoutActiveCouplingThatHaveNotMovedAreQueued)
{
    const qint64 wachtend = voegToe(3000000001, 2, QDate(2026, 11, 1), azcMidden);
    const qint64 gekoppeld = voegToe(3000000011, 2, QDate(2026, 11, 2), azcMidden);
    const qint64 ontkoppeld = voegToe(3000000021, 2, QDate(2026, 11, 3), azcMidden);
    auto verhuisd = test::voorbeeldHuishouden(3000000031, 2, QDate(2026, 9, 1), azcMidden);
    verhuisd.tekenen = QDate(2026, 10, 1);
    verhuisd.verhuizing = QDate(2026, 10, 10);
    const qint64 verhuisdId = test::voegToe(*store, verhuisd, vandaag);
    ASSERT_GT(verhuisdId, 0);
    auto uitgeschreven = test::voorbeeldHuishouden(3000000041, 1, QDate(2026, 9, 2), azcMidden);
    uitgeschreven.tekenen = QDate(2026, 10, 1);
    uitgeschreven.uitschrijving = QDate(2026, 10, 12);
    uitgeschreven.huisvestGemeente = QStringLiteral("GM0363");
    ASSERT_GT(test::voegToe(*store, uitgeschreven, vandaag), 0);

    KoppelingService koppeling(*store);
    ASSERT_TRUE(koppeling
                    .koppel(gekoppeld, QStringLiteral("GM0363"), QDate(2026, 11, 20),
                            QStringLiteral("achterstand"), vandaag)
                    .ok());
    ASSERT_TRUE(koppeling
                    .koppel(ontkoppeld, QStringLiteral("GM0363"), QDate(2026, 11, 20),
                            QStringLiteral("achterstand"), vandaag)
                    .ok());
    EXPECT_FALSE(ids().contains(ontkoppeld));
    const Status terug =
        koppeling.ontkoppel(ontkoppeld, QDate(2026, 11, 25), QStringLiteral("fout"), vandaag);
    ASSERT_TRUE(terug.ok()) << terug.error().toString().toStdString();

    const QList<qint64> rij = ids();
    EXPECT_EQ(rij, (QList<qint64>{wachtend, ontkoppeld}));
    for (const auto &r : wachtrij())
        EXPECT_TRUE(r.wachtend);
}

TEST_F(WachtrijServiceTest, RegionFilterFollowsTheRegionOfTheAzc)
{
    const qint64 noord = voegToe(3000000101, 1, QDate(2026, 11, 1), azcNoord);
    const qint64 midden = voegToe(3000000111, 1, QDate(2026, 11, 2), azcMidden);
    const qint64 zuid = voegToe(3000000121, 1, QDate(2026, 11, 3), azcZuid);
    const qint64 zonderAzc = voegToe(3000000131, 1, QDate(2026, 11, 4), 0);

    EXPECT_EQ(ids(1), QList<qint64>{noord});
    EXPECT_EQ(ids(3), QList<qint64>{midden});
    EXPECT_EQ(ids(4), QList<qint64>{zuid});
    EXPECT_TRUE(ids(2).isEmpty());
    // Region 0 means all regions, also a household without a recorded AZC.
    EXPECT_EQ(ids(0), (QList<qint64>{noord, midden, zuid, zonderAzc}));

    const WachtrijRij r = rijVan(zuid);
    EXPECT_EQ(r.regio, 4);
    EXPECT_EQ(r.azcId, azcZuid);
    EXPECT_EQ(r.azc, QStringLiteral("AZC test GM0599"));
    EXPECT_EQ(rijVan(zonderAzc).regio, 0);
    EXPECT_EQ(rijVan(zonderAzc).azcId, 0);
}

TEST_F(WachtrijServiceTest, SortedByPhaseOneDueDateThenVNummer)
{
    const qint64 laat = voegToe(3000000201, 1, QDate(2026, 11, 20), azcMidden);
    const qint64 vroegHoog = voegToe(3000000291, 1, QDate(2026, 11, 1), azcMidden);
    const qint64 vroegLaag = voegToe(3000000211, 1, QDate(2026, 11, 1), azcMidden);
    const qint64 midden = voegToe(3000000221, 1, QDate(2026, 11, 10), azcMidden);

    EXPECT_EQ(ids(), (QList<qint64>{vroegLaag, vroegHoog, midden, laat}));

    // Phase 1 is due 14 days after the permit; days left are negative when overdue.
    const WachtrijRij r = rijVan(vroegLaag);
    EXPECT_EQ(r.stand.fase, Fase::Koppeling);
    EXPECT_EQ(r.stand.vervaldatum, QDate(2026, 11, 15));
    ASSERT_TRUE(r.stand.dagenResterend.has_value());
    EXPECT_EQ(*r.stand.dagenResterend, -14);
    EXPECT_TRUE(r.stand.teLaat());
    EXPECT_EQ(*rijVan(laat).stand.dagenResterend, 5);
    EXPECT_EQ(rijVan(laat).vergunning, QDate(2026, 11, 20));
}

TEST_F(WachtrijServiceTest, CompositionCountsAdultsFromTheir18thBirthdayOnTheGivenDate)
{
    auto h = test::voorbeeldHuishouden(3000000301, 4, QDate(2026, 11, 1), azcMidden);
    h.personen[1].geboortedatum = vandaag.addYears(-18);            // 18 today: adult
    h.personen[2].geboortedatum = vandaag.addYears(-18).addDays(1); // 18 tomorrow: child
    h.personen[3].geboortedatum = QDate(2020, 3, 3);
    const qint64 id = test::voegToe(*store, h, vandaag);

    const WachtrijRij r = rijVan(id);
    EXPECT_EQ(r.personen, 4);
    EXPECT_EQ(r.volwassenen, 2);
    EXPECT_EQ(r.kinderen, 2);
    EXPECT_EQ(r.vNummer, QStringLiteral("3000000301"));
    EXPECT_EQ(r.naam, QStringLiteral("Amina Testperson"));

    // A day later the second child is 18 too.
    auto morgen = WachtrijService(*store).rij(id, vandaag.addDays(1));
    ASSERT_TRUE(morgen.ok());
    ASSERT_TRUE(morgen->has_value());
    EXPECT_EQ((*morgen)->volwassenen, 3);
    EXPECT_EQ((*morgen)->kinderen, 1);
}

TEST_F(WachtrijServiceTest, LargeHouseholdFlagStartsAboveEightPersons)
{
    const qint64 acht = voegToe(3000000401, 8, QDate(2026, 11, 1), azcMidden);
    const qint64 negen = voegToe(3000000411, 9, QDate(2026, 11, 2), azcMidden);
    EXPECT_FALSE(rijVan(acht).groot);
    EXPECT_TRUE(rijVan(negen).groot);
    EXPECT_EQ(rijVan(negen).personen, 9);
}

TEST_F(WachtrijServiceTest, FlagsForReunificationBlockCriteriaAndExpectedFamily)
{
    auto blok = test::voorbeeldHuishouden(3000000501, 1, QDate(2026, 8, 1), azcMidden);
    blok.gezinsherenigingVanaf = vandaag.addMonths(-1); // block runs 3 months
    auto blokVoorbij = test::voorbeeldHuishouden(3000000511, 1, QDate(2026, 8, 2), azcMidden);
    blokVoorbij.gezinsherenigingVanaf = vandaag.addMonths(-4);
    auto metGesprek = test::voorbeeldHuishouden(3000000521, 1, QDate(2026, 8, 3), azcMidden);
    Huisvestinggesprek gesprek;
    gesprek.datum = QDate(2026, 8, 5);
    gesprek.azcId = azcMidden;
    gesprek.nareizigersVerwacht = 2;
    PlaatsingsCriterium werk;
    werk.soort = CriteriumSoort::Werk;
    werk.gemeenteCode = QStringLiteral("GM0363");
    gesprek.criteria << werk;
    metGesprek.gesprek = gesprek;
    const qint64 blokId = test::voegToe(*store, blok, vandaag);
    const qint64 voorbijId = test::voegToe(*store, blokVoorbij, vandaag);
    const qint64 gesprekId = test::voegToe(*store, metGesprek, vandaag);

    EXPECT_TRUE(rijVan(blokId).gezinsherenigingBlok);
    EXPECT_FALSE(rijVan(voorbijId).gezinsherenigingBlok);
    EXPECT_FALSE(rijVan(gesprekId).gezinsherenigingBlok);

    EXPECT_TRUE(rijVan(gesprekId).criteria);
    EXPECT_EQ(rijVan(gesprekId).nareizigersVerwacht, 2);
    EXPECT_FALSE(rijVan(blokId).criteria);
    EXPECT_EQ(rijVan(blokId).nareizigersVerwacht, 0);
}

TEST_F(WachtrijServiceTest, SearchTextHoldsEveryMembersNamesVNummerAndBsnFolded)
{
    auto h = test::voorbeeldHuishouden(3000000601, 3, QDate(2026, 11, 1), azcMidden);
    h.personen[0].bsn = QStringLiteral("111222333");
    h.personen[1].voornamen = QStringLiteral("Émile");
    h.personen[1].achternaam = QStringLiteral("Çelik");
    h.personen[2].bsn = QStringLiteral("123456782");
    const qint64 id = test::voegToe(*store, h, vandaag);

    const QString zoek = rijVan(id).zoekTekst;
    for (const char *deel : {"amina", "testperson", "emile", "celik", "kind2", "3000000601",
                             "3000000602", "3000000603", "111222333", "123456782"})
        EXPECT_TRUE(zoek.contains(QLatin1String(deel))) << deel << " in " << zoek.toStdString();
    EXPECT_EQ(zoek, zoek.toLower());
    EXPECT_FALSE(zoek.contains(QStringLiteral("É")));
    EXPECT_FALSE(zoek.contains(QStringLiteral("é")));
    EXPECT_FALSE(zoek.contains(QStringLiteral("ç")));
}

TEST_F(WachtrijServiceTest, RijReturnsCoupledHouseholdsAsNotWaitingAndNothingForUnknownIds)
{
    const qint64 id = voegToe(3000000701, 2, QDate(2026, 11, 1), azcNoord);
    WachtrijService service(*store);

    auto voor = service.rij(id, vandaag);
    ASSERT_TRUE(voor.ok());
    ASSERT_TRUE(voor->has_value());
    EXPECT_TRUE((*voor)->wachtend);
    EXPECT_EQ((*voor)->regio, 1);

    ASSERT_TRUE(KoppelingService(*store)
                    .koppel(id, QStringLiteral("GM0014"), QDate(2026, 11, 20),
                            QStringLiteral("achterstand"), vandaag)
                    .ok());
    auto na = service.rij(id, vandaag);
    ASSERT_TRUE(na.ok());
    ASSERT_TRUE(na->has_value());
    EXPECT_FALSE((*na)->wachtend);
    EXPECT_EQ((*na)->huishoudenId, id);
    EXPECT_EQ((*na)->personen, 2);
    EXPECT_EQ((*na)->vNummer, QStringLiteral("3000000701"));

    auto onbekend = service.rij(id + 1000, vandaag);
    ASSERT_TRUE(onbekend.ok());
    EXPECT_FALSE(onbekend->has_value());
}

} // namespace
