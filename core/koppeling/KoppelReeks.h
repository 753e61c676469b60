#pragma once

#include "core/common/Result.h"
#include "core/koppeling/KoppelGebeurtenis.h"
#include "core/werkbestand/Wijziging.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace rd {

class Store;

// One household of a drop, with the reason to override its blocking checks (empty: none).
struct KoppelVerzoek
{
    KoppelVerzoek(qint64 id = 0, QString overrule = {}, QJsonObject bijSuggestie = {})
        : huishoudenId(id), overruleReden(std::move(overrule)), suggestie(std::move(bijSuggestie))
    {
    }

    qint64 huishoudenId = 0;
    QString overruleReden;
    // Where the target ranked among the household's suggestions when it was coupled (issue 15:
    // rank, score, each factor's value and weight; suggestie::alsJson); kept in the change-log
    // entry. Empty when the coupling was not made with the suggestions at hand.
    QJsonObject suggestie;
};

// The undo of a step that coupled `huishoudens` (coupling `koppelingen[i]` for household i): each
// coupling marked undone (KoppelingService::maakOngedaan), the last first, with the reason
// "undone (<reden>)"; the entry names the household when there is one. A refusal names the
// household's V-nummer (`vNummer`). Shared by KoppelReeks and the plan's PlanCommand.
Result<JournaalInvoer> maakKoppelingenOngedaan(Store &store, const QList<qint64> &huishoudens,
                                               const QList<qint64> &koppelingen,
                                               const QString &reden,
                                               const std::function<QString(qint64)> &vNummer);

// Several households coupled to one target as one undoable step (a drop of a selection), in
// one transaction: all are coupled (through KoppelingService::koppelNaControle, so blocking
// checks refuse without a written reason) or none. A refused redo names the household's
// V-nummer in the error and marks the step obsolete, so QUndoStack::push drops it. undo() marks
// the couplings undone (KoppelingService::maakOngedaan), also in one transaction: an undone
// coupling never happened and is in no count or report, though the history still shows it,
// marked undone, with the reason "undone (...)". redo() couples again (a new coupling, after the
// same checks). What every redo and undo did, household by household, is in
// bereik().koppelGebeurtenissen after its commit (the work file passes it on to the views). Each
// step is one change-log entry of type "koppel" (Wijziging).
class KoppelReeks : public Wijziging
{
public:
    KoppelReeks(Store &store, const QList<KoppelVerzoek> &verzoeken, const QString &gemeenteCode,
                qint64 partnerschapId, const QDate &datum, const QString &reden,
                const QString &doelNaam, const QDate &vandaag = QDate::currentDate());

    bool gekoppeld() const { return gedaan(); }
    int aantal() const { return int(m_verzoeken.size()); }
    // The couplings the last redo() made, one per household in order.
    const QList<qint64> &koppelingen() const { return m_koppelingen; }

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;
    void naCommit(bool gekoppeld) override;

private:
    QList<KoppelVerzoek> m_verzoeken;
    QString m_gemeenteCode; // the gemeente, or empty for a partnership's coordinator
    qint64 m_partnerschapId;
    QDate m_datum;
    QString m_reden;
    QDate m_vandaag;
    QString m_pipelineGemeente;  // where the pipeline counts: the gemeente or the coordinator
    QList<int> m_personen;       // per household, read at the commit
    QList<qint64> m_koppelingen; // per household, the coupling the last redo() made
};

} // namespace rd
