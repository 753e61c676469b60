#pragma once

#include <QList>
#include <QString>

class QMimeData;

namespace rd::huishoudenMime {

// Households dragged from the queue: their ids, one per line, under this MIME type.
const QString &type(); // "application/x-regiedesk-huishoudens"
QMimeData *maak(const QList<qint64> &huishoudenIds);
// Empty for other data or when any line is not a positive id.
QList<qint64> lees(const QMimeData *data);

} // namespace rd::huishoudenMime
