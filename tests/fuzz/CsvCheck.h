#pragma once

#include <QByteArray>

namespace rd::fuzz {

// The CSV reader's rules (core/csv/Csv.h) on any bytes; a broken rule is a finding:
// - csv::parse and csv::parseSlices accept and refuse the same bytes, with the same table;
// - every row has as many fields as the header, every slice lies inside its buffer, and line
//   numbers grow;
// - a table written back with csv::line and read again is the same table (csv::herstel taking
//   off the "'" that csv::neutraliseer put before a formula-like cell).
void checkCsv(const QByteArray &bytes);

} // namespace rd::fuzz
