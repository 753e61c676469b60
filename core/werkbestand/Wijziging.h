#pragma once

#include "core/common/Result.h"
#include "core/domain/KoppelGebeurtenis.h"
#include "core/journaal/Journaal.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace rd {

class Store;

// What a change touched, so a front end refreshes only that (Werkbestand's signals).
struct Bereik
{
    QList<qint64> huishoudens; // the households whose data changed
    bool koppelingen = false;  // a coupling began or ended (queue, board, quota)
    bool tijdlijn = false;     // timeline dates, events, refusals, reunification
    bool taakstelling = false; // the quota's inputs (vg, herverdeling, art. 30, partnerships)
    bool gemeenten = false;    // a gemeente's profile or contacts
    bool instellingen = false; // the store's settings
    // What a coupling step did this time (its redo or its undo): for views that update by the
    // delta instead of reloading (the queue, the board, the quota).
    QList<KoppelGebeurtenis> koppelGebeurtenissen;
};

// The shared base of every user change (issue 14): one undoable step that runs its service
// call and appends its change-log entry (journaal::voegToe) in one transaction, so a change and
// its entry commit together or not at all. Redo and undo each append an entry; an undo's entry
// names the entry of the redo it takes back. A refused redo marks the step obsolete (so
// QUndoStack::push drops it) and tells the fout-melder why; a refused undo only tells it.
// After a commit the gewijzigd-melder hears each household and the werk-melder (the work file)
// hears the whole step.
class Wijziging : public QUndoCommand
{
public:
    ~Wijziging() override;

    void redo() final;
    void undo() final;
    // Runs the change once, outside an undo stack (the command line): redo() and its outcome.
    Status voerUit();

    void setGewijzigdMelder(std::function<void(qint64 huishoudenId)> melder)
    {
        m_gewijzigd = std::move(melder);
    }
    void setFoutMelder(std::function<void(const Error &)> melder)
    {
        m_foutMelder = std::move(melder);
    }
    // For the work file: hears every committed step and every refusal.
    void setWerkMelder(std::function<void(const Wijziging &)> gedaan,
                       std::function<void(const Error &)> geweigerd)
    {
        m_werkMelder = std::move(gedaan);
        m_werkFout = std::move(geweigerd);
    }

    const QString &soort() const { return m_soort; }
    const std::optional<Error> &fout() const { return m_fout; }
    bool gedaan() const { return m_gedaan; }
    // The change-log entry the last redo or undo appended (0: none yet).
    qint64 journaalSeq() const { return m_laatsteSeq; }
    const Bereik &bereik() const { return m_bereik; }

protected:
    Wijziging(Store &store, QString soort);

    // The change itself, inside the transaction: returns its log entry (the type is filled
    // in). A failure rolls everything back.
    virtual Result<JournaalInvoer> doe() = 0;
    // Takes the change back, inside the transaction; its entry's `ongedaan` is filled in.
    virtual Result<JournaalInvoer> herstel() = 0;
    // After a commit (gedaan: the change is in force now). For subclasses that report more.
    virtual void naCommit(bool gedaan) { Q_UNUSED(gedaan); }

    Store &store() const { return m_store; }
    Bereik &bereik() { return m_bereik; }
    // The V-nummer of the household's reference person, to name it in an entry or an error
    // (its id as text when it has none).
    QString vNummer(qint64 huishoudenId) const;

private:
    bool voer(bool vooruit);

    Store &m_store;
    QString m_soort;
    Bereik m_bereik;
    bool m_gedaan = false;
    qint64 m_redoSeq = 0;
    qint64 m_eersteSeq = 0; // the entry of the first redo
    qint64 m_laatsteSeq = 0;
    std::optional<Error> m_fout;
    std::function<void(qint64)> m_gewijzigd;
    std::function<void(const Error &)> m_foutMelder;
    std::function<void(const Wijziging &)> m_werkMelder;
    std::function<void(const Error &)> m_werkFout;
};

} // namespace rd
