#pragma once

#include "core/werkbestand/Wijziging.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rd {

// One accepted row of a week plan: the household, its target and the plan's explanation.
struct PlanKoppeling
{
    qint64 huishoudenId = 0;
    QString gemeenteCode; // for a partnership its coordinator
    qint64 partnerschapId = 0;
    QJsonObject uitleg; // plan::uitleg: kept in the entry
};

// The accepted rows of a week plan coupled as one undoable step (issue 15), in one
// transaction: every household through KoppelingService::koppelNaControle, the same checks as a
// coupling by hand (a blocking check refuses the whole step, naming the household), or none.
// undo() marks them all undone. Change-log type "plan", its data each row (household, V-nummer,
// target, coupling id and the plan's explanation), the date, the reason and the day.
class PlanCommand : public Wijziging
{
public:
    PlanCommand(Store &store, const QList<PlanKoppeling> &rijen, const QDate &datum,
                const QString &reden, const QDate &vandaag = QDate::currentDate());

    const QList<qint64> &koppelingen() const { return m_koppelingen; }

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;
    void naCommit(bool gekoppeld) override;

private:
    QList<PlanKoppeling> m_rijen;
    QDate m_datum;
    QString m_reden;
    QDate m_vandaag;
    QList<qint64> m_koppelingen;
    QList<int> m_personen;
    QStringList m_pipeline; // per row: the gemeente whose pipeline it fills
};

} // namespace rd
