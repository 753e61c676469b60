#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace rd {

// The local SQLite store: one file, chosen by the user, that works without a network.
// WAL, foreign keys on, synchronous=FULL, files 0600. Opening reads the header without SQLite,
// then runs the fast checks (application id, version, the schema's tables and columns, the
// reference tables' foreign keys); the full check (every page, every foreign key) runs on
// demand (check()) and when the store was left open by a program that ended without closing
// it. A file that fails is never written to and nothing is left beside it. Before a migration
// a backup copy (0600) is made beside the file. Every write transaction starts with
// BEGIN IMMEDIATE, so a second writer waits up to five seconds for the first.
class Store
{
public:
    enum class Mode
    {
        ReadOnly,  // reads only: never migrates, never writes; an older store is refused
        ReadWrite, // an existing store; an older one is backed up and migrated
        Create     // as ReadWrite, and a missing (or zero-byte) file becomes a new store
    };

    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite);
    // The schema version in the header of an existing store file, read without opening it;
    // for asking the user before an upgrade. An error for anything Store::open would refuse
    // before opening (missing, empty, not SQLite, another program's, newer).
    static Result<int> schemaVersionOf(const QString &path);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    static int latestSchemaVersion();
    static QString defaultPath(); // under the user's data folder

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    QString lastBackupPath() const { return m_backupPath; }
    bool readOnly() const { return m_mode == Mode::ReadOnly; }
    // The last program that wrote to the file ended without closing it; the full check ran.
    bool wasLeftOpen() const { return m_leftOpen; }

    // The full check: every page and every foreign key. `problems` gets what is wrong.
    Status check(QStringList *problems = nullptr) const;

    // Runs body in one transaction: commit when it succeeds, roll back when it fails.
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &body);
    bool inTransaction() const { return m_depth > 0; }
    // Runs `f` once the outermost transaction now running has committed; dropped when it rolls
    // back. For what must follow a commit and never precede it (the change log's witness).
    void naCommit(std::function<void()> f) { m_naCommit.push_back(std::move(f)); }

    // Who is recorded as having made a change ("door"): the login name unless set.
    QString gebruiker() const { return m_gebruiker; }
    void setGebruiker(const QString &naam) { m_gebruiker = naam; }

private:
    Store(QString path, QString connection, Mode mode);
    Status configure(bool schrijfbaar);
    Status configureForWriting();
    Result<int> checkOnOpen(bool nieuw); // the schema version after the fast checks
    bool hasTables() const;
    Status migrate(int from);

    QString m_path;
    QString m_connection;
    Mode m_mode;
    QString m_backupPath;
    QString m_gebruiker;
    QString m_canonical; // for the registry of stores open in this process
    bool m_leftOpen = false;
    int m_depth = 0;
    bool m_geschreven = false; // a transaction committed in this session
    std::vector<std::function<void()>> m_naCommit;
};

} // namespace rd
