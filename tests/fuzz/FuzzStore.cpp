#include "FuzzStore.h"

#include "FuzzSupport.h"
#include "core/store/StoreFile.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace rd::fuzz {

FuzzStore::FuzzStore(const QString &name, const std::function<Status(Store &)> &fill)
    : m_path(scratchPath(name + QStringLiteral(".sqlite"))),
      m_pristine(scratchPath(name + QStringLiteral(".pristine")))
{
    m_store = open(Store::Mode::Create);
    require(fill(*m_store), "filling the fuzz store");
    m_store.reset(); // the last connection checkpoints the WAL into the file
    if (!QFile::copy(m_path, m_pristine)) {
        std::fprintf(stderr, "fuzz: cannot copy %s\n", qPrintable(m_path));
        std::abort();
    }
    m_store = open(Store::Mode::ReadWrite);
}

void FuzzStore::restore()
{
    m_store.reset();
    for (const QString &companion : storefile::companions(m_path))
        QFile::remove(companion);
    QFile::remove(m_path);
    if (!QFile::copy(m_pristine, m_path)) {
        std::fprintf(stderr, "fuzz: cannot restore %s\n", qPrintable(m_path));
        std::abort();
    }
    m_store = open(Store::Mode::ReadWrite);
}

std::unique_ptr<Store> FuzzStore::open(Store::Mode mode)
{
    auto store = Store::open(m_path, mode);
    if (!store) {
        std::fprintf(stderr, "fuzz: cannot open the store %s: %s\n", qPrintable(m_path),
                     qPrintable(store.error().toString()));
        std::abort();
    }
    return std::move(store).value();
}

} // namespace rd::fuzz
