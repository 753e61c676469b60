#pragma once

#include "core/common/Result.h"
#include "core/koppeling/KoppelGebeurtenis.h"
#include "core/koppeling/KoppelingService.h"

#include <QDate>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace rd {

class Store;

// Ending a household's active coupling as an undoable step (from the household's history).
// The uncoupling takes the household's lease dates to the ended coupling
// (KoppelingService::ontkoppel). undo() puts the same coupling row back in force, with its
// override and lease dates, as if the uncoupling never happened
// (KoppelingService::herstelOntkoppeling). A refused redo marks the command obsolete; fout()
// says why.
class OntkoppelCommand : public QUndoCommand
{
public:
    OntkoppelCommand(Store &store, qint64 huishoudenId, const QDate &datum, QString reden,
                     const QDate &vandaag = QDate::currentDate());

    void setMelder(KoppelMelder melder) { m_melder = std::move(melder); }
    // Hears why a redo() or undo() was refused (also when the step is then dropped and deleted).
    void setFoutMelder(std::function<void(const Error &)> melder)
    {
        m_foutMelder = std::move(melder);
    }

    void redo() override;
    void undo() override;

    const std::optional<Error> &fout() const { return m_fout; }
    bool ontkoppeld() const { return m_ontkoppeld; }

private:
    void meld(bool gekoppeld);

    Store &m_store;
    qint64 m_huishoudenId;
    QDate m_datum;
    QString m_reden;
    QDate m_vandaag;
    std::optional<Koppeling> m_vorige; // the coupling this step ended
    std::optional<Error> m_fout;
    bool m_ontkoppeld = false;
    KoppelMelder m_melder;
    std::function<void(const Error &)> m_foutMelder;
};

} // namespace rd
