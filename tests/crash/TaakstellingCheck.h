#pragma once

#include "AckLedger.h"
#include "core/common/Result.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace rd {
class Store;
}

namespace rd::crash {

// The quota figures after a kill against a computation from scratch: TaakstellingService on a
// fresh Store object must give the figures of the baseline moved by exactly the committed
// steps (pipeline by the couplings, herverdeling and opgave by the shifts), and every other
// figure unchanged. Nothing in the store is derived or cached today, so this holds as long as
// each change is one transaction; the check is there for when something is.
class TaakstellingCheck
{
public:
    TaakstellingCheck(const QString &halfJaar, const QDate &peildatum);

    Status readBaseline(Store &store);
    // The figures through TaakstellingService on `store` (opened after the kill).
    QStringList verify(Store &store, const AckLedger &ledger) const;
    // The figures of `regiedesk-cli quota HALF-YEAR --format csv` (header first).
    QStringList verifyCsv(const QList<QStringList> &rows, const AckLedger &ledger) const;

    QString halfJaar() const { return m_halfJaar; }

private:
    QHash<QString, TaakstellingStand> expected(const AckLedger &ledger) const;

    QString m_halfJaar;
    QDate m_peildatum;
    QList<TaakstellingStand> m_baseline;
};

} // namespace rd::crash
