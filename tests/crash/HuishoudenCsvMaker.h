#pragma once

#include "AckLedger.h"

#include <QString>

namespace rd::crash {

// Writes a households CSV (docs/huishoudens-csv.md) of `huishoudens` new households of one to
// four persons with V-nummers counting up from `eersteVNummer`, at AZC `azc`, permit in
// October 2026; the same seed gives the same file. Returns what importing it must add.
ImportExpectation maakHuishoudensCsv(const QString &path, qint64 eersteVNummer, int huishoudens,
                                     const QString &azc, quint64 seed);

} // namespace rd::crash
