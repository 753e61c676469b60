#pragma once

#include <QString>

// Three rules every list of households needs, each written once (issue 14: "rules in one
// place"). They are string literals, so that the services' SQL, itself literals, is put
// together by the compiler; tests/core/RegelEenmaal_test.cpp fails when a copy appears elsewhere.

// The household's region: the region of the province of its AZC location's gemeente. Joins
// household `h` to its AZC `a`, that AZC's gemeente `ag` and province `pr`; `pr.regio` is the
// region (NULL without an AZC).
#define RD_SQL_REGIO_VAN_HUISHOUDEN                                                                \
    "LEFT JOIN azc a ON a.id = h.azc "                                                             \
    "LEFT JOIN gemeente ag ON ag.code = a.gemeente "                                               \
    "LEFT JOIN provincie pr ON pr.naam = ag.provincie "

// The coupling in force of household `h`, as `k`: view koppeling_actief (schema 4, the one
// definition of "active": not ended), NULLs when there is none.
#define RD_SQL_ACTIEVE_KOPPELING_VAN_HUISHOUDEN                                                    \
    "LEFT JOIN koppeling_actief k ON k.huishouden = h.id "

namespace rd::regel {

// The day the household's current phase is due, as an SQL expression over household `h` and its
// active coupling `k` (handbook 3.2: two weeks from the permit to the coupling, ten from the
// coupling to the signed lease, two from the signing to the move): the start of the phase
// (signing, else coupling, else permit) plus that phase's days. `plus` writes one start plus its
// days: a format with %1 for the start's column and one `?` for the days, e.g.
// "julianday(%1) + ?" or "date(%1, ?)"; the days are bound in the order move, home, coupling
// (fase::normDagenVerhuizing, normDagenWoonruimte, normDagenKoppeling). Fase.h's bepaalFase is
// the same rule in C++ and has the last word; the SQL sorts and pre-selects.
QString faseVervalSql(const char *plus);

} // namespace rd::regel
