#pragma once

#include "core/common/Result.h"
#include "core/domain/Huishouden.h"

#include <QList>

namespace rd {

// Checks a household as a person fills it in. Each error names the field it is about:
// `where` is a field key a form can map to its widget, e.g. "vergunning", "personen.2.bsn",
// "gesprek.datum", "gesprek.criteria.werk.gemeente"; the message is for a person.
// Rules: at least one person and exactly one reference person; V-nummer 10 digits and unique
// within the household; BSN empty or passing the 11-proef and unique; names required;
// birth date plausible (not in the future, not before 1900; the reference person, who holds
// the permit, not born after the permit date); sex M/V/X; permit date required
// and not in the future; intake date not before the permit and not in the future; BRP,
// lease signed, lease start, move and uitschrijving not before the permit, not in the future
// and in order (signed <= move <= uitschrijving); uitschrijving needs the gemeente that housed;
// criteria each tied to a gemeente or place. Text (validatie/TekstControle.h): names, country,
// mother tongue, each language (at most 50), interpreter language and a criterion's place are
// one line of at most 200 characters without control characters; education, work experience,
// physical limitation, the interview's answers and a criterion's note are free text of at most
// 4,000 characters where only tab and line feed of the control characters are allowed; the
// household's note ("notitie") is free text of at most 2,000 characters.
QList<Error> valideer(const Huishouden &huishouden, const QDate &vandaag);

} // namespace rd
