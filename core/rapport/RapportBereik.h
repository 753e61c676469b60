#pragma once

#include "core/common/Result.h"
#include "core/domain/Account.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace rd {

class Store;

// Whose figures a report holds (domain.md, reports): the COA sees all, a region its own, a
// province its own area, a gemeente only its own. A household belongs to the gemeente it was
// coupled to (a partnership: its coordinator) or, once housed, the gemeente that housed it;
// the scope is applied in SQL, so a gemeente's report cannot hold another's households.
struct RapportBereik
{
    enum class Niveau
    {
        Land,
        Regio,
        Provincie,
        Gemeente
    };

    Niveau niveau = Niveau::Land;
    int regio = 0;
    QString provincie;
    QString gemeenteCode;

    static RapportBereik land() { return {}; }
    static RapportBereik vanRegio(int regio) { return {Niveau::Regio, regio, {}, {}}; }
    static RapportBereik vanProvincie(const QString &naam)
    {
        return {Niveau::Provincie, 0, naam, {}};
    }
    static RapportBereik vanGemeente(const QString &code)
    {
        return {Niveau::Gemeente, 0, {}, code};
    }
    // The scope an account's reports start in: a regievoerder its region, a gemeente itself, a
    // province its area; nullopt for the beheerder, a programmabegeleider or no account.
    static std::optional<RapportBereik> vanAccount(const std::optional<Account> &account);

    // "heel Nederland", "regio 3", "provincie Utrecht", "gemeente Utrecht (GM0344)": translated.
    QString omschrijving(Store &store) const;
    // An unknown region, province or gemeente is an error naming it ("--region", ...: `where`
    // is "regio", "provincie" or "gemeente").
    // With an account signed in on the store, also whether its role may see this scope (a
    // gemeente its own, a province its own area, a regievoerder its region): refused as "not
    // allowed", naming what it may see.
    Status controleer(Store &store) const;

    // The condition (to AND into a WHERE) that keeps only rows whose gemeente code, in the SQL
    // expression `gemeenteKolom`, lies in the scope, with its values in order; "1" for Land.
    // Example: bereik.filter("k.gemeente") -> "k.gemeente IN (SELECT g.code FROM gemeente g
    // JOIN provincie p ON p.naam = g.provincie WHERE p.regio = ?)", {3}.
    QString filter(const QString &gemeenteKolom) const;
    QVariantList waarden() const;

private:
    Status controleerBestaat(Store &store) const;
};

} // namespace rd
