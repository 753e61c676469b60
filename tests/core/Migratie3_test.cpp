#include "TestSupport.h"

#include "core/brief/BriefService.h"
#include "core/instellingen/Instellingen.h"
#include "core/store/Migrations.h"
#include "core/store/Store.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rd;

namespace {

// A store as Regiedesk schema 2 left it (migrations 1 and 2), with an AZC location and a
// household, made through a plain connection so Store does not migrate it first.
void maakVersie2(const QString &path)
{
    test::maakStoreVersie(path, 2,
                          {QStringLiteral("INSERT INTO provincie VALUES('Utrecht', 3)"),
                           QStringLiteral("INSERT INTO gemeente(code, naam, provincie) "
                                          "VALUES('GM0344', 'Utrecht', 'Utrecht')"),
                           QStringLiteral("INSERT INTO azc(id, naam, gemeente) "
                                          "VALUES(4, 'AZC Utrecht', 'GM0344')"),
                           QStringLiteral("INSERT INTO huishouden(id, azc, vergunning_datum) "
                                          "VALUES(9, 4, '2026-10-01')")});
}

} // namespace

TEST(Migratie3, AVersion2StoreGetsSettingsContactsAndLettersKeepingItsData)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v2.sqlite"));
    maakVersie2(path);
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
    EXPECT_EQ((*store)->schemaVersion(), Store::latestSchemaVersion());
    EXPECT_TRUE(QFileInfo((*store)->lastBackupPath())
                    .fileName()
                    .startsWith(QStringLiteral("v2.sqlite.v2-")))
        << "a copy of the version-2 file is kept";

    // The AZC location is kept with an empty contact line; the settings start empty.
    Instellingen instellingen(**store);
    auto contact = instellingen.azcContact(4);
    ASSERT_TRUE(contact.ok()) << contact.error().toString().toStdString();
    EXPECT_TRUE(contact->isEmpty());
    auto afzender = instellingen.afzender();
    ASSERT_TRUE(afzender.ok());
    EXPECT_TRUE(afzender->regievoerder.isEmpty());
    auto tolerantie = instellingen.tolerantie();
    ASSERT_TRUE(tolerantie.ok());
    EXPECT_EQ(tolerantie->toString(), QStringLiteral("1/6")) << "the handbook's default";

    // The new tables work: a contact line and letters can be kept; the household is there.
    EXPECT_TRUE(instellingen.zetAzcContact(4, QStringLiteral("Balie, 030 123 45 67")).ok());
    EXPECT_EQ(*instellingen.azcContact(4), QStringLiteral("Balie, 030 123 45 67"));
    auto brieven = BriefService(**store).uitgegeven(9);
    ASSERT_TRUE(brieven.ok()) << brieven.error().toString().toStdString();
    EXPECT_TRUE(brieven->isEmpty());
}
