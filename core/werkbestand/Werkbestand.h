#pragma once

#include "core/common/Result.h"
#include "core/domain/KoppelGebeurtenis.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTimer;
class QUndoStack;

namespace rd {

class Store;
class Wijziging;
struct Bereik;

// The work file (issue 14): the one document every change passes through. It owns the open
// store, the single undo stack, the current user (written into every change-log entry) and
// this device's id. A change is a Wijziging pushed through voer(): it runs in one transaction
// with its log entry, and afterwards the work file says what changed through its typed signals
// with the ids concerned, also on undo and redo. A change that another process commits to the
// same file (the CLI while the window is open) is seen by watching SQLite's data_version and
// said through eldersGewijzigd().
class Werkbestand : public QObject
{
    Q_OBJECT
public:
    explicit Werkbestand(QObject *parent = nullptr);
    ~Werkbestand() override;

    // Takes the store (nullptr: none open) and clears the undo stack: its steps belong to the
    // previous file. The current user is set on the store.
    void open(std::unique_ptr<Store> store);
    // The same for a store someone else owns and keeps open while it is set here (a panel that
    // is handed its store, a test).
    void setStore(Store *store);
    Store *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_stack; }

    QString gebruiker() const { return m_gebruiker; }
    void setGebruiker(const QString &naam);
    QString apparaat() const;

    // Runs the change: pushes it on the undo stack, which runs its redo() now. A refused
    // change is dropped (and deleted) and its error returned.
    Status voer(Wijziging *wijziging);
    // Runs a change that is not an undo step (an intake saved, letters handed out) once, and
    // says what it changed through the same signals. A refusal is returned, not emitted: the
    // form or dialog that asked shows it.
    Status voerEenmaal(Wijziging &wijziging);
    // Says what a core service changed through steps it ran itself, once all of it is committed:
    // a letter series records its letters inside its batch's own transaction, so it is said
    // after that commits, not by each step.
    void zegGewijzigd(const Bereik &bereik);

    // Watches the file for changes by other processes every `ms` milliseconds (0: stop).
    void setWaakInterval(int ms);
    // Looks once: true when another connection has committed since the last look. The entries
    // it appended say what changed through the same signals as a step of this window
    // (eldersGezegd after them); when they cannot, eldersGewijzigd.
    bool kijkElders();
    // While `wacht` says so (a dialog of the window is open over the data it shows), a change
    // by another program is not said yet; it is said at the first look after.
    void setWachtMetElders(std::function<bool()> wacht) { m_wacht = std::move(wacht); }

signals:
    void storeGeopend(rd::Store *store);
    void huishoudensGewijzigd(const QList<qint64> &ids);
    void koppelingenGewijzigd(const QList<qint64> &ids);
    // What each coupling step did (also on undo and redo), emitted before koppelingenGewijzigd:
    // the queue, the board, the shared quota and the history update by it.
    void koppelGebeurtenissen(const QList<rd::KoppelGebeurtenis> &gebeurtenissen);
    void tijdlijnGewijzigd(const QList<qint64> &ids);
    void taakstellingGewijzigd();
    void gemeentenGewijzigd();
    void instellingenGewijzigd();
    // After the signals above that one change (or another program's entries) gave: a view
    // that several of them move (the quota: timeline, gemeenten, quota inputs) acts once here.
    void gezegd();
    // A change, its undo or its redo was refused (and nothing written): why.
    void geweigerd(const QString &fout);
    // Another process changed the file and its log cannot say exactly what (an import, demo
    // data, a write without an entry): everything shown may be out of date.
    void eldersGewijzigd();
    // Another process changed the file and its entries said what, through the signals above
    // (bereikVanElders): `entries` of them.
    void eldersGezegd(int entries);

private:
    void meld(const Wijziging &wijziging);
    qint64 dataVersie() const;
    void zegElders();
    qint64 kopSeq() const;

    std::unique_ptr<Store> m_eigen;
    Store *m_store = nullptr;
    QUndoStack *m_stack;
    QTimer *m_waker;
    QString m_gebruiker;
    qint64 m_dataVersie = -1;
    qint64 m_gezien = 0; // the last log entry this window knows to be said
    std::optional<Error> m_laatsteFout;
    std::function<bool()> m_wacht;
};

} // namespace rd
