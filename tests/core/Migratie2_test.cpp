#include "TestSupport.h"

#include "core/huishouden/HuishoudenRepository.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/weigering/Gezinshereniging.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rd;

namespace {

// Runs statements on a file through a plain connection, outside Store (which would migrate
// it): returns the first value of the last statement.
QVariant raw(const QString &path, const QStringList &statements)
{
    QVariant laatste;
    const QString name = QStringLiteral("migratie2-") + path;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        for (const auto &statement : statements) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(statement))
                << statement.toStdString() << ": " << q.lastError().text().toStdString();
            laatste = q.next() ? q.value(0) : QVariant();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return laatste;
}

// A store as Regiedesk schema 1 left it: migration 1 only, with a coupled household.
void maakVersie1(const QString &path)
{
    QStringList statements = migrations().at(0);
    statements << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("PRAGMA application_id = %1").arg(applicationId)
               << QStringLiteral("INSERT INTO provincie VALUES('Noord-Holland', 3)")
               << QStringLiteral("INSERT INTO gemeente(code, naam, provincie) "
                                 "VALUES('GM0363', 'Amsterdam', 'Noord-Holland')")
               << QStringLiteral("INSERT INTO huishouden(id, vergunning_datum, brp_datum, "
                                 "gezinshereniging_vanaf) VALUES(7, '2025-03-01', '2025-03-04', "
                                 "'2025-02-01')")
               << QStringLiteral("INSERT INTO persoon(huishouden, referent, v_nummer, voornamen, "
                                 "achternaam, geboortedatum, geslacht) VALUES(7, 1, "
                                 "'1234567890', 'Amina', 'Testperson', '1990-05-17', 'V')")
               << QStringLiteral("INSERT INTO koppeling(huishouden, gemeente, datum, reden, door, "
                                 "vastgelegd_op) VALUES(7, 'GM0363', '2025-03-10', 'achterstand', "
                                 "'tester', '2025-03-10T10:00:00')");
    raw(path, statements);
}

} // namespace

TEST(Migratie2, AVersion1StoreIsUpgradedKeepingItsHouseholds)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.sqlite"));
    maakVersie1(path);
    ASSERT_EQ(raw(path, {QStringLiteral("PRAGMA user_version")}).toInt(), 1);

    auto store = Store::open(path);
    ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
    EXPECT_EQ((*store)->schemaVersion(), Store::latestSchemaVersion());

    auto huishouden = HuishoudenRepository(**store).laad(7);
    ASSERT_TRUE(huishouden.ok()) << huishouden.error().toString().toStdString();
    EXPECT_EQ(huishouden->vergunning, QDate(2025, 3, 1));
    EXPECT_EQ(huishouden->brp, QDate(2025, 3, 4));
    ASSERT_EQ(huishouden->personen.size(), 1);
    EXPECT_EQ(huishouden->personen.at(0).vNummer, QStringLiteral("1234567890"));
    auto koppeling = KoppelingService(**store).actief(7);
    ASSERT_TRUE(koppeling.ok() && koppeling->has_value()) << "the coupling survives";
    EXPECT_EQ((*koppeling)->gemeenteCode, QStringLiteral("GM0363"));

    // The columns of version 2 start empty; the new tables work.
    auto stand = GezinsherenigingService(**store).stand(7, QDate(2025, 6, 1));
    ASSERT_TRUE(stand.ok());
    EXPECT_EQ(stand->vanaf, QDate(2025, 2, 1));
    EXPECT_EQ(stand->besluit, HerenigingBesluit::Geen);
    EXPECT_EQ(stand->voegtBij, 0);
    auto aanbod = TijdlijnService(**store).voegToe(7, GebeurtenisSoort::Woningaanbod,
                                                   QDate(2025, 3, 20), {}, {}, QDate(2025, 6, 1));
    EXPECT_TRUE(aanbod.ok()) << aanbod.error().toString().toStdString();
}

TEST(Migratie2, TheUpgradeKeepsABackupOfTheVersion1File)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.sqlite"));
    maakVersie1(path);
    QString backup;
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
        backup = (*store)->lastBackupPath();
    }
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_TRUE(QFileInfo(backup).fileName().startsWith(QStringLiteral("v1.sqlite.v1-")))
        << backup.toStdString();
    ASSERT_TRUE(QFileInfo::exists(backup));
    EXPECT_EQ(raw(backup, {QStringLiteral("PRAGMA user_version")}).toInt(), 1);
    EXPECT_EQ(raw(backup, {QStringLiteral("SELECT count(*) FROM huishouden")}).toInt(), 1);
    EXPECT_EQ(raw(backup, {QStringLiteral("SELECT count(*) FROM sqlite_master "
                                          "WHERE name = 'gebeurtenis'")})
                  .toInt(),
              0)
        << "the backup is the file as it was before the upgrade";

    auto weer = Store::open(path);
    ASSERT_TRUE(weer.ok());
    EXPECT_TRUE((*weer)->lastBackupPath().isEmpty()) << "an up-to-date file is not copied again";
}
