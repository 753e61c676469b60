#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

class Store;

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

    bool actief() const { return !ontkoppeldOp.isValid(); }
};

// Couplings of households to a gemeente or partnership, with who, when and why. Each call is
// one transaction; at most one coupling per household is active; history is never deleted.
class KoppelingService
{
public:
    explicit KoppelingService(Store &store) : m_store(store) {}

    // Refused when the household is already coupled, the gemeente is unknown, the reason is
    // empty, the date is before the permit, in the future or after the uitschrijving, or the
    // COA stopped mediation (3.4.2, weigering/BemiddelingStop.h).
    Result<qint64> koppel(qint64 huishoudenId, const QString &gemeenteCode, const QDate &datum,
                          const QString &reden, const QDate &vandaag = QDate::currentDate());
    Result<qint64> koppelPartnerschap(qint64 huishoudenId, qint64 partnerschapId,
                                      const QDate &datum, const QString &reden,
                                      const QDate &vandaag = QDate::currentDate());
    // The checked path for the window: runs KoppelingControle on `datum` first. Blocking items
    // refuse the coupling unless `overruleReden` is written; the reason and the codes of the
    // items it overrides are stored with the coupling. Warnings never block. partnerschapId > 0
    // couples to that partnership (gemeenteCode may then be empty).
    Result<qint64> koppelNaControle(qint64 huishoudenId, const QString &gemeenteCode,
                                    qint64 partnerschapId, const QDate &datum, const QString &reden,
                                    const QString &overruleReden,
                                    const QDate &vandaag = QDate::currentDate());
    // Ends the active coupling; refused when there is none (naming the stop of mediation when
    // that ended it), the household has moved, or the reason is empty.
    Status ontkoppel(qint64 huishoudenId, const QDate &datum, const QString &reden,
                     const QDate &vandaag = QDate::currentDate());

    Result<std::optional<Koppeling>> actief(qint64 huishoudenId) const;
    Result<QList<Koppeling>> historie(qint64 huishoudenId) const; // oldest first

private:
    Result<qint64> voegKoppelingToe(qint64 huishoudenId, const QString &gemeenteCode,
                                    qint64 partnerschapId, const QDate &datum, const QString &reden,
                                    const QDate &vandaag, const QString &overruleReden = {},
                                    const QStringList &overruled = {});
    Store &m_store;
};

} // namespace rd
