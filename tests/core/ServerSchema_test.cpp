// The team server's schema (issue 16): installed on an empty database in one transaction per
// versioned file, upgraded in order, refused on a foreign or newer database or a changed file;
// row-level security scopes what each role reads of the log.
#include "PgTest.h"
#include "core/sync/ServerSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <thread>

using namespace rd;
using namespace rd::test;

namespace {

QSqlDatabase open(const PgDatabase &pg, const QString &naam, const QString &gebruiker = {})
{
    auto db = serveradres::verbind(pg.adres(), naam, {}, gebruiker);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().toString().toStdString());
    return db.ok() ? *db : QSqlDatabase();
}

void voer(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
}

SchemaBestand proef(int versie, const char *naam, const char *sql)
{
    return {versie, QString::fromLatin1(naam), QByteArray(sql)};
}

} // namespace

TEST(ServerSchema, ShipsNumberedFilesStartingWithTheBase)
{
    const auto bestanden = serverschema::bestanden();
    ASSERT_FALSE(bestanden.isEmpty());
    EXPECT_EQ(bestanden.first().naam, QStringLiteral("001-basis.sql"));
    for (qsizetype i = 0; i < bestanden.size(); ++i) {
        EXPECT_EQ(bestanden[i].versie, i + 1);
        EXPECT_FALSE(bestanden[i].sql.trimmed().isEmpty()) << bestanden[i].naam.toStdString();
    }
}

TEST(ServerSchema, InstallsOnAnEmptyDatabaseAndThenHasNothingToDo)
{
    RD_PG_DATABASE(pg);
    QSqlDatabase db = open(pg, QStringLiteral("schema-1"));
    EXPECT_EQ(serverschema::versie(db).value(), 0);
    auto stand = serverschema::installeer(db);
    ASSERT_TRUE(stand.ok()) << stand.error().toString().toStdString();
    const int n = static_cast<int>(serverschema::bestanden().size());
    EXPECT_EQ(stand->voor, 0);
    EXPECT_EQ(stand->na, n);
    EXPECT_EQ(stand->toegepast.size(), n);
    EXPECT_EQ(serverschema::versie(db).value(), n);
    EXPECT_EQ(pgGetal(db, QStringLiteral("SELECT count(*) FROM regiedesk.schema_versie")), n);
    EXPECT_EQ(pgGetal(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ("
                                         "'regiedesk_beheerder', 'regiedesk_regievoerder', "
                                         "'regiedesk_programmabegeleider', 'regiedesk_gemeente', "
                                         "'regiedesk_provincie') AND NOT rolcanlogin")),
              5);
    EXPECT_EQ(pgGetal(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                         "'regiedesk' AND tablename IN ('account', 'apparaat', "
                                         "'wijziging', 'versie', 'cijfer') AND rowsecurity")),
              4); // versie is read by no role
    // every table a role may read has row-level security, but the list of provinces
    EXPECT_EQ(pgGetal(db, QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON "
                                         "n.oid = c.relnamespace WHERE n.nspname = 'regiedesk' "
                                         "AND c.relkind = 'r' AND NOT c.relrowsecurity AND "
                                         "c.relname NOT IN ('provincie', 'schema_versie') AND "
                                         "has_table_privilege('regiedesk_provincie', c.oid, "
                                         "'SELECT')")),
              0);
    auto weer = serverschema::installeer(db);
    ASSERT_TRUE(weer.ok()) << weer.error().toString().toStdString();
    EXPECT_EQ(weer->voor, n);
    EXPECT_EQ(weer->na, n);
    EXPECT_TRUE(weer->toegepast.isEmpty());
    EXPECT_EQ(pgGetal(db, QStringLiteral("SELECT count(*) FROM regiedesk.schema_versie")), n);
}

TEST(ServerSchema, RefusesADatabaseThatHoldsSomethingElse)
{
    RD_PG_DATABASE(pg);
    QSqlDatabase db = open(pg, QStringLiteral("schema-2"));
    voer(db, QStringLiteral("CREATE TABLE public.boekhouding (bedrag numeric)"));
    auto stand = serverschema::installeer(db);
    ASSERT_FALSE(stand.ok());
    EXPECT_TRUE(stand.error().toString().contains(QStringLiteral("not empty")))
        << stand.error().toString().toStdString();
    EXPECT_EQ(pgGetal(db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = "
                                         "'regiedesk'")),
              0);
    // a schema of the same name that is not ours is not taken for ours
    voer(db, QStringLiteral("DROP TABLE public.boekhouding; CREATE SCHEMA regiedesk"));
    EXPECT_FALSE(serverschema::installeer(db).ok());
}

TEST(ServerSchema, UpgradesInOrderAndAFailingFileLeavesTheVersionBefore)
{
    RD_PG_DATABASE(pg);
    QSqlDatabase db = open(pg, QStringLiteral("schema-3"));
    const SchemaBestand basis = serverschema::bestanden().first();
    ASSERT_TRUE(serverschema::installeer(db, {basis}).ok());
    EXPECT_EQ(serverschema::versie(db).value(), 1);

    // version 2 fails half-way: nothing of it stays
    const SchemaBestand kapot =
        proef(2, "002-proef.sql", "CREATE TABLE regiedesk.proef (a int); SELECT 1 / 0;");
    auto mis = serverschema::installeer(db, {basis, kapot});
    ASSERT_FALSE(mis.ok());
    EXPECT_TRUE(mis.error().toString().startsWith(QStringLiteral("002-proef.sql")))
        << mis.error().toString().toStdString();
    EXPECT_TRUE(mis.error().toString().contains(QStringLiteral("division by zero")))
        << mis.error().toString().toStdString();
    EXPECT_EQ(serverschema::versie(db).value(), 1);
    EXPECT_EQ(
        pgGetal(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'proef'")), 0);

    const SchemaBestand twee = proef(2, "002-proef.sql", "CREATE TABLE regiedesk.proef (a int);");
    const SchemaBestand drie = proef(3, "003-proef.sql", "INSERT INTO regiedesk.proef VALUES (3);");
    auto stand = serverschema::installeer(db, {basis, twee, drie});
    ASSERT_TRUE(stand.ok()) << stand.error().toString().toStdString();
    EXPECT_EQ(stand->voor, 1);
    EXPECT_EQ(stand->na, 3);
    EXPECT_EQ(stand->toegepast,
              (QList<QString>{QStringLiteral("002-proef.sql"), QStringLiteral("003-proef.sql")}));
    EXPECT_EQ(pgGetal(db, QStringLiteral("SELECT sum(a) FROM regiedesk.proef")), 3);

    // an older program does not touch a newer server
    auto ouder = serverschema::installeer(db, {basis, twee});
    ASSERT_FALSE(ouder.ok());
    EXPECT_TRUE(ouder.error().toString().contains(QStringLiteral("install a newer Regiedesk")));
    // a released file changed afterwards is found
    const SchemaBestand anders =
        proef(2, "002-proef.sql", "CREATE TABLE regiedesk.proef (a bigint);");
    auto gewijzigd = serverschema::installeer(db, {basis, anders, drie});
    ASSERT_FALSE(gewijzigd.ok());
    EXPECT_TRUE(gewijzigd.error().toString().contains(QStringLiteral("was changed")))
        << gewijzigd.error().toString().toStdString();
    // files out of order are refused before anything runs
    EXPECT_FALSE(serverschema::installeer(db, {basis, drie}).ok());
}

TEST(ServerSchema, TwoInstallersAtOnceInstallOnce)
{
    RD_PG_DATABASE(pg);
    Status uitkomst[2];
    int toegepast[2] = {-1, -1};
    auto installeer = [&](int i) {
        const QString naam = QStringLiteral("schema-par-%1").arg(i);
        {
            auto db = serveradres::verbind(pg.adres(), naam);
            if (!db) {
                uitkomst[i] = db.error();
                return;
            }
            auto stand = serverschema::installeer(*db);
            if (stand)
                toegepast[i] = static_cast<int>(stand->toegepast.size());
            else
                uitkomst[i] = stand.error();
            db->close();
        }
        QSqlDatabase::removeDatabase(naam);
    };
    std::thread a(installeer, 0);
    std::thread b(installeer, 1);
    a.join();
    b.join();
    ASSERT_TRUE(uitkomst[0].ok()) << uitkomst[0].error().toString().toStdString();
    ASSERT_TRUE(uitkomst[1].ok()) << uitkomst[1].error().toString().toStdString();
    const int n = static_cast<int>(serverschema::bestanden().size());
    EXPECT_EQ(toegepast[0] + toegepast[1], n); // one did the work, the other found it done
    QSqlDatabase db = open(pg, QStringLiteral("schema-par-check"));
    EXPECT_EQ(pgGetal(db, QStringLiteral("SELECT count(*) FROM regiedesk.schema_versie")), n);
}

// Each role reads of the server's log only its scope; no role writes a table directly.
TEST(ServerSchema, RowLevelSecurityScopesWhatEachRoleReads)
{
    RD_PG_DATABASE(pg);
    QSqlDatabase db = open(pg, QStringLiteral("schema-rls"));
    ASSERT_TRUE(serverschema::installeer(db).ok());
    const QString p = pg.naam() + QStringLiteral("_"); // roles are the cluster's: one set per test
    struct Account
    {
        QString naam, rol, kolom, waarde;
        qint64 ziet; // entries visible of the six below
    };
    const QList<Account> accounts{
        {p + QStringLiteral("bh"), QStringLiteral("beheerder"), {}, {}, 6},
        {p + QStringLiteral("rv1"), QStringLiteral("regievoerder"), QStringLiteral("regio"),
         QStringLiteral("1"), 4},
        {p + QStringLiteral("rv2"), QStringLiteral("regievoerder"), QStringLiteral("regio"),
         QStringLiteral("2"), 3},
        {p + QStringLiteral("pb"), QStringLiteral("programmabegeleider"), QStringLiteral("azc"),
         QStringLiteral("'AZC Ter Apel'"), 2},
        {p + QStringLiteral("gm"), QStringLiteral("gemeente"), QStringLiteral("gemeente"),
         QStringLiteral("'GM0014'"), 3},
        {p + QStringLiteral("pv"), QStringLiteral("provincie"), QStringLiteral("provincie"),
         QStringLiteral("'Groningen'"), 0},
    };
    for (const Account &a : accounts) {
        voer(db, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE regiedesk_%2").arg(a.naam, a.rol));
        if (a.kolom.isEmpty())
            voer(db, QStringLiteral("INSERT INTO regiedesk.account (naam, rol) VALUES ('%1', "
                                    "'%2')")
                         .arg(a.naam, a.rol));
        else
            voer(db, QStringLiteral("INSERT INTO regiedesk.account (naam, rol, %3) VALUES ('%1', "
                                    "'%2', %4)")
                         .arg(a.naam, a.rol, a.kolom, a.waarde));
    }
    voer(db, QStringLiteral("INSERT INTO regiedesk.apparaat (id, account, naam) VALUES "
                            "('00000000-0000-0000-0000-000000000001', '%1', 'laptop')")
                 .arg(p + QStringLiteral("rv1")));
    // six entries: (regio, azc, gemeente); the last has no scope (reference data): everyone
    // but the province reads it
    voer(db, QStringLiteral(
                 "INSERT INTO regiedesk.wijziging (server_seq, apparaat, apparaat_seq, soort, "
                 "regio, azc, gemeente, samenvatting, data, door, tijd, hash, uitkomst) "
                 "SELECT s, '00000000-0000-0000-0000-000000000001', s, 'koppel', r, a, g, 'x', "
                 "'{}', 'Ans', now(), decode(repeat('ab', 32), 'hex'), 'toegepast' FROM (VALUES "
                 "(1, 1, 'AZC Ter Apel', 'GM0014'), (2, 1, NULL, 'GM0014'), (3, 1, NULL, "
                 "'GM0034'), (4, 2, 'AZC Budel', 'GM0363'), (5, 2, NULL, NULL), (6, NULL, NULL, "
                 "NULL)) v(s, r, a, g)"));
    for (const Account &a : accounts) {
        SCOPED_TRACE(a.naam.toStdString());
        QSqlDatabase als = open(pg, QStringLiteral("rls-") + a.naam, a.naam);
        ASSERT_TRUE(als.isOpen());
        if (a.rol == QLatin1String("provincie")) {
            // not even the table: aggregates only
            QSqlQuery q(als);
            EXPECT_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM regiedesk.wijziging")));
        } else {
            EXPECT_EQ(pgGetal(als, QStringLiteral("SELECT count(*) FROM regiedesk.wijziging")),
                      a.ziet);
        }
        // everyone sees their own account; only the beheerder sees the others
        EXPECT_EQ(pgGetal(als, QStringLiteral("SELECT count(*) FROM regiedesk.account")),
                  a.rol == QLatin1String("beheerder") ? accounts.size() : 1);
        for (const QString &schrijf :
             {QStringLiteral("UPDATE regiedesk.wijziging SET uitkomst = 'geen'"),
              QStringLiteral("DELETE FROM regiedesk.wijziging"),
              QStringLiteral("INSERT INTO regiedesk.versie VALUES ('x', 1, 1)"),
              QStringLiteral("UPDATE regiedesk.account SET rol = 'beheerder'"),
              QStringLiteral("DELETE FROM regiedesk.schema_versie")}) {
            QSqlQuery q(als);
            EXPECT_FALSE(q.exec(schrijf)) << schrijf.toStdString();
            EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("permission denied")))
                << q.lastError().text().toStdString();
        }
        als.close();
    }
    EXPECT_EQ(
        pgGetal(db, QStringLiteral("SELECT count(*) FROM regiedesk.wijziging WHERE uitkomst = "
                                   "'toegepast'")),
        6);
}

TEST(ServerSchema, SplitsStatementsKnowingQuotesAndComments)
{
    const auto s = serverschema::statements(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (b text DEFAULT 'x;y''z');\n"
        "/* block; /* nested; */ still; */ SELECT \"odd;name\" FROM a;\n"
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\n"
        "DO $body$ BEGIN PERFORM 'a$$b;'; END $body$;\n"
        "SELECT E'it\\'s; fine', $1;\n"
        "  ;  \n");
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    ASSERT_EQ(s->size(), 5) << s->join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(s->at(0), QStringLiteral("CREATE TABLE a (b text DEFAULT 'x;y''z')"));
    EXPECT_EQ(s->at(1), QStringLiteral("SELECT \"odd;name\" FROM a"));
    EXPECT_EQ(s->at(2), QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ "
                                       "BEGIN RETURN 1; END $$"));
    EXPECT_EQ(s->at(3), QStringLiteral("DO $body$ BEGIN PERFORM 'a$$b;'; END $body$"));
    EXPECT_EQ(s->at(4), QStringLiteral("SELECT E'it\\'s; fine', $1"));
    for (const char *kapot :
         {"SELECT 'open;", "SELECT 1; /* open", "DO $x$ BEGIN END;", "SELECT \"open"}) {
        const auto k = serverschema::statements(kapot);
        ASSERT_FALSE(k.ok()) << kapot;
        EXPECT_TRUE(k.error().toString().contains(QStringLiteral("line 1"))) << kapot;
    }
    EXPECT_TRUE(serverschema::statements("SELECT 1;\n\nSELECT 'x\n")
                    .error()
                    .toString()
                    .contains(QStringLiteral("line 3")));
}
