#include "core/csv/Csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <limits>
#include <optional>

namespace rd::csv {

namespace {

QString regel(const QString &source, int line)
{
    return QCoreApplication::translate("Csv", "%1 line %2").arg(source, QString::number(line));
}

QString plek(const QString &source, int line, qsizetype column)
{
    return QCoreApplication::translate("Csv", "%1 line %2, column %3")
        .arg(source, QString::number(line), QString::number(column));
}

Error teLang(const QString &source, int line, qsizetype column)
{
    return Error{plek(source, line, column),
                 QCoreApplication::translate("Csv", "the field is longer than %1 characters")
                     .arg(maxVeldLengte)};
}

const QByteArray utf8Bom("\xEF\xBB\xBF");

// Decodes strictly; on invalid UTF-8 names the physical line that holds the bad bytes.
Result<QString> decode(QByteArrayView bytes, const QString &source)
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

using Slice = SliceTable::Slice;

// Splits the decoded text into records and fills the table's header, fields and lines;
// physical lines are counted so that a record after a quoted line break still carries its
// true line number. A field is a slice of the text; only a quoted field whose text changes
// (doubled quotes, CR LF) is copied, into `extra`. Errors come in the order of the file, but
// a quoting error anywhere wins over a row of the wrong width, as the whole file is split
// before the rows are checked.
class Splitter
{
public:
    Splitter(SliceTable &table, const QString &source) : m_table(table), m_source(source) {}

    Status run()
    {
        const QString &text = m_table.text;
        const QChar *const data = text.constData();
        const qsizetype n = text.size();
        const QChar delimiter = m_table.delimiter;
        m_regels = text.count(QLatin1Char('\n')) + 1;
        qsizetype i = 0;
        while (i < n) {
            const QChar c = data[i];
            if (c == QLatin1Char('"')) {
                // RFC 4180: a quote opens a field (spaces before it aside) or is doubled inside
                // a quoted one; anywhere else it is a mistake that would shift the fields.
                if (m_quoted ||
                    !QStringView(data + m_fieldStart, i - m_fieldStart).trimmed().isEmpty())
                    return Error{plek(m_source, m_line, m_current.size() + 1),
                                 QCoreApplication::translate(
                                     "Csv", "a '\"' inside a field that does not start with one; "
                                            "put quotes around the whole field and double the "
                                            "quotes inside it")};
                if (auto s = quotedField(i); !s)
                    return s;
                continue;
            }
            if (c == delimiter) {
                if (auto s = endField(i); !s)
                    return s;
                ++i;
                m_fieldStart = i;
                continue;
            }
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (auto s = endField(i); !s)
                    return s;
                if (c == QLatin1Char('\r') && i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                    ++i;
                ++i;
                endRecord();
                ++m_line;
                m_recordLine = m_line;
                m_fieldStart = i;
                continue;
            }
            // Plain text up to the next delimiter, line break or quote: the field grows.
            ++i;
            while (i < n) {
                const QChar d = data[i];
                if (d == delimiter || d == QLatin1Char('\n') || d == QLatin1Char('\r') ||
                    d == QLatin1Char('"'))
                    break;
                ++i;
            }
        }
        const bool fieldText = m_quoted ? m_quotedSlice.size > 0 : n > m_fieldStart;
        if (!m_current.isEmpty() || fieldText || m_anyQuoted) {
            if (auto s = endField(n); !s)
                return s;
            endRecord();
        }
        if (m_breedteFout)
            return *m_breedteFout;
        if (!m_haveHeader)
            return Error{m_source,
                         QCoreApplication::translate("Csv", "is empty: there is no header line")};
        return {};
    }

private:
    // At the opening quote `i`: reads up to and past the closing quote.
    Status quotedField(qsizetype &i)
    {
        const QString &text = m_table.text;
        const QChar *const data = text.constData();
        const qsizetype n = text.size();
        const int startLine = m_line;
        const qsizetype begin = ++i;
        bool plain = true;
        qsizetype close = -1;
        while (i < n) {
            const QChar q = data[i];
            if (q == QLatin1Char('"')) {
                if (i + 1 < n && data[i + 1] == QLatin1Char('"')) {
                    plain = false;
                    i += 2;
                    continue;
                }
                close = i++;
                break;
            }
            if (q == QLatin1Char('\r') && i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                plain = false; // CR LF inside quotes reads as LF
            else if (q == QLatin1Char('\n'))
                ++m_line;
            ++i;
        }
        if (close < 0)
            return Error{regel(m_source, startLine),
                         QCoreApplication::translate(
                             "Csv", "a quoted field is not closed (a '\"' is missing)")};
        if (plain) {
            m_quotedSlice = Slice{qint32(begin), qint32(close - begin)};
        } else {
            QString &extra = m_table.extra;
            const qsizetype start = extra.size();
            for (qsizetype j = begin; j < close; ++j) {
                if (data[j] == QLatin1Char('"') ||
                    (data[j] == QLatin1Char('\r') && data[j + 1] == QLatin1Char('\n')))
                    ++j; // the second of a doubled quote, or the LF after a CR
                extra.append(data[j]);
            }
            m_quotedSlice = Slice{qint32(-start - 1), qint32(extra.size() - start)};
        }
        if (m_quotedSlice.size > maxVeldLengte)
            return teLang(m_source, startLine, m_current.size() + 1);
        m_quoted = true;
        m_anyQuoted = true;
        // Only spaces may follow the closing quote before the delimiter or line end.
        while (i < n && (data[i] == QLatin1Char(' ') || data[i] == QLatin1Char('\t')))
            ++i;
        if (i < n && data[i] != m_table.delimiter && data[i] != QLatin1Char('\n') &&
            data[i] != QLatin1Char('\r'))
            return Error{plek(m_source, m_line, m_current.size() + 1),
                         QCoreApplication::translate(
                             "Csv",
                             "unexpected text after a closing quote; put quotes around the whole "
                             "field and double quotes inside it")};
        return {};
    }

    QStringView view(Slice s) const
    {
        return s.start >= 0 ? QStringView(m_table.text).sliced(s.start, s.size)
                            : QStringView(m_table.extra).sliced(-qsizetype(s.start) - 1, s.size);
    }

    Status endField(qsizetype end)
    {
        if (!m_quoted && end - m_fieldStart > maxVeldLengte)
            return teLang(m_source, m_line, m_current.size() + 1);
        m_current.append(m_quoted ? m_quotedSlice
                                  : Slice{qint32(m_fieldStart), qint32(end - m_fieldStart)});
        m_quoted = false;
        return {};
    }

    void endRecord()
    {
        const bool blank =
            !m_anyQuoted && m_current.size() == 1 && view(m_current.first()).trimmed().isEmpty();
        if (!blank) {
            if (!m_haveHeader) {
                for (const Slice s : std::as_const(m_current))
                    m_table.header.append(view(s).trimmed().toString());
                m_haveHeader = true;
                // Each field takes at least a delimiter or a line end: no more than the text
                // has characters, however wide the header and however many blank lines.
                m_table.fields.reserve(qMin(m_regels * m_current.size(), m_table.text.size() + 1));
                m_table.lines.reserve(m_regels);
            } else if (m_current.size() != m_table.header.size()) {
                if (!m_breedteFout)
                    m_breedteFout = Error{regel(m_source, m_recordLine),
                                          QCoreApplication::translate(
                                              "Csv", "has %1 fields where the header line has %2")
                                              .arg(QString::number(m_current.size()),
                                                   QString::number(m_table.header.size()))};
            } else {
                m_table.fields.append(m_current);
                m_table.lines.append(m_recordLine);
            }
        }
        m_current.clear();
        m_anyQuoted = false;
    }

    SliceTable &m_table;
    const QString &m_source;
    qsizetype m_regels = 0;
    int m_line = 1;
    int m_recordLine = 1;
    qsizetype m_fieldStart = 0;
    bool m_quoted = false; // the current field was quoted: it is m_quotedSlice
    bool m_anyQuoted = false;
    bool m_haveHeader = false;
    Slice m_quotedSlice;
    QList<Slice> m_current;
    std::optional<Error> m_breedteFout;
};

int columnIn(const QStringList &header, const QStringList &names)
{
    for (int i = 0; i < header.size(); ++i) {
        for (const auto &name : names) {
            if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

} // namespace

int Table::column(const QStringList &names) const
{
    return columnIn(header, names);
}

int SliceTable::column(const QStringList &names) const
{
    return columnIn(header, names);
}

Result<SliceTable> parseSlices(const QByteArray &bytes, const QString &source)
{
    const QByteArrayView body = bytes.startsWith(utf8Bom)
                                    ? QByteArrayView(bytes).sliced(utf8Bom.size())
                                    : QByteArrayView(bytes);
    auto text = decode(body, source);
    if (!text)
        return text.error();
    if (text->size() >= std::numeric_limits<qint32>::max() / 2)
        return Error{source, QCoreApplication::translate("Csv", "is too large to read")};
    SliceTable table;
    table.text = std::move(*text);
    table.delimiter = detectDelimiter(table.text);
    if (auto s = Splitter(table, source).run(); !s)
        return s.error();
    return table;
}

Result<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            path, QCoreApplication::translate("Csv", "cannot be read: %1").arg(file.errorString())};
    return file.readAll();
}

Result<SliceTable> readFileSlices(const QString &path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    return parseSlices(*bytes, path);
}

Result<Table> parse(const QByteArray &bytes, const QString &source)
{
    auto slices = parseSlices(bytes, source);
    if (!slices)
        return slices.error();
    Table table;
    table.header = slices->header;
    table.delimiter = slices->delimiter;
    table.rows.reserve(slices->rowCount());
    for (qsizetype r = 0; r < slices->rowCount(); ++r) {
        Row row{slices->lines.at(r), {}};
        row.fields.reserve(table.header.size());
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            const QStringView field = slices->field(r, c);
            row.fields.append(field.isEmpty() ? QString() : field.toString());
        }
        table.rows.append(std::move(row));
    }
    return table;
}

Result<Table> readFile(const QString &path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

namespace {

bool isFormuleBegin(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// The index of the first character after the leading "'"s, when a formula character is there;
// -1 otherwise.
qsizetype formuleNaApostroffen(QStringView tekst)
{
    qsizetype i = 0;
    while (i < tekst.size() && tekst[i] == QLatin1Char('\''))
        ++i;
    return i < tekst.size() && isFormuleBegin(tekst[i]) ? i : -1;
}

// -12, -2,5, -0.5: what a spreadsheet reads as a negative number.
bool isNegatiefGetal(QStringView tekst)
{
    if (tekst.size() < 2 || tekst[0] != QLatin1Char('-'))
        return false;
    qsizetype cijfers = 0;
    qsizetype i = 1;
    for (; i < tekst.size() && tekst[i].isDigit() && tekst[i].unicode() < 128; ++i)
        ++cijfers;
    if (cijfers == 0)
        return false;
    if (i == tekst.size())
        return true;
    if (tekst[i] != QLatin1Char('.') && tekst[i] != QLatin1Char(','))
        return false;
    ++i;
    const qsizetype naKomma = i;
    for (; i < tekst.size() && tekst[i].isDigit() && tekst[i].unicode() < 128; ++i) {
    }
    return i == tekst.size() && i > naKomma;
}

} // namespace

QString neutraliseer(const QString &cel)
{
    if (formuleNaApostroffen(cel) < 0 || isNegatiefGetal(cel))
        return cel;
    return QLatin1Char('\'') + cel;
}

QStringView herstel(QStringView veld)
{
    return formuleNaApostroffen(veld) > 0 ? veld.sliced(1) : veld;
}

namespace {

// quote(field) appended to `uit` in one pass, without the copies (a report's CSV writes every
// cell through here: 80,000 of them for a national lead-time report).
void voegVeldToe(QString &uit, const QString &veld, QChar delimiter)
{
    const bool formule = formuleNaApostroffen(veld) >= 0 && !isNegatiefGetal(veld);
    bool aanhalen = false;
    for (const QChar c : veld) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r')) {
            aanhalen = true;
            break;
        }
    }
    if (aanhalen)
        uit.append(QLatin1Char('"'));
    if (formule)
        uit.append(QLatin1Char('\''));
    if (!aanhalen) {
        uit.append(veld);
        return;
    }
    for (const QChar c : veld) {
        if (c == QLatin1Char('"'))
            uit.append(c);
        uit.append(c);
    }
    uit.append(QLatin1Char('"'));
}

} // namespace

QString quote(const QString &field, QChar delimiter)
{
    QString uit;
    uit.reserve(field.size() + 3);
    voegVeldToe(uit, field, delimiter);
    return uit;
}

QString line(const QStringList &fields, QChar delimiter)
{
    qsizetype lengte = fields.size();
    for (const QString &veld : fields)
        lengte += veld.size() + 3;
    QString result;
    result.reserve(lengte);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            result.append(delimiter);
        voegVeldToe(result, fields.at(i), delimiter);
    }
    return result;
}

} // namespace rd::csv
