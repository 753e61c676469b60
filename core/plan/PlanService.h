#pragma once

#include "core/common/Result.h"
#include "core/plan/Plan.h"
#include "core/wachtrij/WachtrijService.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace rd {

class Store;
struct TaakstellingOverzicht;

// A plan's input read from the store, with the queue's rows of its households (V-nummer,
// name, size) in the same order, for showing and writing the plan.
struct PlanGegevens
{
    PlanInvoer invoer;
    QList<WachtrijRij> rijen; // rijen[i] is invoer.huishoudens[i]
};

// Reads the store for the week plan (issue 15): the waiting households of a region in the
// queue's order, the region's targets with the quota's figures and the weights (as the ranking
// does: SuggestieService), and the margin from the store's settings.
class PlanService
{
public:
    explicit PlanService(Store &store) : m_store(store) {}

    // The settings key of the margin past the remaining opgave, in percent: "plan.marge".
    static QString margeSleutel();
    // The margin in force: 10 when none is set; an error naming the key for a stored value that
    // is not a whole number from 0 to 100.
    Result<int> marge() const;
    // The solver's time limit in seconds ("plan.seconden", 1 to 600; 30 when none is set).
    Result<double> seconden() const;

    // The waiting households of `regio` (1..5) on `vandaag`, or only those of `vNummers` (each
    // must be waiting in that region; an error names the first that is not).
    Result<PlanGegevens> gegevens(int regio, const QDate &vandaag, const QStringList &vNummers = {},
                                  const TaakstellingOverzicht *quota = nullptr) const;

private:
    Store &m_store;
};

namespace plan {

// What a coupling made from the plan keeps of it in its change-log entry: the target's score
// and factors (as suggestie::alsJson writes them) and the plan's objective, bound and gap:
// {"bron": "plan", "score": "0.8100", "factoren": {...}, "doelwaarde": "-812.3100",
// "grens": "-812.3100", "gap": "0.0000", "vast": false}.
QJsonObject uitleg(const PlanRij &rij, const PlanUitkomst &uitkomst);

} // namespace plan
} // namespace rd
