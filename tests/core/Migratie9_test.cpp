// Schema 9 (issue 14): the history of an older store becomes the first change-log entries,
// marked as migrated, chained and hashed like every other entry; a store that already has a
// log keeps it as it is.
#include "TestSupport.h"

#include "core/journaal/Journaal.h"
#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QString annaVnr = QStringLiteral("1000000001");
const QString bertVnr = QStringLiteral("1000000002");

// A store as schema 8 left it with history in every history table: household 1 (Anna) coupled
// to Utrecht by "anna", uncoupled by "bert", a dwelling offered, refused and judged, a coupling
// letter issued and a note; household 2 (Bert) coupled and the coupling undone, with a time
// that cannot be read; a redistribution.
QStringList historie()
{
    return {
        QStringLiteral("INSERT INTO provincie VALUES('Utrecht', 3)"),
        QStringLiteral("INSERT INTO gemeente(code, naam, provincie) VALUES"
                       "('GM0344', 'Utrecht', 'Utrecht'), ('GM0307', 'Amersfoort', 'Utrecht')"),
        QStringLiteral("INSERT INTO azc(id, naam, gemeente) VALUES(4, 'AZC Utrecht', 'GM0344')"),
        QStringLiteral("INSERT INTO huishouden(id, azc, vergunning_datum) VALUES"
                       "(1, 4, '2026-01-05'), (2, 4, '2026-01-05')"),
        QStringLiteral("INSERT INTO persoon(huishouden, referent, v_nummer, voornamen, achternaam, "
                       "geboortedatum, geslacht) VALUES"
                       "(1, 1, '%1', 'Anna', 'A', '1990-01-01', 'V'),"
                       "(2, 1, '%2', 'Bert', 'B', '1990-01-01', 'M')")
            .arg(annaVnr, bertVnr),
        QStringLiteral("INSERT INTO koppeling(id, huishouden, gemeente, datum, reden, door, "
                       "vastgelegd_op, ontkoppeld_op, ontkoppel_reden, ontkoppeld_door, ongedaan) "
                       "VALUES(1, 1, 'GM0344', '2026-01-12', 'past goed', 'anna', "
                       "'2026-01-12T09:00:00.000Z', '2026-03-20', 'woning past niet', 'bert', 0),"
                       "(2, 2, 'GM0307', '2026-01-14', 'r', 'bert', 'x', '2026-01-14', "
                       "'ongedaan gemaakt (r)', 'bert', 1)"),
        QStringLiteral("INSERT INTO gebeurtenis(id, huishouden, soort, datum, gemeente, door, "
                       "vastgelegd_op) VALUES(7, 1, 'woningaanbod', '2026-02-01', 'GM0344', "
                       "'anna', '2026-02-01T10:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO woningweigering(id, huishouden, gemeente, datum, soort, oordeel, "
            "oordeel_datum, oordeel_reden, door, vastgelegd_op) VALUES(5, 1, 'GM0344', "
            "'2026-02-03', 'geweigerd', 'onterecht', '2026-02-06', 'geen reden', "
            "'anna', '2026-02-03T11:30:00.000Z')"),
        QStringLiteral("INSERT INTO brief(id, huishouden, koppeling, datum, taal, sjabloon_versie, "
                       "door, vastgelegd_op) VALUES(3, 1, 1, '2026-01-13', 'ar', '2', 'anna', "
                       "'2026-01-13T08:15:00.000Z')"),
        QStringLiteral("INSERT INTO huishouden_notitie(id, huishouden, tekst, door, vastgelegd_op) "
                       "VALUES(9, 1, 'belt terug', 'anna', '2026-01-20T14:00:00.000Z')"),
        QStringLiteral("INSERT INTO herverdeling(id, halfjaar, reden, door, op) VALUES(2, "
                       "'2026-H1', 'ruil', 'carla', '2026-01-30T12:00:00.000Z')"),
        QStringLiteral("INSERT INTO herverdeling_regel VALUES(2, 'GM0344', 3), (2, 'GM0307', -3)"),
    };
}

} // namespace

TEST(Migratie9, AnOlderStoresHistoryBecomesTheFirstEntriesOldestFirstAndTheChainHolds)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v8.sqlite"));
    test::maakStoreVersie(path, 8, historie());
    auto opened = Store::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    Store &store = **opened;
    EXPECT_EQ(store.schemaVersion(), static_cast<int>(migrations().size()));
    EXPECT_TRUE(QFile::exists(store.lastBackupPath())); // the backup, as for every upgrade

    auto regels = journaal::lees(store);
    ASSERT_TRUE(regels.ok()) << regels.error().toString().toStdString();
    QStringList soorten;
    for (const auto &r : *regels) {
        soorten << r.soort;
        EXPECT_TRUE(r.gemigreerd) << r.seq;
        EXPECT_EQ(r.apparaat, QStringLiteral("migratie"));
        EXPECT_FALSE(r.ongedaan.has_value());
        EXPECT_FALSE(r.samenvatting.isEmpty()) << r.seq;
    }
    // Oldest first: Bert's coupling with an unreadable time counts from its day (the 14th), its
    // undo the same day after it; the uncoupling of Anna's on its day (20 March).
    EXPECT_EQ(soorten, (QStringList{"koppel", "brief", "koppel", "koppel-ongedaan", "notitie",
                                    "herverdeling", "gebeurtenis", "weigering", "ontkoppel"}));
    ASSERT_EQ(regels->size(), 9);
    for (qsizetype i = 1; i < regels->size(); ++i)
        EXPECT_LE(regels->at(i - 1).tijd, regels->at(i).tijd) << i;

    const JournaalRegel &eerste = regels->at(0);
    EXPECT_EQ(eerste.seq, 1);
    EXPECT_EQ(eerste.tijd, QStringLiteral("2026-01-12T09:00:00.000Z"));
    EXPECT_EQ(eerste.gebruiker, QStringLiteral("anna"));
    EXPECT_EQ(eerste.huishouden, annaVnr);
    EXPECT_TRUE(eerste.samenvatting.contains(QStringLiteral("Utrecht")));
    const QJsonObject data = QJsonDocument::fromJson(eerste.data).object();
    EXPECT_EQ(data.value(QStringLiteral("koppeling")).toInt(), 1);
    EXPECT_EQ(data.value(QStringLiteral("gemeente")).toString(), QStringLiteral("GM0344"));
    EXPECT_EQ(eerste.data, journaal::canoniek(data));

    const JournaalRegel &ontkoppel = regels->at(8);
    EXPECT_EQ(ontkoppel.gebruiker, QStringLiteral("bert"));
    EXPECT_EQ(ontkoppel.tijd, QStringLiteral("2026-03-20T00:00:00.000Z"));
    EXPECT_TRUE(ontkoppel.samenvatting.contains(QStringLiteral("woning past niet")));
    EXPECT_EQ(regels->at(2).huishouden, bertVnr);
    EXPECT_EQ(regels->at(2).tijd, QStringLiteral("2026-01-14T00:00:00.000Z"));
    const QJsonObject herverdeling = QJsonDocument::fromJson(regels->at(5).data).object();
    EXPECT_EQ(herverdeling.value(QStringLiteral("regels")).toObject(),
              (QJsonObject{{"GM0307", -3}, {"GM0344", 3}}));
    EXPECT_TRUE(regels->at(5).huishouden.isEmpty());

    // The history of household 1 is read from the log as well.
    auto anna = journaal::lees(store, JournaalFilter{annaVnr, {}});
    ASSERT_TRUE(anna.ok());
    EXPECT_EQ(anna->size(), 6);

    // The chain holds, and a new entry goes after the migrated ones.
    auto controle = journaal::controleer(store);
    ASSERT_TRUE(controle.ok());
    EXPECT_TRUE(controle->ok()) << controle->reden.toStdString();
    EXPECT_EQ(controle->kopSeq, 9);
    auto nieuw = store.transaction([&]() -> Status {
        auto r = journaal::voegToe(
            store, JournaalInvoer{
                       QStringLiteral("koppel"), annaVnr, QStringLiteral("new"), {}, {}, false});
        return r ? Status() : Status(r.error());
    });
    ASSERT_TRUE(nieuw.ok()) << nieuw.error().toString().toStdString();
    auto daarna = journaal::controleer(store);
    ASSERT_TRUE(daarna.ok());
    EXPECT_TRUE(daarna->ok()) << daarna->reden.toStdString();
    EXPECT_EQ(daarna->kopSeq, 10);
}

TEST(Migratie9, AStoreThatAlreadyHasALogKeepsItAsItIs)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v8-log.sqlite"));
    JournaalRegel r;
    r.seq = 1;
    r.tijd = QStringLiteral("2026-11-30T10:00:00.000Z");
    r.gebruiker = QStringLiteral("anna");
    r.apparaat = QStringLiteral("pc-1");
    r.soort = QStringLiteral("koppel");
    r.samenvatting = QStringLiteral("logged");
    r.data = journaal::canoniek({});
    r.vorige = journaal::beginHash();
    r.hash = journaal::hashVan(r);
    QStringList extra = historie();
    extra << QStringLiteral("INSERT INTO journaal(seq, tijd, gebruiker, apparaat, soort, "
                            "samenvatting, data, gemigreerd, vorige, hash) VALUES(1, '%1', 'anna', "
                            "'pc-1', 'koppel', 'logged', '{}', 0, '%2', '%3')")
                 .arg(r.tijd, QString::fromLatin1(r.vorige), QString::fromLatin1(r.hash));
    test::maakStoreVersie(path, 8, extra);
    auto opened = Store::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    auto regels = journaal::lees(**opened);
    ASSERT_TRUE(regels.ok());
    ASSERT_EQ(regels->size(), 1);
    EXPECT_EQ(regels->at(0).hash, r.hash);
    EXPECT_FALSE(regels->at(0).gemigreerd);
}

TEST(Migratie9, ANewStoreStartsWithAnEmptyLog)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("nieuw.sqlite")), false);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), static_cast<int>(migrations().size()));
    auto kop = journaal::kop(*store);
    ASSERT_TRUE(kop.ok());
    EXPECT_EQ(kop->first, 0);
}
