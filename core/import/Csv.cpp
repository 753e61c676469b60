#include "import/Csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace rd::csv {

namespace {

QString regel(const QString &source, int line)
{
    return QCoreApplication::translate("Csv", "%1 line %2").arg(source).arg(line);
}

const QByteArray utf8Bom("\xEF\xBB\xBF");

// Decodes strictly; on invalid UTF-8 names the physical line that holds the bad bytes.
Result<QString> decode(const QByteArray &bytes, const QString &source)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored =
            lineDecoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (lineDecoder.hasError())
            break;
        start = end + 1;
        ++line;
    }
    return Error{
        regel(source, line),
        QCoreApplication::translate("Csv", "is not valid UTF-8 text; save the file as UTF-8")};
}

// ',' or ';': whichever occurs more often outside quotes on the first non-blank line.
QChar detectDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    bool seenContent = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (seenContent)
                break;
        } else if (!quoted && c == QLatin1Char(',')) {
            ++commas;
        } else if (!quoted && c == QLatin1Char(';')) {
            ++semicolons;
        }
        if (!c.isSpace())
            seenContent = true;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

struct Record
{
    int line = 0;
    QStringList fields;
    bool blank = false;
};

// Splits the text into records; physical lines are counted so that a record after a quoted
// line break still carries its true line number.
class Splitter
{
public:
    Splitter(const QString &text, QChar delimiter, QString source)
        : m_text(text), m_delimiter(delimiter), m_source(std::move(source))
    {
    }

    Result<QList<Record>> run()
    {
        QList<Record> records;
        records.reserve(m_text.count(QLatin1Char('\n')) + 1);
        Record current{m_line, {}, false};
        QString field;
        bool fieldQuoted = false;
        bool anyQuoted = false;
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        auto endRecord = [&]() {
            current.fields.append(std::move(field));
            current.blank = !anyQuoted && current.fields.size() == 1 &&
                            current.fields.first().trimmed().isEmpty();
            field = QString();
            const qsizetype breedte = current.fields.size();
            records.append(std::move(current));
            fieldQuoted = false;
            anyQuoted = false;
            current = Record{m_line, {}, false};
            current.fields.reserve(breedte); // rows are as wide as the one before, mostly
        };
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('"') && !fieldQuoted && field.trimmed().isEmpty()) {
                const int startLine = m_line;
                field.clear();
                fieldQuoted = true;
                anyQuoted = true;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar q = m_text.at(i);
                    if (q == QLatin1Char('"')) {
                        if (i + 1 < n && m_text.at(i + 1) == QLatin1Char('"')) {
                            field.append(q);
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (q == QLatin1Char('\r') && i + 1 < n &&
                        m_text.at(i + 1) == QLatin1Char('\n')) {
                        ++i; // CRLF inside quotes reads as LF
                        continue;
                    }
                    if (q == QLatin1Char('\n'))
                        ++m_line;
                    field.append(q);
                    ++i;
                }
                if (!closed)
                    return Error{regel(m_source, startLine),
                                 QCoreApplication::translate(
                                     "Csv", "a quoted field is not closed (a '\"' is missing)")};
                // Only spaces may follow the closing quote before the delimiter or line end.
                while (i < n &&
                       (m_text.at(i) == QLatin1Char(' ') || m_text.at(i) == QLatin1Char('\t')))
                    ++i;
                if (i < n && m_text.at(i) != m_delimiter && m_text.at(i) != QLatin1Char('\n') &&
                    m_text.at(i) != QLatin1Char('\r'))
                    return Error{
                        regel(m_source, m_line),
                        QCoreApplication::translate(
                            "Csv",
                            "unexpected text after a closing quote; put quotes around the whole "
                            "field and double quotes inside it")};
                continue;
            }
            if (c == m_delimiter) {
                current.fields.append(std::move(field));
                field = QString();
                fieldQuoted = false;
                ++i;
                continue;
            }
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && i + 1 < n && m_text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                ++i;
                endRecord();
                ++m_line;
                current.line = m_line;
                continue;
            }
            // Plain text up to the next delimiter, line break or quote, appended in one go.
            const QChar *data = m_text.constData();
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = data[end];
                if (d == m_delimiter || d == QLatin1Char('\n') || d == QLatin1Char('\r') ||
                    d == QLatin1Char('"'))
                    break;
                ++end;
            }
            field.append(data + i, end - i);
            i = end;
        }
        if (!current.fields.isEmpty() || !field.isEmpty() || anyQuoted)
            endRecord();
        return records;
    }

private:
    const QString &m_text;
    QChar m_delimiter;
    QString m_source;
    int m_line = 1;
};

} // namespace

int Table::column(const QStringList &names) const
{
    for (int i = 0; i < header.size(); ++i) {
        for (const auto &name : names) {
            if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

Result<Table> parse(const QByteArray &bytes, const QString &source)
{
    const QByteArray body = bytes.startsWith(utf8Bom) ? bytes.mid(utf8Bom.size()) : bytes;
    auto text = decode(body, source);
    if (!text)
        return text.error();

    Table table;
    table.delimiter = detectDelimiter(*text);
    auto records = Splitter(*text, table.delimiter, source).run();
    if (!records)
        return records.error();

    table.rows.reserve(records->size());
    bool haveHeader = false;
    for (auto &record : *records) {
        if (record.blank)
            continue;
        if (!haveHeader) {
            for (const auto &name : record.fields)
                table.header.append(name.trimmed());
            haveHeader = true;
            continue;
        }
        if (record.fields.size() != table.header.size())
            return Error{
                regel(source, record.line),
                QCoreApplication::translate("Csv", "has %1 fields where the header line has %2")
                    .arg(record.fields.size())
                    .arg(table.header.size())};
        table.rows.append(Row{record.line, std::move(record.fields)});
    }
    if (!haveHeader)
        return Error{source,
                     QCoreApplication::translate("Csv", "is empty: there is no header line")};
    return table;
}

Result<Table> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            path, QCoreApplication::translate("Csv", "cannot be read: %1").arg(file.errorString())};
    return parse(file.readAll(), path);
}

QString quote(const QString &field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString line(const QStringList &fields, QChar delimiter)
{
    QString result;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            result.append(delimiter);
        result.append(quote(fields.at(i), delimiter));
    }
    return result;
}

} // namespace rd::csv
