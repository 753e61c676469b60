#pragma once

#include <QString>
#include <QStringList>

namespace rd::journaal {

// A change-log entry's type in words for a person ("koppel" -> "Coupling"), translated; the
// code itself for a type it does not know. The codes stay in files and on the command line's
// CSV (machine-readable); a window shows these.
QString soortNaam(const QString &soort);

// Every type the program writes (for tests and lists).
const QStringList &alleSoorten();

} // namespace rd::journaal
