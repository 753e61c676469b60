#include "core/output/ProtectedFiles.h"

#include "core/output/OutputPath.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>

#include <utility>

namespace rd {

namespace {

struct Entry
{
    QString given;    // as Store::open got it, to find the entry again
    QString absolute; // made absolute when added: a later change of folder does not move it
};

QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

QList<Entry> &entries()
{
    static QList<Entry> all;
    return all;
}

// The store itself, its companions and its backups, for one spelling of the store's path.
bool coversStore(const QString &store, const QString &target)
{
    static const QStringList companions{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                        QStringLiteral("-journal")};
    for (const QString &suffix : companions) {
        if (target == store + suffix)
            return true;
    }
    // Store.cpp's backup(): "<store>.v<N>-<yyyyMMdd-HHmmss>.bak" beside the store.
    if (!target.startsWith(store + QStringLiteral(".v")))
        return false;
    static const QRegularExpression backup(QStringLiteral("^\\.v\\d+-\\d{8}-\\d{6}\\.bak$"));
    return backup.match(QStringView(target).mid(store.size())).hasMatch();
}

} // namespace

void ProtectedFiles::add(const QString &storePath)
{
    const QMutexLocker locker(&lock());
    entries().append({storePath, QFileInfo(storePath).absoluteFilePath()});
}

void ProtectedFiles::remove(const QString &storePath)
{
    const QMutexLocker locker(&lock());
    auto &all = entries();
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        if (all.at(i).given == storePath) {
            all.removeAt(i);
            return;
        }
    }
}

bool ProtectedFiles::covers(const QString &resolvedPath)
{
    if (resolvedPath.isEmpty())
        return false;
    QList<Entry> all;
    {
        const QMutexLocker locker(&lock());
        all = entries();
    }
    for (const Entry &entry : std::as_const(all)) {
        // SQLite puts the companions beside the real file, Store's backup beside the path it was
        // given: both spellings count.
        const QString resolved = output::resolve(entry.absolute);
        if (!resolved.isEmpty() && coversStore(resolved, resolvedPath))
            return true;
        const QFileInfo given(entry.absolute);
        const QString folder = QFileInfo(given.absolutePath()).canonicalFilePath();
        if (!folder.isEmpty() && coversStore(QDir(folder).filePath(given.fileName()), resolvedPath))
            return true;
    }
    return false;
}

} // namespace rd
