#pragma once

#include <QDate>
#include <QString>

namespace rd {

// A date as the store, CSV files and the change log write it: "2026-11-29" (what
// QDate::toString(Qt::ISODate) gives, without its format parser: a report of 6,000 rows or a
// change log replayed writes tens of thousands). An invalid date is the empty string.
QString isoDatum(const QDate &datum);

} // namespace rd
