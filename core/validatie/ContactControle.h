#pragma once

#include <QString>
#include <QStringView>

namespace rd {

// A telephone number or e-mail address that is printed on a letter (the gemeente's contact,
// handbook 3.2 and Bijlage 2: every chain partner names its contact). Both are one line
// without control characters (TekstControle); empty is allowed (not known).
inline constexpr qsizetype maxTelefoonLengte = 40;
inline constexpr qsizetype maxEmailLengte = 254; // RFC 5321: a path of at most 256 with <>

// Digits, spaces and hyphens ("020-552 3000", "14 020"), one "+" only at the start
// ("+31 20 552 3000"); between 5 digits (the gemeente's number 14 + area code) and 15 (the
// longest international number, E.164). Empty when it may be stored, else a message.
QString telefoonFout(QStringView telefoon);
// name@domain.tld: one "@", a local part of letters, digits and .!#$%&'*+/=?^_`{|}~- without
// a dot at either end or two in a row, a domain of at least two labels of letters, digits
// and hyphens (not at either end of a label), no spaces. Empty when it may be stored.
QString emailFout(QStringView email);

} // namespace rd
