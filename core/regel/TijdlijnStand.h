#pragma once

#include "core/common/Result.h"
#include "core/domain/Gebeurtenis.h"
#include "core/domain/Huishouden.h"
#include "core/domain/Koppeling.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rd {

class Store;

// Internal to the timeline and refusal services: a household's dates as the rules need them,
// and the rules themselves (see TijdlijnService.h).
namespace tijdlijn {

struct Stand
{
    QDate vergunning;
    QDate gesprek; // the intake interview; invalid when none
    QDate brp;
    QDate tekenen;
    QDate huur;
    QDate verhuizing;
    QDate uitschrijving;
    QString huisvestGemeente;
    bool zelfhuisvester = false;
    Categorie categorie = Categorie::Regulier;
    bool eersteHuisvesting = true;
    std::optional<Koppeling> koppeling; // the active one
};

// An error naming the household when it is unknown.
Result<Stand> leesStand(Store &store, qint64 huishoudenId);
// The column of a date event ("brp_datum", ...); empty for other events.
QString kolomNaam(GebeurtenisSoort soort);
// Whether `gemeenteCode` is the coupled gemeente or a member of the coupled partnership.
Result<bool> hoortBijKoppeling(Store &store, const Koppeling &koppeling,
                               const QString &gemeenteCode);
// The rules for setting (valid date) or clearing one date column; `where` is the event's code.
Status controleerDatum(Store &store, const Stand &stand, GebeurtenisSoort soort, const QDate &datum,
                       const QString &gemeenteCode, const QDate &vandaag);
// The rules for a row (vergunninghoudergesprek, dwelling offered); returns the row as it is
// to be stored (the gemeente filled in from the coupling when empty).
Result<Gebeurtenis> controleerRij(Store &store, qint64 huishoudenId, const Gebeurtenis &rij,
                                  const QDate &vandaag);

} // namespace tijdlijn
} // namespace rd
