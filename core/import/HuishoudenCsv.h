#pragma once

#include "core/common/Result.h"
#include "core/domain/Huishouden.h"

#include <QDate>
#include <QString>
#include <QStringList>

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
Result<QList<CsvHuishouden>> huishoudensInCsv(Store &store, const QByteArray &inhoud,
                                              const QString &bron);
// The same file split by AZC location, for an import of several regions (core/sync): per AZC
// (its id) a file of the same columns with the rows of its households, which imports as those
// households did; households of no AZC the store knows are in no part.
struct CsvDeel
{
    qint64 azcId = 0;
    QByteArray inhoud;
};
Result<QList<CsvDeel>> delenPerAzc(Store &store, const QByteArray &inhoud, const QString &bron);
// All households ordered by id: UTF-8 without BOM, ',' delimiter, LF line ends, and as the last
// line the change log's head (`# journaal,SEQ,HASH`, journaal::csvKop), which the import skips.
// Export, import into a fresh store and export again gives the same rows. Returns the number of
// households.
// Written through OutputFile: whole or not at all, never over the open store, a database, a
// folder or a device, and over an existing file only with `force`.
Result<int> exporteerHuishoudens(Store &store, const QString &path, bool force);

} // namespace rd
