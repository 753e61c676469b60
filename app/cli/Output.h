#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace rd::cli {

// stdout for results, stderr for messages; both UTF-8.
QTextStream &out();
QTextStream &err();
// Progress lines are for people watching a terminal, not for logs or pipes.
bool stderrIsTerminal();

// A password: `env` when that environment variable is set, else asked with `vraag` on stderr and
// read from stdin without echo when stdin is a terminal, else empty.
QString vraagWachtwoord(const char *env, const QString &vraag);

// Prints "regiedesk-cli: <where>: <message>" on stderr and returns ExitFailure; control
// characters other than line feeds are shown as U+FFFD.
int fail(const Error &error);

enum class OutputFormat
{
    Table,
    Csv
};
std::optional<OutputFormat> parseOutputFormat(const QString &text);

// Writes a header row and the rows as CSV (',' delimiter, fields quoted when needed).
void writeCsv(QTextStream &stream, const QStringList &header, const QList<QStringList> &rows);

// Columns aligned for a terminal: text left, numbers right; a rule under the header and
// above the totals line. Control characters in cells (old stores may hold them) are shown as
// U+FFFD, so a cell never sends a terminal escape.
class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    void addColumn(const QString &title, Align align);
    void addRow(const QStringList &cells);
    void setTotals(const QStringList &cells);
    void write(QTextStream &stream) const;

private:
    QString formatRow(const QStringList &cells, const QList<int> &widths) const;

    QStringList m_titles;
    QList<Align> m_aligns;
    QList<QStringList> m_rows;
    QStringList m_totals;
};

} // namespace rd::cli
