#pragma once

#include <QDate>
#include <QString>

namespace rd {

// What an undoable coupling step changed, for a front end to update its views without
// reloading: the household entered (gekoppeld) or left a coupling that counts in the pipeline of
// `gemeenteCode` (a partnership's coordinator) from `datum`. The work file hands these to every
// view that listens (Werkbestand::koppelGebeurtenissen), on a step, its undo and its redo.
struct KoppelGebeurtenis
{
    qint64 huishoudenId = 0;
    QString gemeenteCode;
    QDate datum;
    int personen = 0;
    bool gekoppeld = false;
};

} // namespace rd
