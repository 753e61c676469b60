#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace rd {

// The local SQLite store: one file, chosen by the user, that works without a network.
// WAL, foreign keys on, synchronous=FULL. Opening checks that the file is ours, undamaged
// (integrity_check) and not from a newer Regiedesk; a file that fails is never written to.
// Before a migration a backup copy is made beside the file.
class Store
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite);
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

    // Runs body in one transaction: commit when it succeeds, roll back when it fails.
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &body);
    bool inTransaction() const { return m_depth > 0; }

    // Who is recorded as having made a change ("door"): the login name unless set.
    QString gebruiker() const { return m_gebruiker; }
    void setGebruiker(const QString &naam) { m_gebruiker = naam; }

private:
    Store(QString path, QString connection, Mode mode);
    Status migrate(int from);

    QString m_path;
    QString m_connection;
    Mode m_mode;
    QString m_backupPath;
    QString m_gebruiker;
    int m_depth = 0;
    bool m_geschreven = false; // a transaction committed in this session
};

} // namespace rd
