#pragma once

#include "core/common/Result.h"
#include "core/tijdlijn/TijdlijnService.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace rd {

class Store;

// Setting or clearing one date of the timeline as an undoable step: undo puts the previous
// value back. A refused redo marks the command obsolete (QUndoStack::push drops it) and
// tells the fout-melder why.
class ZetDatumCommand : public QUndoCommand
{
public:
    ZetDatumCommand(Store &store, qint64 huishoudenId, GebeurtenisSoort soort, const QDate &datum,
                    const QString &gemeenteCode, const QDate &vandaag = QDate::currentDate());

    void setGewijzigdMelder(std::function<void(qint64 huishoudenId)> melder);
    void setFoutMelder(std::function<void(const Error &)> melder);
    void redo() override;
    void undo() override;
    const std::optional<Error> &fout() const;

private:
    // implementation detail members: to be written with the .cpp
    struct Data;
    std::shared_ptr<Data> d;
};

// Adding a Vergunninghoudergesprek or Woningaanbod row as an undoable step (undo removes it,
// redo adds it again); and removing one (undo adds it back).
class GebeurtenisCommand : public QUndoCommand
{
public:
    // Adds.
    GebeurtenisCommand(Store &store, qint64 huishoudenId, GebeurtenisSoort soort,
                       const QDate &datum, const QString &gemeenteCode, const QString &toelichting,
                       const QDate &vandaag = QDate::currentDate());
    // Removes the row with this id.
    GebeurtenisCommand(Store &store, qint64 gebeurtenisId,
                       const QDate &vandaag = QDate::currentDate());

    void setGewijzigdMelder(std::function<void(qint64 huishoudenId)> melder);
    void setFoutMelder(std::function<void(const Error &)> melder);
    void redo() override;
    void undo() override;
    const std::optional<Error> &fout() const;

private:
    struct Data;
    std::shared_ptr<Data> d;
};

} // namespace rd
