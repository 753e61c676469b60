#pragma once

#include <QString>
#include <QStringList>

namespace rd::controlecode {

// A check's stable code (ControlePunt::code, Koppeling::overruled) in words for people,
// translated: "criterium-elders" -> "placement criterion tied to another gemeente". An unknown
// code (from a newer version) is returned as it is.
QString omschrijving(const QString &code);
// Each code in words, joined with ", ".
QString omschrijvingen(const QStringList &codes);

} // namespace rd::controlecode
