#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace rd {

class Store;

// Linking a household of nareizigers to the household it joins (3.4.1) as an undoable step:
// GezinsherenigingService::voegBij with the household of a member with `hoofdVNummer` (empty:
// unlink); undo puts the previous link back. A refused redo (unknown V-nummer, itself, a
// chain) marks the command obsolete and tells the fout-melder why.
class VoegBijCommand : public QUndoCommand
{
public:
    VoegBijCommand(Store &store, qint64 nareizigerHuishouden, const QString &hoofdVNummer);

    void setGewijzigdMelder(std::function<void(qint64 huishoudenId)> melder)
    {
        m_gewijzigd = std::move(melder);
    }
    void setFoutMelder(std::function<void(const Error &)> melder) { m_fout = std::move(melder); }
    void redo() override;
    void undo() override;

private:
    bool zet(qint64 hoofd);

    Store &m_store;
    qint64 m_huishouden;
    QString m_hoofdVNummer;
    qint64 m_vorige = 0;
    std::function<void(qint64)> m_gewijzigd;
    std::function<void(const Error &)> m_fout;
};

} // namespace rd
