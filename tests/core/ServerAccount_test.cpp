// The team server's accounts made by the program (issue 16, `server account`): the SCRAM verifier
// is PostgreSQL's own, an account is a login role in its role's group with its scope row, and a
// removed account that has devices keeps its history but loses its login.
#include "PgTest.h"
#include "core/sync/ServerAccount.h"
#include "core/sync/ServerSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace rd;
using namespace rd::test;

namespace {

QVariant waarde(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    return q.next() ? q.value(0) : QVariant();
}

} // namespace

TEST(ServerAccount, TheVerifierIsTheOnePostgresqlMakesFromTheSamePasswordAndSalt)
{
    RD_PG_DATABASE(pg);
    auto db = serveradres::verbind(pg.adres(), QStringLiteral("scram"));
    ASSERT_TRUE(db.ok());
    const QString rol = pg.naam() + QStringLiteral("_scram");
    QSqlQuery q(*db);
    ASSERT_TRUE(q.exec(QStringLiteral("SET password_encryption = 'scram-sha-256'")));
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE ROLE %1 PASSWORD 'Grüße, 12 tekens!'").arg(rol)));
    const QString vanPostgres =
        waarde(*db,
               QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(rol))
            .toString();
    ASSERT_TRUE(vanPostgres.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    const QByteArray salt = QByteArray::fromBase64(
        vanPostgres.section(QLatin1Char('$'), 1, 1).section(QLatin1Char(':'), 1, 1).toLatin1());
    ASSERT_EQ(salt.size(), 16);
    EXPECT_EQ(serveraccount::scramVerifier(QStringLiteral("Grüße, 12 tekens!"), salt), vanPostgres);
    EXPECT_NE(serveraccount::scramVerifier(QStringLiteral("Grüße, 12 tekens?"), salt), vanPostgres);
    // a new salt each time
    EXPECT_NE(serveraccount::scramVerifier(QStringLiteral("x")),
              serveraccount::scramVerifier(QStringLiteral("x")));
    ASSERT_TRUE(q.exec(QStringLiteral("DROP ROLE %1").arg(rol)));
}

TEST(ServerAccount, AnAccountIsALoginInItsRolesGroupWithItsScope)
{
    RD_PG_DATABASE(pg);
    auto db = serveradres::verbind(pg.adres(), QStringLiteral("accounts"));
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(serverschema::installeer(*db).ok());
    Account ans;
    ans.naam = pg.naam() + QStringLiteral("_ans");
    ans.rol = Rol::Regievoerder;
    ans.regio = 2;
    ASSERT_TRUE(serveraccount::maak(*db, ans, QStringLiteral("lang genoeg wachtwoord")).ok());
    EXPECT_EQ(waarde(*db, QStringLiteral("SELECT pg_has_role('%1', 'regiedesk_regievoerder', "
                                         "'MEMBER')")
                              .arg(ans.naam))
                  .toBool(),
              true);
    EXPECT_EQ(waarde(*db, QStringLiteral("SELECT regio FROM regiedesk.account WHERE naam = '%1'")
                              .arg(ans.naam))
                  .toInt(),
              2);
    EXPECT_TRUE(waarde(*db, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = "
                                           "'%1'")
                                .arg(ans.naam))
                    .toString()
                    .startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    // refused whole: the same name again, a scope that is not the role's, a short password
    // roles are the cluster's and other tests make theirs meanwhile: this test's own only
    const QString eigenRollen =
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE starts_with(rolname, '%1')")
            .arg(pg.naam());
    const qint64 rollen = waarde(*db, eigenRollen).toLongLong();
    const Status twee = serveraccount::maak(*db, ans, QStringLiteral("lang genoeg wachtwoord"));
    ASSERT_FALSE(twee.ok());
    EXPECT_TRUE(twee.error().message.contains(QStringLiteral("already exists")))
        << twee.error().toString().toStdString();
    Account fout = ans;
    fout.naam = pg.naam() + QStringLiteral("_fout");
    fout.azc = QStringLiteral("AZC Budel");
    EXPECT_EQ(
        serveraccount::maak(*db, fout, QStringLiteral("lang genoeg wachtwoord")).error().where,
        QStringLiteral("azc"));
    fout.azc.clear();
    EXPECT_FALSE(serveraccount::maak(*db, fout, QStringLiteral("kort")).ok());
    EXPECT_EQ(waarde(*db, eigenRollen).toLongLong(), rollen);

    EXPECT_TRUE(
        serveraccount::zetWachtwoord(*db, ans.naam, QStringLiteral("een ander wachtwoord")).ok());
    EXPECT_FALSE(
        serveraccount::zetWachtwoord(*db, fout.naam, QStringLiteral("een ander wachtwoord")).ok());
    auto lijst = serveraccount::lijst(*db);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 1);
    EXPECT_EQ(lijst->first().naam, ans.naam);
    EXPECT_EQ(lijst->first().rol, Rol::Regievoerder);
}

TEST(ServerAccount, ARemovedAccountWithADeviceKeepsItsHistoryButCannotSignIn)
{
    RD_PG_DATABASE(pg);
    auto db = serveradres::verbind(pg.adres(), QStringLiteral("weg"));
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(serverschema::installeer(*db).ok());
    Account met;
    met.naam = pg.naam() + QStringLiteral("_met");
    Account zonder;
    zonder.naam = pg.naam() + QStringLiteral("_zonder");
    for (const Account &a : {met, zonder})
        ASSERT_TRUE(serveraccount::maak(*db, a, QStringLiteral("lang genoeg wachtwoord")).ok());
    {
        auto als = serveradres::verbind(pg.adres(), QStringLiteral("als"), {}, met.naam);
        ASSERT_TRUE(als.ok());
        QSqlQuery q(*als);
        q.prepare(QStringLiteral("SELECT regiedesk.meld_aan(CAST(? AS uuid), 'laptop')"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        als->close();
    }
    ASSERT_TRUE(serveraccount::verwijder(*db, met.naam).ok());
    ASSERT_TRUE(serveraccount::verwijder(*db, zonder.naam).ok());
    EXPECT_EQ(waarde(*db, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'")
                              .arg(met.naam))
                  .toBool(),
              false);
    EXPECT_EQ(waarde(*db, QStringLiteral("SELECT count(*) FROM regiedesk.apparaat WHERE account "
                                         "= '%1'")
                              .arg(met.naam))
                  .toInt(),
              1);
    EXPECT_EQ(waarde(*db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'")
                              .arg(zonder.naam))
                  .toInt(),
              0);
    EXPECT_FALSE(serveradres::verbind(pg.adres(), QStringLiteral("als2"), {}, met.naam).ok());
    auto lijst = serveraccount::lijst(*db);
    ASSERT_TRUE(lijst.ok());
    EXPECT_TRUE(lijst->isEmpty());
    EXPECT_FALSE(serveraccount::verwijder(*db, zonder.naam).ok());
}
