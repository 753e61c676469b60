#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd::csv {

// A CSV table read whole: a header row and data rows, each with its line number in the file
// (1 = the header line), so every error can name the line. UTF-8 with or without BOM;
// the delimiter (',' or ';') is taken from the header line; fields may be quoted with '"'
// (doubled quotes inside, line breaks inside quotes allowed); blank lines are skipped.
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

// Writing: quotes a field when it holds the delimiter, a quote or a line break.
QString quote(const QString &field, QChar delimiter = QLatin1Char(','));
QString line(const QStringList &fields, QChar delimiter = QLatin1Char(','));

} // namespace rd::csv
