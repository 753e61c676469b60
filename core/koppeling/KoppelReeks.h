#pragma once

#include "common/Result.h"
#include "koppeling/KoppelCommando.h"
#include "koppeling/KoppelGebeurtenis.h"

#include <QList>
#include <QUndoCommand>

#include <memory>
#include <vector>

namespace rd {

class Store;

// One household of a drop, with the reason to override its blocking checks (empty: none).
struct KoppelVerzoek
{
    qint64 huishoudenId = 0;
    QString overruleReden;
};

// Several households coupled to one target as one undoable step (a drop of a selection).
// Each household is its own KoppelCommando, so its own transaction; one that is refused is
// reported in fouten() and left alone by undo. The step is obsolete (QUndoStack::push drops it)
// when none could be coupled. The melder hears of every household that changed, on redo and undo.
class KoppelReeks : public QUndoCommand
{
public:
    KoppelReeks(Store &store, const QList<KoppelVerzoek> &verzoeken, const QString &gemeenteCode,
                qint64 partnerschapId, const QDate &datum, const QString &reden,
                const QString &doelNaam, const QDate &vandaag = QDate::currentDate());
    ~KoppelReeks() override;

    void setMelder(KoppelMelder melder) { m_melder = std::move(melder); }
    // Hears the errors of a redo() or undo() that refused a household (also when the step is
    // dropped as obsolete and deleted right after).
    void setFoutMelder(std::function<void(const QList<Error> &)> melder)
    {
        m_foutMelder = std::move(melder);
    }

    void redo() override;
    void undo() override;

    // Errors of the last redo() or undo(), each naming the household's V-nummer in `where`.
    const QList<Error> &fouten() const { return m_fouten; }
    int aantalGekoppeld() const;

private:
    void meld(const KoppelCommando &commando, qint64 huishoudenId, bool gekoppeld);

    Store &m_store;
    QString m_gemeenteCode;
    qint64 m_partnerschapId;
    std::vector<std::pair<qint64, std::unique_ptr<KoppelCommando>>> m_commandos;
    QList<Error> m_fouten;
    KoppelMelder m_melder;
    std::function<void(const QList<Error> &)> m_foutMelder;
};

} // namespace rd
