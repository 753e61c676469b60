#pragma once

#include "core/common/Result.h"
#include "core/domain/Huishouden.h"

#include <QList>

#include <optional>

namespace rd {

class Store;

// Households with their persons, intake interview and placement criteria.
// Every write is one transaction and validated first (see validatie/HuishoudenValidatie.h).
class HuishoudenRepository
{
public:
    explicit HuishoudenRepository(Store &store) : m_store(store) {}

    // Inserts a new household (id must be 0); returns the new id.
    Result<qint64> voegToe(const Huishouden &huishouden,
                           const QDate &vandaag = QDate::currentDate());
    // Inserts many households in one transaction: all or nothing. Used by import and demo.
    // `vandaag` is the date validation judges "not in the future" against.
    Status voegToe(const QList<Huishouden> &huishoudens,
                   const QDate &vandaag = QDate::currentDate());
    // Replaces the stored household (persons, intake, criteria) with this one.
    Status werkBij(const Huishouden &huishouden, const QDate &vandaag = QDate::currentDate());

    Result<Huishouden> laad(qint64 id) const;
    Result<std::optional<qint64>> zoekOpVNummer(const QString &vNummer) const; // any member's
    // Sorted by id, for export: all, or those for which `zichtbaar` holds (a condition on the
    // household as `h`: regel::zichtbaarSql of the account signed in).
    Result<QList<Huishouden>> alle(const QString &zichtbaar = QStringLiteral("1")) const;

private:
    Store &m_store;
};

} // namespace rd
