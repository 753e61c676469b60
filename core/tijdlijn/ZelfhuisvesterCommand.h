#pragma once

#include "core/common/Result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace rd {

class Store;

// Marking or unmarking a household as zelfhuisvester (TijdlijnService::zetZelfhuisvester) as
// an undoable step; undo puts the previous value back. A refused redo marks the command
// obsolete (QUndoStack::push drops it) and tells the fout-melder why.
class ZelfhuisvesterCommand : public QUndoCommand
{
public:
    ZelfhuisvesterCommand(Store &store, qint64 huishoudenId, bool zelfhuisvester);

    void setGewijzigdMelder(std::function<void(qint64 huishoudenId)> melder)
    {
        m_gewijzigd = std::move(melder);
    }
    void setFoutMelder(std::function<void(const Error &)> melder) { m_fout = std::move(melder); }
    void redo() override;
    void undo() override;

private:
    void zet(bool waarde, bool isRedo);

    Store &m_store;
    qint64 m_huishoudenId;
    bool m_zelfhuisvester;
    bool m_vorige = false;
    std::function<void(qint64)> m_gewijzigd;
    std::function<void(const Error &)> m_fout;
};

} // namespace rd
