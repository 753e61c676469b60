#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace rd::getuige {

// The device's own copy of the hashes it appended to a store's change log (the witness): one
// file per store, `<data folder>/journaal/<store id>.getuige`, a line "seq hash" per entry,
// written after the entry committed, mode 0600. The chain alone cannot show a tail that was cut
// off and re-hashed from the middle; this copy can (journaal::controleer).
//
// The data folder is $REGIEDESK_DATA_DIR when set (a portable install, the tests), else the
// user's application data folder (~/.local/share/regiedesk).
QString dataMap();

// This installation's device id: 32 hex digits, made once and kept in the data folder.
QString apparaatId();

// Records that this device appended entry `seq` with `hash` to the store `storeId`.
Status noteer(const QString &storeId, qint64 seq, const QByteArray &hash);

// What this device recorded for the store, by sequence number; empty when nothing.
Result<QList<QPair<qint64, QByteArray>>> lees(const QString &storeId);

} // namespace rd::getuige
