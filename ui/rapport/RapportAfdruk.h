#pragma once

#include "core/common/Result.h"
#include "core/rapport/Rapport.h"

class QPrinter;
class QWidget;

namespace rd {

// Printing a report: the same pages as its PDF export (rapportexport::teken), on a printer.
namespace rapportafdruk {

// Paints the report onto `printer` (A4 portrait is set when the printer has no page yet).
Status teken(const Rapport &rapport, QPrinter &printer);
// A print preview (QPrintPreviewDialog) from which the user prints; errors are shown.
void toonVoorbeeld(const Rapport &rapport, QWidget *parent);

} // namespace rapportafdruk

} // namespace rd
