#include "TestSupport.h"

#include "core/fase/Fase.h"
#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/KoppelingControle.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const QString groningen = QStringLiteral("GM0014"); // region 1
const QString amsterdam = QStringLiteral("GM0363"); // region 3
const QString utrecht = QStringLiteral("GM0344");   // region 3

class KoppelingControleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("controle.sqlite")));
        ASSERT_TRUE(store);
        azcAmsterdam = test::azcIn(*store, amsterdam);
        azcGroningen = test::azcIn(*store, groningen);
    }

    Huishouden huishouden(int personen, qint64 azc = 0)
    {
        return test::voorbeeldHuishouden(nextVNummer(personen), personen, vandaag.addDays(-20),
                                         azc ? azc : azcAmsterdam);
    }

    qint64 nextVNummer(int personen)
    {
        const qint64 v = m_vNummer;
        m_vNummer += personen + 10;
        return v;
    }

    ControleUitkomst controleer(qint64 id, const QString &gemeente, qint64 partnerschap = 0)
    {
        auto r = KoppelingControle(*store).controleer(id, gemeente, partnerschap, vandaag);
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        return r.ok() ? *r : ControleUitkomst{};
    }

    static const ControlePunt *punt(const ControleUitkomst &u, const QString &code)
    {
        for (const auto &p : u.punten) {
            if (p.code == code)
                return &p;
        }
        return nullptr;
    }

    void zetProfiel(const QString &gemeente, const QString &profiel)
    {
        auto r = sql::run(store->database(),
                          QStringLiteral("UPDATE gemeente SET woningprofiel = ? WHERE code = ?"),
                          {profiel, gemeente});
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    }

    // A household housed in `gemeente` in the current half-year: it counts as realised there.
    void gehuisvest(int personen, const QString &gemeente)
    {
        const QDate uitschrijving = vandaag.addDays(-5);
        auto h = test::voorbeeldHuishouden(nextVNummer(personen), personen,
                                           uitschrijving.addDays(-90), azcAmsterdam);
        h.tekenen = uitschrijving.addDays(-10);
        h.verhuizing = uitschrijving;
        h.uitschrijving = uitschrijving;
        h.huisvestGemeente = gemeente;
        const qint64 id = test::voegToe(*store, h, vandaag);
        auto k = KoppelingService(*store).koppel(id, gemeente, uitschrijving.addDays(-80),
                                                 QStringLiteral("test"), vandaag);
        EXPECT_TRUE(k.ok()) << k.error().toString().toStdString();
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azcAmsterdam = 0;
    qint64 azcGroningen = 0;

private:
    qint64 m_vNummer = 2000000001;
};

Huisvestinggesprek gesprekMet(const QList<PlaatsingsCriterium> &criteria)
{
    Huisvestinggesprek g;
    g.datum = vandaag.addDays(-10);
    g.criteria = criteria;
    return g;
}

} // namespace

TEST_F(KoppelingControleTest, CriteriumTiedToAnotherGemeenteBlocks)
{
    auto h = huishouden(2);
    h.gesprek =
        gesprekMet({{CriteriumSoort::Werk, utrecht, QString(), QStringLiteral("contract")}});
    const qint64 id = test::voegToe(*store, h, vandaag);

    const auto elders = controleer(id, amsterdam);
    const auto *p = punt(elders, QStringLiteral("criterium-elders"));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->ernst, ControleErnst::Blokkerend);
    EXPECT_TRUE(elders.blokkerend());
    EXPECT_TRUE(p->tekst.contains(QStringLiteral("Utrecht"))) << p->tekst.toStdString();
    EXPECT_TRUE(p->tekst.contains(criterium::naam(CriteriumSoort::Werk))) << p->tekst.toStdString();

    const auto daar = controleer(id, utrecht);
    EXPECT_EQ(punt(daar, QStringLiteral("criterium-elders")), nullptr);
    EXPECT_FALSE(daar.blokkerend());
}

TEST_F(KoppelingControleTest, CriteriumTiedToAnyPartnershipMemberIsFine)
{
    auto h = huishouden(2);
    h.gesprek = gesprekMet({{CriteriumSoort::Opleiding, utrecht, QString(), QString()}});
    const qint64 id = test::voegToe(*store, h, vandaag);
    Referentiedata ref(*store);
    auto met =
        ref.voegPartnerschapToe(QStringLiteral("Met Utrecht"), amsterdam, {amsterdam, utrecht});
    auto zonder = ref.voegPartnerschapToe(QStringLiteral("Zonder Utrecht"), amsterdam,
                                          {amsterdam, QStringLiteral("GM0358")});
    ASSERT_TRUE(met.ok() && zonder.ok());

    EXPECT_EQ(punt(controleer(id, QString(), *met), QStringLiteral("criterium-elders")), nullptr);
    EXPECT_NE(punt(controleer(id, QString(), *zonder), QStringLiteral("criterium-elders")),
              nullptr);
}

TEST_F(KoppelingControleTest, CriteriumTiedOnlyToAPlaceIsNotJudged)
{
    auto h = huishouden(2);
    h.gesprek = gesprekMet(
        {{CriteriumSoort::Behandeling, QString(), QStringLiteral("Nijmegen"), QString()}});
    const qint64 id = test::voegToe(*store, h, vandaag);
    EXPECT_EQ(punt(controleer(id, amsterdam), QStringLiteral("criterium-elders")), nullptr);
}

TEST_F(KoppelingControleTest, ActiveFamilyReunificationBlockBlocksWithItsEndDate)
{
    auto actief = huishouden(1);
    actief.gezinsherenigingVanaf = vandaag.addMonths(-1);
    const auto u = controleer(test::voegToe(*store, actief, vandaag), amsterdam);
    const auto *p = punt(u, QStringLiteral("gezinshereniging"));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->ernst, ControleErnst::Blokkerend);
    const QDate tot = gezinsherenigingBlokTot(actief.gezinsherenigingVanaf);
    EXPECT_TRUE(p->tekst.contains(QLocale().toString(tot, QLocale::ShortFormat)))
        << p->tekst.toStdString();

    auto voorbij = huishouden(1);
    voorbij.vergunning = vandaag.addMonths(-6);
    voorbij.gezinsherenigingVanaf = vandaag.addMonths(-4);
    EXPECT_EQ(punt(controleer(test::voegToe(*store, voorbij, vandaag), amsterdam),
                   QStringLiteral("gezinshereniging")),
              nullptr);
}

TEST_F(KoppelingControleTest, GemeenteOutsideTheAzcRegionBlocks)
{
    const qint64 id = test::voegToe(*store, huishouden(2, azcGroningen), vandaag);
    const auto buiten = controleer(id, amsterdam);
    const auto *p = punt(buiten, QStringLiteral("buiten-regio"));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->ernst, ControleErnst::Blokkerend);
    EXPECT_TRUE(p->tekst.contains(QStringLiteral("Amsterdam"))) << p->tekst.toStdString();

    EXPECT_EQ(punt(controleer(id, groningen), QStringLiteral("buiten-regio")), nullptr);
}

TEST_F(KoppelingControleTest, PartnershipIsJudgedOnItsCoordinatorsRegion)
{
    const qint64 id = test::voegToe(*store, huishouden(2, azcGroningen), vandaag);
    auto ps = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Noord"), groningen,
                                                         {groningen, QStringLiteral("GM0080")});
    ASSERT_TRUE(ps.ok()) << ps.error().toString().toStdString();
    EXPECT_EQ(punt(controleer(id, QString(), *ps), QStringLiteral("buiten-regio")), nullptr);
    auto west = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("West"), amsterdam,
                                                           {amsterdam, utrecht});
    ASSERT_TRUE(west.ok());
    EXPECT_NE(punt(controleer(id, QString(), *west), QStringLiteral("buiten-regio")), nullptr);
}

TEST_F(KoppelingControleTest, HouseholdWithoutAzcHasNoRegionCheck)
{
    const qint64 id = test::voegToe(
        *store, test::voorbeeldHuishouden(3000000001, 2, vandaag.addDays(-20), 0), vandaag);
    EXPECT_EQ(punt(controleer(id, groningen), QStringLiteral("buiten-regio")), nullptr);
}

TEST_F(KoppelingControleTest, MoreThanEightPersonsWarns)
{
    const auto groot = controleer(test::voegToe(*store, huishouden(9), vandaag), amsterdam);
    const auto *p = punt(groot, QStringLiteral("groot-huishouden"));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->ernst, ControleErnst::Waarschuwing);
    EXPECT_FALSE(groot.blokkerend()) << "a warning alone does not block";
    EXPECT_EQ(groot.waarschuwingen().size(), 1);

    const auto acht = controleer(test::voegToe(*store, huishouden(8), vandaag), amsterdam);
    EXPECT_EQ(punt(acht, QStringLiteral("groot-huishouden")), nullptr);
}

TEST_F(KoppelingControleTest, GemeenteAheadWhileOthersBehindWarnsNamingTheMostBehind)
{
    ASSERT_TRUE(
        TaakstellingService(*store)
            .zetVg(HalfJaar::van(vandaag), 100, tijdigheid::laatsteDagVg(HalfJaar::van(vandaag)))
            .ok());
    gehuisvest(8, utrecht); // Utrecht's quota at vg 100 is 3: far ahead
    const qint64 id = test::voegToe(*store, huishouden(2), vandaag);

    const auto voor = controleer(id, utrecht);
    const auto *p = punt(voor, QStringLiteral("voorsprong"));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->ernst, ControleErnst::Waarschuwing);
    // Amsterdam has the largest quota of region 3 and nothing realised: the most behind.
    EXPECT_TRUE(p->tekst.contains(QStringLiteral("Amsterdam (") + QChar(0x2212)))
        << p->tekst.toStdString();
    EXPECT_EQ(p->tekst.count(QChar(0x2212)), 5) << "names at most five gemeenten";
    EXPECT_FALSE(p->tekst.contains(QStringLiteral("Utrecht (")));

    EXPECT_EQ(punt(controleer(id, amsterdam), QStringLiteral("voorsprong")), nullptr)
        << "a gemeente behind gets no voorsprong warning";
}

TEST_F(KoppelingControleTest, QuotaThatCannotBeComputedSkipsVoorsprongButKeepsOtherItems)
{
    gehuisvest(8, utrecht);
    const qint64 id = test::voegToe(*store, huishouden(9), vandaag);
    const auto u = controleer(id, utrecht); // no vg for the half-year
    EXPECT_EQ(punt(u, QStringLiteral("voorsprong")), nullptr);
    EXPECT_NE(punt(u, QStringLiteral("groot-huishouden")), nullptr);
}

TEST_F(KoppelingControleTest, HousingProfileLackingWhatTheHouseholdNeedsWarns)
{
    auto h = huishouden(4);
    h.personen[1].geboortedatum = QDate(1950, 3, 1); // 76 on vandaag
    h.personen[2].fysiekeBeperking = QStringLiteral("uses a wheelchair");
    const qint64 id = test::voegToe(*store, h, vandaag);

    zetProfiel(amsterdam, QStringLiteral("klein,studenten"));
    const auto uitkomst = controleer(id, amsterdam); // p points into it
    const auto *p = punt(uitkomst, QStringLiteral("woningprofiel"));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->ernst, ControleErnst::Waarschuwing);
    for (const auto *code : {"gezin", "ouderen", "zorg"})
        EXPECT_TRUE(p->tekst.contains(QLatin1String(code))) << p->tekst.toStdString();
    EXPECT_FALSE(p->tekst.contains(QStringLiteral("klein")))
        << "four persons do not need small dwellings: " << p->tekst.toStdString();

    zetProfiel(amsterdam, QStringLiteral("gezin, ouderen,zorg"));
    EXPECT_EQ(punt(controleer(id, amsterdam), QStringLiteral("woningprofiel")), nullptr);

    zetProfiel(amsterdam, QStringLiteral("")); // not QString(): that binds as NULL
    EXPECT_EQ(punt(controleer(id, amsterdam), QStringLiteral("woningprofiel")), nullptr)
        << "an unknown profile gives no warning";
}

TEST_F(KoppelingControleTest, SinglePersonNeedsSmallDwellings)
{
    const qint64 alleen = test::voegToe(*store, huishouden(1), vandaag);
    zetProfiel(amsterdam, QStringLiteral("gezin"));
    const auto uitkomst = controleer(alleen, amsterdam); // p points into it
    const auto *p = punt(uitkomst, QStringLiteral("woningprofiel"));
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->tekst.contains(QStringLiteral("klein"))) << p->tekst.toStdString();

    const qint64 twee = test::voegToe(*store, huishouden(2), vandaag);
    EXPECT_EQ(punt(controleer(twee, amsterdam), QStringLiteral("woningprofiel")), nullptr)
        << "two younger persons without limitation need nothing specific";
}

TEST_F(KoppelingControleTest, UnknownHouseholdOrGemeenteIsAnErrorNamingIt)
{
    const qint64 id = test::voegToe(*store, huishouden(2), vandaag);
    KoppelingControle controle(*store);
    auto gemeente = controle.controleer(id, QStringLiteral("GM9999"), 0, vandaag);
    ASSERT_FALSE(gemeente.ok());
    EXPECT_TRUE(gemeente.error().toString().contains(QStringLiteral("GM9999")));
    auto huishouden = controle.controleer(id + 1000, amsterdam, 0, vandaag);
    ASSERT_FALSE(huishouden.ok());
    EXPECT_TRUE(huishouden.error().toString().contains(QString::number(id + 1000)));
    auto partnerschap = controle.controleer(id, QString(), 4242, vandaag);
    ASSERT_FALSE(partnerschap.ok());
    EXPECT_TRUE(partnerschap.error().toString().contains(QStringLiteral("4242")));
}

TEST_F(KoppelingControleTest, BlockingItemsComeFirstInTheOrderOfTheRules)
{
    auto h = huishouden(9, azcGroningen);
    h.gezinsherenigingVanaf = vandaag.addDays(-3);
    h.gesprek = gesprekMet({{CriteriumSoort::Familie, groningen, QString(), QString()}});
    zetProfiel(amsterdam, QStringLiteral("klein"));
    const auto u = controleer(test::voegToe(*store, h, vandaag), amsterdam);
    QStringList codes;
    for (const auto &p : u.punten)
        codes << p.code;
    EXPECT_EQ(codes,
              (QStringList{QStringLiteral("criterium-elders"), QStringLiteral("gezinshereniging"),
                           QStringLiteral("buiten-regio"), QStringLiteral("groot-huishouden"),
                           QStringLiteral("woningprofiel")}))
        << codes.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(u.blokkerend());
    EXPECT_EQ(u.waarschuwingen().size(), 2);
}
