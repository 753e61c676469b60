#pragma once

#include "core/common/Result.h"
#include "core/domain/Account.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
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

    // Who is signed in, with the role's scope (docs/sync.md): every change-log entry is checked
    // against it (journaal::voegToe), so no path writes what the role may not. None: the single
    // local user of a store without accounts, who may do everything (as before accounts).
    const std::optional<Account> &account() const { return m_account; }
    void setAccount(std::optional<Account> account) { m_account = std::move(account); }
    // True while a change made elsewhere is replayed (Namens).
    bool vanElders() const { return m_namens > 0; }

    // While alive, changes are made on behalf of `door`, who made them elsewhere (an entry
    // received from the server, a conflict taken back to the server's version): they are
    // recorded as theirs and not checked against this store's account (the server checked them
    // against the account that made them).
    class Namens
    {
    public:
        Namens(Store &store, const QString &door) : m_store(store), m_vorige(store.m_gebruiker)
        {
            store.m_gebruiker = door;
            ++store.m_namens;
        }
        ~Namens()
        {
            m_store.m_gebruiker = m_vorige;
            --m_store.m_namens;
        }
        Namens(const Namens &) = delete;
        Namens &operator=(const Namens &) = delete;

    private:
        Store &m_store;
        QString m_vorige;
    };

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
    std::optional<Account> m_account;
    int m_namens = 0;
    QString m_canonical; // for the registry of stores open in this process
    bool m_leftOpen = false;
    int m_depth = 0;
    bool m_geschreven = false; // a transaction committed in this session
    std::vector<std::function<void()>> m_naCommit;
};

} // namespace rd
