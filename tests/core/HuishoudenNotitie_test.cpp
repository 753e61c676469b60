// The household's note (issue 13): saved with the household in its transaction, every change
// kept with who and when and shown on the timeline, at most 2,000 characters, and a store of
// schema 5 keeps its data when it gets the notes and the search index (schema 6).
#include "TijdlijnTestData.h"

#include "core/huishouden/HuishoudenRepository.h"
#include "core/huishouden/HuishoudenZoeker.h"
#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/tijdlijn/TijdlijnService.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class HuishoudenNotitieTest : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        test::TijdlijnTest::SetUp();
        store->setGebruiker(QStringLiteral("regievoerder-a"));
    }

    QList<Gebeurtenis> notities(qint64 id)
    {
        auto lijst = TijdlijnService(*store).tijdlijn(id);
        EXPECT_TRUE(lijst.ok()) << lijst.error().toString().toStdString();
        QList<Gebeurtenis> uit;
        for (const auto &g : lijst ? *lijst : QList<Gebeurtenis>{})
            if (g.soort == GebeurtenisSoort::Notitie)
                uit << g;
        return uit;
    }

    Huishouden laad(qint64 id)
    {
        auto h = HuishoudenRepository(*store).laad(id);
        EXPECT_TRUE(h.ok()) << h.error().toString().toStdString();
        return h.ok() ? *h : Huishouden{};
    }
};

TEST_F(HuishoudenNotitieTest, IsSavedWithTheHouseholdAndEachChangeIsOnTheTimeline)
{
    Huishouden h = test::voorbeeldHuishouden(7200000001, 2, vergunning, azc);
    h.notitie = QStringLiteral("Belt liever na 14:00.\nTolk Tigrinya nodig.");
    const qint64 id = test::voegToe(*store, h, vandaag);
    Huishouden geladen = laad(id);
    EXPECT_EQ(geladen.notitie, h.notitie);

    auto eerste = notities(id);
    ASSERT_EQ(eerste.size(), 1);
    EXPECT_EQ(eerste.first().toelichting, h.notitie);
    EXPECT_EQ(eerste.first().door, QStringLiteral("regievoerder-a"));
    EXPECT_EQ(eerste.first().datum, QDate::currentDate());
    EXPECT_EQ(gebeurtenis::code(GebeurtenisSoort::Notitie), QStringLiteral("notitie"));
    EXPECT_FALSE(gebeurtenis::isRij(GebeurtenisSoort::Notitie)) << "not removed from the timeline";

    // Saved again unchanged: no new entry. Changed by someone else: a new one with the text.
    ASSERT_TRUE(HuishoudenRepository(*store).werkBij(geladen, vandaag).ok());
    EXPECT_EQ(notities(id).size(), 1);
    store->setGebruiker(QStringLiteral("regievoerder-b"));
    geladen.notitie = QStringLiteral("Woning in Zwolle afgewezen: te ver van school.");
    ASSERT_TRUE(HuishoudenRepository(*store).werkBij(geladen, vandaag).ok());
    EXPECT_EQ(laad(id).notitie, geladen.notitie);
    auto tweede = notities(id);
    ASSERT_EQ(tweede.size(), 2);
    EXPECT_EQ(tweede.last().toelichting, geladen.notitie);
    EXPECT_EQ(tweede.last().door, QStringLiteral("regievoerder-b"));

    // Cleared: the history says so; the household has no note.
    geladen.notitie.clear();
    ASSERT_TRUE(HuishoudenRepository(*store).werkBij(geladen, vandaag).ok());
    EXPECT_TRUE(laad(id).notitie.isEmpty());
    auto derde = notities(id);
    ASSERT_EQ(derde.size(), 3);
    EXPECT_EQ(derde.last().toelichting, QStringLiteral("(note cleared)"));
}

TEST_F(HuishoudenNotitieTest, ANoteThatIsTooLongOrHasControlCharactersIsRefusedByField)
{
    Huishouden h = test::voorbeeldHuishouden(7200000011, 1, vergunning, azc);
    h.notitie = QString(maxNotitieLengte, QLatin1Char('x'));
    const qint64 id = test::voegToe(*store, h, vandaag);
    ASSERT_GT(id, 0) << "2,000 characters fit";

    Huishouden teLang = laad(id);
    teLang.notitie += QLatin1Char('x');
    const Status s = HuishoudenRepository(*store).werkBij(teLang, vandaag);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("notitie"));
    EXPECT_EQ(laad(id).notitie.size(), maxNotitieLengte) << "nothing of the refused save stored";

    Huishouden escape = laad(id);
    escape.notitie = QStringLiteral("zie \x1b[31m rood");
    const Status e = HuishoudenRepository(*store).werkBij(escape, vandaag);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().where, QStringLiteral("notitie"));
    EXPECT_EQ(notities(id).size(), 1);
}

TEST_F(HuishoudenNotitieTest, HouseholdsStoredTogetherKeepTheirNotes)
{
    QList<Huishouden> lijst;
    for (int i = 0; i < 3; ++i)
        lijst << test::voorbeeldHuishouden(7200000101 + 10 * i, 2, vergunning, azc);
    lijst[1].notitie = QStringLiteral("Alleen de tweede heeft een notitie.");
    ASSERT_TRUE(HuishoudenRepository(*store).voegToe(lijst, vandaag).ok());
    auto alle = HuishoudenRepository(*store).alle();
    ASSERT_TRUE(alle.ok());
    QStringList gelezen;
    for (const auto &h : *alle)
        gelezen << h.notitie;
    EXPECT_EQ(gelezen, (QStringList{QString(), lijst[1].notitie, QString()}));
}

// A store as schema 5 left it, through a plain connection so Store does not migrate it first.
void maakVersie5(const QString &path)
{
    test::maakStoreVersie(path, 5,
                          QStringList()
                              << QStringLiteral("INSERT INTO provincie VALUES('Utrecht', 3)")
                              << QStringLiteral("INSERT INTO gemeente(code, naam, provincie) VALUES"
                                                "('GM0344', 'Utrecht', 'Utrecht')")
                              << QStringLiteral("INSERT INTO azc(id, naam, gemeente) "
                                                "VALUES(4, 'AZC Utrecht', 'GM0344')")
                              << QStringLiteral("INSERT INTO huishouden(id, azc, vergunning_datum) "
                                                "VALUES(1, 4, '2026-01-05')")
                              << QStringLiteral(
                                     "INSERT INTO persoon(huishouden, referent, v_nummer, "
                                     "voornamen, achternaam, geboortedatum, geslacht) VALUES"
                                     "(1, 1, '7300000001', 'Zoë', 'Öztürk', '1990-01-01', 'V')"));
}

TEST(Migratie6, AVersion5StoreKeepsItsHouseholdsWhichAreFoundAndCanHaveANote)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v5.sqlite"));
    maakVersie5(path);
    auto opened = Store::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    Store &store = **opened;
    EXPECT_EQ(store.schemaVersion(), Store::latestSchemaVersion());
    EXPECT_GE(Store::latestSchemaVersion(), 6);
    EXPECT_FALSE(store.lastBackupPath().isEmpty());

    auto h = HuishoudenRepository(store).laad(1);
    ASSERT_TRUE(h.ok()) << h.error().toString().toStdString();
    EXPECT_EQ(h->personen.first().achternaam, QStringLiteral("Öztürk"));
    EXPECT_TRUE(h->notitie.isEmpty());

    // The persons already there are in the new search index.
    auto gevonden =
        HuishoudenZoeker(store).zoek(QStringLiteral("zoe ozturk"), 10, QDate(2026, 2, 1));
    ASSERT_TRUE(gevonden.ok()) << gevonden.error().toString().toStdString();
    ASSERT_EQ(gevonden->treffers.size(), 1);
    EXPECT_EQ(gevonden->treffers.first().huishoudenId, 1);

    h->notitie = QStringLiteral("Eerste notitie na de upgrade.");
    const Status s = HuishoudenRepository(store).werkBij(*h, QDate(2026, 2, 1));
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_EQ(HuishoudenRepository(store).laad(1)->notitie, h->notitie);
}

} // namespace
