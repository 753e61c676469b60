#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd::csv {

// The longest field the readers accept, in UTF-16 code units: a longer one is an error naming
// its line and column, so that no single field can grow without bound.
inline constexpr qsizetype maxVeldLengte = 1 << 20;

// A CSV table read whole: a header row and data rows, each with its line number in the file
// (1 = the header line), so every error can name the line. UTF-8 with or without BOM;
// the delimiter (',' or ';') is taken from the header line; fields may be quoted with '"'
// (doubled quotes inside, line breaks inside quotes allowed); blank lines are skipped.
// RFC 4180 is kept strictly where it matters: a '"' inside a field that does not start with one
// (`ab"c`), text after a closing quote (`"ab"c`) and a field longer than maxVeldLengte are
// errors naming the line and the column (1 = the first). Spaces around a quoted field are
// allowed.
struct Row
{
    int line = 0;
    QStringList fields;
};

struct Table
{
    QStringList header; // trimmed, as written
    QChar delimiter = QLatin1Char(',');
    QList<Row> rows;

    // Index of the first header that matches one of the names (case-insensitive), or -1.
    int column(const QStringList &names) const;
};

Result<Table> parse(const QByteArray &bytes, const QString &source);
Result<Table> readFile(const QString &path);
// A file's bytes, or an error naming it ("cannot be read: ..."), for a reader that keeps them
// (an import records what it read in the change log).
Result<QByteArray> readBytes(const QString &path);

// The same table read the same way, but every field is a slice of one buffer instead of a
// QString of its own: for large files, where a QString per field costs more than the reading.
// Fields are as written (not trimmed), like Table's.
struct SliceTable
{
    struct Slice
    {
        qint32 start = 0; // >= 0: in text; < 0: in extra from -start - 1
        qint32 size = 0;
    };

    QStringList header; // trimmed, as written
    QChar delimiter = QLatin1Char(',');
    QString text;        // the decoded file
    QString extra;       // quoted fields that differ from the file (doubled quotes, CR LF)
    QList<Slice> fields; // row after row, header.size() each
    QList<int> lines;    // each row's line number (1 = the header line)

    qsizetype rowCount() const { return lines.size(); }
    int line(qsizetype row) const { return lines.at(row); }
    QStringView field(qsizetype row, qsizetype column) const
    {
        const Slice s = fields.at(row * header.size() + column);
        return s.start >= 0 ? QStringView(text).sliced(s.start, s.size)
                            : QStringView(extra).sliced(-qsizetype(s.start) - 1, s.size);
    }
    int column(const QStringList &names) const; // as Table::column
};

Result<SliceTable> parseSlices(const QByteArray &bytes, const QString &source);
Result<SliceTable> readFileSlices(const QString &path);

// CSV injection (OWASP): Excel and LibreOffice run a cell that starts with '=', '+', '-', '@',
// a tab or a carriage return as a formula. Every CSV the program writes passes its cells through
// neutraliseer(): a cell matching ^'*[=+\-@\t\r] gets one more leading "'", which makes it
// text. A cell that is exactly a number (-12, -2,5, -0.5: an optional '-', digits, at most one
// '.' or ',' with digits after it) stays as it is: Excel reads it as a number, not a formula.
// herstel() is the inverse for an import: it takes one "'" off a field matching
// ^'+[=+\-@\t\r]; herstel(neutraliseer(x)) == x for every x, so round trips lose nothing.
QString neutraliseer(const QString &cel);
QStringView herstel(QStringView veld);

// Writing: neutraliseer() first, then quotes a field when it holds the delimiter, a quote or a
// line break (CR or LF).
QString quote(const QString &field, QChar delimiter = QLatin1Char(','));
QString line(const QStringList &fields, QChar delimiter = QLatin1Char(','));

} // namespace rd::csv
