#include "BriefCheck.h"

#include "core/store/Sql.h"

#include <QDir>
#include <QFile>

namespace rd::crash::briefcheck {

namespace {

QStringList pdfsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("koppelingsbrief-*.pdf")}, QDir::Files,
                                  QDir::Name);
}

// A PDF written whole: the header at the start and the end-of-file marker at the end.
bool heel(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray kop = file.read(5);
    if (file.size() < 64 || kop != "%PDF-")
        return false;
    file.seek(file.size() - 32);
    return file.read(32).contains("%%EOF");
}

QString lijst(QStringList namen)
{
    namen.sort();
    return namen.mid(0, 4).join(", ") + (namen.size() > 4 ? QStringLiteral(", ...") : QString());
}

} // namespace

qint64 lastId(const QSqlDatabase &db)
{
    auto id = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM brief"));
    return id ? id->toLongLong() : 0;
}

Result<QSet<QString>> recordedFiles(const QSqlDatabase &db, qint64 naId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT p.v_nummer, b.taal FROM brief b JOIN persoon p ON "
                                     "p.huishouden = b.huishouden AND p.referent = 1 "
                                     "WHERE b.id > ?"),
                      {naId});
    if (!q)
        return q.error();
    QSet<QString> namen;
    while (q->next())
        namen.insert(QStringLiteral("koppelingsbrief-%1-%2.pdf")
                         .arg(q->value(0).toString(), q->value(1).toString()));
    return namen;
}

int waitingForTheirFile(const QSqlDatabase &db, qint64 naId, const QString &folder)
{
    const auto recorded = recordedFiles(db, naId);
    if (!recorded)
        return 0;
    const QStringList opSchijf = pdfsIn(folder);
    int wachtend = 0;
    for (const QString &naam : *recorded)
        wachtend += opSchijf.contains(naam) ? 0 : 1;
    return wachtend;
}

QStringList afterKill(const QSqlDatabase &db, qint64 naId, const QString &folder)
{
    const auto recorded = recordedFiles(db, naId);
    if (!recorded)
        return {recorded.error().toString()};
    QStringList zonderRecord;
    QStringList kapot;
    for (const QString &naam : pdfsIn(folder)) {
        if (!recorded->contains(naam))
            zonderRecord << naam;
        if (!heel(QDir(folder).filePath(naam)))
            kapot << naam;
    }
    QStringList problems;
    if (!zonderRecord.isEmpty())
        problems << QStringLiteral("%1 letter PDF(s) in the folder without their record in the "
                                   "store: %2")
                        .arg(QString::number(zonderRecord.size()), lijst(zonderRecord));
    if (!kapot.isEmpty())
        problems << QStringLiteral("%1 letter PDF(s) not whole: %2")
                        .arg(QString::number(kapot.size()), lijst(kapot));
    return problems;
}

QStringList afterNextRun(const QSqlDatabase &db, qint64 naId, const QString &folder)
{
    QStringList problems;
    const QStringList verborgen = QDir(folder).entryList(
        {QStringLiteral(".regiedesk-brieven-*")}, QDir::AllEntries | QDir::Hidden | QDir::System);
    if (!verborgen.isEmpty())
        problems << QStringLiteral("%1 hidden temporary folder(s) left after the next run: %2")
                        .arg(QString::number(verborgen.size()), lijst(verborgen));
    const auto recorded = recordedFiles(db, naId);
    if (!recorded)
        return problems << recorded.error().toString();
    const QStringList opSchijf = pdfsIn(folder);
    QStringList zonderBestand;
    for (const QString &naam : *recorded) {
        if (!opSchijf.contains(naam))
            zonderBestand << naam;
    }
    QStringList zonderRecord;
    for (const QString &naam : opSchijf) {
        if (!recorded->contains(naam))
            zonderRecord << naam;
    }
    if (!zonderBestand.isEmpty())
        problems << QStringLiteral("%1 recorded letter(s) without their PDF: %2")
                        .arg(QString::number(zonderBestand.size()), lijst(zonderBestand));
    if (!zonderRecord.isEmpty())
        problems << QStringLiteral("%1 letter PDF(s) without their record: %2")
                        .arg(QString::number(zonderRecord.size()), lijst(zonderRecord));
    // Nothing else either (a temporary of a writer, say): the folder holds personal data.
    QStringList anders;
    for (const QString &naam : QDir(folder).entryList(QDir::AllEntries | QDir::Hidden |
                                                      QDir::System | QDir::NoDotAndDotDot)) {
        if (!opSchijf.contains(naam) && !verborgen.contains(naam))
            anders << naam;
    }
    if (!anders.isEmpty())
        problems << QStringLiteral("%1 other file(s) left in the letters folder after the next "
                                   "run: %2")
                        .arg(QString::number(anders.size()), lijst(anders));
    auto zonderGebeurtenis = sql::scalar(
        db,
        QStringLiteral("SELECT count(*) FROM brief b WHERE b.id > ? AND NOT EXISTS (SELECT 1 "
                       "FROM gebeurtenis g WHERE g.id = b.gebeurtenis AND g.soort = "
                       "'vergunninghoudergesprek')"),
        {naId});
    if (!zonderGebeurtenis)
        return problems << zonderGebeurtenis.error().toString();
    if (zonderGebeurtenis->toInt() > 0)
        problems << QStringLiteral("%1 letter record(s) without their timeline event")
                        .arg(zonderGebeurtenis->toInt());
    return problems;
}

} // namespace rd::crash::briefcheck
