#pragma once

#include "core/common/Result.h"
#include "core/lijst/Lijst.h"
#include "core/pdf/PaginaSchrijver.h"

#include <QByteArray>
#include <QPageLayout>
#include <QString>

namespace rd {

// Printing and exporting a list of the window (Lijst): the same pages for the print preview, the
// printer and the PDF file; the CSV through core's one CSV writer (csvexport).
namespace lijstexport {

enum class Formaat
{
    Csv,
    Pdf
};

// The header row (the headings as shown) and one line per row, group rows left out; cells as
// shown, neutralised against formulas (csvexport).
QByteArray csv(const Lijst &lijst);

// "<title> · printed on <date> · page N of M" (the title is never searched for placeholders).
pdf::Voettekst voettekst(const Lijst &lijst);
// A4, landscape when the list has more than five columns (the queue, the alerts).
QPageLayout pagina(const Lijst &lijst);
// Paints the pages onto a PDF writer or a printer: on the first the title, the lines under it
// and "Printed on <date>"; on every page the header row and the rows that fit (LijstPaginas),
// numbers and dates right-aligned, group rows bold, the columns equally wide on every page.
Status teken(const Lijst &lijst, PaginaSchrijver &pagina);

// Writes the list to `pad` through OutputFile (whole or not at all, 0600, never over the open
// store, an existing file only with `force`).
Status bewaar(const Lijst &lijst, const QString &pad, Formaat formaat, bool force);

// The suggested file name: "<sleutel>-<scope>-<date>.<extensie>", the scope "regio-5" or
// "Nederland" (region 0: all regions), the date ISO: "wachtrij-regio-5-2026-12-03.csv".
QString bestandsnaam(const QString &sleutel, int regio, const QDate &datum,
                     const QString &extensie);

} // namespace lijstexport

} // namespace rd
