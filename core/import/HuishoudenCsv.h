#pragma once

#include "core/common/Result.h"
#include "core/domain/Huishouden.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace rd {

class Store;

// Households as CSV, one row per person (see docs/huishoudens-csv.md). The `huishouden` column
// holds the V-number of the household's reference person; rows with the same key form one
// household. Household-level columns repeat on every row (or are empty on the other rows).
// Couplings are not part of this file: they go through KoppelingService.

// The columns in the order export writes them; import finds them by name in any order.
const QStringList &huishoudenCsvKolommen();
// Columns an import cannot do without.
const QStringList &verplichteHuishoudenCsvKolommen();

// The `criteria` column: items `soort:gemeente:plaats:toelichting` separated by '|', with
// '\\', ':' and '|' inside a part escaped by a backslash, e.g. `werk:GM0363::contract 24u`.
QString codeerCriteria(const QList<PlaatsingsCriterium> &criteria);
// Reads the encoding back; the error names the item that is wrong.
Result<QList<PlaatsingsCriterium>> leesCriteria(const QString &tekst);

// All or nothing: any bad line rejects the whole file, naming the line and the column, and
// the store is left untouched. `vandaag` is the date "not in the future" is judged against.
// Returns the number of households imported.
Result<int> importeerHuishoudens(Store &store, const QString &path,
                                 const QDate &vandaag = QDate::currentDate());
// What an import does with a household of the file that the store already holds (one of its
// persons' V-nummers is a household's here): refuse the whole file (an import), or bring that
// household to the file's version, keeping its couplings and timeline ("take the server's
// version" of a team member's import whose households this store holds already, core/sync).
enum class BestaandHuishouden
{
    Weigeren,
    Overnemen
};
// The same from the file's bytes; `bron` names the file in errors. `azcs`, when given, gets the
// AZC locations (ids) of the households imported, once each.
Result<int> importeerHuishoudens(Store &store, const QByteArray &inhoud, const QString &bron,
                                 const QDate &vandaag, QList<qint64> *azcs = nullptr,
                                 BestaandHuishouden bestaand = BestaandHuishouden::Weigeren);
// What the team server files an import under (core/sync), read from the file again without
// importing or judging anything: each household's key (its reference person's V-nummer) and the
// AZC location it names (its id; 0: none the store knows), in the file's order.
struct CsvHuishouden
{
    QString vNummer;
    qint64 azcId = 0;
};
// A part of the file for one AZC location (its id): the same columns, the rows of its households,
// which imports as those households did.
struct CsvDeel
{
    qint64 azcId = 0;
    QByteArray inhoud;
};
// A household file read once for the team server (a push needs its households for the records
// the import made, for its scope and, across regions, for its parts).
class CsvHuishoudenBestand
{
public:
    static Result<CsvHuishoudenBestand> lees(Store &store, const QByteArray &inhoud,
                                             const QString &bron);
    const QList<CsvHuishouden> &huishoudens() const;
    // The file split by AZC location, for an import of several regions; households of no AZC
    // the store knows are in no part.
    QList<CsvDeel> delenPerAzc() const;

    struct Gelezen;

private:
    std::shared_ptr<const Gelezen> m_gelezen;
};
// All households ordered by id: UTF-8 without BOM, ',' delimiter, LF line ends, and as the last
// line the change log's head (`# journaal,SEQ,HASH`, journaal::csvKop), which the import skips.
// Export, import into a fresh store and export again gives the same rows. Returns the number of
// households.
// Written through OutputFile: whole or not at all, never over the open store, a database, a
// folder or a device, and over an existing file only with `force`.
Result<int> exporteerHuishoudens(Store &store, const QString &path, bool force);

} // namespace rd
