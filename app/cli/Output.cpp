#include "Output.h"

#include "Cli.h"
#include "core/csv/Csv.h"
#include "core/validatie/TekstControle.h"

#include <algorithm>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace rd::cli {

QString vraagWachtwoord(const char *env, const QString &vraag)
{
    const QByteArray gegeven = qgetenv(env);
    if (!gegeven.isEmpty())
        return QString::fromUtf8(gegeven);
    if (!isatty(STDIN_FILENO))
        return {};
    err() << vraag;
    err().flush();
    termios oud{};
    const bool terminal = tcgetattr(STDIN_FILENO, &oud) == 0;
    if (terminal) {
        termios stil = oud;
        stil.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &stil);
    }
    QTextStream in(stdin);
    const QString wachtwoord = in.readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &oud);
    err() << '\n';
    return wachtwoord;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

int fail(const Error &error)
{
    out().flush();
    // Messages quote what a file or the store holds: no terminal escapes get through.
    err() << QStringLiteral("regiedesk-cli: ") << zonderStuurtekens(error.toString(), true)
          << Qt::endl;
    return ExitFailure;
}

std::optional<OutputFormat> parseOutputFormat(const QString &text)
{
    if (text == QLatin1String("table"))
        return OutputFormat::Table;
    if (text == QLatin1String("csv"))
        return OutputFormat::Csv;
    return std::nullopt;
}

void writeCsv(QTextStream &stream, const QStringList &header, const QList<QStringList> &rows)
{
    stream << csv::line(header) << '\n';
    for (const auto &row : rows)
        stream << csv::line(row) << '\n';
}

void TextTable::addColumn(const QString &title, Align align)
{
    m_titles << zonderStuurtekens(title);
    m_aligns << align;
}

namespace {

// Table cells come from the store, which may hold text from before control characters were
// refused: a cell never carries an escape sequence, a tab or a line break to the terminal.
QStringList leesbaar(const QStringList &cells)
{
    QStringList result;
    result.reserve(cells.size());
    for (const auto &cell : cells)
        result << zonderStuurtekens(cell);
    return result;
}

} // namespace

void TextTable::addRow(const QStringList &cells)
{
    m_rows << leesbaar(cells);
}

void TextTable::setTotals(const QStringList &cells)
{
    m_totals = leesbaar(cells);
}

QString TextTable::formatRow(const QStringList &cells, const QList<int> &widths) const
{
    QStringList parts;
    for (int i = 0; i < widths.size(); ++i) {
        const QString cell = i < cells.size() ? cells.at(i) : QString();
        parts << (m_aligns.at(i) == Align::Right ? cell.rightJustified(widths.at(i))
                                                 : cell.leftJustified(widths.at(i)));
    }
    QString line = parts.join(QStringLiteral("  "));
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

void TextTable::write(QTextStream &stream) const
{
    QList<int> widths;
    for (const auto &title : m_titles)
        widths << int(title.size());
    auto widen = [&widths](const QStringList &cells) {
        for (int i = 0; i < std::min(int(cells.size()), int(widths.size())); ++i)
            widths[i] = std::max(widths.at(i), int(cells.at(i).size()));
    };
    for (const auto &row : m_rows)
        widen(row);
    widen(m_totals);

    int total = 0;
    for (int w : widths)
        total += w;
    total += 2 * std::max(0, int(widths.size()) - 1);
    const QString rule(total, QLatin1Char('-'));

    stream << formatRow(m_titles, widths) << '\n' << rule << '\n';
    for (const auto &row : m_rows)
        stream << formatRow(row, widths) << '\n';
    if (!m_totals.isEmpty()) {
        if (!m_rows.isEmpty())
            stream << rule << '\n';
        stream << formatRow(m_totals, widths) << '\n';
    }
}

} // namespace rd::cli
