// One search over every household (issue 13): waiting, coupled, housed and stopped, by any
// member's name (accents and case ignored), V-nummer or BSN, with the status in words.
#include "TijdlijnTestData.h"

#include "core/huishouden/HuishoudenRepository.h"
#include "core/huishouden/HuishoudenZoeker.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/weigering/WeigeringService.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

// Four households, one in each status: Helen Tewelde waits (permit 2026-09-01, 75 days overdue
// on 2026-11-29), Émile Çelik is coupled to Amsterdam, Yonas Gebremedhin was housed there and
// Samira Haddad's mediation stopped after a second refusal.
class HuishoudenZoekerTest : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        test::TijdlijnTest::SetUp();
        wachtend = metNaam(7100000001, QStringLiteral("Helen"), QStringLiteral("Tewelde"),
                           Opties{}.metPersonen(3).metBsn());
        gekoppeld = metNaam(7100000011, QStringLiteral("Émile"), QStringLiteral("Çelik"));
        koppel(gekoppeld);
        gehuisvest = metNaam(7100000021, QStringLiteral("Yonas"), QStringLiteral("Gebremedhin"));
        koppel(gehuisvest);
        TijdlijnService tijdlijn(*store);
        for (const auto soort : {GebeurtenisSoort::Tekenen, GebeurtenisSoort::Verhuizing}) {
            auto s = tijdlijn.zetDatum(gehuisvest, soort, QDate(2026, 10, 20), {}, vandaag);
            ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
        }
        gestopt = metNaam(7100000031, QStringLiteral("Samira"), QStringLiteral("Haddad"));
        koppel(gestopt);
        WeigeringService weigering(*store);
        auto eerste = weigering.registreer(gestopt, WeigeringSoort::Geweigerd, QDate(2026, 10, 1),
                                           QStringLiteral("te ver"), {}, vandaag);
        ASSERT_TRUE(eerste.ok()) << eerste.error().toString().toStdString();
        ASSERT_TRUE(weigering
                        .beoordeel(*eerste, Oordeel::Onterecht, QDate(2026, 10, 5),
                                   QStringLiteral("geen-dwingende-reden"), vandaag)
                        .ok());
        ASSERT_TRUE(weigering
                        .registreer(gestopt, WeigeringSoort::Geweigerd, QDate(2026, 10, 20),
                                    QStringLiteral("te klein"), {}, vandaag)
                        .ok());
    }

    qint64 metNaam(qint64 vNummer, const QString &voornaam, const QString &achternaam,
                   const Opties &opties = Opties{})
    {
        const qint64 id = nieuwHuishouden(vNummer, opties);
        auto h = HuishoudenRepository(*store).laad(id);
        EXPECT_TRUE(h.ok());
        h->personen[0].voornamen = voornaam;
        h->personen[0].achternaam = achternaam;
        for (qsizetype i = 1; i < h->personen.size(); ++i)
            h->personen[i].achternaam = achternaam;
        const Status s = HuishoudenRepository(*store).werkBij(*h, vandaag);
        EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
        return id;
    }

    ZoekResultaat zoek(const QString &tekst, int maximum = HuishoudenZoeker::standaardMaximum)
    {
        auto r = HuishoudenZoeker(*store).zoek(tekst, maximum, vandaag);
        EXPECT_TRUE(r.ok()) << tekst.toStdString() << ": " << r.error().toString().toStdString();
        return r.ok() ? *r : ZoekResultaat{};
    }

    // The only household found; a failure when there is not exactly one.
    ZoekTreffer enige(const QString &tekst)
    {
        const auto r = zoek(tekst);
        EXPECT_EQ(r.treffers.size(), 1) << tekst.toStdString();
        return r.treffers.isEmpty() ? ZoekTreffer{} : r.treffers.first();
    }

    qint64 wachtend = 0;
    qint64 gekoppeld = 0;
    qint64 gehuisvest = 0;
    qint64 gestopt = 0;
};

TEST_F(HuishoudenZoekerTest, FindsAHouseholdInEachStatusByName)
{
    const ZoekTreffer w = enige(QStringLiteral("tewelde"));
    EXPECT_EQ(w.huishoudenId, wachtend);
    EXPECT_EQ(w.status, HuishoudenStatus::Wachtend);
    EXPECT_TRUE(w.wachtend());
    EXPECT_EQ(w.naam, QStringLiteral("Helen Tewelde"));
    EXPECT_EQ(w.vNummer, QStringLiteral("7100000001"));
    EXPECT_EQ(w.personen, 3);
    EXPECT_EQ(w.azc, QStringLiteral("AZC test GM0363"));
    EXPECT_EQ(w.statusTekst.toStdString(), std::string("phase 1: coupling (75 days overdue)"));

    // Accents and case do not matter, either way round.
    const ZoekTreffer k = enige(QStringLiteral("CELIK"));
    EXPECT_EQ(k.huishoudenId, gekoppeld);
    EXPECT_EQ(k.status, HuishoudenStatus::Gekoppeld);
    EXPECT_FALSE(k.wachtend());
    EXPECT_TRUE(k.open());
    EXPECT_EQ(k.gemeenteCode, amsterdam);
    EXPECT_EQ(k.gemeenteNaam, QStringLiteral("Amsterdam"));
    // Coupled on 2026-09-15: phase 2 was due on 2026-11-24.
    EXPECT_EQ(k.statusTekst.toStdString(),
              std::string("phase 2: finding a dwelling (5 days overdue)"));
    EXPECT_EQ(enige(QStringLiteral("émile")).huishoudenId, gekoppeld);

    const ZoekTreffer g = enige(QStringLiteral("Gebremedhin"));
    EXPECT_EQ(g.huishoudenId, gehuisvest);
    EXPECT_EQ(g.status, HuishoudenStatus::Gehuisvest);
    EXPECT_FALSE(g.open());
    EXPECT_EQ(g.statusTekst.toStdString(), std::string("housed in Amsterdam"));

    const ZoekTreffer s = enige(QStringLiteral("haddad"));
    EXPECT_EQ(s.huishoudenId, gestopt);
    EXPECT_EQ(s.status, HuishoudenStatus::BemiddelingGestopt);
    EXPECT_TRUE(s.gemeenteCode.isEmpty());
    EXPECT_EQ(s.statusTekst.toStdString(), std::string("mediation stopped on 2026-10-20"));
}

TEST_F(HuishoudenZoekerTest, EveryWordTypedBeginsAWordOfAMembersName)
{
    EXPECT_EQ(enige(QStringLiteral("hel tew")).huishoudenId, wachtend);
    EXPECT_EQ(enige(QStringLiteral("Tewelde, Helen")).huishoudenId, wachtend);
    EXPECT_TRUE(zoek(QStringLiteral("helen haddad")).treffers.isEmpty());
    EXPECT_TRUE(zoek(QStringLiteral("elde")).treffers.isEmpty()) << "only beginnings of words";
    // A child of the household: found, and named as the member that matched.
    const ZoekTreffer kind = enige(QStringLiteral("kind2 tewelde"));
    EXPECT_EQ(kind.huishoudenId, wachtend);
    EXPECT_EQ(kind.lidNaam, QStringLiteral("Kind2 Tewelde"));
    EXPECT_EQ(kind.lidVNummer, QStringLiteral("7100000003"));
    EXPECT_EQ(kind.gevondenOp, ZoekVeld::Naam);
    // The reference person is named when more members match.
    EXPECT_EQ(enige(QStringLiteral("tewelde")).lidNaam, QStringLiteral("Helen Tewelde"));
}

TEST_F(HuishoudenZoekerTest, FindsByVNummerOrBsnOfAnyMember)
{
    const ZoekTreffer k = enige(QStringLiteral("7100000011"));
    EXPECT_EQ(k.huishoudenId, gekoppeld);
    EXPECT_EQ(k.gevondenOp, ZoekVeld::VNummer);
    EXPECT_EQ(enige(QStringLiteral("V 7100 0000 11")).huishoudenId, gekoppeld);
    // The beginning of a V-nummer: every household whose member's number begins so.
    EXPECT_EQ(zoek(QStringLiteral("71000000")).treffers.size(), 4);
    const ZoekTreffer huis = enige(QStringLiteral("7100000021"));
    EXPECT_EQ(huis.status, HuishoudenStatus::Gehuisvest);
    const ZoekTreffer stop = enige(QStringLiteral("7100000031"));
    EXPECT_EQ(stop.status, HuishoudenStatus::BemiddelingGestopt);

    // The second member's BSN (TijdlijnTestData gives 111222333, 123456782, 111111110).
    const ZoekTreffer bsn = enige(QStringLiteral("123456782"));
    EXPECT_EQ(bsn.huishoudenId, wachtend);
    EXPECT_EQ(bsn.gevondenOp, ZoekVeld::Bsn);
    EXPECT_EQ(bsn.lidVNummer, QStringLiteral("7100000002"));
}

TEST_F(HuishoudenZoekerTest, ARenamedPersonIsFoundByTheNewNameOnly)
{
    auto h = HuishoudenRepository(*store).laad(gekoppeld);
    ASSERT_TRUE(h.ok());
    h->personen[0].voornamen = QStringLiteral("Emil");
    for (Persoon &p : h->personen)
        p.achternaam = QStringLiteral("Yilmaz");
    ASSERT_TRUE(HuishoudenRepository(*store).werkBij(*h, vandaag).ok());
    EXPECT_TRUE(zoek(QStringLiteral("celik")).treffers.isEmpty());
    EXPECT_EQ(enige(QStringLiteral("yilmaz")).huishoudenId, gekoppeld);
}

TEST_F(HuishoudenZoekerTest, SaysWhenMoreHouseholdsMatchThanReturned)
{
    // Every household has a member "Kind1".
    const auto twee = zoek(QStringLiteral("kind1"), 2);
    EXPECT_EQ(twee.treffers.size(), 2);
    EXPECT_TRUE(twee.meer);
    const auto alle = zoek(QStringLiteral("kind1"), 10);
    EXPECT_EQ(alle.treffers.size(), 4);
    EXPECT_FALSE(alle.meer);
    // Sorted by the reference person's name.
    QStringList namen;
    for (const auto &t : alle.treffers)
        namen << t.naam;
    EXPECT_EQ(namen,
              (QStringList{QStringLiteral("Émile Çelik"), QStringLiteral("Helen Tewelde"),
                           QStringLiteral("Samira Haddad"), QStringLiteral("Yonas Gebremedhin")}));
}

TEST_F(HuishoudenZoekerTest, TextWithoutWordsOrWithQuerySyntaxIsNoError)
{
    for (const QString &tekst :
         {QString(), QStringLiteral("   "), QStringLiteral("\"*"), QStringLiteral("-- ;")})
        EXPECT_TRUE(zoek(tekst).treffers.isEmpty()) << tekst.toStdString();
    // What the full-text index would read as its own syntax is taken as words.
    EXPECT_TRUE(zoek(QStringLiteral("tew* OR \"x")).treffers.isEmpty())
        << "OR and x are words that must match too";
    EXPECT_EQ(enige(QStringLiteral("\"tewelde\"")).huishoudenId, wachtend);
    EXPECT_EQ(HuishoudenZoeker::naamQuery(QStringLiteral("Çelik-Al \"x")),
              QStringLiteral("\"celik\"* AND \"al\"* AND \"x\"*"));
    EXPECT_EQ(HuishoudenZoeker::cijfers(QStringLiteral("v 2020.256-379")),
              QStringLiteral("2020256379"));
    EXPECT_TRUE(HuishoudenZoeker::cijfers(QStringLiteral("2020a")).isEmpty());
}

TEST_F(HuishoudenZoekerTest, HeaderNamesTheHouseholdItsNumberAndItsPhase)
{
    auto w = HuishoudenZoeker(*store).huishouden(wachtend, vandaag);
    ASSERT_TRUE(w.ok() && w->has_value());
    EXPECT_EQ(huishoudenstatus::kop(**w).toStdString(),
              std::string("Helen Tewelde · V 7100000001 · phase 1: coupling (75 days overdue)"));
    auto k = HuishoudenZoeker(*store).huishouden(gekoppeld, QDate(2026, 11, 1));
    ASSERT_TRUE(k.ok() && k->has_value());
    EXPECT_EQ(huishoudenstatus::kop(**k).toStdString(),
              std::string("Émile Çelik · V 7100000011 · phase 2: finding a dwelling (23 days "
                          "left) · coupled to Amsterdam"));
    auto onbekend = HuishoudenZoeker(*store).huishouden(999999, vandaag);
    ASSERT_TRUE(onbekend.ok());
    EXPECT_FALSE(onbekend->has_value());
}

} // namespace
