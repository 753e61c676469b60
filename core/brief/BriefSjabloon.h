#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace rd {

// A coupling letter template: one HTML file per language in resources/letters/, named
// koppelingsbrief.<taal>.html and compiled in under :/letters/. Adding a language is adding a
// file. Its <meta name="taalnaam"> gives the language's own name, <meta name="versie"> the
// template version recorded with every letter, and <html dir="rtl"> a right-to-left language.
// The Dutch template is the authoritative text.
struct BriefSjabloon
{
    QString taal;     // "nl", "en", "ar": from the file name
    QString taalNaam; // "Nederlands", "English", "العربية"
    QString versie;   // e.g. "2026.1"
    Qt::LayoutDirection richting = Qt::LeftToRight;
    QString html;
};

namespace briefsjabloon {
// Every template's language code, "nl" first and the rest sorted.
QStringList talen();
// An unknown language is an error that names it and lists the languages there are.
Result<BriefSjabloon> laad(const QString &taal);
} // namespace briefsjabloon

} // namespace rd
