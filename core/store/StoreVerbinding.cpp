#include "core/store/Store.h"

#include "core/store/Sql.h"
#include "core/store/StoreError.h"

#include <QStringList>

namespace rd {

// The connection's settings (Store.cpp opens it; these run once it is open).

Status Store::configure(bool schrijfbaar)
{
    const auto db = database();
    // busy_timeout first: every later statement may meet another program's lock.
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = 5000"),
                        QStringLiteral("PRAGMA foreign_keys = ON")};
    // A 64 MB page cache for writing: a large import stays in memory instead of spilling to
    // the WAL. A reader keeps SQLite's 2 MB: a short-lived process that reads the file once
    // spent a third of its time having the kernel zero fresh pages for a large cache (the
    // operating system caches the file anyway).
    if (m_mode != Mode::ReadOnly)
        pragmas << QStringLiteral("PRAGMA cache_size = -65536");
    // No memory map of the file (SQLite's default): on the stores of today's demo a 256 MB map
    // cost more CPU than it saved, in page faults and in unmapping at exit (2026-12-04, 300,000
    // households, CPU time: `cases` 136 ms without, 161-173 with; `quota` 119 without, 129
    // with; the sqlite3 CLI gains the same way). It had halved the quota on the older demo.
    if (m_mode == Mode::ReadOnly && schrijfbaar)
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    for (const auto &pragma : pragmas) {
        if (auto r = sql::run(db, pragma); !r)
            return storeerror::vanVerbinding(m_path, db, r.error().message);
    }
    return {};
}

Status Store::configureForWriting()
{
    // Only once the file is known to be ours: WAL mode rewrites the header of another
    // program's database.
    const auto db = database();
    // The read after the switch opens the -wal and -shm files now, so that open() can make
    // them private before anything is written to them.
    for (const auto &pragma :
         {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
          QStringLiteral("SELECT count(*) FROM sqlite_master")}) {
        if (auto r = sql::run(db, pragma); !r)
            return storeerror::vanVerbinding(m_path, db, r.error().message);
    }
    return {};
}

} // namespace rd
