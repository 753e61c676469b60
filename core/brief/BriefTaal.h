#pragma once

#include "core/common/Result.h"

#include <QString>

namespace rd {

class Store;

// The language a household's coupling letter is written in besides Dutch: the one recorded at
// intake, mapped to the letter templates there are (resources/letters).
namespace brieftaal {

// The template language for a language as it was recorded ("Arabisch", "Arabic", "ar",
// "العربية", "Engels", "Nederlands (A1)"); empty when no template has it.
QString sjabloonVoor(const QString &taal);

struct HuishoudenTaal
{
    QString opgegeven; // as recorded: the reference person's mother tongue (may be empty)
    // The template language besides Dutch; empty: Dutch only (no template for the language).
    // Found in this order: the reference person's mother tongue, the interpreter's language of
    // the intake interview, the other languages the reference person speaks.
    QString sjabloon;
};

// Never "nl" in `sjabloon`: Dutch is always made.
Result<HuishoudenTaal> vanHuishouden(Store &store, qint64 huishoudenId);

} // namespace brieftaal
} // namespace rd
