#pragma once

#include "core/common/Result.h"
#include "ui/koppeling/KoppelDoel.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;
class QWidget;

namespace rd {

class KoppelDialog;
class KoppelHistoriePanel;
class KoppelPicker;
struct PickerKeuze;
class RegioBoardPanel;
class Store;
class WachtrijPanel;
class Werkbestand;

// The coupling dialogs of the window: a drop or Ctrl+K leads to the checks dialog, a confirmed
// coupling (or an uncoupling from the history) becomes one step through the work file (its undo
// stack and change log). It updates no panel: the queue, the board, the shared quota, the
// history and the deadlines each listen to the work file (setWerkbestand), which tells them what
// every step, undo and redo did.
class KoppelWerk : public QObject
{
    Q_OBJECT
public:
    KoppelWerk(Werkbestand *bestand, WachtrijPanel *wachtrij, RegioBoardPanel *board,
               KoppelHistoriePanel *historie, QWidget *venster);
    ~KoppelWerk() override;

    void setVandaag(const QDate &vandaag) { m_vandaag = vandaag; }
    QUndoStack *undoStack() const;

    // Tests answer the dialogs instead of a person (no modal event loop offscreen).
    void setBevestiger(std::function<bool(KoppelDialog &)> bevestig) { m_bevestig = bevestig; }
    void setKiezer(std::function<bool(KoppelPicker &)> kies) { m_kies = kies; }
    void setRedenVrager(std::function<std::optional<QString>(const QString &)> vraag)
    {
        m_vraagReden = vraag;
    }
    void setFoutMelder(std::function<void(const QString &)> meld) { m_meldFout = meld; }

public slots:
    // Shows what to weigh for these households and this target; couples on confirmation.
    void koppel(const QList<qint64> &huishoudenIds, const rd::KoppelDoel &doel);
    // Ctrl+K: a searchable picker of the board's targets for the queue's selection.
    void koppelAanGekozen();
    void ontkoppel(qint64 huishoudenId);
    void herkoppel(qint64 huishoudenId, const rd::KoppelDoel &doel);

signals:
    void melding(const QString &tekst); // for the status bar

private:
    void meldFout(const QString &tekst);
    Store *store() const; // the work file's: one store for every step and dialog
    // The picker's choices for one household in the order of its suggestions (issue 15); empty
    // when they cannot be made (then the board's order).
    QList<PickerKeuze> gerangschikt(qint64 huishoudenId) const;

    WachtrijPanel *m_wachtrij;
    RegioBoardPanel *m_board;
    KoppelHistoriePanel *m_historie;
    QWidget *m_venster;
    Werkbestand *m_bestand;
    QDate m_vandaag = QDate::currentDate();
    std::function<bool(KoppelDialog &)> m_bevestig;
    std::function<bool(KoppelPicker &)> m_kies;
    std::function<std::optional<QString>(const QString &)> m_vraagReden;
    std::function<void(const QString &)> m_meldFout;
};

} // namespace rd
