#include "core/brief/BriefBatch.h"

#include "core/brief/BriefCommand.h"
#include "core/instellingen/Instellingen.h"
#include "core/output/OutputFile.h"
#include "core/output/OutputPath.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rd {

namespace {

const QString manifestNaam = QStringLiteral("manifest.json");

// The folder's descriptor with an exclusive flock, or -1 when it cannot be opened or (without
// `wachten`) another batch holds it. The kernel releases the lock when the process ends.
int vergrendel(const QString &map)
{
    const int fd = ::open(QFile::encodeName(map).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void ontgrendel(int &fd)
{
    if (fd >= 0)
        ::close(fd); // closing the descriptor releases the flock
    fd = -1;
}

QString eigenStore(Store &store)
{
    return output::resolve(store.path());
}

Result<bool> heeftRecord(Store &store, const QString &token)
{
    auto n = sql::scalar(store.database(),
                         QStringLiteral("SELECT count(*) FROM instelling WHERE sleutel = ?"),
                         {BriefBatch::sleutel(token)}, 0);
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Status verwijderRecord(Store &store, const QString &token)
{
    return store.transaction([&]() -> Status {
        auto r =
            sql::run(store.database(), QStringLiteral("DELETE FROM instelling WHERE sleutel = ?"),
                     {BriefBatch::sleutel(token)});
        if (!r)
            return r.error();
        return {};
    });
}

// Moves one file of a committed batch onto its target.
Status zet(const QString &van, const QString &doel, bool force)
{
    auto doelPad = output::check(doel, force);
    if (!doelPad)
        return doelPad.error();
    return output::putInPlace(van, doel, *doelPad, force);
}

// A batch whose record is in the store: moves what is still in its folder, then removes the
// record and the folder.
Status voltooi(Store &store, const QString &token, const QString &waarde)
{
    const QJsonObject record = QJsonDocument::fromJson(waarde.toUtf8()).object();
    const QString map = record.value(QStringLiteral("map")).toString();
    const bool force = record.value(QStringLiteral("force")).toBool();
    if (map.isEmpty())
        return verwijderRecord(store, token); // unreadable: nothing could ever be moved
    if (!QFileInfo(map).isDir()) {
        // The folder is gone, its parent still there: the files were moved (or removed by
        // hand) and only the record is left. A missing parent (a drive not mounted) waits.
        if (QFileInfo(QFileInfo(map).absolutePath()).isDir())
            return verwijderRecord(store, token);
        return {};
    }
    int slot = vergrendel(map);
    if (slot < 0)
        return {}; // a batch still running in this or another process
    QStringList fouten;
    const QJsonArray zetten = record.value(QStringLiteral("zetten")).toArray();
    for (const auto &item : zetten) {
        const QJsonObject z = item.toObject();
        const QString van = QDir(map).filePath(z.value(QStringLiteral("naam")).toString());
        if (!QFileInfo::exists(van))
            continue; // put in place before the interruption
        if (auto s = zet(van, z.value(QStringLiteral("doel")).toString(), force); !s)
            fouten << s.error().toString();
    }
    Status uit;
    if (!fouten.isEmpty()) {
        uit = Error{
            map, QCoreApplication::translate(
                     "BriefReeks", "letters that were recorded could not all be put in place: %1")
                     .arg(fouten.join(QStringLiteral("; ")))};
    } else if (uit = verwijderRecord(store, token); uit) {
        QDir(map).removeRecursively();
    }
    ontgrendel(slot);
    return uit;
}

} // namespace

BriefBatch::~BriefBatch()
{
    ontgrendel(m_slot);
}

QString BriefBatch::voorvoegsel()
{
    return QStringLiteral(".regiedesk-brieven-");
}

QString BriefBatch::sleutel(const QString &token)
{
    return QStringLiteral("brieven.bezig.") + token;
}

Status BriefBatch::begin(const QString &map)
{
    QString pad;
    QString token;
    for (int poging = 0; poging < 100 && pad.isEmpty(); ++poging) {
        token = QStringLiteral("%1").arg(QRandomGenerator::global()->generate64(), 16, 16,
                                         QLatin1Char('0'));
        const QString kandidaat = QDir(map).filePath(voorvoegsel() + token);
        const QByteArray naam = QFile::encodeName(kandidaat);
        if (::mkdir(naam.constData(), 0700) == 0) {
            ::chmod(naam.constData(), 0700);
            pad = kandidaat;
        } else if (const int nummer = errno; nummer != EEXIST) {
            return Error{map, QCoreApplication::translate(
                                  "BriefReeks", "no temporary files can be written here: %1")
                                  .arg(QString::fromLocal8Bit(std::strerror(nummer)))};
        }
    }
    if (pad.isEmpty())
        return Error{map, QCoreApplication::translate("BriefReeks",
                                                      "no temporary files can be written here")};
    m_slot = vergrendel(pad);
    if (m_slot < 0) {
        QDir(pad).removeRecursively();
        return Error{map, QCoreApplication::translate("BriefReeks",
                                                      "no temporary files can be written here")};
    }
    m_map = pad;
    m_token = token;
    return {};
}

QString BriefBatch::bestand(const QString &naam) const
{
    return QDir(m_map).filePath(naam);
}

Status BriefBatch::schrijfManifest()
{
    QJsonObject manifest;
    manifest.insert(QStringLiteral("store"), eigenStore(m_store));
    manifest.insert(QStringLiteral("token"), m_token);
    return OutputFile::save(bestand(manifestNaam), QJsonDocument(manifest).toJson(), false);
}

Result<QList<qint64>> BriefBatch::legVast(const QList<UitgegevenBrief> &brieven,
                                          const QList<Zet> &zetten, bool force,
                                          const QDate &vandaag)
{
    QJsonArray lijst;
    for (const Zet &z : zetten) {
        lijst.append(QJsonObject{{QStringLiteral("naam"), z.naam},
                                 {QStringLiteral("doel"), QFileInfo(z.doel).absoluteFilePath()}});
    }
    const QJsonObject record{{QStringLiteral("map"), m_map},
                             {QStringLiteral("force"), force},
                             {QStringLiteral("zetten"), lijst}};
    QList<qint64> ids;
    auto status = m_store.transaction([&]() -> Status {
        BriefCommand stap(m_store, brieven, vandaag);
        if (const Status s = stap.voerUit(); !s)
            return s;
        ids = stap.ids();
        return Instellingen(m_store).zetWaarde(
            sleutel(m_token),
            QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    });
    if (!status)
        return status.error();
    m_zetten = zetten;
    m_force = force;
    return ids;
}

Result<QStringList> BriefBatch::zetNeer()
{
    QStringList neergezet;
    for (const Zet &z : std::as_const(m_zetten)) {
        if (auto s = zet(bestand(z.naam), z.doel, m_force); !s)
            return Error{z.doel, QCoreApplication::translate(
                                     "BriefReeks",
                                     "the letters were recorded, but this file could not be put in "
                                     "place: %1. It waits in %2; the next run puts it in place.")
                                     .arg(s.error().message, m_map)};
        neergezet << z.doel;
    }
    return neergezet;
}

Status BriefBatch::rondAf()
{
    if (auto s = verwijderRecord(m_store, m_token); !s)
        return s;
    QDir(m_map).removeRecursively();
    ontgrendel(m_slot);
    return {};
}

void BriefBatch::verwerp()
{
    if (!m_map.isEmpty())
        QDir(m_map).removeRecursively();
    ontgrendel(m_slot);
}

Status BriefBatch::herstel(Store &store, const QString &map)
{
    if (store.readOnly())
        return {};
    QList<std::pair<QString, QString>> bezig;
    {
        auto q = sql::run(store.database(),
                          QStringLiteral("SELECT sleutel, waarde FROM instelling "
                                         "WHERE substr(sleutel, 1, ?) = ?"),
                          {int(sleutel({}).size()), sleutel({})});
        if (!q)
            return q.error();
        while (q->next())
            bezig.append({q->value(0).toString().mid(sleutel({}).size()), q->value(1).toString()});
    }
    QStringList fouten;
    for (const auto &[token, waarde] : std::as_const(bezig)) {
        if (auto s = voltooi(store, token, waarde); !s)
            fouten << s.error().toString();
    }

    if (!map.isEmpty() && QFileInfo(map).isDir()) {
        const QString eigen = eigenStore(store);
        const QStringList mappen = QDir(map).entryList({voorvoegsel() + QLatin1Char('*')},
                                                       QDir::Dirs | QDir::Hidden |
                                                           QDir::NoDotAndDotDot | QDir::NoSymLinks);
        for (const QString &naam : mappen) {
            const QString token = naam.mid(voorvoegsel().size());
            auto vastgelegd = heeftRecord(store, token);
            if (!vastgelegd || *vastgelegd)
                continue; // recorded: voltooi() above has it (or could not finish it yet)
            const QString pad = QDir(map).filePath(naam);
            int slot = vergrendel(pad);
            if (slot < 0)
                continue; // a batch that is running
            QFile manifest(QDir(pad).filePath(manifestNaam));
            if (manifest.open(QIODevice::ReadOnly)) {
                const QString van = QJsonDocument::fromJson(manifest.readAll())
                                        .object()
                                        .value(QStringLiteral("store"))
                                        .toString();
                if (!van.isEmpty() && van != eigen) {
                    ontgrendel(slot);
                    continue; // another store's batch: that store decides
                }
            }
            // Never recorded in this store (or recorded and finished but for this removal).
            QDir(pad).removeRecursively();
            ontgrendel(slot);
        }
    }
    if (!fouten.isEmpty())
        return Error{QCoreApplication::translate("BriefReeks", "letters"),
                     fouten.join(QStringLiteral("; "))};
    return {};
}

} // namespace rd
