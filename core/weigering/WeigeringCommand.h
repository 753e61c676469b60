#pragma once

#include "core/common/Result.h"
#include "core/weigering/WeigeringService.h"
#include "core/werkbestand/Wijziging.h"

#include <functional>
#include <memory>
#include <optional>

namespace rd {

class Store;

// A change to a woningweigering as an undoable step, in its own transaction:
// - registreer: undo removes the refusal again (redo registers it anew); a refusal that stopped
//   mediation ended the coupling, and its undo puts the coupling back (BemiddelingStop.h);
// - beoordeel: undo sets the judgement back to open (and the stop of mediation follows);
// - nieuweKandidaat: undo clears the date.
// A refused redo marks the command obsolete (QUndoStack::push drops it) and tells the
// fout-melder why; the gewijzigd-melder hears the household after every change. Change-log
// type "weigering"; its entry names the refusal by its row here ("weigering") and by the uuid
// that is the same on every store ("weigering_uuid"), which a replay elsewhere goes by. A
// registration replayed from another device's entry is given that entry's uuid.
class WeigeringCommand : public Wijziging
{
public:
    static WeigeringCommand *registreer(Store &store, qint64 huishoudenId, WeigeringSoort soort,
                                        const QDate &datum, const QString &toelichting,
                                        const QDate &vandaag = QDate::currentDate(),
                                        std::optional<qint64> huurdervingCent = std::nullopt,
                                        const QString &gemeenteCode = {}, const QString &uuid = {});
    static WeigeringCommand *beoordeel(Store &store, qint64 weigeringId, Oordeel oordeel,
                                       const QDate &datum, const QString &reden,
                                       const QDate &vandaag = QDate::currentDate());
    static WeigeringCommand *nieuweKandidaat(Store &store, qint64 weigeringId, const QDate &datum,
                                             const QDate &vandaag = QDate::currentDate());
    ~WeigeringCommand() override;

    qint64 weigeringId() const; // after a successful redo of registreer: the new row

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    struct Data;
    WeigeringCommand(Store &store, std::unique_ptr<Data> data);
    JournaalInvoer invoer(bool terug) const;
    std::unique_ptr<Data> d;
};

} // namespace rd
