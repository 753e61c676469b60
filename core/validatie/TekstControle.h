#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringView>

namespace rd {

// What a text field may hold. Regel: one line (names, languages, places): no control character
// at all. VrijeTekst: text that may run over lines (interview answers, notes, reasons): tab and
// line feed are allowed, every other control character is not.
enum class TekstSoort
{
    Regel,
    VrijeTekst
};

// Lengths in characters (Unicode code points).
inline constexpr qsizetype maxNaamLengte = 200;        // names, places, languages
inline constexpr qsizetype maxVrijeTekstLengte = 4000; // interview answers, notes, reasons

// C0 (U+0000 to U+001F), DEL (U+007F) and C1 (U+0080 to U+009F): terminal escapes, NUL, bells.
bool isStuurteken(QChar c);

// Empty when `tekst` may be stored; otherwise a message for a person: the first control
// character not allowed (by its code, e.g. U+001B, and its position), or the length and the
// maximum.
QString tekstFout(QStringView tekst, TekstSoort soort, qsizetype maxLengte);
// The same as a Status whose error is `waar` (the field) and that message.
Status controleerTekst(const QString &waar, QStringView tekst, TekstSoort soort,
                       qsizetype maxLengte);

// For text that wraps another (an undo's reason around the original one): `tekst` cut to at
// most `maxLengte` UTF-16 units, ending in "…" when it was cut, never inside a surrogate pair.
QString ingekort(const QString &tekst, qsizetype maxLengte);

// For a terminal: every control character replaced by U+FFFD, so text from a store or a file
// never sends escape sequences. `regeleindenBehouden` keeps line feeds (for messages of
// several lines); tabs and everything else are replaced.
QString zonderStuurtekens(const QString &tekst, bool regeleindenBehouden = false);

} // namespace rd
