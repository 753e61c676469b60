#pragma once

#include <QString>

namespace rd {

// BSN: nine digits passing the 11-proef (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11).
bool isGeldigeBsn(const QString &bsn);
// V-nummer (vreemdelingennummer): ten digits, as the IND issues it.
bool isGeldigVNummer(const QString &vNummer);
// CBS gemeente code: "GM" and four digits.
bool isGeldigeGemeenteCode(const QString &code);

} // namespace rd
