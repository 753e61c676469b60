#pragma once

#include "core/sync/ServerAdres.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace rd::test {

// The URL of the throwaway test cluster (tests/support/pg-cluster.sh, started by a CTest
// fixture): REGIEDESK_TEST_PG when set, else the file the fixture wrote; empty when there is none.
QString pgUrl();
// Whether a missing cluster is a failure (REGIEDESK_REQUIRE_PG=1, set by .ci/run) or a skip.
bool pgVereist();

// A fresh, empty database on the test cluster for one test, dropped (with its connections)
// afterwards. The cluster's superuser owns it.
class PgDatabase
{
public:
    PgDatabase();
    ~PgDatabase();
    PgDatabase(const PgDatabase &) = delete;
    PgDatabase &operator=(const PgDatabase &) = delete;

    bool ok() const { return !m_naam.isEmpty(); }
    QString reden() const { return m_reden; } // why it could not be made
    QString naam() const { return m_naam; }
    ServerAdres adres() const { return m_adres; } // this database, as the superuser
    QString url() const { return m_adres.tekst(); }

private:
    QString m_naam;
    QString m_reden;
    ServerAdres m_adres;
};

// The schema installed on the database and, per short name, a login role of `rol` with its
// account (a regievoerder of region 1); returns the accounts' names, each the database's name,
// '_' and the short name (roles are the cluster's: unique per test). Empty, with a test failure,
// when something fails.
QStringList serverMetAccounts(const PgDatabase &pg, const QStringList &korteNamen,
                              const QString &rol = QStringLiteral("regievoerder"));

// The first column of the first row of `sql` as a number; -1 and a test failure on an error.
qint64 pgGetal(QSqlDatabase &db, const QString &sql);

} // namespace rd::test

// At the start of a test that needs the server: skips with a message when there is no test
// cluster (fails instead under REGIEDESK_REQUIRE_PG=1), fails when the database cannot be made.
#define RD_PG_DATABASE(db)                                                                         \
    ::rd::test::PgDatabase db;                                                                     \
    if (!db.ok()) {                                                                                \
        if (::rd::test::pgUrl().isEmpty() && !::rd::test::pgVereist())                             \
            GTEST_SKIP() << "no PostgreSQL test cluster (tests/support/pg-cluster.sh); "           \
                            "install postgresql-15 to run this test";                              \
        FAIL() << db.reden().toStdString();                                                        \
    }
