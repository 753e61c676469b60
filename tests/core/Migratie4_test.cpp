// Schema 4 (issue 12): undone couplings marked as never having happened, lease dates of an
// ended coupling kept with it so a new coupling starts phase 2 afresh, a new candidate after
// any refusal, lost rent, contact fields, the special-group flag and the shared views.
#include "TestSupport.h"

#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rd;

namespace {

// A store as schema 3 left it, through a plain connection so Store does not migrate it first:
// household 1 was coupled to GM0344, signed a lease on 2026-03-10, was uncoupled and coupled
// to GM0307 on 2026-04-01 (the old lease date stayed on the household); household 2 was coupled
// and the coupling undone; household 3 has a justified refusal with a new candidate.
void maakVersie3(const QString &path)
{
    const QString k = QStringLiteral(
        "INSERT INTO koppeling(id, huishouden, gemeente, datum, reden, door, vastgelegd_op, "
        "ontkoppeld_op, ontkoppel_reden, ontkoppeld_door) VALUES(%1)");
    test::maakStoreVersie(
        path, 3,
        QStringList() << QStringLiteral("INSERT INTO provincie VALUES('Utrecht', 3)")
                      << QStringLiteral("INSERT INTO gemeente(code, naam, provincie) VALUES"
                                        "('GM0344', 'Utrecht', 'Utrecht'),"
                                        "('GM0307', 'Amersfoort', 'Utrecht')")
                      << QStringLiteral("INSERT INTO azc(id, naam, gemeente) "
                                        "VALUES(4, 'AZC Utrecht', 'GM0344')")
                      << QStringLiteral("INSERT INTO huishouden(id, azc, vergunning_datum, "
                                        "tekenen_datum, huur_datum) VALUES"
                                        "(1, 4, '2026-01-05', '2026-03-10', '2026-03-15'),"
                                        "(2, 4, '2026-01-05', NULL, NULL),"
                                        "(3, 4, '2026-01-05', NULL, NULL)")
                      << k.arg(QStringLiteral("1, 1, 'GM0344', '2026-01-12', 'r', 'a', 'x', "
                                              "'2026-03-20', 'woning past niet', 'a'"))
                      << k.arg(QStringLiteral("2, 1, 'GM0307', '2026-04-01', 'r', 'a', 'x', NULL, "
                                              "NULL, NULL"))
                      << k.arg(QStringLiteral("3, 2, 'GM0344', '2026-01-12', 'r', 'a', 'x', "
                                              "'2026-01-12', 'ongedaan gemaakt (r)', 'a'"))
                      << k.arg(QStringLiteral("4, 3, 'GM0344', '2026-01-12', 'r', 'a', 'x', NULL, "
                                              "NULL, NULL"))
                      << QStringLiteral("INSERT INTO woningweigering(huishouden, gemeente, datum, "
                                        "soort, oordeel, oordeel_datum, oordeel_reden, "
                                        "nieuwe_kandidaat_datum, door, vastgelegd_op) VALUES(3, "
                                        "'GM0344', '2026-02-01', 'geweigerd', 'terecht', "
                                        "'2026-02-05', 'werk', '2026-02-10', 'a', 'x')"));
}

QVariant waarde(Store &store, const QString &query)
{
    auto v = sql::scalar(store.database(), query);
    EXPECT_TRUE(v.ok()) << query.toStdString() << ": " << v.error().toString().toStdString();
    return v.ok() ? *v : QVariant();
}

} // namespace

TEST(Migratie4, AVersion3StoreKeepsItsDataAndGetsTheRulesOfVersion4)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v3.sqlite"));
    maakVersie3(path);
    auto opened = Store::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    Store &store = **opened;
    EXPECT_EQ(store.schemaVersion(), Store::latestSchemaVersion());
    EXPECT_FALSE(store.lastBackupPath().isEmpty());

    // The lease signed under the first coupling stays with it; the household starts phase 2
    // of its new coupling afresh.
    EXPECT_EQ(waarde(store, QStringLiteral("SELECT tekenen_datum FROM koppeling WHERE id = 1")),
              QVariant(QStringLiteral("2026-03-10")));
    EXPECT_EQ(waarde(store, QStringLiteral("SELECT huur_datum FROM koppeling WHERE id = 1")),
              QVariant(QStringLiteral("2026-03-15")));
    EXPECT_TRUE(waarde(store, QStringLiteral("SELECT tekenen_datum FROM huishouden WHERE id = 1"))
                    .isNull());
    EXPECT_TRUE(
        waarde(store, QStringLiteral("SELECT tekenen_datum FROM koppeling WHERE id = 2")).isNull());

    // The undone coupling never happened; the real uncoupling did.
    EXPECT_EQ(waarde(store, QStringLiteral("SELECT ongedaan FROM koppeling WHERE id = 3")).toInt(),
              1);
    EXPECT_EQ(waarde(store, QStringLiteral("SELECT ongedaan FROM koppeling WHERE id = 1")).toInt(),
              0);
    EXPECT_EQ(waarde(store, QStringLiteral("SELECT count(*) FROM koppeling_geldig")).toInt(), 3);
    EXPECT_EQ(waarde(store, QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM "
                                           "koppeling_actief ORDER BY id)"))
                  .toString(),
              QStringLiteral("2,4"));

    // The refusal with its new candidate is kept; a new candidate after an unjustified refusal
    // and lost rent can now be recorded.
    EXPECT_EQ(waarde(store, QStringLiteral("SELECT nieuwe_kandidaat_datum FROM woningweigering")),
              QVariant(QStringLiteral("2026-02-10")));
    auto q = sql::run(store.database(),
                      QStringLiteral("UPDATE woningweigering SET oordeel = 'onterecht', "
                                     "oordeel_reden = 'geen-dwingende-reden', "
                                     "huurderving_cent = 45000"));
    EXPECT_TRUE(q.ok()) << q.error().toString().toStdString();
    EXPECT_FALSE(sql::run(store.database(),
                          QStringLiteral("UPDATE woningweigering SET huurderving_cent = -1"))
                     .ok());

    EXPECT_EQ(waarde(store, QStringLiteral("SELECT contact_naam || contact_telefoon || "
                                           "contact_email FROM gemeente WHERE code = 'GM0344'")),
              QVariant(QStringLiteral("")));
    EXPECT_EQ(waarde(store, QStringLiteral("SELECT count(*) FROM pragma_table_info("
                                           "'huisvestinggesprek') WHERE name = "
                                           "'specifieke_huisvesting'"))
                  .toInt(),
              1);
    EXPECT_TRUE(store.check().ok());
}

TEST(Migratie4, AStoreWithoutItsViewsIsRefusedNamingThem)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("zonder.sqlite"));
    {
        auto store = test::openStore(path, false);
        ASSERT_TRUE(store);
        ASSERT_TRUE(sql::run(store->database(), QStringLiteral("DROP VIEW koppeling_actief")).ok());
    }
    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("view koppeling_actief")))
        << store.error().toString().toStdString();
}
