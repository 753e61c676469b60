#pragma once

#include "core/common/Result.h"

#include <QString>

namespace rd::output {

// Where a write to `path` would end: symlinks resolved (a dangling one to where it points), a
// file that does not exist yet by its canonical folder and its name. Empty when the folder does
// not exist or the links go round in a circle.
QString resolve(const QString &path);

// Whether the program may write a file to `path`; on success the resolved target (resolve()).
// Refused, with a message that names `path` as written and nothing touched: a protected file
// (the open store, its -wal/-shm/-journal, its backups: ProtectedFiles); an existing file that
// starts with the SQLite header (an export never replaces a database); a folder; a device, pipe,
// socket or anything else that is not a regular file; an existing regular file unless `force`
// (the command line's --force; the window's file dialog has asked already).
Result<QString> check(const QString &path, bool force);

// Puts the finished temporary file `temporary` (in the folder of `resolved`) in place as `path`:
// checks `path` again (it may have changed while the file was written; it must still resolve to
// `resolved`), renames, and flushes the folder to disk. On an error nothing was replaced and the
// temporary is left for the caller to remove.
Status putInPlace(const QString &temporary, const QString &path, const QString &resolved,
                  bool force);

// fsync(2) of a folder, so that a rename in it survives a power cut.
Status syncFolder(const QString &folder);

// Creates `path` and any missing folder above it, each with mode 0700 (only the user: the
// folders hold letters with personal data). An existing folder is left as it is.
Status makeFolder(const QString &path);

} // namespace rd::output
