#pragma once

#include <QString>

namespace rd::koppelnaam {

// How a coupling's target is named for people: in the coupling dialog, the coupling history, the
// status bar, the board and the CLI, so they all say the same.

// True when a partnership's own name already says what it is ("Samenwerking Ede e.o.",
// "Samenwerkingsverband Drechtsteden", "Partnership ..."): it then gets no prefix, so nothing
// reads "Samenwerking: Samenwerking ...".
bool zegtSoort(const QString &partnerschapNaam);
// "Partnership Drechtsteden", or the name alone when it already says so (zegtSoort).
QString partnerschap(const QString &naam);
// "Ede (GM0228)".
QString gemeente(const QString &naam, const QString &code);
// A member: "Ede (GM0228), member of Samenwerking Ede e.o."; without a partnership as gemeente().
QString lid(const QString &naam, const QString &code, const QString &partnerschapNaam);
// The gemeente that houses a household coupled to a partnership: the member chosen or, until
// then, the coordinator. "Partnership Drechtsteden, housed by Dordrecht (GM0505)".
QString partnerschapMetHuisvester(const QString &partnerschapNaam, const QString &gemeenteNaam,
                                  const QString &gemeenteCode);
// `tekst` as the end of a sentence: a full stop added unless it already ends with one (or with
// "!", "?" or "…"), so a name like "Ede e.o." never gets a second one.
QString zin(const QString &tekst);

} // namespace rd::koppelnaam
