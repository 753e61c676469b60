#include "core/output/OutputPath.h"

#include "core/output/ProtectedFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rd::output {

namespace {

QString systemError(int number)
{
    return QString::fromLocal8Bit(std::strerror(number));
}

bool startsWithSqliteHeader(const QString &resolved)
{
    QFile file(resolved);
    if (!file.open(QIODevice::ReadOnly))
        return false; // unreadable: it cannot be told; the other checks still apply
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

QString resolve(const QString &path)
{
    if (path.isEmpty())
        return {};
    QString current = QFileInfo(path).absoluteFilePath();
    // Follows a chain of dangling links by hand; 40 is the kernel's own limit (MAXSYMLINKS).
    for (int depth = 0; depth < 40; ++depth) {
        const QFileInfo info(current);
        if (info.exists())
            return info.canonicalFilePath();
        if (info.isSymLink()) {
            current = info.symLinkTarget();
            if (current.isEmpty())
                return {};
            continue;
        }
        if (info.fileName().isEmpty())
            return {};
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        if (folder.isEmpty())
            return {};
        return QDir(folder).filePath(info.fileName());
    }
    return {};
}

Result<QString> check(const QString &path, bool force)
{
    if (path.trimmed().isEmpty())
        return Error{QCoreApplication::translate("OutputFile", "output"),
                     QCoreApplication::translate("OutputFile", "no file given")};
    const QString resolved = resolve(path);
    if (resolved.isEmpty()) {
        if (QFileInfo(path).isSymLink())
            return Error{path, QCoreApplication::translate(
                                   "OutputFile",
                                   "is a symbolic link that leads nowhere; nothing was written")};
        return Error{path, QCoreApplication::translate(
                               "OutputFile", "its folder does not exist; nothing was written")};
    }
    if (ProtectedFiles::covers(resolved))
        return Error{path, QCoreApplication::translate(
                               "OutputFile",
                               "is the open store or one of its files (-wal, -shm, -journal, a "
                               "backup copy); nothing was written. Choose another file name.")};
    struct stat facts;
    if (::stat(QFile::encodeName(resolved).constData(), &facts) != 0) {
        const int number = errno;
        if (number == ENOENT)
            return resolved;
        return Error{path, QCoreApplication::translate("OutputFile", "cannot be examined: %1")
                               .arg(systemError(number))};
    }
    if (S_ISDIR(facts.st_mode))
        return Error{path, QCoreApplication::translate("OutputFile",
                                                       "is a folder; give the name of a file")};
    if (!S_ISREG(facts.st_mode))
        return Error{path, QCoreApplication::translate(
                               "OutputFile",
                               "is not a regular file (a device, a pipe or a socket); nothing was "
                               "written to it")};
    if (startsWithSqliteHeader(resolved))
        return Error{
            path, QCoreApplication::translate(
                      "OutputFile", "is an SQLite database; an export never replaces a database")};
    if (!force)
        return Error{
            path, QCoreApplication::translate("OutputFile", "exists; give --force to replace it")};
    return resolved;
}

Status putInPlace(const QString &temporary, const QString &path, const QString &resolved,
                  bool force)
{
    auto again = check(path, force);
    if (!again)
        return again.error();
    if (*again != resolved)
        return Error{path, QCoreApplication::translate(
                               "OutputFile",
                               "changed while it was being written (it now leads elsewhere); "
                               "nothing was replaced")};
    if (::rename(QFile::encodeName(temporary).constData(),
                 QFile::encodeName(resolved).constData()) != 0) {
        const int number = errno;
        return Error{path, QCoreApplication::translate("OutputFile", "cannot be written: %1")
                               .arg(systemError(number))};
    }
    return syncFolder(QFileInfo(resolved).absolutePath());
}

Status syncFolder(const QString &folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const int number = errno;
        return Error{folder,
                     QCoreApplication::translate("OutputFile", "cannot be flushed to disk: %1")
                         .arg(systemError(number))};
    }
    int result = ::fsync(fd);
    const int number = errno;
    ::close(fd);
    // Some file systems cannot sync a folder at all (EINVAL): nothing more can be done there.
    if (result != 0 && number != EINVAL)
        return Error{folder,
                     QCoreApplication::translate("OutputFile", "cannot be flushed to disk: %1")
                         .arg(systemError(number))};
    return {};
}

Status makeFolder(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error{QCoreApplication::translate("OutputFile", "output"),
                     QCoreApplication::translate("OutputFile", "no folder given")};
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(absolute);
    if (info.isDir())
        return {};
    if (info.exists() || info.isSymLink())
        return Error{path, QCoreApplication::translate("OutputFile", "is not a folder")};
    const QString parent = info.absolutePath();
    if (parent != absolute) {
        if (auto status = makeFolder(parent); !status)
            return Error{path, status.error().message};
    }
    const QByteArray name = QFile::encodeName(absolute);
    if (::mkdir(name.constData(), 0700) != 0) {
        const int number = errno;
        if (number == EEXIST && QFileInfo(absolute).isDir())
            return {}; // made meanwhile by someone else: as good as made here
        return Error{path,
                     QCoreApplication::translate("OutputFile", "the folder cannot be created: %1")
                         .arg(systemError(number))};
    }
    // mkdir's mode passes through the umask: set it outright.
    if (::chmod(name.constData(), 0700) != 0) {
        const int number = errno;
        return Error{path,
                     QCoreApplication::translate("OutputFile", "the folder cannot be created: %1")
                         .arg(systemError(number))};
    }
    return {};
}

} // namespace rd::output
