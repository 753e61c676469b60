#include "core/import/InwonersImport.h"

#include "core/csv/Csv.h"
#include "core/gemeente/Referentiedata.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/validatie/Identificatie.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace rd {

namespace {

QString regel(const QString &path, int line)
{
    return QCoreApplication::translate("Csv", "%1 line %2").arg(path, QString::number(line));
}

// CBS StatLine exports include totals for the country (NL), parts of the country (LD),
// provinces (PV) and COROP areas (CR); they are not gemeenten and are left out.
bool isCbsTotaal(const QString &code)
{
    for (const char *prefix : {"NL", "LD", "PV", "CR"}) {
        if (code.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The order of the Dutch population (about 18 million): no gemeente holds more.
constexpr qint64 maxInwoners = 20'000'000;

bool alleenCijfers(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

Result<QSet<QString>> bekendeGemeenten(Store &store)
{
    auto q = sql::run(store.database(), QStringLiteral("SELECT code FROM gemeente"));
    if (!q)
        return q.error();
    QSet<QString> codes;
    while (q->next())
        codes.insert(q->value(0).toString());
    return codes;
}

// The quota of every gemeente needs its population: a file that leaves one out is refused,
// naming the first ten missing codes and how many there are.
Status alleGemeenten(const QString &path, const QSet<QString> &bekend,
                     const QHash<QString, int> &gezien)
{
    QStringList ontbreekt;
    for (const QString &code : bekend) {
        if (!gezien.contains(code))
            ontbreekt << code;
    }
    if (ontbreekt.isEmpty())
        return {};
    ontbreekt.sort();
    constexpr qsizetype getoond = 10;
    QString lijst = ontbreekt.mid(0, getoond).join(QStringLiteral(", "));
    if (ontbreekt.size() > getoond)
        lijst = QCoreApplication::translate("InwonersImport", "%1 and %n more", nullptr,
                                            int(ontbreekt.size() - getoond))
                    .arg(lijst);
    return Error{path, QCoreApplication::translate(
                           "InwonersImport",
                           "has no population for %n gemeente(s) of this store: %1; every "
                           "gemeente needs one for its quota",
                           nullptr, int(ontbreekt.size()))
                           .arg(lijst)};
}

Status jaarControle(int jaar)
{
    if (jaar < 1900 || jaar > 2999)
        return Error{QCoreApplication::translate("InwonersImport", "year"),
                     QCoreApplication::translate("InwonersImport",
                                                 "%1 is not a plausible year (1900 to 2999)")
                         .arg(jaar)};
    return {};
}

} // namespace

Result<int> importeerInwoners(Store &store, const QString &path, int jaar)
{
    if (auto s = jaarControle(jaar); !s)
        return s.error();
    auto inhoud = csv::readBytes(path);
    if (!inhoud)
        return inhoud.error();
    return importeerInwoners(store, *inhoud, path, jaar);
}

Result<int> importeerInwoners(Store &store, const QByteArray &inhoud, const QString &path, int jaar)
{
    if (auto s = jaarControle(jaar); !s)
        return s.error();
    auto table = csv::parse(inhoud, path);
    if (!table)
        return table.error();
    const int codeKolom = table->column(
        {QStringLiteral("code"), QStringLiteral("gm_code"), QStringLiteral("RegioS")});
    const int aantalKolom = table->column({QStringLiteral("inwoners"), QStringLiteral("bevolking"),
                                           QStringLiteral("BevolkingAanHetBeginVanDePeriode_1"),
                                           QStringLiteral("BevolkingOp1Januari_1")});
    if (codeKolom < 0)
        return Error{path, QCoreApplication::translate(
                               "InwonersImport",
                               "has no column with the gemeente code (code, gm_code or RegioS)")};
    if (aantalKolom < 0)
        return Error{path, QCoreApplication::translate(
                               "InwonersImport",
                               "has no column with the population (inwoners, bevolking or "
                               "BevolkingAanHetBeginVanDePeriode_1)")};

    auto bekend = bekendeGemeenten(store);
    if (!bekend)
        return bekend.error();

    // Everything is checked in memory first: a rejected file never opens a transaction.
    QList<InwonersRegel> regels;
    QHash<QString, int> gezienOp; // code -> line
    for (const auto &row : table->rows) {
        const QString waar = regel(path, row.line);
        const QString code = row.fields.at(codeKolom).trimmed().toUpper();
        if (isCbsTotaal(code))
            continue;
        if (!isGeldigeGemeenteCode(code))
            return Error{waar,
                         QCoreApplication::translate(
                             "InwonersImport", "\"%1\" is not a gemeente code (GM and four digits)")
                             .arg(row.fields.at(codeKolom).trimmed())};
        if (!bekend->contains(code))
            return Error{waar, QCoreApplication::translate("InwonersImport",
                                                           "gemeente %1 is not known in this store")
                                   .arg(code)};
        if (const auto eerder = gezienOp.constFind(code); eerder != gezienOp.constEnd())
            return Error{waar,
                         QCoreApplication::translate(
                             "InwonersImport", "gemeente %1 occurs twice, on line %2 and line %3")
                             .arg(code, QString::number(*eerder), QString::number(row.line))};
        gezienOp.insert(code, row.line);

        const QString waarde = row.fields.at(aantalKolom).trimmed();
        bool ok = alleenCijfers(waarde);
        const qint64 aantal = ok ? waarde.toLongLong(&ok) : 0;
        if (!ok)
            return Error{waar,
                         QCoreApplication::translate(
                             "InwonersImport",
                             "the population \"%1\" of %2 is not a whole number of one or more "
                             "(digits only, no separators)")
                             .arg(waarde.left(40), code)};
        if (aantal < 1 || aantal > maxInwoners)
            return Error{waar, QCoreApplication::translate(
                                   "InwonersImport",
                                   "the population %1 of %2 must be at least 1 and at most %3")
                                   .arg(waarde, code, QString::number(maxInwoners))};
        regels.append(InwonersRegel{code, aantal});
    }
    if (regels.isEmpty())
        return Error{path, QCoreApplication::translate("InwonersImport", "holds no gemeente rows")};
    if (auto s = alleGemeenten(path, *bekend, gezienOp); !s)
        return s.error();

    if (auto status = Referentiedata(store).zetInwoners(jaar, regels); !status)
        return status.error();
    return static_cast<int>(regels.size());
}

} // namespace rd
