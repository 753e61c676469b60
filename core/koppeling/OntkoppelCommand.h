#pragma once

#include "core/common/Result.h"
#include "core/koppeling/KoppelGebeurtenis.h"
#include "core/koppeling/KoppelingService.h"
#include "core/werkbestand/Wijziging.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rd {

class Store;

// Ending a household's active coupling as an undoable step (from the household's history).
// The uncoupling takes the household's lease dates to the ended coupling
// (KoppelingService::ontkoppel). undo() puts the same coupling row back in force, with its
// override and lease dates, as if the uncoupling never happened
// (KoppelingService::herstelOntkoppeling). A refused redo marks the command obsolete; fout()
// says why. Each step is one change-log entry of type "ontkoppel" (Wijziging).
class OntkoppelCommand : public Wijziging
{
public:
    OntkoppelCommand(Store &store, qint64 huishoudenId, const QDate &datum, QString reden,
                     const QDate &vandaag = QDate::currentDate());

    bool ontkoppeld() const { return gedaan(); }

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;
    void naCommit(bool ontkoppeld) override;

private:
    qint64 m_huishoudenId;
    QDate m_datum;
    QString m_reden;
    QDate m_vandaag;
    std::optional<Koppeling> m_vorige; // the coupling this step ended
    int m_personen = 0;
};

} // namespace rd
