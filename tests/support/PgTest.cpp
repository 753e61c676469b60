#include "PgTest.h"

#include "core/sync/ServerSchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rd::test {

namespace {

QAtomicInteger<int> teller;

// Runs one statement on the cluster's maintenance database.
QString opBeheer(const QString &sql)
{
    const auto adres = serveradres::lees(pgUrl());
    if (!adres)
        return adres.error().toString();
    const QString verbinding = QStringLiteral("rdtest-beheer-%1").arg(teller.fetchAndAddRelaxed(1));
    QString fout;
    {
        auto db = serveradres::verbind(*adres, verbinding);
        if (!db)
            return db.error().toString();
        QSqlQuery q(*db);
        if (!q.exec(sql))
            fout = q.lastError().text();
        db->close();
    }
    QSqlDatabase::removeDatabase(verbinding);
    return fout;
}

} // namespace

QString pgUrl()
{
    const QByteArray env = qgetenv("REGIEDESK_TEST_PG");
    if (!env.isEmpty())
        return QString::fromUtf8(env).trimmed();
    QFile f(QStringLiteral(REGIEDESK_PG_STATE "/url"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

bool pgVereist()
{
    return qgetenv("REGIEDESK_REQUIRE_PG") == "1";
}

PgDatabase::PgDatabase()
{
    const QString url = pgUrl();
    if (url.isEmpty()) {
        m_reden = QStringLiteral("no PostgreSQL test cluster: REGIEDESK_TEST_PG is not set and "
                                 "the fixture wrote no " REGIEDESK_PG_STATE "/url");
        return;
    }
    const auto adres = serveradres::lees(url);
    if (!adres) {
        m_reden = adres.error().toString();
        return;
    }
    const QString naam = QStringLiteral("rdtest_%1_%2")
                             .arg(QString::number(QCoreApplication::applicationPid()),
                                  QString::number(teller.fetchAndAddRelaxed(1)));
    if (const QString fout = opBeheer(QStringLiteral("CREATE DATABASE %1").arg(naam));
        !fout.isEmpty()) {
        m_reden = QStringLiteral("CREATE DATABASE %1: %2").arg(naam, fout);
        return;
    }
    m_adres = *adres;
    m_adres.database = naam;
    m_naam = naam;
}

PgDatabase::~PgDatabase()
{
    if (!m_naam.isEmpty())
        (void)opBeheer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_naam));
}

QStringList serverMetAccounts(const PgDatabase &pg, const QStringList &korteNamen,
                              const QString &rol)
{
    const QString verbinding =
        QStringLiteral("rdtest-accounts-%1").arg(teller.fetchAndAddRelaxed(1));
    QStringList namen;
    {
        auto db = serveradres::verbind(pg.adres(), verbinding);
        if (!db) {
            ADD_FAILURE() << db.error().toString().toStdString();
            return {};
        }
        if (auto stand = serverschema::installeer(*db); !stand) {
            ADD_FAILURE() << stand.error().toString().toStdString();
            return {};
        }
        QSqlQuery q(*db);
        const QString regio =
            rol == QLatin1String("regievoerder") ? QStringLiteral("1") : QStringLiteral("NULL");
        for (const QString &kort : korteNamen) {
            const QString naam = pg.naam() + QLatin1Char('_') + kort;
            if (!q.exec(
                    QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE regiedesk_%2").arg(naam, rol)) ||
                !q.exec(QStringLiteral("INSERT INTO regiedesk.account (naam, rol, regio) "
                                       "VALUES ('%1', '%2', %3)")
                            .arg(naam, rol, regio))) {
                ADD_FAILURE() << q.lastError().text().toStdString();
                return {};
            }
            namen << naam;
        }
        db->close();
    }
    QSqlDatabase::removeDatabase(verbinding);
    return namen;
}

qint64 pgGetal(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace rd::test
