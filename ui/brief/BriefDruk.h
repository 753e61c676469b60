#pragma once

#include "core/brief/BriefGegevens.h"
#include "core/brief/BriefSjabloon.h"
#include "core/common/Result.h"

#include <QList>

namespace rd {

class PaginaSchrijver;

// The pages of one household's coupling letters, for the print preview and the printer: the
// same pages BriefReeks writes to PDF (core's templates, layout and PaginaSchrijver).
namespace briefdruk {

// Each template's letter, each followed by its copy for the AZC location when `afschrift`.
Status teken(PaginaSchrijver &schrijver, const QList<BriefSjabloon> &sjablonen,
             const BriefGegevens &gegevens, bool afschrift);

} // namespace briefdruk

} // namespace rd
