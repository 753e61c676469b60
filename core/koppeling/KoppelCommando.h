#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace rd {

class Store;

// One coupling as an undoable step (QUndoStack lives in QtGui since Qt 6, so the command sits
// beside the service and serves every front end). redo() couples through
// KoppelingService::koppelNaControle; undo() ends that coupling with the reason "undone". Every
// step stays in the coupling history, undone ones included, with who and when.
// A redo that is refused marks the command obsolete, so QUndoStack::push drops it; fout() says why.
// undo() after a refused redo does nothing: it never ends a coupling it did not make.
class KoppelCommando : public QUndoCommand
{
public:
    KoppelCommando(Store &store, qint64 huishoudenId, QString gemeenteCode, qint64 partnerschapId,
                   const QDate &datum, QString reden, QString overruleReden,
                   const QDate &vandaag = QDate::currentDate());

    void redo() override;
    void undo() override;

    const std::optional<Error> &fout() const { return m_fout; }
    // Whether the last redo() coupled the household (and undo() has not ended it since).
    bool gekoppeld() const { return m_gekoppeld; }
    const QDate &datum() const { return m_datum; }

private:
    Store &m_store;
    qint64 m_huishoudenId;
    QString m_gemeenteCode;
    qint64 m_partnerschapId;
    QDate m_datum;
    QString m_reden;
    QString m_overruleReden;
    QDate m_vandaag;
    std::optional<Error> m_fout;
    bool m_gekoppeld = false;
};

} // namespace rd
