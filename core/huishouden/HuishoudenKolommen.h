#pragma once

#include "core/domain/Huishouden.h"
#include "core/store/SqliteStatement.h"

namespace rd {

// How a household's parts bind to the INSERT statements' parameters. `basis` is the number of
// the parameter before the first one: 0 for a one-row statement, row × columns in a multi-row
// statement. The single-row and the bulk writer share these, so both store the same values.

// azc, categorie, vergunning_datum ... gezinshereniging_vanaf: basis+1 ... basis+12.
void bindHuishouden(SqliteStatement &statement, int basis, const Huishouden &h);
// The person's own columns referent ... nareiziger: basis+2 ... basis+15 (basis+1 is the
// household or, in an UPDATE, the person's id).
void bindPersoon(SqliteStatement &statement, int basis, const Persoon &p);
// huishouden, datum, azc ... werkwens, specifieke_huisvesting: basis+1 ... basis+10.
void bindGesprek(SqliteStatement &statement, int basis, qint64 huishouden,
                 const Huisvestinggesprek &g);
// huishouden, soort, gemeente, plaats, toelichting: basis+1 ... basis+5.
void bindCriterium(SqliteStatement &statement, int basis, qint64 huishouden,
                   const PlaatsingsCriterium &c);

} // namespace rd
