#pragma once

#include "core/common/Result.h"
#include "core/domain/Account.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

namespace rd {

class Store;
struct JournaalInvoer;

namespace journaal {

// The local household ids an entry's data names, ascending: the value of each key "huishouden"
// that is a number, at any depth (koppel's huishoudens[], plan's rijen[], the others' top
// level), and the households of the couplings it names ("koppeling", "koppelingen": an undo of
// a coupling names its couplings only).
Result<QList<qint64>> huishoudensVan(Store &store, const QJsonObject &data);
// The first part of that: the value of each key "huishouden" that is a number, at any depth.
QSet<qint64> genoemdeHuishoudens(const QJsonValue &data);

// The scope of household `id` as the store holds it now (null fields: it has none).
Result<InvoerBereik> bereikVanHuishouden(Store &store, qint64 id);
// The scope of an AZC location (its region and name), found by `kolom` ("id" or "naam").
Result<InvoerBereik> bereikVanAzc(Store &store, const QString &kolom, const QVariant &waarde);

// The scope of each household an entry's data name (huishoudensVan), as the store holds it now:
// after the change, when the entry is appended.
using HuishoudBereiken = QList<std::pair<qint64, InvoerBereik>>;
Result<HuishoudBereiken> bereikVanHuishoudens(Store &store, const QJsonObject &data);

// Whether the store's account may append `invoer` (toegang::magSchrijven), judged on the scope
// of every household it names after the change (`huishoudens`, bereikVanHuishoudens), of every
// AZC location it made households at (an import), and for an intake also the AZC the household
// had before: a change that moves a household out of the account's scope, or into it, is
// refused both ways. Passes for a store without an account and while a change made elsewhere is
// replayed (Store::Namens).
Status controleerToegang(Store &store, const JournaalInvoer &invoer,
                         const HuishoudBereiken &huishoudens);

// A store joined to a team server records the scope each household of its own entry `seq` had
// when it was made (journaal_bereik, schema 15): the push files the entry there, not in the
// scope the household has by then (an uncoupling pushed after a new coupling belongs to the
// gemeente it ended).
Status legBereikVast(Store &store, qint64 seq, const HuishoudBereiken &huishoudens);
// The scope household `huishouden` had when entry `seq` was made; as now when none was recorded
// (an entry made before the store joined, or before schema 15).
Result<InvoerBereik> bereikBijRegel(Store &store, qint64 seq, qint64 huishouden);

} // namespace journaal
} // namespace rd
