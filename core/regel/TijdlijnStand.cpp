#include "core/regel/TijdlijnStand.h"

#include "core/common/IsoDatum.h"
#include "core/regel/KoppelRegels.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace rd::tijdlijn {

namespace {

// `later` may not lie before `eerder`; `nodig`: `later` cannot be set without `eerder`.
struct Volgorde
{
    GebeurtenisSoort later;
    GebeurtenisSoort eerder;
    bool nodig;
};

// coupling <= lease signed <= lease start, move <= uitschrijving (handbook 3.3.4). The
// uitschrijving follows the move when there is one, else the signing (as the intake form
// checks), and never precedes the coupling (as KoppelingService checks).
const Volgorde volgorde[] = {
    {GebeurtenisSoort::Tekenen, GebeurtenisSoort::Koppeling, true},
    {GebeurtenisSoort::Huurstart, GebeurtenisSoort::Tekenen, true},
    {GebeurtenisSoort::Verhuizing, GebeurtenisSoort::Tekenen, true},
    {GebeurtenisSoort::Uitschrijving, GebeurtenisSoort::Verhuizing, false},
    {GebeurtenisSoort::Uitschrijving, GebeurtenisSoort::Tekenen, false},
    {GebeurtenisSoort::Uitschrijving, GebeurtenisSoort::Koppeling, false},
};

QDate datumVan(const Stand &s, GebeurtenisSoort soort)
{
    switch (soort) {
    case GebeurtenisSoort::Vergunning:
        return s.vergunning;
    case GebeurtenisSoort::Brp:
        return s.brp;
    case GebeurtenisSoort::Koppeling:
        return s.koppeling ? s.koppeling->datum : QDate();
    case GebeurtenisSoort::Tekenen:
        return s.tekenen;
    case GebeurtenisSoort::Huurstart:
        return s.huur;
    case GebeurtenisSoort::Verhuizing:
        return s.verhuizing;
    case GebeurtenisSoort::Uitschrijving:
        return s.uitschrijving;
    default:
        return {};
    }
}

void zet(Stand &s, GebeurtenisSoort soort, const QDate &datum)
{
    switch (soort) {
    case GebeurtenisSoort::Brp:
        s.brp = datum;
        break;
    case GebeurtenisSoort::Tekenen:
        s.tekenen = datum;
        break;
    case GebeurtenisSoort::Huurstart:
        s.huur = datum;
        break;
    case GebeurtenisSoort::Verhuizing:
        s.verhuizing = datum;
        break;
    case GebeurtenisSoort::Uitschrijving:
        s.uitschrijving = datum;
        break;
    default:
        break;
    }
}

// Not in the future, not before the permit.
Status binnenTermijn(GebeurtenisSoort soort, const QDate &datum, const QDate &vergunning,
                     const QDate &vandaag)
{
    const QString waar = gebeurtenis::code(soort);
    if (datum > vandaag)
        return Error{waar, QCoreApplication::translate("TijdlijnService", "%1 lies in the future")
                               .arg(isoDatum(datum))};
    if (vergunning.isValid() && datum < vergunning)
        return Error{waar, QCoreApplication::translate("TijdlijnService",
                                                       "%1 lies before the permit date %2")
                               .arg(isoDatum(datum), isoDatum(vergunning))};
    return {};
}

Status gemeenteBestaat(Store &store, GebeurtenisSoort soort, const QString &gemeenteCode)
{
    auto naam =
        sql::scalar(store.database(), QStringLiteral("SELECT naam FROM gemeente WHERE code = ?"),
                    {gemeenteCode});
    if (!naam)
        return naam.error();
    if (naam->isNull())
        return Error{gebeurtenis::code(soort),
                     QCoreApplication::translate("TijdlijnService", "unknown gemeente %1")
                         .arg(gemeenteCode)};
    return {};
}

} // namespace

Result<Stand> leesStand(Store &store, qint64 huishoudenId)
{
    const auto db = store.database();
    auto q = sql::run(db,
                      QStringLiteral("SELECT vergunning_datum, brp_datum, tekenen_datum, "
                                     "huur_datum, verhuis_datum, uitschrijving_datum, "
                                     "huisvest_gemeente, zelfhuisvester, categorie, "
                                     "eerste_huisvesting FROM huishouden WHERE id = ?"),
                      {huishoudenId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QCoreApplication::translate("TijdlijnService", "household"),
                     QCoreApplication::translate("TijdlijnService", "unknown household %1")
                         .arg(huishoudenId)};
    Stand s;
    s.vergunning = sql::toDate(q->value(0));
    s.brp = sql::toDate(q->value(1));
    s.tekenen = sql::toDate(q->value(2));
    s.huur = sql::toDate(q->value(3));
    s.verhuizing = sql::toDate(q->value(4));
    s.uitschrijving = sql::toDate(q->value(5));
    s.huisvestGemeente = q->value(6).toString();
    s.zelfhuisvester = q->value(7).toInt() != 0;
    s.categorie = categorie::parse(q->value(8).toString()).value_or(Categorie::Regulier);
    s.eersteHuisvesting = q->value(9).toInt() != 0;
    auto gesprek =
        sql::scalar(db, QStringLiteral("SELECT datum FROM huisvestinggesprek WHERE huishouden = ?"),
                    {huishoudenId});
    if (!gesprek)
        return gesprek.error();
    s.gesprek = sql::toDate(*gesprek);
    auto koppeling = koppelregels::actieveKoppeling(store, huishoudenId);
    if (!koppeling)
        return koppeling.error();
    s.koppeling = *koppeling;
    return s;
}

QString kolomNaam(GebeurtenisSoort soort)
{
    switch (soort) {
    case GebeurtenisSoort::Brp:
        return QStringLiteral("brp_datum");
    case GebeurtenisSoort::Tekenen:
        return QStringLiteral("tekenen_datum");
    case GebeurtenisSoort::Huurstart:
        return QStringLiteral("huur_datum");
    case GebeurtenisSoort::Verhuizing:
        return QStringLiteral("verhuis_datum");
    case GebeurtenisSoort::Uitschrijving:
        return QStringLiteral("uitschrijving_datum");
    default:
        return {};
    }
}

Result<bool> hoortBijKoppeling(Store &store, const Koppeling &koppeling,
                               const QString &gemeenteCode)
{
    return koppelregels::hoortBijKoppeling(store, koppeling, gemeenteCode);
}

Status controleerDatum(Store &store, const Stand &stand, GebeurtenisSoort soort, const QDate &datum,
                       const QString &gemeenteCode, const QDate &vandaag)
{
    const QString waar = gebeurtenis::code(soort);
    if (datum.isValid()) {
        if (auto s = binnenTermijn(soort, datum, stand.vergunning, vandaag); !s)
            return s;
    }
    if (soort == GebeurtenisSoort::Uitschrijving) {
        if (datum.isValid() && gemeenteCode.isEmpty())
            return Error{waar,
                         QCoreApplication::translate(
                             "TijdlijnService",
                             "an uitschrijving needs the gemeente that housed the household")};
        if (!gemeenteCode.isEmpty()) {
            if (auto s = gemeenteBestaat(store, soort, gemeenteCode); !s)
                return s;
        }
        if (datum.isValid() && stand.zelfhuisvester && !stand.koppeling)
            // Handbook 3.4: a zelfhuisvester may find housing only in the coupled gemeente.
            return Error{waar, QCoreApplication::translate(
                                   "TijdlijnService",
                                   "a zelfhuisvester must be coupled before the uitschrijving")};
        // Handbook 3.2, 3.4.1: housed for the quota only through a coupling, in its gemeente.
        if (datum.isValid()) {
            if (auto s = koppelregels::controleerHuisvesting(store, stand.categorie,
                                                             stand.eersteHuisvesting,
                                                             stand.koppeling, gemeenteCode, waar);
                !s)
                return s;
        }
    }

    Stand nieuw = stand;
    zet(nieuw, soort, datum);
    for (const auto &v : volgorde) {
        if (v.later != soort && v.eerder != soort)
            continue;
        const QDate later = datumVan(nieuw, v.later);
        const QDate eerder = datumVan(nieuw, v.eerder);
        if (!later.isValid())
            continue;
        if (!eerder.isValid()) {
            if (!v.nodig)
                continue;
            if (soort == v.later)
                return Error{
                    waar,
                    QCoreApplication::translate("TijdlijnService", "\"%1\" needs \"%2\" first")
                        .arg(gebeurtenis::naam(v.later), gebeurtenis::naam(v.eerder))};
            return Error{waar, QCoreApplication::translate(
                                   "TijdlijnService", "cannot be cleared while \"%1\" is set (%2)")
                                   .arg(gebeurtenis::naam(v.later), isoDatum(later))};
        }
        if (later < eerder) {
            if (soort == v.later)
                return Error{
                    waar,
                    QCoreApplication::translate("TijdlijnService", "%1 lies before \"%2\" (%3)")
                        .arg(isoDatum(later), gebeurtenis::naam(v.eerder), isoDatum(eerder))};
            return Error{waar,
                         QCoreApplication::translate("TijdlijnService", "%1 lies after \"%2\" (%3)")
                             .arg(isoDatum(eerder), gebeurtenis::naam(v.later), isoDatum(later))};
        }
    }
    return {};
}

Result<Gebeurtenis> controleerRij(Store &store, qint64 huishoudenId, const Gebeurtenis &rij,
                                  const QDate &vandaag)
{
    const QString waar = gebeurtenis::code(rij.soort);
    if (!gebeurtenis::isRij(rij.soort))
        return Error{waar, QCoreApplication::translate("TijdlijnService",
                                                       "this event is not added on the timeline")};
    auto stand = leesStand(store, huishoudenId);
    if (!stand)
        return stand.error();
    if (!rij.datum.isValid())
        return Error{waar,
                     QCoreApplication::translate("TijdlijnService", "a valid date is required")};
    if (auto s = binnenTermijn(rij.soort, rij.datum, stand->vergunning, vandaag); !s)
        return s.error();
    Gebeurtenis uit = rij;
    uit.toelichting = rij.toelichting.trimmed();
    if (rij.soort == GebeurtenisSoort::Vergunninghoudergesprek) {
        // Handbook 3.2: at most 14 days after the intake interview, never before it.
        if (stand->gesprek.isValid() && rij.datum < stand->gesprek)
            return Error{waar, QCoreApplication::translate(
                                   "TijdlijnService", "%1 lies before the intake interview (%2)")
                                   .arg(isoDatum(rij.datum), isoDatum(stand->gesprek))};
        if (uit.gemeenteCode.isEmpty() && stand->koppeling)
            uit.gemeenteCode = stand->koppeling->gemeenteCode;
        if (!uit.gemeenteCode.isEmpty()) {
            if (auto s = gemeenteBestaat(store, rij.soort, uit.gemeenteCode); !s)
                return s.error();
        }
        return uit;
    }
    // A dwelling is offered by the coupled gemeente (or a member of the coupled partnership).
    if (!stand->koppeling)
        return Error{waar, QCoreApplication::translate(
                               "TijdlijnService", "a dwelling can only be offered after coupling")};
    if (rij.datum < stand->koppeling->datum)
        return Error{waar, QCoreApplication::translate("TijdlijnService",
                                                       "%1 lies before the coupling date %2")
                               .arg(isoDatum(rij.datum), isoDatum(stand->koppeling->datum))};
    if (uit.gemeenteCode.isEmpty())
        uit.gemeenteCode = stand->koppeling->gemeenteCode;
    auto hoort = hoortBijKoppeling(store, *stand->koppeling, uit.gemeenteCode);
    if (!hoort)
        return hoort.error();
    if (!*hoort)
        return Error{
            waar, QCoreApplication::translate(
                      "TijdlijnService", "the dwelling must lie in the coupled gemeente %1, not %2")
                      .arg(stand->koppeling->gemeenteCode, uit.gemeenteCode)};
    return uit;
}

} // namespace rd::tijdlijn
