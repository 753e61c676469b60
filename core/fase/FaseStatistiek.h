#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class QSqlQuery;

namespace rd {

class Store;

// Mean days per completed phase for one gemeente (the coupled gemeente; for a partnership
// its coordinator) over the phases that ENDED in the period, rounded as every mean
// (common/Gemiddelde.h).
struct FaseGemiddelde
{
    QString gemeenteCode;
    QString gemeenteNaam;
    double koppeling = 0;    // phase 1: permit -> coupling
    double woonruimte = 0;   // phase 2: coupling -> lease signed
    double verhuizing = 0;   // phase 3: lease signed -> move
    int aantalKoppeling = 0; // how many phases each mean is over (0: the mean is 0, no data)
    int aantalWoonruimte = 0;
    int aantalVerhuizing = 0;
};

// Lead time coupling -> move (handbook 4.4.3, method 1: by realisations, i.e. households
// registered out as first housing in the month) per calendar month, with the moving average
// over `venster` months (weighted by the number of households). Means are rounded as every
// mean (common/Gemiddelde.h).
struct DoorlooptijdMaand
{
    QDate maand; // the first day of the month
    int aantal = 0;
    double gemiddeldeDagen = 0; // 0 when aantal is 0
    double voortschrijdend = 0; // moving average over the window ending in this month
    int aantalVenster = 0;      // households in that window (0: the average is 0, no data)
    qint64 dagen = 0;           // the month's days summed over its households
};

// Households and their summed lead-time days in one calendar month.
struct MaandSom
{
    qint64 aantal = 0;
    qint64 dagen = 0;
};

// Method 1 of handbook 4.4.3, the lead time over the realisations, as an SQL select shared by
// FaseStatistiek, the supervision report and the per-household list of lead times: one row
// per household registered out of the AZC (uitschrijving) as first housing between two dates
// (the two `?`, ISO dates) that counts through a coupling, whatever half-year it was coupled
// in: the coupling of koppelregels::koppelingVanRealisatieSql, as the realisation counts it
// (an exception registered out without a coupling has no lead time and is not listed).
// Columns: huishouden (id), gemeente (the gemeente that housed it, huisvest_gemeente: for a
// partnership the member, as the realisation counts), gekoppeld (the coupled gemeente; for a
// partnership its coordinator), partnerschap (id or NULL), koppeling (date), verhuizing (the
// move or the uitschrijving, whichever came first), uitschrijving (date), dagen (whole days
// from coupling to move). Used as `WITH realisatie AS (...)`.
QString methode1Sql();

// The months from `eerste` to `laatste` (first days of months) from sums per month keyed
// "yyyy-MM", each with its moving average over the `venster` months ending in it (weighted by
// households; the sums must reach back venster - 1 months before `eerste`). Shared by
// FaseStatistiek and the supervision report, which sum over different areas.
// The rows (month "yyyy-MM", households, summed days) of a per-month query.
QHash<QString, MaandSom> leesMaandSommen(QSqlQuery &query);
QList<DoorlooptijdMaand> voortschrijdendPerMaand(const QHash<QString, MaandSom> &sommen,
                                                 const QDate &eerste, const QDate &laatste,
                                                 int venster);

class FaseStatistiek
{
public:
    explicit FaseStatistiek(Store &store) : m_store(store) {}

    // Every gemeente of the region (0: all) with at least one phase that ended in [van, tot],
    // sorted by name. Every household counts, first housing or not: this is about speed.
    Result<QList<FaseGemiddelde>> perGemeente(int regio, const QDate &van, const QDate &tot) const;
    // Method 1 (methode1Sql) per month of the realisation, for the gemeenten of the region
    // (0: all) that housed the households: months from van's month to tot's month, all of
    // them (empty months with aantal 0).
    Result<QList<DoorlooptijdMaand>> doorlooptijdPerMaand(int regio, const QDate &van,
                                                          const QDate &tot, int venster = 3) const;

private:
    Store &m_store;
};

} // namespace rd
