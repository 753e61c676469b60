#include "core/store/StoreError.h"

#include "core/store/SqliteStatement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

#include <sqlite3.h>

namespace rd::storeerror {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

// A full disk shows itself as an I/O error in some places (growing the -shm, a journal):
// when the folder's file system has (next to) no room left, say so.
bool schijfVol(const QString &path)
{
    const QStorageInfo opslag(QFileInfo(path).absolutePath());
    return opslag.isValid() && opslag.bytesAvailable() < 64 * 1024;
}

} // namespace

Soort soortVan(int code)
{
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
        return Soort::Beschadigd;
    case SQLITE_NOTADB:
        return Soort::GeenStore;
    case SQLITE_READONLY:
        return Soort::AlleenLezen;
    case SQLITE_FULL:
        return Soort::SchijfVol;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Soort::Bezet;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Soort::NietTeOpenen;
    default:
        return Soort::Anders;
    }
}

int laatsteCode(const QSqlDatabase &db)
{
    const auto handle = sqliteHandle(db);
    return handle ? sqlite3_extended_errcode(*handle) : 0;
}

Error fout(const QString &path, Soort soort, const QString &detail)
{
    switch (soort) {
    case Soort::Beschadigd:
        return Error{
            path, t("is damaged (%1). The file was not changed; restore a backup copy.")
                      .arg(detail.isEmpty() ? t("the database disk image is malformed") : detail)};
    case Soort::GeenStore:
        return Error{path, t("is not a Regiedesk store (not an SQLite database file)")};
    case Soort::AlleenLezen:
        return Error{path, t("cannot be changed: the file or its folder is read-only. Nothing "
                             "was changed; the file is not damaged. Copy it to a folder you can "
                             "write to, or ask for write permission.")};
    case Soort::SchijfVol:
        return Error{path, t("cannot be changed: the disk is full. Nothing was changed; the file "
                             "is not damaged. Make room on the disk and try again.")};
    case Soort::Bezet:
        return Error{path, t("another program is writing to this store; try again in a moment. "
                             "Nothing was changed.")};
    case Soort::NietTeOpenen:
        return Error{path, t("cannot be opened: %1. The file is not damaged; check that it and "
                             "its folder may be read and written.")
                               .arg(detail)};
    case Soort::Anders:
        break;
    }
    return Error{path, detail};
}

Error vanVerbinding(const QString &path, const QSqlDatabase &db, const QString &detail)
{
    Soort soort = soortVan(laatsteCode(db));
    if ((soort == Soort::Anders || soort == Soort::NietTeOpenen) && schijfVol(path))
        soort = Soort::SchijfVol;
    return fout(path, soort, detail);
}

Error vanSqlite(sqlite3 *db, int rc)
{
    const QString tekst = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    const Soort soort = soortVan(rc);
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (soort == Soort::Anders || !file || !*file)
        return Error{t("store"), tekst};
    return fout(QString::fromUtf8(file), soort, tekst);
}

bool isSqlFout(const Error &error)
{
    return error.where == t("store");
}

} // namespace rd::storeerror
