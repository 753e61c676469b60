#pragma once

#include "brief/BriefGegevens.h"
#include "brief/BriefSjabloon.h"
#include "common/Result.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace rd {

class PaginaSchrijver;

// Fills a template with a household's data. Placeholders are {{name}} (the value HTML-escaped);
// {{#leden}}...{{/leden}} repeats for every member (with {{lid.naam}}, {{lid.geboortedatum}},
// {{lid.vnummer}}, {{lid.rol}}); {{#partnerschap}}...{{/partnerschap}} and
// {{#afschrift}}...{{/afschrift}} appear only when there is a partnership / for the AZC copy.
// Dates are written in the template's language. The names are documented in
// resources/letters/README.md.
namespace briefopmaak {

QString vulIn(const BriefSjabloon &sjabloon, const BriefGegevens &gegevens, bool afschrift);
// The filled letter as a document laid out in the template's direction, ready for
// PaginaSchrijver (or a print preview).
std::unique_ptr<QTextDocument> document(const BriefSjabloon &sjabloon,
                                        const BriefGegevens &gegevens, bool afschrift);
// The footer of the letter's pages, "%1"/"%2" for page and count, in the template's language.
QString voettekst(const BriefSjabloon &sjabloon, const BriefGegevens &gegevens);
// The mark on the copy for the AZC location, in Dutch (the location's staff read it).
QString afschriftMarkering(const BriefGegevens &gegevens);
// The letter's pages, and after them (when `afschrift`) the marked copy for the AZC location,
// as pieces on a PDF writer or a printer.
Status teken(PaginaSchrijver &pagina, const BriefSjabloon &sjabloon, const BriefGegevens &gegevens,
             bool afschrift);

} // namespace briefopmaak

} // namespace rd
