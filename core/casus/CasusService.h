#pragma once

#include "core/common/Result.h"
#include "core/fase/Fase.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Store;

// One household's case: where it stands and what is due.
struct CasusRij
{
    qint64 huishoudenId = 0;
    QString vNummer; // the reference person's
    QString naam;    // the reference person's
    int personen = 0;
    QString azc;
    int regio = 0;        // the AZC's region
    QString gemeenteCode; // the active coupling's gemeente; empty when uncoupled
    QString gemeenteNaam;
    CasusDatums datums;
    FaseStand stand;
    bool groot = false;                 // more than 8 persons
    bool specifiekeHuisvesting = false; // very specific housing needed (3.3.4, special group)
    bool gezinsherenigingBlok = false;  // 3-month reunification block active
};

struct CasusFilter
{
    int regio = 0;            // 0: all regions
    QString gemeenteCode;     // empty: all
    bool ookAfgerond = false; // include households that have moved
    qint64 huishoudenId = 0;  // 0: all; otherwise only this household
};

// Counts for a status line, straight from the store (no case list is built).
struct CasusTelling
{
    int huishoudens = 0; // all households
    int open = 0;        // not moved yet
    int wachtrij = 0;    // open, without an active coupling, mediation not stopped
};

class CasusService
{
public:
    explicit CasusService(Store &store) : m_store(store) {}

    // Sorted by due date (overdue first), then V-nummer.
    Result<QList<CasusRij>> cases(const CasusFilter &filter,
                                  const QDate &vandaag = QDate::currentDate()) const;

    Result<CasusTelling> tel() const;
    // One household's case, moved or not; empty for an unknown id.
    Result<std::optional<CasusRij>> casus(qint64 huishoudenId,
                                          const QDate &vandaag = QDate::currentDate()) const;

    // The statement cases() runs, with the filter's values filled in, so the benchmark can hand
    // the very same SQL to the sqlite3 CLI.
    static QString casesSql(const CasusFilter &filter);

private:
    Store &m_store;
};

} // namespace rd
