#include "core/journaal/JournaalGetuige.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QUuid>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rd::getuige {

namespace {

QMutex mutex;

bool geldigId(const QString &id)
{
    return id.size() == 32 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QString bestand(const QString &storeId)
{
    return dataMap() + QStringLiteral("/journaal/") + storeId + QStringLiteral(".getuige");
}

// Appends `regel` with one write(2) on an O_APPEND descriptor: two processes appending at once
// each keep their line whole.
Status voegRegelToe(const QString &pad, const QByteArray &regel)
{
    const QByteArray naam = QFile::encodeName(pad);
    constexpr int vlaggen = O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW;
    int fd = ::open(naam.constData(), vlaggen, 0600);
    if (fd < 0 && errno == ENOENT) { // the first line: the folder made then, not at every line
        if (!QDir().mkpath(QFileInfo(pad).absolutePath()))
            return Error{
                pad, QCoreApplication::translate("JournaalGetuige", "the folder cannot be made")};
        fd = ::open(naam.constData(), vlaggen, 0600);
    }
    if (fd < 0)
        return Error{pad, QCoreApplication::translate("JournaalGetuige", "cannot be written")};
    const ssize_t n = ::write(fd, regel.constData(), size_t(regel.size()));
    ::close(fd);
    if (n != regel.size())
        return Error{pad, QCoreApplication::translate("JournaalGetuige", "cannot be written")};
    return {};
}

} // namespace

QString dataMap()
{
    const QString env = qEnvironmentVariable("REGIEDESK_DATA_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    return QFileInfo(Store::defaultPath()).absolutePath(); // the folder of the default store
}

QString apparaatId()
{
    QMutexLocker lock(&mutex);
    static QMap<QString, QString> perMap;
    const QString map = dataMap();
    if (const auto it = perMap.constFind(map); it != perMap.constEnd())
        return *it;
    const QString pad = map + QStringLiteral("/apparaat-id");
    QFile f(pad);
    QString id;
    if (f.open(QIODevice::ReadOnly))
        id = QString::fromLatin1(f.read(64)).trimmed();
    if (!geldigId(id)) {
        id = QUuid::createUuid().toString(QUuid::Id128);
        QDir().mkpath(map);
        // O_EXCL: when another process made it meanwhile, its id wins.
        const int fd = ::open(QFile::encodeName(pad).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd >= 0) {
            const QByteArray regel = id.toLatin1() + '\n';
            const bool ok = ::write(fd, regel.constData(), size_t(regel.size())) == regel.size();
            ::close(fd);
            if (!ok)
                QFile::remove(pad);
        } else if (f.open(QIODevice::ReadOnly)) {
            const QString ander = QString::fromLatin1(f.read(64)).trimmed();
            if (geldigId(ander))
                id = ander;
        }
    }
    perMap.insert(map, id);
    return id;
}

Status noteer(const QString &storeId, qint64 seq, const QByteArray &hash)
{
    if (!geldigId(storeId))
        return Error{QCoreApplication::translate("JournaalGetuige", "change log witness"),
                     QCoreApplication::translate("JournaalGetuige", "the store has no valid id")};
    return voegRegelToe(bestand(storeId), QByteArray::number(seq) + ' ' + hash + '\n');
}

Result<QList<QPair<qint64, QByteArray>>> lees(const QString &storeId)
{
    QList<QPair<qint64, QByteArray>> regels;
    if (!geldigId(storeId))
        return regels;
    QFile f(bestand(storeId));
    if (!f.exists())
        return regels;
    if (!f.open(QIODevice::ReadOnly))
        return Error{f.fileName(),
                     QCoreApplication::translate("JournaalGetuige", "cannot be read")};
    QMap<qint64, QByteArray> perSeq;
    int nummer = 0;
    while (!f.atEnd()) {
        const QByteArray ruw = f.readLine();
        ++nummer;
        // A process killed mid-write leaves its last line without its newline: not recorded.
        if (!ruw.endsWith('\n') && f.atEnd())
            break;
        const QByteArray regel = ruw.trimmed();
        if (regel.isEmpty())
            continue;
        const QList<QByteArray> delen = regel.split(' ');
        bool ok = false;
        const qint64 seq = delen.value(0).toLongLong(&ok);
        if (delen.size() != 2 || !ok || seq < 1 || delen.at(1).size() != 64)
            return Error{
                QStringLiteral("%1:%2").arg(f.fileName(), QString::number(nummer)),
                QCoreApplication::translate(
                    "JournaalGetuige", "is not a line of a change log witness (\"seq hash\")")};
        perSeq.insert(seq, delen.at(1));
    }
    for (auto it = perSeq.constBegin(); it != perSeq.constEnd(); ++it)
        regels.append({it.key(), it.value()});
    return regels;
}

} // namespace rd::getuige
