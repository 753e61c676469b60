#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace rd {

// What an undoable coupling step changed, for a front end to update its views without
// reloading: the household entered (gekoppeld) or left a coupling that counts in the pipeline of
// `gemeenteCode` (a partnership's coordinator) from `datum`.
struct KoppelGebeurtenis
{
    qint64 huishoudenId = 0;
    QString gemeenteCode;
    QDate datum;
    int personen = 0;
    bool gekoppeld = false;
};

using KoppelMelder = std::function<void(const KoppelGebeurtenis &)>;

class Store;
// Persons in a household (0 when unknown), for the event.
int aantalPersonen(Store &store, qint64 huishoudenId);

} // namespace rd
