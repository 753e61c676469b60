// A household file read again for the team server (core/sync, docs/sync.md "An import of
// households"): which households it holds, at which AZC locations, and the file split per AZC.
// Nothing is judged here: the file was imported, with all its checks, before its entry was made.
#include "core/import/HuishoudenCsv.h"

#include "core/csv/Csv.h"
#include "core/import/HuishoudenCsvKolom.h"
#include "core/journaal/Journaal.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QHash>

namespace rd {

using namespace huishoudencsv;

struct CsvHuishoudenBestand::Gelezen
{
    csv::SliceTable tabel;
    int sleutel = -1;                    // the household key's column
    int azc = -1;                        // the AZC's column; -1: none in the file
    QList<CsvHuishouden> huishoudens;    // in the file's order
    QHash<QString, qsizetype> plaatsVan; // key -> index in huishoudens
};

namespace {

// A field as the import reads it: trimmed, export's "'" before a formula taken off again.
QStringView veld(const csv::SliceTable &t, qsizetype rij, int kolom)
{
    return kolom < 0 ? QStringView() : csv::herstel(t.field(rij, kolom).trimmed());
}

} // namespace

Result<CsvHuishoudenBestand> CsvHuishoudenBestand::lees(Store &store, const QByteArray &inhoud,
                                                        const QString &bron)
{
    auto tabel = csv::parseSlices(journaal::zonderCsvKop(inhoud), bron);
    if (!tabel)
        return tabel.error();
    Gelezen g{std::move(*tabel), -1, -1, {}, {}};
    const QString sleutelNaam = huishoudenCsvKolommen().at(Sleutel);
    g.sleutel = g.tabel.column({sleutelNaam});
    g.azc = g.tabel.column({huishoudenCsvKolommen().at(AzcK)});
    if (g.sleutel < 0)
        return Error{bron, QCoreApplication::translate("HuishoudenCsv",
                                                       "the required column \"%1\" is missing")
                               .arg(sleutelNaam)};
    // AZC names as the import matches them: trimmed, in any case
    QHash<QString, qint64> azcs;
    if (Status s = sql::perRij(store.database(), QStringLiteral("SELECT naam, id FROM azc"), {},
                               [&](const QSqlQuery &q) {
                                   azcs.insert(q.value(0).toString().trimmed().toLower(),
                                               q.value(1).toLongLong());
                               });
        !s)
        return s.error();
    for (qsizetype rij = 0; rij < g.tabel.rowCount(); ++rij) {
        const QString sleutel = veld(g.tabel, rij, g.sleutel).toString();
        if (sleutel.isEmpty())
            continue;
        auto it = g.plaatsVan.constFind(sleutel);
        if (it == g.plaatsVan.constEnd()) {
            it = g.plaatsVan.insert(sleutel, g.huishoudens.size());
            g.huishoudens.append(CsvHuishouden{sleutel, 0});
        }
        const QStringView azc = veld(g.tabel, rij, g.azc);
        if (g.huishoudens.at(*it).azcId == 0 && !azc.isEmpty())
            g.huishoudens[*it].azcId = azcs.value(azc.toString().toLower());
    }
    CsvHuishoudenBestand bestand;
    bestand.m_gelezen = std::make_shared<const Gelezen>(std::move(g));
    return bestand;
}

const QList<CsvHuishouden> &CsvHuishoudenBestand::huishoudens() const
{
    return m_gelezen->huishoudens;
}

QList<CsvDeel> CsvHuishoudenBestand::delenPerAzc() const
{
    const Gelezen *g = m_gelezen.get();
    const csv::SliceTable &t = g->tabel;
    QList<CsvDeel> delen;
    QHash<qint64, qsizetype> plaats;
    for (qsizetype rij = 0; rij < t.rowCount(); ++rij) {
        const auto h = g->plaatsVan.constFind(veld(t, rij, g->sleutel).toString());
        if (h == g->plaatsVan.constEnd())
            continue;
        const qint64 azc = g->huishoudens.at(*h).azcId;
        if (azc == 0)
            continue; // at no AZC the store knows: in no part
        auto it = plaats.constFind(azc);
        if (it == plaats.constEnd()) {
            it = plaats.insert(azc, delen.size());
            delen.append(CsvDeel{azc, (csv::line(t.header) + QLatin1Char('\n')).toUtf8()});
        }
        QStringList velden;
        for (qsizetype k = 0; k < t.header.size(); ++k)
            velden << veld(t, rij, int(k)).toString();
        delen[*it].inhoud += (csv::line(velden) + QLatin1Char('\n')).toUtf8();
    }
    return delen;
}

} // namespace rd
