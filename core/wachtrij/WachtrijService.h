#pragma once

#include "core/common/Result.h"
#include "core/fase/Fase.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Store;

// One household waiting to be coupled (handbook 3.2: within 2 weeks of the permit).
struct WachtrijRij
{
    qint64 huishoudenId = 0;
    QString vNummer; // the reference person's
    QString naam;    // the reference person's "voornamen achternaam"
    int personen = 0;
    int volwassenen = 0; // 18 or older on the reference date
    int kinderen = 0;    // under 18
    qint64 azcId = 0;    // 0: no AZC recorded
    QString azc;
    int regio = 0; // the AZC's region; 0 without an AZC
    QDate vergunning;
    FaseStand stand;    // phase 1: due date = permit + 14 days, days left (negative: overdue)
    bool groot = false; // more than 8 persons
    bool specifiekeHuisvesting = false; // very specific housing needed (3.3.4, special group)
    bool gezinsherenigingBlok = false;  // 3-month reunification block active
    bool criteria = false;              // at least one mandatory placement criterion
    int nareizigersVerwacht = 0;        // from the intake interview
    // Awaiting coupling: no active coupling, not moved, not deregistered, mediation not stopped
    // (3.4.2: then `stand` is Fase::BemiddelingGestopt). Always true for the rows of wachtrij();
    // rij() also returns households that are not (then false).
    bool wachtend = true;
    // zoekSleutel() of every member's names, V-nummer and BSN, space-separated.
    // The queue filters on it per keystroke without going back to the store.
    QString zoekTekst;
};

// The queue: households of a region (0: all) without an active coupling that have not moved and
// whose mediation has not stopped.
class WachtrijService
{
public:
    explicit WachtrijService(Store &store) : m_store(store) {}

    // Sorted by phase-1 due date (earliest, so most overdue, first), then V-nummer.
    Result<QList<WachtrijRij>> wachtrij(int regio,
                                        const QDate &vandaag = QDate::currentDate()) const;
    // One household's row, also when it is coupled or has moved (for the queue to re-insert
    // a household after an undo). Empty when the id is unknown.
    Result<std::optional<WachtrijRij>> rij(qint64 huishoudenId,
                                           const QDate &vandaag = QDate::currentDate()) const;

private:
    Store &m_store;
};

} // namespace rd
