#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Store;

// Handbook 3.4.1. When the family may come (huishouden.gezinshereniging_vanaf) placement is
// blocked for 3 months (fasen/Fase.h). At the end the regievoerder decides: house the
// household as it is, or wait for the family.
enum class HerenigingBesluit
{
    Geen,         // not decided
    Alleenstaand, // house as it is
    Wachten,      // wait for the family
};

namespace hereniging {
QString code(HerenigingBesluit b);            // "", "alleenstaand", "wachten"
QString naam(HerenigingBesluit b);            // translated
HerenigingBesluit parse(const QString &code); // the opposite of code(); Geen for anything else
} // namespace hereniging

struct HerenigingStand
{
    QDate vanaf;   // the family may come from; invalid: no reunification
    QDate blokTot; // end of the 3-month block
    HerenigingBesluit besluit = HerenigingBesluit::Geen;
    QDate besluitDatum;
    QList<qint64> nareizigers; // households of nareizigers that join this one
    qint64 voegtBij = 0;       // this household joins that one (it is a nareiziger household)
};

class GezinsherenigingService
{
public:
    explicit GezinsherenigingService(Store &store) : m_store(store) {}

    Result<HerenigingStand> stand(qint64 huishoudenId,
                                  const QDate &vandaag = QDate::currentDate()) const;
    // Only for a household with a reunification date, not before the block has ended (the
    // decision is taken at its end), not in the future; Geen clears it.
    Status besluit(qint64 huishoudenId, HerenigingBesluit besluit, const QDate &datum,
                   const QDate &vandaag = QDate::currentDate());
    // The day the family may come, which starts the 3-month block: not before the permit, not
    // in the future, not for a household that has moved; an invalid date clears it, refused
    // once a decision was taken at the block's end (clear the decision first).
    Status zetVanaf(qint64 huishoudenId, const QDate &vanaf,
                    const QDate &vandaag = QDate::currentDate());
    // Undo of zetVanaf (HerenigingVanafCommand): puts back the day that was stored before, as
    // it was, without the checks it passed when it was set (the permit may have moved since).
    Status herstelVanaf(qint64 huishoudenId, const QDate &vanaf);
    // The decision and its date put back as they were stored (a take-back after a conflict at
    // the team server), without the checks they passed when taken.
    Status herstelBesluit(qint64 huishoudenId, HerenigingBesluit besluit, const QDate &datum);
    // Links a household of nareizigers to the household it joins (0 unlinks). Refused for
    // itself, a chain (the target joins another one), or an unknown household. Counting needs
    // nothing extra: the nareizigers count for the gemeente that houses them, when they are
    // registered there (their own uitschrijving), as every household does.
    Status voegBij(qint64 nareizigerHuishouden, qint64 hoofdHuishouden);

private:
    Store &m_store;
};

} // namespace rd
