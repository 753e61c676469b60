#include "TestSupport.h"

#include "core/gemeente/GemeenteService.h"
#include "core/koppeling/KoppelingControle.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"

#include <gtest/gtest.h>

using namespace rd;

// KoppelingControle::setQuota (figures the board already computed) and Omvang::AlleenBlokkerend
// (what decides whether a coupling may commit), and KoppelingService::koppelNaControle on top.

namespace {

const QDate vandaag(2026, 11, 29);
const QString groningen = QStringLiteral("GM0014"); // region 1
const QString utrecht = QStringLiteral("GM0344");   // region 3
const QString aalsmeer = QStringLiteral("GM0358");  // region 3
const QString amsterdam = QStringLiteral("GM0363"); // region 3
const QString diemen = QStringLiteral("GM0384");    // region 3
const QChar minus(0x2212);

TaakstellingStand rij(const QString &code, const QString &naam, int regio, qint64 voorAchter)
{
    TaakstellingStand r;
    r.code = code;
    r.naam = naam;
    r.regio = regio;
    r.voorAchter = voorAchter;
    return r;
}

class KoppelingControleCacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(store);
        azcAmsterdam = test::azcIn(*store, amsterdam);
    }

    qint64 huishouden(int personen)
    {
        const qint64 v = m_vNummer;
        m_vNummer += personen + 10;
        return test::voegToe(
            *store, test::voorbeeldHuishouden(v, personen, vandaag.addDays(-20), azcAmsterdam),
            vandaag);
    }

    // Amsterdam far ahead, two doctored gemeenten of region 3 behind, and a gemeente of
    // another region further behind that must not be named.
    TaakstellingOverzicht vervalst(const HalfJaar &halfJaar) const
    {
        TaakstellingOverzicht o;
        o.halfJaar = halfJaar;
        o.vg = 1;
        o.peildatum = vandaag;
        o.rijen = {rij(aalsmeer, QStringLiteral("Doctored Aalsmeer"), 3, -3),
                   rij(amsterdam, QStringLiteral("Amsterdam"), 3, 12),
                   rij(diemen, QStringLiteral("Doctored Diemen"), 3, -7),
                   rij(groningen, QStringLiteral("Doctored Groningen"), 1, -50),
                   rij(utrecht, QStringLiteral("Doctored Utrecht"), 3, 0)};
        return o;
    }

    // Utrecht really ahead: 8 persons housed there this half-year at a vg of 100.
    void utrechtEchtVoor()
    {
        ASSERT_TRUE(TaakstellingService(*store)
                        .zetVg(HalfJaar::van(vandaag), 100,
                               tijdigheid::laatsteDagVg(HalfJaar::van(vandaag)))
                        .ok());
        const QDate uitschrijving = vandaag.addDays(-5);
        auto h = test::voorbeeldHuishouden(m_vNummer, 8, uitschrijving.addDays(-90), azcAmsterdam);
        m_vNummer += 20;
        h.tekenen = uitschrijving.addDays(-10);
        h.verhuizing = uitschrijving;
        h.uitschrijving = uitschrijving;
        h.huisvestGemeente = utrecht;
        const qint64 id = test::voegToe(*store, h, vandaag);
        auto k = KoppelingService(*store).koppel(id, utrecht, uitschrijving.addDays(-80),
                                                 QStringLiteral("test"), vandaag);
        ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    }

    ControleUitkomst controleer(const KoppelingControle &controle, qint64 id,
                                const QString &gemeente,
                                KoppelingControle::Omvang omvang = KoppelingControle::Omvang::Alles)
    {
        auto r = controle.controleer(id, gemeente, 0, vandaag, omvang);
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

    int aantalKoppelingen() const
    {
        auto n = sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM koppeling"));
        EXPECT_TRUE(n.ok());
        return n ? n->toInt() : -1;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azcAmsterdam = 0;

private:
    qint64 m_vNummer = 3100000001;
};

} // namespace

TEST_F(KoppelingControleCacheTest, CachedQuotaOfTheSameHalfYearAndRegionIsUsedForVoorsprong)
{
    // No vg in the store: computing would fail, so a warning can only come from the cache.
    const qint64 id = huishouden(2);
    const TaakstellingOverzicht cache = vervalst(HalfJaar::van(vandaag));
    KoppelingControle controle(*store);
    EXPECT_EQ(punt(controleer(controle, id, amsterdam), QStringLiteral("voorsprong")), nullptr);

    controle.setQuota(&cache);
    const auto u = controleer(controle, id, amsterdam);
    const auto *p = punt(u, QStringLiteral("voorsprong"));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->ernst, ControleErnst::Waarschuwing);
    const QString diemenTekst = QStringLiteral("Doctored Diemen (") + minus + QStringLiteral("7)");
    const QString aalsmeerTekst =
        QStringLiteral("Doctored Aalsmeer (") + minus + QStringLiteral("3)");
    EXPECT_TRUE(p->tekst.contains(diemenTekst)) << p->tekst.toStdString();
    EXPECT_TRUE(p->tekst.contains(aalsmeerTekst)) << p->tekst.toStdString();
    EXPECT_LT(p->tekst.indexOf(diemenTekst), p->tekst.indexOf(aalsmeerTekst))
        << "the most behind first";
    EXPECT_TRUE(p->tekst.contains(QStringLiteral("12"))) << p->tekst.toStdString();
    EXPECT_FALSE(p->tekst.contains(QStringLiteral("Groningen"))) << "another region";
    EXPECT_FALSE(p->tekst.contains(QStringLiteral("Doctored Utrecht"))) << "not behind";
}

TEST_F(KoppelingControleCacheTest, CachedQuotaOfAnotherHalfYearIsIgnored)
{
    const qint64 id = huishouden(2);
    const TaakstellingOverzicht cache = vervalst(HalfJaar::van(vandaag).vorige());
    KoppelingControle controle(*store);
    controle.setQuota(&cache);
    // No vg: the computed figures give nothing to weigh, and the stale cache is not used.
    EXPECT_EQ(punt(controleer(controle, id, amsterdam), QStringLiteral("voorsprong")), nullptr);

    // With a vg the computed figures count: Utrecht ahead, Amsterdam really behind.
    utrechtEchtVoor();
    const auto u = controleer(controle, id, utrecht);
    const auto *p = punt(u, QStringLiteral("voorsprong"));
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->tekst.contains(QStringLiteral("Amsterdam (") + minus)) << p->tekst.toStdString();
    EXPECT_FALSE(p->tekst.contains(QStringLiteral("Doctored"))) << p->tekst.toStdString();
    EXPECT_EQ(punt(controleer(controle, id, amsterdam), QStringLiteral("voorsprong")), nullptr)
        << "the stale cache says Amsterdam is ahead; the computed figures say behind";
}

TEST_F(KoppelingControleCacheTest, CachedQuotaWithoutRowsOfTheTargetsRegionIsIgnored)
{
    const qint64 id = huishouden(2);
    TaakstellingOverzicht cache = vervalst(HalfJaar::van(vandaag));
    cache.rijen = {rij(groningen, QStringLiteral("Doctored Groningen"), 1, 40),
                   rij(QStringLiteral("GM0037"), QStringLiteral("Doctored Stadskanaal"), 1, -9)};
    utrechtEchtVoor();
    KoppelingControle controle(*store);
    controle.setQuota(&cache);
    const auto uitkomst = controleer(controle, id, utrecht); // p points into it
    const auto *p = punt(uitkomst, QStringLiteral("voorsprong"));
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->tekst.contains(QStringLiteral("Amsterdam (") + minus)) << p->tekst.toStdString();
    EXPECT_FALSE(p->tekst.contains(QStringLiteral("Doctored"))) << p->tekst.toStdString();
}

TEST_F(KoppelingControleCacheTest, OnlyBlockingReturnsBlockingItemsAndSkipsWarnings)
{
    // Nine persons in a gemeente without family homes: two warnings; in another region than
    // the AZC: one blocking item; and a cache that would add the voorsprong warning.
    const qint64 id = huishouden(9);
    ASSERT_TRUE(GemeenteService(*store).werkBij(groningen, {QStringLiteral("klein")}, {}, {}).ok());
    TaakstellingOverzicht cache;
    cache.halfJaar = HalfJaar::van(vandaag);
    cache.rijen = {rij(groningen, QStringLiteral("Groningen"), 1, 20),
                   rij(QStringLiteral("GM0037"), QStringLiteral("Stadskanaal"), 1, -4)};
    KoppelingControle controle(*store);
    controle.setQuota(&cache);

    const auto alles = controleer(controle, id, groningen);
    EXPECT_NE(punt(alles, QStringLiteral("buiten-regio")), nullptr);
    EXPECT_NE(punt(alles, QStringLiteral("groot-huishouden")), nullptr);
    EXPECT_NE(punt(alles, QStringLiteral("woningprofiel")), nullptr);
    EXPECT_NE(punt(alles, QStringLiteral("voorsprong")), nullptr);

    const auto blokkerend =
        controleer(controle, id, groningen, KoppelingControle::Omvang::AlleenBlokkerend);
    ASSERT_EQ(blokkerend.punten.size(), 1);
    EXPECT_EQ(blokkerend.punten.first().code, QStringLiteral("buiten-regio"));
    EXPECT_EQ(blokkerend.punten.first().ernst, ControleErnst::Blokkerend);
    EXPECT_TRUE(blokkerend.waarschuwingen().isEmpty());
    EXPECT_TRUE(blokkerend.blokkerend());

    // Within the region: warnings only, so nothing at all for the blocking check.
    const auto binnen =
        controleer(controle, id, utrecht, KoppelingControle::Omvang::AlleenBlokkerend);
    EXPECT_TRUE(binnen.punten.isEmpty());
    EXPECT_NE(punt(controleer(controle, id, utrecht), QStringLiteral("groot-huishouden")), nullptr);
}

TEST_F(KoppelingControleCacheTest, CheckedCouplingStillRefusesABlockingItemWithoutAReason)
{
    auto h = test::voorbeeldHuishouden(3200000001, 2, vandaag.addDays(-20), azcAmsterdam);
    Huisvestinggesprek gesprek;
    gesprek.datum = vandaag.addDays(-10);
    gesprek.criteria = {{CriteriumSoort::Werk, utrecht, QString(), QStringLiteral("contract")}};
    h.gesprek = gesprek;
    const qint64 id = test::voegToe(*store, h, vandaag);
    KoppelingService service(*store);
    const QDate datum = vandaag.addDays(-1);

    // Groningen: outside the AZC's region, and the work criterion ties it to Utrecht.
    auto zonder = service.koppelNaControle(id, groningen, 0, datum, QStringLiteral("quota"),
                                           QStringLiteral("   "), vandaag);
    ASSERT_FALSE(zonder.ok());
    EXPECT_EQ(aantalKoppelingen(), 0);

    auto met = service.koppelNaControle(id, groningen, 0, datum, QStringLiteral("quota"),
                                        QStringLiteral("  agreed with both regions  "), vandaag);
    ASSERT_TRUE(met.ok()) << met.error().toString().toStdString();
    auto actief = service.actief(id);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->overruleReden, QStringLiteral("agreed with both regions"));
    EXPECT_EQ((*actief)->overruled,
              QStringList({QStringLiteral("criterium-elders"), QStringLiteral("buiten-regio")}));
}

TEST_F(KoppelingControleCacheTest, CheckedCouplingIsNotBlockedByWarnings)
{
    // Nine persons, a profile without family homes: warnings only.
    const qint64 id = huishouden(9);
    ASSERT_TRUE(GemeenteService(*store).werkBij(utrecht, {QStringLiteral("klein")}, {}, {}).ok());
    KoppelingService service(*store);
    auto id2 = service.koppelNaControle(id, utrecht, 0, vandaag.addDays(-1),
                                        QStringLiteral("quota"), QString(), vandaag);
    ASSERT_TRUE(id2.ok()) << id2.error().toString().toStdString();
    auto actief = service.actief(id);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->gemeenteCode, utrecht);
    EXPECT_TRUE((*actief)->overruled.isEmpty());
    EXPECT_TRUE((*actief)->overruleReden.isEmpty());
}
