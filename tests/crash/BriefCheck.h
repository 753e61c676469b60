#pragma once

#include "core/common/Result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rd::crash::briefcheck {

// The highest id in `brief` (0 when empty): the letters of a batch are those after it.
qint64 lastId(const QSqlDatabase &db);
// The files the letters recorded after `naId` must have: koppelingsbrief-<V-nummer>-<taal>.pdf.
Result<QSet<QString>> recordedFiles(const QSqlDatabase &db, qint64 naId);

// Recorded letters after `naId` whose PDF is not in the folder (yet): allowed right after a
// kill when the next run finishes them; counted to show the harness reached that window.
int waitingForTheirFile(const QSqlDatabase &db, qint64 naId, const QString &folder);

// Right after a kill: every letter PDF in the folder is a whole PDF and recorded. (A letter
// recorded whose file is not there yet may still be finished by the next run.)
QStringList afterKill(const QSqlDatabase &db, qint64 naId, const QString &folder);
// After the next run of the letters command into the same folder: no hidden
// .regiedesk-brieven-* left and nothing else but the letters, the PDFs there are exactly the
// recorded letters, and every letter is in the case timeline.
QStringList afterNextRun(const QSqlDatabase &db, qint64 naId, const QString &folder);

} // namespace rd::crash::briefcheck
