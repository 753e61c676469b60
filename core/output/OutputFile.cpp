#include "core/output/OutputFile.h"

#include "core/output/OutputPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rd {

namespace {

QString systemError(int number)
{
    return QString::fromLocal8Bit(std::strerror(number));
}

QString randomName()
{
    return QStringLiteral(".regiedesk-%1.tmp")
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

} // namespace

OutputFile::OutputFile(const QString &path, bool force, QObject *parent)
    : QIODevice(parent), m_path(path), m_force(force)
{
}

OutputFile::~OutputFile()
{
    cancel();
}

bool OutputFile::open(OpenMode mode)
{
    if (isOpen() || m_fd >= 0) {
        fail(QCoreApplication::translate("OutputFile", "is already open"));
        return false;
    }
    if ((mode & ReadOnly) || !(mode & WriteOnly) || (mode & Append)) {
        fail(QCoreApplication::translate("OutputFile", "can only be written whole"));
        return false;
    }
    m_error.reset();
    auto target = output::check(m_path, m_force);
    if (!target) {
        m_error = target.error();
        setErrorString(m_error->message);
        return false;
    }
    m_resolved = *target;
    const QString folder = QFileInfo(m_resolved).absolutePath();
    if (!openAnonymous(folder) && !openNamed(folder))
        return false;
    // open(2) applied the umask to 0600; set the mode outright.
    if (::fchmod(m_fd, 0600) != 0) {
        const int number = errno;
        fail(QCoreApplication::translate("OutputFile", "cannot be written: %1")
                 .arg(systemError(number)));
        removeTemporary();
        return false;
    }
    return QIODevice::open(WriteOnly | Unbuffered);
}

void OutputFile::close()
{
    cancel();
}

Status OutputFile::commit()
{
    if (m_fd < 0)
        return m_error ? *m_error
                       : Error{m_path, QCoreApplication::translate("OutputFile",
                                                                   "was not opened for writing")};
    if (m_error) {
        const Error error = *m_error;
        cancel();
        m_error = error;
        return error;
    }
    if (::fsync(m_fd) != 0) {
        const QString reason = systemError(errno);
        cancel();
        fail(
            QCoreApplication::translate("OutputFile", "cannot be written to disk: %1").arg(reason));
        return *m_error;
    }
    if (auto named = giveName(); !named) {
        cancel();
        m_error = named.error();
        setErrorString(m_error->message);
        return named;
    }
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        const QString reason = systemError(errno);
        cancel();
        fail(
            QCoreApplication::translate("OutputFile", "cannot be written to disk: %1").arg(reason));
        return *m_error;
    }
    if (auto placed = output::putInPlace(m_temporary, m_path, m_resolved, m_force); !placed) {
        cancel();
        m_error = placed.error();
        return placed;
    }
    m_temporary.clear();
    QIODevice::close();
    return {};
}

void OutputFile::cancel()
{
    removeTemporary();
    if (isOpen())
        QIODevice::close();
}

Error OutputFile::error() const
{
    return m_error ? *m_error : Error{m_path, errorString()};
}

Status OutputFile::save(const QString &path, const QByteArray &bytes, bool force)
{
    OutputFile file(path, force);
    if (!file.open(WriteOnly))
        return file.error();
    if (file.write(bytes) != bytes.size()) {
        const Error error = file.error();
        file.cancel();
        return error;
    }
    return file.commit();
}

qint64 OutputFile::readData(char *, qint64)
{
    return -1;
}

qint64 OutputFile::writeData(const char *data, qint64 size)
{
    if (m_fd < 0 || m_error)
        return -1;
    qint64 written = 0;
    while (written < size) {
        const ssize_t n = ::write(m_fd, data + written, size_t(size - written));
        if (n < 0) {
            const int number = errno;
            if (number == EINTR)
                continue;
            fail(QCoreApplication::translate("OutputFile", "cannot be written: %1")
                     .arg(systemError(number)));
            return -1;
        }
        written += n;
    }
    return written;
}

void OutputFile::fail(const QString &message)
{
    m_error = Error{m_path, message};
    setErrorString(message);
}

// A file without a name in `folder` (Linux O_TMPFILE): nothing is left if the program dies
// before commit. File systems without it (or without /proc to name it later) get a named file.
bool OutputFile::openAnonymous(const QString &folder)
{
#ifdef O_TMPFILE
    static const bool proc = QFileInfo(QStringLiteral("/proc/self/fd")).isDir(); // once
    if (!proc)
        return false;
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    m_fd = fd;
    m_temporary.clear();
    return true;
#else
    Q_UNUSED(folder);
    return false;
#endif
}

bool OutputFile::openNamed(const QString &folder)
{
    for (int attempt = 0; attempt < 100 && m_fd < 0; ++attempt) {
        const QString name = QDir(folder).filePath(randomName());
        const int fd = ::open(QFile::encodeName(name).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            m_fd = fd;
            m_temporary = name;
        } else if (const int number = errno; number != EEXIST) {
            fail(QCoreApplication::translate("OutputFile", "cannot be written: %1")
                     .arg(systemError(number)));
            return false;
        }
    }
    if (m_fd < 0) {
        fail(QCoreApplication::translate(
            "OutputFile", "cannot be written: no temporary file could be made beside it"));
        return false;
    }
    return true;
}

// The anonymous file gets a random name beside the target, for rename(2) to put in place.
Status OutputFile::giveName()
{
    if (!m_temporary.isEmpty())
        return {};
    const QByteArray proc = "/proc/self/fd/" + QByteArray::number(m_fd);
    const QString folder = QFileInfo(m_resolved).absolutePath();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = QDir(folder).filePath(randomName());
        if (::linkat(AT_FDCWD, proc.constData(), AT_FDCWD, QFile::encodeName(name).constData(),
                     AT_SYMLINK_FOLLOW) == 0) {
            m_temporary = name;
            return {};
        }
        if (const int number = errno; number != EEXIST)
            return Error{m_path, QCoreApplication::translate("OutputFile", "cannot be written: %1")
                                     .arg(systemError(number))};
    }
    return Error{m_path,
                 QCoreApplication::translate(
                     "OutputFile", "cannot be written: no temporary file could be made beside it")};
}

void OutputFile::removeTemporary()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
    }
}

} // namespace rd
