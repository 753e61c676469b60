#pragma once

#include <QString>

namespace rd {

// The files no output may write over while a store is open in this process: the store file, its
// SQLite companions (`-wal`, `-shm`, `-journal`) and its backup copies
// (`<store>.v<N>-<stamp>.bak`, made before a migration). Store::open adds the store's path and
// Store::~Store removes it again; a store opened twice stays protected until both are closed.
// Paths are compared canonically (output::resolve): a symlink to the store is the store.
class ProtectedFiles
{
public:
    static void add(const QString &storePath);
    static void remove(const QString &storePath);
    // Whether `resolvedPath` (as output::resolve gives it) is one of the protected files.
    static bool covers(const QString &resolvedPath);
};

} // namespace rd
