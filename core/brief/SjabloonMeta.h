#pragma once

#include <QString>

namespace rd::sjabloonmeta {

// The content of <meta name="`naam`" content="..."> in a letter template (HTML entities for
// quotes and ampersands decoded); empty when absent. The templates keep their own words for
// what the code fills in (the members' roles, the footer), so a language stays one file.
QString waarde(const QString &html, const QString &naam);
// The text of the template's <title>.
QString titel(const QString &html);

} // namespace rd::sjabloonmeta
