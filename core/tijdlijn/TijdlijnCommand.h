#pragma once

#include "core/common/Result.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/werkbestand/Wijziging.h"

#include <memory>
#include <optional>

namespace rd {

class Store;

// Setting or clearing one date of the timeline as an undoable step: undo puts the previous
// value back. A refused redo marks the command obsolete (QUndoStack::push drops it) and
// tells the fout-melder why. Change-log type "datum" (Wijziging).
class ZetDatumCommand : public Wijziging
{
public:
    ZetDatumCommand(Store &store, qint64 huishoudenId, GebeurtenisSoort soort, const QDate &datum,
                    const QString &gemeenteCode, const QDate &vandaag = QDate::currentDate());

    ~ZetDatumCommand() override;

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

// Adding a Vergunninghoudergesprek or Woningaanbod row as an undoable step (undo removes it,
// redo adds it again); and removing one (undo adds it back). Change-log type "gebeurtenis".
class GebeurtenisCommand : public Wijziging
{
public:
    // Adds.
    GebeurtenisCommand(Store &store, qint64 huishoudenId, GebeurtenisSoort soort,
                       const QDate &datum, const QString &gemeenteCode, const QString &toelichting,
                       const QDate &vandaag = QDate::currentDate());
    // Removes the row with this id.
    GebeurtenisCommand(Store &store, qint64 gebeurtenisId,
                       const QDate &vandaag = QDate::currentDate());
    // Removes the household's row that says what `rij` says (TijdlijnService::zoek): a removal
    // made on another store, whose ids differ. When there is none, it is gone already (removed
    // here too, apart): the step changes nothing and records that it was asked.
    static GebeurtenisCommand *verwijderZoals(Store &store, qint64 huishoudenId,
                                              const Gebeurtenis &rij,
                                              const QDate &vandaag = QDate::currentDate());

    ~GebeurtenisCommand() override;

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    // Adds the row (toevoegen) or removes it, with its entry.
    Result<JournaalInvoer> zet(bool toevoegen);
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace rd
