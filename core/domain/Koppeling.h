#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rd {

// A household's coupling to a gemeente or partnership, as KoppelingService stores it.
struct Koppeling
{
    qint64 id = 0;
    qint64 huishoudenId = 0;
    QString gemeenteCode;      // the gemeente, or the partnership's coordinating gemeente
    qint64 partnerschapId = 0; // 0 when coupled to a single gemeente
    QDate datum;
    QString reden;
    QString door;
    QDateTime vastgelegdOp;
    QDate ontkoppeldOp;
    QString ontkoppelReden;
    QString ontkoppeldDoor;
    QString overruleReden; // why blocking checks were overridden; empty when none were
    QStringList overruled; // codes of the overridden checks ("buiten-regio", ...)
    bool ongedaan = false; // undone (Ctrl+Z): it never happened and is in no count
    QDate tekenenDatum;    // the lease signed while this coupling was in force (kept when it ended)
    QDate huurDatum;       // the lease start, likewise
    // The gemeente that houses: the coupled one or, for a partnership, the member chosen (the
    // coordinator until one is; koppelregels::huisvestendeGemeenteSql). Read, never written.
    QString huisvestGemeente;

    bool actief() const { return !ontkoppeldOp.isValid(); }
};

} // namespace rd
