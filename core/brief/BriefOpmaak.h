#pragma once

#include "core/brief/BriefGegevens.h"
#include "core/brief/BriefSjabloon.h"
#include "core/common/Result.h"
#include "core/pdf/PaginaSchrijver.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace rd {

// Fills a template with a household's data, in one pass over the template: a value is
// HTML-escaped and inserted, never read again, so a name holding "{{...}}", "%1" or "<b>" appears
// in the letter as written. Placeholders are {{name}} (the value HTML-escaped);
// {{#leden}}...{{/leden}} repeats for every member (with {{lid.naam}}, {{lid.geboortedatum}},
// {{lid.vnummer}}, {{lid.rol}}); {{#partnerschap}}...{{/partnerschap}} and
// {{#afschrift}}...{{/afschrift}} appear only when there is a partnership / for the AZC copy;
// {{#gemeente.contact}}, {{#nareizigers}} and {{#aanbod}} (or {{^aanbod}}) only when the
// gemeente has a contact, family members are expected to follow, a dwelling was offered.
// Dates are written in the template's language. The names are documented in
// resources/letters/README.md.
namespace briefopmaak {

QString vulIn(const BriefSjabloon &sjabloon, const BriefGegevens &gegevens, bool afschrift);
// The filled letter as a document laid out in the template's direction, ready for
// PaginaSchrijver (or a print preview).
std::unique_ptr<QTextDocument> document(const BriefSjabloon &sjabloon,
                                        const BriefGegevens &gegevens, bool afschrift);
// The footer of the letter's pages (the template's `voettekst`, its "%1"/"%2" the page and the
// count), in the template's language; "%1" in a value stays as written.
pdf::Voettekst voettekst(const BriefSjabloon &sjabloon, const BriefGegevens &gegevens);
// The mark on the copy for the AZC location, in Dutch (the location's staff read it).
QString afschriftMarkering(const BriefGegevens &gegevens);
// The letter's pages, and after them (when `afschrift`) the marked copy for the AZC location,
// as pieces on a PDF writer or a printer.
Status teken(PaginaSchrijver &pagina, const BriefSjabloon &sjabloon, const BriefGegevens &gegevens,
             bool afschrift);

} // namespace briefopmaak

} // namespace rd
