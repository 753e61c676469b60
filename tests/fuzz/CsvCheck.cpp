#include "CsvCheck.h"

#include "FuzzSupport.h"
#include "core/csv/Csv.h"

namespace rd::fuzz {

namespace {

const QString bron = QStringLiteral("fuzz.csv");

void checkSlices(const csv::SliceTable &t)
{
    if (t.header.isEmpty())
        fail("a table has a header");
    if (t.fields.size() != t.rowCount() * t.header.size())
        fail("every row has as many fields as the header",
             QStringLiteral("%1 fields, %2 rows, %3 columns")
                 .arg(QString::number(t.fields.size()), QString::number(t.rowCount()),
                      QString::number(t.header.size())));
    for (const auto &s : t.fields) {
        const qsizetype buffer = s.start >= 0 ? t.text.size() : t.extra.size();
        const qsizetype start = s.start >= 0 ? s.start : -qsizetype(s.start) - 1;
        if (s.size < 0 || start + s.size > buffer)
            fail("a field lies inside its buffer",
                 QStringLiteral("start %1, size %2, buffer %3")
                     .arg(QString::number(s.start), QString::number(s.size),
                          QString::number(buffer)));
    }
    int vorige = 1;
    for (const int line : t.lines) {
        if (line <= vorige)
            fail("line numbers grow, the header being line 1", QString::number(line));
        vorige = line;
    }
}

QString beschrijf(const csv::Table &t)
{
    QStringList regels{t.header.join(QLatin1Char('|'))};
    for (const auto &row : t.rows)
        regels << QString::number(row.line) + QLatin1Char(':') + row.fields.join(QLatin1Char('|'));
    return regels.join(QLatin1Char('\n'));
}

// The table written the way the program writes CSV, then read again.
void checkRoundTrip(const csv::Table &t)
{
    // A table of one column drops a row whose only field is blank (a blank line), and the
    // delimiter is guessed again from the written header: compare only where both hold.
    if (t.header.size() < 2)
        return;
    // With a BOM, as the reports write: a header that itself starts with U+FEFF keeps it.
    QString tekst = QChar(0xFEFF) + csv::line(t.header, t.delimiter) + QLatin1Char('\n');
    for (const auto &row : t.rows)
        tekst += csv::line(row.fields, t.delimiter) + QLatin1Char('\n');
    auto terug = csv::parse(tekst.toUtf8(), bron);
    if (!terug) {
        // Only a header that makes the other delimiter the more frequent one may fail.
        return;
    }
    if (terug->delimiter != t.delimiter)
        return;
    bool gelijk = terug->header.size() == t.header.size() && terug->rows.size() == t.rows.size();
    for (qsizetype c = 0; gelijk && c < t.header.size(); ++c)
        gelijk = csv::herstel(terug->header.at(c)) == t.header.at(c).trimmed();
    for (qsizetype r = 0; gelijk && r < t.rows.size(); ++r) {
        const QStringList &a = t.rows.at(r).fields;
        const QStringList &b = terug->rows.at(r).fields;
        gelijk = a.size() == b.size();
        for (qsizetype c = 0; gelijk && c < a.size(); ++c)
            gelijk = csv::herstel(b.at(c)) == a.at(c);
    }
    if (!gelijk)
        fail("a table written with csv::line reads back the same",
             QStringLiteral("read:\n%1\nwritten and read again:\n%2")
                 .arg(beschrijf(t), beschrijf(*terug)));
}

} // namespace

void checkCsv(const QByteArray &bytes)
{
    auto slices = csv::parseSlices(bytes, bron);
    auto table = csv::parse(bytes, bron);
    if (slices.ok() != table.ok())
        fail("parse and parseSlices agree on what they accept");
    if (!table) {
        if (table.error().message != slices.error().message ||
            table.error().where != slices.error().where)
            fail("parse and parseSlices give the same error",
                 table.error().toString() + QLatin1Char('\n') + slices.error().toString());
        if (table.error().message.isEmpty() || table.error().where.isEmpty())
            fail("a CSV error says where and what", table.error().toString());
        return;
    }
    checkSlices(*slices);
    if (table->header != slices->header || table->rows.size() != slices->rowCount() ||
        table->delimiter != slices->delimiter)
        fail("parse and parseSlices read the same table");
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const auto &row = table->rows.at(r);
        if (row.line != slices->line(r) || row.fields.size() != table->header.size())
            fail("parse and parseSlices read the same rows", QString::number(row.line));
        for (qsizetype c = 0; c < row.fields.size(); ++c) {
            if (row.fields.at(c) != slices->field(r, c))
                fail("parse and parseSlices read the same fields", row.fields.at(c));
        }
    }
    checkRoundTrip(*table);
}

} // namespace rd::fuzz
