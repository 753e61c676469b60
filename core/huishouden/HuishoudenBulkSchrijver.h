#pragma once

#include "core/common/Result.h"
#include "core/domain/Huishouden.h"

#include <QList>

struct sqlite3;

namespace rd {

class Store;

// For a caller that has validated every household with valideer() itself (the CSV import
// does, to name the line and column of a problem): inserts them like
// HuishoudenRepository::voegToe(list), in one transaction, all or nothing, with the same
// errors, but without validating a second time. Every id must be 0.
Status voegGevalideerdeHuishoudensToe(Store &store, const QList<Huishouden> &huishoudens);

// Writes many new households with multi-row INSERTs: each statement carries up to a few dozen
// rows. SQLite builds the lookup table of a CHECK (x IN ('a', 'b', 'c')) once per statement
// execution, so a one-row INSERT per person pays for a temporary b-tree every row; here that
// is paid once per batch. Households get the ids SQLite would give them one by one (the
// highest id + 1, + 2, ...), persons are inserted in the same order, so the stored data is the
// same as with HuishoudenSchrijver. The caller validates and owns the transaction.
//
// On failure the error is SQLite's own and does not say which row: the caller rolls the
// batch back and writes row by row with HuishoudenSchrijver to name the household and field.
class HuishoudenBulkSchrijver
{
public:
    Status schrijf(sqlite3 *db, const QList<Huishouden> &huishoudens);
};

} // namespace rd
