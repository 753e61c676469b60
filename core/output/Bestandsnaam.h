#pragma once

#include <QString>
#include <QStringList>

namespace rd::output {

// A part of a file name that every file system takes: letters (also with accents: "Fryslân")
// and digits stay, as do '-', '_' and '.' inside it; every other run of characters (spaces,
// "/\:*?"<>|", quotes, control characters) becomes one '-'; no '-' or '.' at either end (so
// never "..", a hidden file or an empty part: that gives "_"). At most 60 characters.
// "'s-Hertogenbosch" -> "s-Hertogenbosch", "Súdwest Fryslân" -> "Súdwest-Fryslân".
QString veiligDeel(const QString &deel);

// The parts, each through veiligDeel, joined with '-', then '.' and the extension:
// bestandsnaam({"toezicht", "2026-H2", "Gelderland"}, "csv") -> "toezicht-2026-H2-Gelderland.csv".
// Empty parts are left out.
QString bestandsnaam(const QStringList &delen, const QString &extensie);

} // namespace rd::output
