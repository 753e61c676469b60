#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rd {

class Store;

// Mean days per completed phase for one gemeente (the coupled gemeente; for a partnership
// its coordinator) over the phases that ENDED in the period.
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

// Lead time coupling -> move (handbook 4.4.3, method 1: by realisations, i.e. households that
// moved in the month) per calendar month, with the moving average over `venster` months
// (weighted by the number of households).
struct DoorlooptijdMaand
{
    QDate maand; // the first day of the month
    int aantal = 0;
    double gemiddeldeDagen = 0; // 0 when aantal is 0
    double voortschrijdend = 0; // moving average over the window ending in this month
};

class FaseStatistiek
{
public:
    explicit FaseStatistiek(Store &store) : m_store(store) {}

    // Every gemeente of the region (0: all) with at least one phase that ended in [van, tot],
    // sorted by name. Every household counts, first housing or not: this is about speed.
    Result<QList<FaseGemiddelde>> perGemeente(int regio, const QDate &van, const QDate &tot) const;
    // Months from van's month to tot's month, all of them (empty months with aantal 0).
    Result<QList<DoorlooptijdMaand>> doorlooptijdPerMaand(int regio, const QDate &van,
                                                          const QDate &tot, int venster = 3) const;

private:
    Store &m_store;
};

} // namespace rd
