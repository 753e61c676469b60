#pragma once

#include "core/common/Result.h"
#include "core/koppeling/KoppelGebeurtenis.h"

#include <QDate>
#include <QList>
#include <QUndoCommand>

namespace rd {

class Store;

// One household of a drop, with the reason to override its blocking checks (empty: none).
struct KoppelVerzoek
{
    qint64 huishoudenId = 0;
    QString overruleReden;
};

// Several households coupled to one target as one undoable step (a drop of a selection), in
// one transaction: all are coupled (through KoppelingService::koppelNaControle, so blocking
// checks refuse without a written reason) or none. A refused redo names the household's
// V-nummer in the error and marks the step obsolete, so QUndoStack::push drops it. undo() marks
// the couplings undone (KoppelingService::maakOngedaan), also in one transaction: an undone
// coupling never happened and is in no count or report, though the history still shows it,
// marked undone, with the reason "undone (...)". redo() couples again (a new coupling, after the
// same checks). The melder hears of every household that changed, after the commit.
class KoppelReeks : public QUndoCommand
{
public:
    KoppelReeks(Store &store, const QList<KoppelVerzoek> &verzoeken, const QString &gemeenteCode,
                qint64 partnerschapId, const QDate &datum, const QString &reden,
                const QString &doelNaam, const QDate &vandaag = QDate::currentDate());

    void setMelder(KoppelMelder melder) { m_melder = std::move(melder); }
    // Hears the error of a redo() or undo() that was refused (also when the step is then
    // dropped and deleted).
    void setFoutMelder(std::function<void(const Error &)> melder)
    {
        m_foutMelder = std::move(melder);
    }

    void redo() override;
    void undo() override;

    const std::optional<Error> &fout() const { return m_fout; }
    bool gekoppeld() const { return m_gekoppeld; }
    int aantal() const { return int(m_verzoeken.size()); }

private:
    void meld(bool gekoppeld);
    void weigerd(const Error &fout);

    Store &m_store;
    QList<KoppelVerzoek> m_verzoeken;
    QString m_gemeenteCode; // the gemeente, or empty for a partnership's coordinator
    qint64 m_partnerschapId;
    QDate m_datum;
    QString m_reden;
    QDate m_vandaag;
    QString m_pipelineGemeente;  // where the pipeline counts: the gemeente or the coordinator
    QList<int> m_personen;       // per household, read at the commit
    QList<qint64> m_koppelingen; // per household, the coupling the last redo() made
    bool m_gekoppeld = false;
    std::optional<Error> m_fout;
    KoppelMelder m_melder;
    std::function<void(const Error &)> m_foutMelder;
};

} // namespace rd
