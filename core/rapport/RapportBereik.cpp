#include "core/rapport/RapportBereik.h"

#include "core/domain/Regio.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace rd {

QString RapportBereik::omschrijving(Store &store) const
{
    switch (niveau) {
    case Niveau::Land:
        return QCoreApplication::translate("RapportBereik", "the whole country");
    case Niveau::Regio:
        return QCoreApplication::translate("RapportBereik", "region %1").arg(regio);
    case Niveau::Provincie:
        return QCoreApplication::translate("RapportBereik", "province %1").arg(provincie);
    case Niveau::Gemeente: {
        auto naam =
            sql::scalar(store.database(),
                        QStringLiteral("SELECT naam FROM gemeente WHERE code = ?"), {gemeenteCode});
        const QString tekst = naam && !naam->isNull() ? naam->toString() : QString();
        return QCoreApplication::translate("RapportBereik", "gemeente %1 (%2)")
            .arg(tekst, gemeenteCode);
    }
    }
    return {};
}

std::optional<RapportBereik> RapportBereik::vanAccount(const std::optional<Account> &account)
{
    if (!account)
        return std::nullopt;
    switch (account->rol) {
    case Rol::Regievoerder:
        return vanRegio(account->regio);
    case Rol::Gemeente:
        return vanGemeente(account->gemeente);
    case Rol::Provincie: {
        const QString naam = regio::provincie(account->provincie);
        return vanProvincie(naam.isEmpty() ? account->provincie : naam);
    }
    case Rol::Beheerder:
    case Rol::Programmabegeleider:
        break;
    }
    return std::nullopt;
}

namespace {

Error nietToegestaan(const QString &waarom)
{
    return Error{QCoreApplication::translate("Toegang", "not allowed"), waarom};
}

// The region of a gemeente, by its province (0: unknown).
Result<int> regioVanGemeente(Store &store, const QString &code)
{
    auto p = sql::scalar(store.database(),
                         QStringLiteral("SELECT provincie FROM gemeente WHERE code = ?"), {code});
    if (!p)
        return p.error();
    return regio::vanProvincie(p->toString());
}

// Whether the signed-in account's role may see a report of this scope (domain.md, reports):
// the beheerder all, a regievoerder its region, a gemeente its own, a province its own area; a
// programmabegeleider (intake only) none.
Status magZien(Store &store, const RapportBereik &b)
{
    if (!store.account())
        return {};
    const Account &a = *store.account();
    using N = RapportBereik::Niveau;
    switch (a.rol) {
    case Rol::Beheerder:
        return {};
    case Rol::Regievoerder: {
        int regio = 0;
        if (b.niveau == N::Regio)
            regio = b.regio;
        else if (b.niveau == N::Provincie)
            regio = regio::vanProvincie(b.provincie);
        else if (b.niveau == N::Gemeente) {
            auto r = regioVanGemeente(store, b.gemeenteCode);
            if (!r)
                return r.error();
            regio = *r;
        }
        if (regio == a.regio)
            return {};
        return nietToegestaan(QCoreApplication::translate(
                                  "Toegang", "a regievoerder of region %1 sees reports of its "
                                             "region only")
                                  .arg(a.regio));
    }
    case Rol::Gemeente:
        if (b.niveau == N::Gemeente && b.gemeenteCode == a.gemeente)
            return {};
        return nietToegestaan(
            QCoreApplication::translate("Toegang", "a gemeente account sees reports of its own "
                                                   "gemeente (%1) only")
                .arg(a.gemeente));
    case Rol::Provincie: {
        // By the names as CBS writes them ("Friesland" is "Fryslân")
        const QString eigenNaam = regio::provincie(a.provincie);
        bool eigen = b.niveau == N::Provincie && !eigenNaam.isEmpty() &&
                     regio::provincie(b.provincie) == eigenNaam;
        if (b.niveau == N::Gemeente) {
            auto p = sql::scalar(store.database(),
                                 QStringLiteral("SELECT provincie FROM gemeente WHERE code = ?"),
                                 {b.gemeenteCode});
            if (!p)
                return p.error();
            eigen = !eigenNaam.isEmpty() && regio::provincie(p->toString()) == eigenNaam;
        }
        if (eigen)
            return {};
        return nietToegestaan(
            QCoreApplication::translate("Toegang", "a provincie account sees reports of its own "
                                                   "province (%1) only")
                .arg(a.provincie));
    }
    case Rol::Programmabegeleider:
        break;
    }
    return nietToegestaan(QCoreApplication::translate(
        "Toegang", "a programmabegeleider does the intake of its AZC; reports are not its task"));
}

} // namespace

Status RapportBereik::controleer(Store &store) const
{
    if (Status eerst = controleerBestaat(store); !eerst)
        return eerst;
    return magZien(store, *this);
}

Status RapportBereik::controleerBestaat(Store &store) const
{
    switch (niveau) {
    case Niveau::Land:
        return {};
    case Niveau::Regio:
        if (regio < 1 || regio > 5)
            return Error{QStringLiteral("regio"),
                         QCoreApplication::translate(
                             "RapportBereik", "there is no region %1; the regions are 1 to 5")
                             .arg(regio)};
        return {};
    case Niveau::Provincie: {
        auto n = sql::scalar(store.database(),
                             QStringLiteral("SELECT count(*) FROM provincie WHERE naam = ?"),
                             {provincie}, 0);
        if (!n)
            return n.error();
        if (n->toInt() == 0)
            return Error{QStringLiteral("provincie"),
                         QCoreApplication::translate(
                             "RapportBereik",
                             "there is no province \"%1\" (write its name as in the list of "
                             "gemeenten, e.g. Noord-Holland)")
                             .arg(provincie)};
        return {};
    }
    case Niveau::Gemeente: {
        auto n = sql::scalar(store.database(),
                             QStringLiteral("SELECT count(*) FROM gemeente WHERE code = ?"),
                             {gemeenteCode}, 0);
        if (!n)
            return n.error();
        if (n->toInt() == 0)
            return Error{QStringLiteral("gemeente"),
                         QCoreApplication::translate(
                             "RapportBereik",
                             "there is no gemeente with code \"%1\" (GM followed by four digits)")
                             .arg(gemeenteCode)};
        return {};
    }
    }
    return {};
}

QString RapportBereik::filter(const QString &gemeenteKolom) const
{
    switch (niveau) {
    case Niveau::Land:
        return QStringLiteral("1");
    case Niveau::Regio:
        return gemeenteKolom +
               QStringLiteral(" IN (SELECT g.code FROM gemeente g JOIN provincie p ON p.naam = "
                              "g.provincie WHERE p.regio = ?)");
    case Niveau::Provincie:
        return gemeenteKolom +
               QStringLiteral(" IN (SELECT code FROM gemeente WHERE provincie = ?)");
    case Niveau::Gemeente:
        return gemeenteKolom + QStringLiteral(" = ?");
    }
    return QStringLiteral("0");
}

QVariantList RapportBereik::waarden() const
{
    switch (niveau) {
    case Niveau::Land:
        return {};
    case Niveau::Regio:
        return {regio};
    case Niveau::Provincie:
        return {provincie};
    case Niveau::Gemeente:
        return {gemeenteCode};
    }
    return {};
}

} // namespace rd
