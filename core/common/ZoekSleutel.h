#pragma once

#include <QString>

namespace rd {

// The form a search compares: lower case, diacritics removed ("Émile Çelik" -> "emile celik").
// Apply it to both the text searched and what the user types.
QString zoekSleutel(const QString &tekst);

} // namespace rd
