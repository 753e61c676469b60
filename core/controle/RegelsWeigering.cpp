// Rules about refusals and the stop of mediation (handbook 3.4.2; weigering/BemiddelingStop.h).
#include "core/controle/Regels.h"

#include "core/regel/BemiddelingStop.h"

#include <QCoreApplication>

namespace rd::regels {

namespace {

// The stop ends the coupling in force: a stopped household has none.
Result<QList<Overtreding>> gestoptGeenKoppeling(Store &store, const QDate &)
{
    return perHuishouden(
        store, "gestopt-geen-koppeling",
        QStringLiteral("SELECT s.huishouden AS id, 'mediation stopped on ' || s.datum || "
                       "' but coupled to ' || k.gemeente || ' since ' || k.datum AS tekst "
                       "FROM (%1) s JOIN koppeling_actief k ON k.huishouden = s.huishouden")
            .arg(bemiddeling::stopSql()));
}

// Nor is it coupled after the stop.
Result<QList<Overtreding>> gestoptNietGekoppeld(Store &store, const QDate &)
{
    return perHuishouden(
        store, "gestopt-niet-gekoppeld",
        QStringLiteral("SELECT s.huishouden AS id, 'mediation stopped on ' || s.datum || "
                       "' but coupled to ' || k.gemeente || ' on ' || k.datum AS tekst "
                       "FROM (%1) s JOIN koppeling_geldig k ON k.huishouden = s.huishouden "
                       "AND k.datum > s.datum")
            .arg(bemiddeling::stopSql()));
}

// No coupling letter is handed out after the stop.
Result<QList<Overtreding>> gestoptGeenBrief(Store &store, const QDate &)
{
    return perHuishouden(
        store, "gestopt-geen-brief",
        QStringLiteral("SELECT s.huishouden AS id, 'mediation stopped on ' || s.datum || "
                       "' but a letter was handed out on ' || b.datum AS tekst "
                       "FROM (%1) s JOIN brief b ON b.huishouden = s.huishouden "
                       "AND b.datum > s.datum")
            .arg(bemiddeling::stopSql()));
}

// A new candidate for the dwelling follows a justified refusal or the refusal that stopped
// mediation, and never precedes the refusal.
Result<QList<Overtreding>> kandidaatMetGrond(Store &store, const QDate &)
{
    return perHuishouden(
        store, "kandidaat-met-grond",
        QStringLiteral("SELECT w.huishouden AS id, 'a new candidate on ' || "
                       "w.nieuwe_kandidaat_datum || ' for the refusal of ' || w.datum || "
                       "CASE WHEN w.nieuwe_kandidaat_datum < w.datum THEN ', before it' "
                       "ELSE ', which was neither justified nor stopped mediation' END AS tekst "
                       "FROM woningweigering w LEFT JOIN (%1) s ON s.weigering = w.id "
                       "WHERE w.nieuwe_kandidaat_datum IS NOT NULL "
                       "AND (w.nieuwe_kandidaat_datum < w.datum "
                       "     OR (ifnull(w.oordeel, '') <> 'terecht' AND s.weigering IS NULL))")
            .arg(bemiddeling::stopSql()));
}

// The judgement comes on or after the refusal, with a reason from the limited list.
Result<QList<Overtreding>> oordeelNaWeigering(Store &store, const QDate &)
{
    return perHuishouden(
        store, "oordeel-na-weigering",
        QStringLiteral(
            "SELECT huishouden AS id, 'the refusal of ' || datum || ' was judged ' || oordeel || "
            "CASE WHEN oordeel_datum < datum THEN ' on ' || oordeel_datum || ', before it' "
            "ELSE ' for the reason ' || quote(oordeel_reden) || ', not on the list' END AS tekst "
            "FROM woningweigering WHERE oordeel IS NOT NULL AND (oordeel_datum < datum "
            "OR (oordeel = 'terecht' AND oordeel_reden NOT IN ('familie', 'behandeling', "
            "'opleiding', 'werk')) "
            "OR (oordeel = 'onterecht' AND oordeel_reden <> 'geen-dwingende-reden'))"));
}

// The COA judges a refusal before the household's next refusal (its one more chance follows
// the judgement), so a refusal follows the earlier refusals and their judgements.
Result<QList<Overtreding>> weigeringNaOordeel(Store &store, const QDate &)
{
    return perHuishouden(
        store, "weigering-na-oordeel",
        QStringLiteral("SELECT w.huishouden AS id, 'the refusal of ' || w.datum || "
                       "' follows the refusal of ' || v.datum || CASE WHEN v.oordeel IS NULL "
                       "THEN ', which is not judged' ELSE ', judged only on ' || "
                       "v.oordeel_datum END AS tekst "
                       "FROM woningweigering w JOIN woningweigering v "
                       "ON v.huishouden = w.huishouden "
                       "AND (v.datum < w.datum OR (v.datum = w.datum AND v.id < w.id)) "
                       "WHERE v.oordeel IS NULL OR v.oordeel_datum > w.datum"));
}

} // namespace

QList<Regel> weigering()
{
    return {
        {"gestopt-geen-koppeling", "3.4.2",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a household whose mediation stopped has no coupling in force"),
         gestoptGeenKoppeling},
        {"gestopt-niet-gekoppeld", "3.4.2",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a household is not coupled after its mediation stopped"),
         gestoptNietGekoppeld},
        {"gestopt-geen-brief", "3.4.2",
         QT_TRANSLATE_NOOP("RegelControle", "no coupling letter after the stop of mediation"),
         gestoptGeenBrief},
        {"kandidaat-met-grond", "3.4.2",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a new candidate follows a justified refusal or the refusal that "
                           "stopped mediation, not before the refusal"),
         kandidaatMetGrond},
        {"oordeel-na-weigering", "3.4.2",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a refusal is judged on or after its date, for a reason on the list"),
         oordeelNaWeigering},
        {"weigering-na-oordeel", "3.4.2",
         QT_TRANSLATE_NOOP("RegelControle",
                           "a refusal follows the judgement of the household's earlier refusal"),
         weigeringNaOordeel},
    };
}

} // namespace rd::regels
