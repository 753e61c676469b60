#pragma once

#include "core/domain/HalfJaar.h"
#include "core/rapport/Rapport.h"
#include "core/rapport/RapportBereik.h"

#include <QString>

namespace rd {

class Store;

namespace rapport {

// The scope as a part of a file name: "Nederland", "regio-5", the province ("Gelderland"), the
// gemeente's name ("Utrecht"; its code when the store does not know it). Not translated: file
// names, like the report codes, stay the same in every language.
QString bereikDeel(const RapportBereik &bereik, Store &store);

// The suggested file name of an export: report-period-scope, file-name-safe
// (output::bestandsnaam): "toezicht-2026-H2-Gelderland.csv".
QString bestandsnaam(RapportSoort soort, const HalfJaar &periode, const QString &bereikDeel,
                     const QString &extensie);

} // namespace rapport

} // namespace rd
