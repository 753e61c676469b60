#pragma once

#include "core/common/Result.h"
#include "core/domain/Huishouden.h"

#include <QJsonObject>

namespace rd {

class Store;

// A household as JSON, for the team server: what a device sends beside its intake entry so the
// others can make the same household (issue 16). Every field the intake stores, persons matched
// by V-nummer (their row ids are the store's own and are left out), the AZC by its name (its
// row id differs between stores), the note in force.
namespace huishoudenjson {

QJsonObject alsJson(Store &store, const Huishouden &huishouden);
// The household of `json` for `store` (id 0, the AZC looked up by name); an error naming the
// field that is missing or wrong.
Result<Huishouden> uitJson(Store &store, const QJsonObject &json);

// `intake` (what an intake entry left: the form's fields) on the household `lokaal` as this store
// has it: lokaal's id and what other changes set (lease, move, deregistration, the housing
// gemeente, self-housing, first housing) are kept.
Huishouden intakeOp(const Huishouden &lokaal, const Huishouden &intake);

// The household an intake entry left (`json`), made or changed on `store` through the intake
// command, found by its persons' V-nummers, as a change of `door` on `vandaag`: how another
// device's intake arrives (not judged by this store's account: it was made elsewhere). With
// `door` empty it is the signed-in account's own new change, judged by its role and scope: how
// one taken back after a conflict is made again ("keep mine"). The household's id on `store`;
// `nieuw`, when given: whether it was made here (none of its persons was in the store).
Result<qint64> pasToe(Store &store, const QJsonObject &json, const QDate &vandaag,
                      const QString &door, bool *nieuw = nullptr);

} // namespace huishoudenjson
} // namespace rd
