#pragma once

#include "core/common/Result.h"
#include "core/domain/Koppeling.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

class Store;

// Couplings of households to a gemeente or partnership, with who, when and why. Each call is
// one transaction; at most one coupling per household is active; history is never deleted.
class KoppelingService
{
public:
    explicit KoppelingService(Store &store) : m_store(store) {}

    // Refused when the household is already coupled, the gemeente is unknown, the reason is
    // empty, or the date is before the permit or the intake interview (huisvestinggesprek: a
    // coupling is based on it, handbook 3.2), in the future or after the uitschrijving, or the
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
    // that ended it), the household has moved (a move or an uitschrijving), or the reason is
    // empty. A lease the household signed under it goes with it: its signing and start dates
    // move to the ended coupling and are cleared on the household, in the same transaction, so
    // a new coupling starts phase 2 afresh.
    Status ontkoppel(qint64 huishoudenId, const QDate &datum, const QString &reden,
                     const QDate &vandaag = QDate::currentDate());

    // Undo of a coupling (KoppelReeks): coupling `koppelingId` never happened. It is marked
    // undone (`ongedaan`) and ended on its own date with `reden`, and no count or report reads
    // it. Refused when it is not in force any more, or when the household signed a lease or
    // moved since (then it happened: uncouple it instead).
    Status maakOngedaan(qint64 koppelingId, const QString &reden);
    // Undo of an uncoupling (OntkoppelCommand): the same coupling row is in force again as if
    // it had never ended, and the lease dates it kept go back to the household. Refused when
    // the household has been coupled again or has lease or move dates of its own since.
    Status herstelOntkoppeling(qint64 koppelingId);

    Result<std::optional<Koppeling>> actief(qint64 huishoudenId) const;
    // Every coupling of the household, oldest first, undone ones included (marked `ongedaan`).
    Result<QList<Koppeling>> historie(qint64 huishoudenId) const;
    Result<std::optional<Koppeling>> koppeling(qint64 koppelingId) const;

private:
    Result<qint64> voegKoppelingToe(qint64 huishoudenId, const QString &gemeenteCode,
                                    qint64 partnerschapId, const QDate &datum, const QString &reden,
                                    const QDate &vandaag, const QString &overruleReden = {},
                                    const QStringList &overruled = {});
    Store &m_store;
};

} // namespace rd
