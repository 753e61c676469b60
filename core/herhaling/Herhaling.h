#pragma once

#include "core/common/Result.h"
#include "core/journaal/Journaal.h"

#include <QHash>
#include <QList>

#include <memory>

namespace rd {

class Store;
class Wijziging;

// In a folder of its own: it builds every kind of step, and the steps' folders depend on
// core/werkbestand, so living there would make a folder cycle.
namespace herhaling {

// Replays a change log onto another store that starts from the same data (the same reference
// data and households): each entry is made again as the step it records, by the entry's user;
// an undo entry undoes the step of the entry it names, and a redo (`opnieuw` in its data) redoes
// that same step, as on the undo stack. Entries marked migrated are skipped. Types replayed:
// koppel, plan, ontkoppel, datum, gebeurtenis, zelfhuisvester, hereniging, voeg-bij, vg, art30,
// herverdeling, gemeente, partnerschap-lid, and a weigering's registration (not yet its
// judgement or new candidate, which name the refusal by a row id that differs between stores);
// another type is refused naming its entry. The
// first refused entry stops the replay and is named in the error.
Status speelAf(Store &doel, const QList<JournaalRegel> &regels);

// The same, one entry at a time: the steps made so far are kept, so a later entry may undo or
// redo an earlier one (the team server's pull replays entries one transaction each). A redo of a
// step this player did not make is made anew from the redo's own data (which hold the whole
// change); an undo of such a step is refused, naming the entry.
class Speler
{
public:
    // `alsEigen`: the steps are this account's own new changes ("keep mine" after a conflict),
    // checked against its role and scope as any change is; otherwise they were made elsewhere
    // (received, taken back) and are recorded under their maker's name without that check.
    explicit Speler(Store &doel, bool alsEigen = false);
    ~Speler();
    Speler(const Speler &) = delete;
    Speler &operator=(const Speler &) = delete;

    // Replays one entry (`seq` is the number the entry's undo and redo entries name); a refused
    // entry is named in the error and leaves nothing of itself.
    Status speel(const JournaalRegel &regel);
    // Whether the step of entry `seq` was made by this player (an undo of it can be replayed).
    bool kent(qint64 seq) const;

private:
    Store &m_doel;
    bool m_alsEigen = false;
    // Every step made, by the entry that made it first and by every entry that redid it.
    QHash<qint64, std::shared_ptr<Wijziging>> m_stappen;
};

} // namespace herhaling
} // namespace rd
