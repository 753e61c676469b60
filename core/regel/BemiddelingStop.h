#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rd {

class Store;

// Handbook 3.4.2: an unjustified refusal gives the household one more chance to accept the
// dwelling; refused again, the COA stops mediation ("bemiddeling gestopt"). Defined once here:
// mediation stops at the refusal that comes right after a refusal judged unjustified (in the
// order of their dates), unless that later refusal is judged justified; it stops on that later
// refusal's date. A refusal is registered only after the earlier ones were judged (the one more
// chance follows the judgement), so the stop always falls on the date of a refusal registered
// while the household was coupled.
//
// What the stop does, in every path: the coupling in force ends on the stop date (kept in the
// history as ended by the stop, so it is no longer active and no longer in the pipeline); the
// household leaves the queue and the pipeline, cannot be coupled again and gets no letter, and
// its phase is "bemiddeling-gestopt" (Fase::BemiddelingGestopt). Undoing the refusal that stopped
// it, or judging that refusal justified, puts the coupling the stop ended back in force.
struct BemiddelingStop
{
    qint64 huishoudenId = 0;
    qint64 weigeringId = 0; // the refusal that stopped mediation
    QDate datum;            // that refusal's date: the stop
};

namespace bemiddeling {

// One row per household whose mediation has stopped, columns `huishouden`, `datum` (ISO text)
// and `weigering`: the one definition every query joins (cases, queue, alerts, reports, rules).
QString stopSql();
// The coupling the stop ended, columns `koppeling`, `huishouden`, `datum`: the household's last
// coupling that happened, ended on the stop date.
QString gestoptKoppelingSql();

Result<std::optional<BemiddelingStop>> stop(Store &store, qint64 huishoudenId);

// The refusal of a coupling, a letter or a refusal for a stopped household, naming the rule.
Error stopFout(const BemiddelingStop &stop, const QString &waar);
// The same, or nothing when mediation has not stopped.
Status nietGestopt(Store &store, qint64 huishoudenId, const QString &waar);

// After a change to a household's refusals, inside the change's transaction: when mediation has
// stopped, the coupling in force ends on the stop date; when the change lifted a stop that was
// in force before it (`voor`), the coupling that stop ended is in force again. Refused when the
// coupling in force was made after the stop date or the household has moved.
Status volgStop(Store &store, qint64 huishoudenId, const std::optional<BemiddelingStop> &voor);

} // namespace bemiddeling
} // namespace rd
