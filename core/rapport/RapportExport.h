#pragma once

#include "core/common/Result.h"
#include "core/pdf/PaginaSchrijver.h"
#include "core/rapport/Rapport.h"

#include <QByteArray>
#include <QPageLayout>
#include <QString>

#include <memory>

class QTextDocument;

namespace rd {

namespace rapportexport {

enum class Formaat
{
    Csv,
    Pdf
};

// CSV that Excel opens with a double click on a Dutch machine: UTF-8 with a BOM, `;` between
// fields, CRLF line ends, quotes where a field needs them, decimals with a comma, dates ISO,
// yes/no as "ja"/"nee". The header row holds the column keys (RapportKolom::sleutel). A report
// with more tables writes each after an empty line, headed by a line "# <table key>". A totals
// row, when there is one, comes last with "totaal" in its first column.
QByteArray csv(const Rapport &rapport);

// The report as one document: the title, the parameters and notes, every table (its header
// repeated on each page, numbers right-aligned, the totals row bold); and the footer of its
// pages (the title, the date, "page N of M"; the title is never searched for placeholders).
std::unique_ptr<QTextDocument> document(const Rapport &rapport);
pdf::Voettekst voettekst(const Rapport &rapport);
// The page the report is laid out on: A4, landscape when a table has more than nine columns
// (the supervision figures), portrait otherwise.
QPageLayout pagina(const Rapport &rapport);
// Paints those pages onto a PDF writer or a printer (the window's print and print preview).
Status teken(const Rapport &rapport, PaginaSchrijver &pagina);

// Writes the report to `pad` through OutputFile: whole or not at all, never over the open store,
// a database, a folder or a device, and over an existing file only with `force`. PDF: A4, the
// title, the parameters and notes, every table (long tables over several pages), page numbers.
Status bewaar(const Rapport &rapport, const QString &pad, Formaat formaat, bool force);

} // namespace rapportexport

} // namespace rd
