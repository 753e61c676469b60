#include "core/store/StoreFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rd::storefile {

namespace {

const QByteArray sqliteMagic("SQLite format 3\0", 16);

// SQLite's unix VFS holds a read lock on byte 128 of the -shm file (the "DMS" lock) for as long
// as any connection has the store open in WAL mode (os_unix.c, UNIX_SHM_DMS).
constexpr off_t shmDmsByte = 128;

// Whether another process holds a lock on the -shm file's DMS byte. Only asked when this
// process has no connection to the store: closing any descriptor of a file drops every POSIX
// lock the process holds on it, which would pull the locks from under SQLite.
bool anotherProcessUsesStore(const QString &path)
{
    const QByteArray shm = QFile::encodeName(path + QStringLiteral("-shm"));
    const int fd = ::open(shm.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock;
    std::memset(&lock, 0, sizeof lock);
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = shmDmsByte;
    lock.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

} // namespace

Result<Header> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            path,
            QCoreApplication::translate("Store", "cannot be read: %1").arg(file.errorString())};
    Header header;
    header.size = file.size();
    const QByteArray bytes = file.read(100);
    header.sqlite = bytes.size() >= 16 && bytes.startsWith(sqliteMagic);
    if (header.sqlite && bytes.size() == 100) {
        header.userVersion = int(qFromBigEndian<quint32>(bytes.constData() + 60));
        header.applicationId = int(qFromBigEndian<quint32>(bytes.constData() + 68));
    }
    return header;
}

QStringList companions(const QString &path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral("-journal")};
}

bool wasLeftOpen(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0)
        return false;
    return !anotherProcessUsesStore(path);
}

void removeCreatedCompanions(const QString &path, const QStringList &existedBefore)
{
    if (anotherProcessUsesStore(path))
        return;
    for (const QString &companion : companions(path)) {
        if (existedBefore.contains(companion))
            continue;
        const QFileInfo info(companion);
        // Only what this open made: a -wal with content holds committed changes, never removed.
        if (info.exists() && (!companion.endsWith(QLatin1String("-wal")) || info.size() == 0))
            QFile::remove(companion);
    }
}

Status createPrivate(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{path, QCoreApplication::translate("Store", "cannot be created: %1")
                               .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(name.constData());
        return Error{path, QCoreApplication::translate("Store", "cannot be made private")};
    }
    return {};
}

void makePrivate(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::stat(name.constData(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid())
        return;
    if ((st.st_mode & 0077) != 0)
        ::chmod(name.constData(), st.st_mode & 0700);
}

bool folderWritable(const QString &path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::access(folder.constData(), W_OK | X_OK) == 0;
}

bool fileWritable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

} // namespace rd::storefile
