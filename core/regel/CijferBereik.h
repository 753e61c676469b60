#pragma once

#include "core/common/Result.h"

#include <QString>

namespace rd {
class Store;
}

namespace rd::regel {

// The quota figures (taakstelling, realisation, pipeline: the board, the quota table, `quota`,
// the supervision report) an account sees (docs/sync.md, what each role sees). Realisation and
// pipeline are counted from the households a store holds, and a team server sends a device only
// its scope's households, so a figure outside the scope would be counted from nothing. The same
// scope as its households and reports: the beheerder (and a store without an account) every
// gemeente, a regievoerder its region's, a gemeente its own, a province its own area's. A
// programmabegeleider (intake only) none, nor a province's device joined to a team server: it
// receives no households, and its area's figures are the reports its regievoerders publish.
struct CijferBereik
{
    int regio = 0;     // > 0: the account's region; only its gemeenten, another region refused
    QString gemeente;  // not empty: only this gemeente
    QString provincie; // not empty: only this province's gemeenten (as CBS writes its name)

    // Whether the figures of the gemeente `code` of province `provincie` are in the scope.
    bool bevat(const QString &code, const QString &provincieVanGemeente) const;
};

// The scope of the store's signed-in account; refused ("not allowed", naming the role) when it
// sees no quota figures at all.
Result<CijferBereik> cijferBereik(Store &store);

// Whether the figures of region `regio` (0: the whole country) may be asked for: a scoped account
// asks for its own region, or for the whole country and gets its scope's part of it.
Status magRegioZien(const CijferBereik &bereik, int regio);

} // namespace rd::regel
