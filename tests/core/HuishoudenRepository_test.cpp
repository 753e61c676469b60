#include "TestSupport.h"

#include "core/huishouden/HuishoudenRepository.h"
#include "core/store/Sql.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

class HuishoudenRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("h.sqlite")));
        ASSERT_TRUE(store);
        azc = test::azcIn(*store, QStringLiteral("GM0014"));
    }

    Huishouden volledig(qint64 vNummer) const
    {
        Huishouden h = test::voorbeeldHuishouden(vNummer, 3, QDate(2026, 6, 1), azc);
        h.categorie = Categorie::Hervestiging;
        h.brp = QDate(2026, 6, 5);
        h.tekenen = QDate(2026, 8, 1);
        h.huur = QDate(2026, 8, 15);
        h.verhuizing = QDate(2026, 8, 20);
        h.uitschrijving = QDate(2026, 8, 21);
        h.huisvestGemeente = QStringLiteral("GM0363");
        h.eersteHuisvesting = false;
        h.zelfhuisvester = true;
        h.gezinsherenigingVanaf = QDate(2026, 7, 1);
        Persoon &p = h.personen[1];
        p.talen = {QStringLiteral("Tigrinya"), QStringLiteral("Arabic"), QStringLiteral("English")};
        p.opleiding = QStringLiteral("mbo 4");
        p.werkervaring = QStringLiteral("welder, 6 years");
        p.bsn = QStringLiteral("111222333");
        p.fysiekeBeperking = QStringLiteral("uses a wheelchair");
        p.nareiziger = true;
        Huisvestinggesprek g;
        g.datum = QDate(2026, 6, 2);
        g.azcId = azc;
        g.tolkTaal = QStringLiteral("Tigrinya");
        g.nareizigersVerwacht = 2;
        g.gezinsherenigingStatus = QStringLiteral("aangevraagd");
        g.woonbehoefte = QStringLiteral("ground floor");
        g.opleidingswens = QStringLiteral("Dutch course");
        g.werkwens = QStringLiteral("metal work");
        // Stored in any order, read back as familie, behandeling, opleiding, werk.
        g.criteria = {
            {CriteriumSoort::Werk, QStringLiteral("GM0363"), {}, QStringLiteral("contract 24u")},
            {CriteriumSoort::Familie, QStringLiteral("GM0599"), {}, QStringLiteral("brother")},
            {CriteriumSoort::Behandeling, {}, QStringLiteral("Nijmegen"), {}}};
        h.gesprek = g;
        return h;
    }

    qint64 tel(const char *tabel) const
    {
        auto n = sql::scalar(store->database(),
                             QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(tabel)));
        EXPECT_TRUE(n.ok());
        return n.ok() ? n->toLongLong() : -1;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
};

void expectGelijk(const Persoon &a, const Persoon &b)
{
    EXPECT_EQ(a.referent, b.referent);
    EXPECT_EQ(a.vNummer, b.vNummer);
    EXPECT_EQ(a.voornamen, b.voornamen);
    EXPECT_EQ(a.achternaam, b.achternaam);
    EXPECT_EQ(a.geboortedatum, b.geboortedatum);
    EXPECT_EQ(a.geslacht, b.geslacht);
    EXPECT_EQ(a.landHerkomst, b.landHerkomst);
    EXPECT_EQ(a.moedertaal, b.moedertaal);
    EXPECT_EQ(a.talen, b.talen);
    EXPECT_EQ(a.opleiding, b.opleiding);
    EXPECT_EQ(a.werkervaring, b.werkervaring);
    EXPECT_EQ(a.bsn, b.bsn);
    EXPECT_EQ(a.fysiekeBeperking, b.fysiekeBeperking);
    EXPECT_EQ(a.nareiziger, b.nareiziger);
}

} // namespace

TEST_F(HuishoudenRepositoryTest, StoredHouseholdReadsBackWithEveryField)
{
    HuishoudenRepository repo(*store);
    const Huishouden h = volledig(1000000001);
    auto id = repo.voegToe(h, vandaag);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto terug = repo.laad(*id);
    ASSERT_TRUE(terug.ok()) << terug.error().toString().toStdString();
    EXPECT_EQ(terug->id, *id);
    EXPECT_EQ(terug->azcId, azc);
    EXPECT_EQ(terug->categorie, Categorie::Hervestiging);
    EXPECT_EQ(terug->vergunning, h.vergunning);
    EXPECT_EQ(terug->brp, h.brp);
    EXPECT_EQ(terug->tekenen, h.tekenen);
    EXPECT_EQ(terug->huur, h.huur);
    EXPECT_EQ(terug->verhuizing, h.verhuizing);
    EXPECT_EQ(terug->uitschrijving, h.uitschrijving);
    EXPECT_EQ(terug->huisvestGemeente, h.huisvestGemeente);
    EXPECT_FALSE(terug->eersteHuisvesting);
    EXPECT_TRUE(terug->zelfhuisvester);
    EXPECT_EQ(terug->gezinsherenigingVanaf, h.gezinsherenigingVanaf);
    ASSERT_EQ(terug->personen.size(), 3);
    for (int i = 0; i < 3; ++i) {
        expectGelijk(terug->personen.at(i), h.personen.at(i));
        EXPECT_GT(terug->personen.at(i).id, 0);
    }
    ASSERT_TRUE(terug->gesprek.has_value());
    const Huisvestinggesprek &g = *terug->gesprek;
    EXPECT_EQ(g.datum, h.gesprek->datum);
    EXPECT_EQ(g.azcId, azc);
    EXPECT_EQ(g.tolkTaal, h.gesprek->tolkTaal);
    EXPECT_EQ(g.nareizigersVerwacht, 2);
    EXPECT_EQ(g.gezinsherenigingStatus, QStringLiteral("aangevraagd"));
    EXPECT_EQ(g.woonbehoefte, h.gesprek->woonbehoefte);
    EXPECT_EQ(g.opleidingswens, h.gesprek->opleidingswens);
    EXPECT_EQ(g.werkwens, h.gesprek->werkwens);
    ASSERT_EQ(g.criteria.size(), 3);
    EXPECT_EQ(g.criteria.at(0).soort, CriteriumSoort::Familie);
    EXPECT_EQ(g.criteria.at(0).gemeenteCode, QStringLiteral("GM0599"));
    EXPECT_EQ(g.criteria.at(1).soort, CriteriumSoort::Behandeling);
    EXPECT_EQ(g.criteria.at(1).plaats, QStringLiteral("Nijmegen"));
    EXPECT_TRUE(g.criteria.at(1).gemeenteCode.isEmpty());
    EXPECT_EQ(g.criteria.at(2).soort, CriteriumSoort::Werk);
    EXPECT_EQ(g.criteria.at(2).toelichting, QStringLiteral("contract 24u"));
}

TEST_F(HuishoudenRepositoryTest, ReferencePersonComesFirstThenInsertOrder)
{
    Huishouden h = test::voorbeeldHuishouden(1000000001, 3, QDate(2026, 6, 1), azc);
    h.personen[0].referent = false;
    h.personen[2].referent = true;
    const qint64 id = test::voegToe(*store, h, vandaag);
    auto terug = HuishoudenRepository(*store).laad(id);
    ASSERT_TRUE(terug.ok());
    ASSERT_EQ(terug->personen.size(), 3);
    EXPECT_EQ(terug->personen.at(0).vNummer, QStringLiteral("1000000003"));
    EXPECT_EQ(terug->personen.at(1).vNummer, QStringLiteral("1000000001"));
    EXPECT_EQ(terug->personen.at(2).vNummer, QStringLiteral("1000000002"));
    EXPECT_FALSE(terug->gesprek.has_value()) << "no intake interview was stored";
}

TEST_F(HuishoudenRepositoryTest, InvalidHouseholdIsRefusedNamingTheFieldAndWritesNothing)
{
    Huishouden h = test::voorbeeldHuishouden(1000000001, 2, QDate(2026, 6, 1), azc);
    h.personen[1].bsn = QStringLiteral("123456789");
    auto id = HuishoudenRepository(*store).voegToe(h, vandaag);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().where, QStringLiteral("personen.1.bsn"));
    EXPECT_EQ(tel("huishouden"), 0);
    EXPECT_EQ(tel("persoon"), 0);
}

TEST_F(HuishoudenRepositoryTest, AlreadyStoredHouseholdCannotBeAddedAgain)
{
    Huishouden h = test::voorbeeldHuishouden(1000000001, 1, QDate(2026, 6, 1), azc);
    h.id = 7;
    EXPECT_FALSE(HuishoudenRepository(*store).voegToe(h, vandaag).ok());
    EXPECT_EQ(tel("huishouden"), 0);
}

TEST_F(HuishoudenRepositoryTest, BulkInsertIsAllOrNothingAndNamesTheTakenVNummer)
{
    HuishoudenRepository repo(*store);
    test::voegToe(*store, test::voorbeeldHuishouden(1000000005, 1, QDate(2026, 6, 1), azc),
                  vandaag);
    const QList<Huishouden> lijst{test::voorbeeldHuishouden(1000000001, 2, QDate(2026, 6, 1), azc),
                                  test::voorbeeldHuishouden(1000000004, 2, QDate(2026, 6, 1), azc)};
    const auto status = repo.voegToe(lijst, vandaag);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().toString().contains(QLatin1String("1000000005")))
        << status.error().toString().toStdString();
    EXPECT_EQ(tel("huishouden"), 1) << "the first household of the list must be rolled back too";
    EXPECT_EQ(tel("persoon"), 1);
}

TEST_F(HuishoudenRepositoryTest, BulkInsertValidatesEveryHousehold)
{
    QList<Huishouden> lijst{test::voorbeeldHuishouden(1000000001, 2, QDate(2026, 6, 1), azc),
                            test::voorbeeldHuishouden(1000000011, 2, QDate(2026, 6, 1), azc)};
    lijst[1].personen[1].geslacht = QStringLiteral("?");
    const auto status = HuishoudenRepository(*store).voegToe(lijst, vandaag);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().where.contains(QLatin1String("1000000011")))
        << status.error().toString().toStdString();
    EXPECT_TRUE(status.error().message.contains(QLatin1String("personen.1.geslacht")));
    EXPECT_EQ(tel("huishouden"), 0);
}

TEST_F(HuishoudenRepositoryTest, BulkInsertStoresAllInOrder)
{
    QList<Huishouden> lijst;
    for (int i = 0; i < 50; ++i)
        lijst.append(
            test::voorbeeldHuishouden(2000000000 + i * 10, 1 + i % 4, QDate(2026, 6, 1), azc));
    ASSERT_TRUE(HuishoudenRepository(*store).voegToe(lijst, vandaag).ok());
    auto alle = HuishoudenRepository(*store).alle();
    ASSERT_TRUE(alle.ok());
    ASSERT_EQ(alle->size(), 50);
    for (int i = 0; i < 50; ++i) {
        EXPECT_EQ(alle->at(i).personen.size(), 1 + i % 4);
        EXPECT_EQ(alle->at(i).referent()->vNummer, lijst.at(i).personen.first().vNummer);
        if (i > 0) {
            EXPECT_GT(alle->at(i).id, alle->at(i - 1).id) << "alle() is sorted by id";
        }
    }
}

TEST_F(HuishoudenRepositoryTest, UpdateReplacesPersonsIntakeAndCriteriaKeepingIds)
{
    HuishoudenRepository repo(*store);
    const qint64 id = test::voegToe(*store, volledig(1000000001), vandaag);
    auto h = repo.laad(id);
    ASSERT_TRUE(h.ok());
    const qint64 referentId = h->personen.at(0).id;
    // Person 2 leaves, a new one arrives, the reference person gets a BSN, criteria change.
    h->personen.removeAt(2);
    Persoon nieuw = h->personen.at(1);
    nieuw.vNummer = QStringLiteral("1000000009");
    nieuw.bsn.clear();
    nieuw.referent = false;
    h->personen.append(nieuw);
    h->personen[0].bsn = QStringLiteral("123456782");
    h->gesprek->criteria = {{CriteriumSoort::Opleiding, {}, QStringLiteral("Delft"), {}}};
    h->categorie = Categorie::B9;
    ASSERT_TRUE(repo.werkBij(*h, vandaag).ok());

    auto terug = repo.laad(id);
    ASSERT_TRUE(terug.ok());
    EXPECT_EQ(terug->categorie, Categorie::B9);
    ASSERT_EQ(terug->personen.size(), 3);
    EXPECT_EQ(terug->personen.at(0).id, referentId)
        << "a person matched by V-number keeps their id";
    EXPECT_EQ(terug->personen.at(0).bsn, QStringLiteral("123456782"));
    EXPECT_EQ(terug->personen.at(2).vNummer, QStringLiteral("1000000009"));
    ASSERT_TRUE(terug->gesprek.has_value());
    ASSERT_EQ(terug->gesprek->criteria.size(), 1);
    EXPECT_EQ(terug->gesprek->criteria.at(0).soort, CriteriumSoort::Opleiding);
    EXPECT_EQ(tel("persoon"), 3);
    EXPECT_EQ(tel("huishouden"), 1);
    auto weg = repo.zoekOpVNummer(QStringLiteral("1000000003"));
    ASSERT_TRUE(weg.ok());
    EXPECT_FALSE(weg->has_value()) << "the person who left is gone";
}

TEST_F(HuishoudenRepositoryTest, UpdateCanMoveTheReferenceRole)
{
    HuishoudenRepository repo(*store);
    const qint64 id = test::voegToe(
        *store, test::voorbeeldHuishouden(1000000001, 2, QDate(2026, 6, 1), azc), vandaag);
    auto h = repo.laad(id);
    ASSERT_TRUE(h.ok());
    h->personen[0].referent = false;
    h->personen[1].referent = true;
    h->gesprek.reset();
    ASSERT_TRUE(repo.werkBij(*h, vandaag).ok());
    auto terug = repo.laad(id);
    ASSERT_TRUE(terug.ok());
    EXPECT_EQ(terug->personen.at(0).vNummer, QStringLiteral("1000000002"));
    EXPECT_TRUE(terug->personen.at(0).referent);
}

TEST_F(HuishoudenRepositoryTest, UpdateIsValidatedAndRolledBack)
{
    HuishoudenRepository repo(*store);
    const qint64 id = test::voegToe(*store, volledig(1000000001), vandaag);
    const qint64 ander = test::voegToe(
        *store, test::voorbeeldHuishouden(1000000101, 1, QDate(2026, 6, 1), azc), vandaag);
    auto h = repo.laad(id);
    ASSERT_TRUE(h.ok());

    Huishouden ongeldig = *h;
    ongeldig.vergunning = QDate();
    auto s1 = repo.werkBij(ongeldig, vandaag);
    ASSERT_FALSE(s1.ok());
    EXPECT_EQ(s1.error().where, QStringLiteral("vergunning"));

    // A V-number of another household: the constraint fails and nothing of the update stays.
    Huishouden botsing = *h;
    botsing.categorie = Categorie::Amv;
    botsing.personen[2].vNummer = QStringLiteral("1000000101");
    auto s2 = repo.werkBij(botsing, vandaag);
    ASSERT_FALSE(s2.ok());
    EXPECT_TRUE(s2.error().toString().contains(QLatin1String("1000000101")))
        << s2.error().toString().toStdString();
    auto terug = repo.laad(id);
    ASSERT_TRUE(terug.ok());
    EXPECT_EQ(terug->categorie, Categorie::Hervestiging);
    EXPECT_EQ(terug->personen.size(), 3);
    EXPECT_EQ(terug->gesprek->criteria.size(), 3);
    EXPECT_EQ(*repo.zoekOpVNummer(QStringLiteral("1000000101")).value(), ander);

    Huishouden onbekend = *h;
    onbekend.id = 999;
    EXPECT_FALSE(repo.werkBij(onbekend, vandaag).ok());
}

TEST_F(HuishoudenRepositoryTest, FindsTheHouseholdOfAnyMember)
{
    const qint64 id = test::voegToe(
        *store, test::voorbeeldHuishouden(1000000001, 3, QDate(2026, 6, 1), azc), vandaag);
    HuishoudenRepository repo(*store);
    auto kind = repo.zoekOpVNummer(QStringLiteral("1000000003"));
    ASSERT_TRUE(kind.ok());
    ASSERT_TRUE(kind->has_value());
    EXPECT_EQ(**kind, id);
    auto niemand = repo.zoekOpVNummer(QStringLiteral("9999999999"));
    ASSERT_TRUE(niemand.ok());
    EXPECT_FALSE(niemand->has_value());
    EXPECT_FALSE(repo.laad(id + 1).ok()) << "an unknown id is an error";
}

TEST_F(HuishoudenRepositoryTest, UnknownAzcIsAnError)
{
    Huishouden h = test::voorbeeldHuishouden(1000000001, 1, QDate(2026, 6, 1), 9999);
    auto id = HuishoudenRepository(*store).voegToe(h, vandaag);
    EXPECT_FALSE(id.ok());
    EXPECT_EQ(tel("huishouden"), 0);
}
