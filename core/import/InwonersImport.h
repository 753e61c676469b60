#pragma once

#include "core/common/Result.h"

#include <QString>

namespace rd {

class Store;

// `regiedesk-cli import-population FILE --year YYYY`: the CBS population on 1 January of
// `jaar` per gemeente. Columns found by header: code (`code`, `gm_code`, `RegioS`), name
// (`naam`, `gemeente`, `gm_naam`, `Gemeentenaam`; optional), population (`inwoners`,
// `bevolking`, `BevolkingAanHetBeginVanDePeriode_1`). Each population is a whole number from 1
// to 20,000,000 (the order of the Dutch population), and every gemeente of the store must be
// in the file (the missing ones are named: the quota needs all of them). All or nothing: any
// bad line rejects the whole file with the line and the reason, and the store is left
// untouched. Returns the number of gemeenten imported.
Result<int> importeerInwoners(Store &store, const QString &path, int jaar);
// The same from the file's bytes; `bron` names the file in errors.
Result<int> importeerInwoners(Store &store, const QByteArray &inhoud, const QString &bron,
                              int jaar);

} // namespace rd
