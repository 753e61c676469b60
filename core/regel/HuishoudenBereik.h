#pragma once

#include "core/common/Result.h"
#include "core/domain/Account.h"

#include <QString>

#include <optional>

namespace rd {
class Store;
}

namespace rd::regel {

// The households an account may see (docs/sync.md, accounts): an SQL condition over household
// `h` alone, to AND into a list's WHERE. A regievoerder the households of its region's AZC
// locations, a programmabegeleider those of its AZC, a gemeente those whose latest coupling is
// to it, a province those whose latest coupling is to one of its gemeenten; the beheerder and a
// store without an account all ("1"). The scope's values are written into the text as literals
// (quoted), so a service adds it without changing its bound values; they come from the account,
// which Account::controleer and the account table's CHECKs keep to a region, a code or a name.
QString zichtbaarSql(const std::optional<Account> &account);

// Whether the store's signed-in account may see household `huishouden` (the same condition): a
// household named by its V-nummer (the command line) is found only in the account's scope.
Result<bool> zichtbaar(Store &store, qint64 huishouden);

} // namespace rd::regel
