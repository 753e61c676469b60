#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// The CSV the program writes for people's spreadsheets (the reports, the window's lists): what
// Excel opens with a double click on a Dutch machine. UTF-8 with a BOM, `;` between fields,
// CRLF line ends, quotes where a field needs them (a `;`, a quote, a line break); every cell
// passes csv::neutraliseer first, so a cell such as "=1+1" or "@SUM(A1)" is text, not a formula.
namespace csvexport {

// The byte order mark that starts the file.
QByteArray bom();
// One line: the fields, neutralised and quoted where needed, joined by `;`, ended by CRLF.
QByteArray regel(const QStringList &velden);
// A whole file: the BOM, the header line, then one line per row.
QByteArray tabel(const QStringList &kop, const QList<QStringList> &rijen);
// tabel() written to `pad` through OutputFile (whole or not at all, 0600, an existing file
// only with `force`).
Status bewaar(const QString &pad, const QStringList &kop, const QList<QStringList> &rijen,
              bool force);

} // namespace csvexport

} // namespace rd
