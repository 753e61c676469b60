#pragma once

#include "core/common/Result.h"
#include "core/weigering/Gezinshereniging.h"

#include <QDate>
#include <QUndoCommand>

#include <functional>

namespace rd {

class Store;

// The reunification decision (GezinsherenigingService::besluit) as an undoable step. Redo
// reads the decision in force and its date first; undo puts them back (Geen clears). A
// refused redo (e.g. a date before the block ends) marks the command obsolete, so
// QUndoStack::push drops it, and tells the fout-melder why; a refused undo only tells it.
class HerenigingCommand : public QUndoCommand
{
public:
    HerenigingCommand(Store &store, qint64 huishoudenId, HerenigingBesluit besluit,
                      const QDate &datum, const QDate &vandaag = QDate::currentDate());

    void setGewijzigdMelder(std::function<void(qint64 huishoudenId)> melder)
    {
        m_gewijzigd = std::move(melder);
    }
    void setFoutMelder(std::function<void(const Error &)> melder) { m_fout = std::move(melder); }
    void redo() override;
    void undo() override;

private:
    void meldFout(const Error &fout);

    Store &m_store;
    qint64 m_huishoudenId;
    HerenigingBesluit m_besluit;
    QDate m_datum;
    QDate m_vandaag;
    HerenigingBesluit m_vorige = HerenigingBesluit::Geen;
    QDate m_vorigeDatum;
    std::function<void(qint64)> m_gewijzigd;
    std::function<void(const Error &)> m_fout;
};

} // namespace rd
