#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace rd::storefile {

// What the first 100 bytes of a file say, read without SQLite (so nothing is created beside
// it). The header of a store in WAL mode may lag behind its -wal file: user_version only grows
// and application_id never changes once set, so a newer version or another program's id read
// here is certain; anything else is confirmed through SQLite after opening.
struct Header
{
    qint64 size = 0;
    bool sqlite = false; // starts with "SQLite format 3\0"
    int userVersion = 0;
    int applicationId = 0;
};

// The header; an error naming the file when it cannot be read (missing, no permission, a folder).
Result<Header> readHeader(const QString &path);

// The files SQLite keeps beside a store: "-wal", "-shm", "-journal".
QStringList companions(const QString &path);

// True when a -wal file with content is left beside the store and no process has the store open:
// the last program that wrote to it ended without closing it (killed, a crash, power loss).
// SQLite recovers such a file by itself; Regiedesk then also runs the full integrity check.
bool wasLeftOpen(const QString &path);

// Removes the -wal/-shm files a refused open created, when nobody else uses the store.
// `existedBefore` lists the companions that were there before the open began.
void removeCreatedCompanions(const QString &path, const QStringList &existedBefore);

// Creates an empty file with mode 0600 (the umask cannot widen it); for a new store or the
// target of a backup, so that SQLite, which keeps the mode of an existing file, never makes
// personal data readable to others.
Status createPrivate(const QString &path);
// Narrows the mode of an existing file we own to 0600 (stores made by older versions were 0644).
void makePrivate(const QString &path);

// Whether a new file can be made in the folder of `path` / the file can be written.
bool folderWritable(const QString &path);
bool fileWritable(const QString &path);

} // namespace rd::storefile
