#include "core/regel/CijferBereik.h"

#include "core/domain/Account.h"
#include "core/domain/Regio.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace rd::regel {

namespace {

Error nietToegestaan(const QString &waarom)
{
    return Error{QCoreApplication::translate("Toegang", "not allowed"), waarom};
}

} // namespace

bool CijferBereik::bevat(const QString &code, const QString &provincieVanGemeente) const
{
    if (!gemeente.isEmpty() && code != gemeente)
        return false;
    return provincie.isEmpty() || regio::provincie(provincieVanGemeente) == provincie;
}

Result<CijferBereik> cijferBereik(Store &store)
{
    CijferBereik bereik;
    if (!store.account())
        return bereik;
    const Account &a = *store.account();
    switch (a.rol) {
    case Rol::Beheerder:
        return bereik;
    case Rol::Regievoerder:
        bereik.regio = a.regio;
        return bereik;
    case Rol::Gemeente: {
        auto p = sql::scalar(store.database(),
                             QStringLiteral("SELECT provincie FROM gemeente WHERE code = ?"),
                             {a.gemeente}, QString());
        if (!p)
            return p.error();
        bereik.gemeente = a.gemeente;
        bereik.regio = regio::vanProvincie(p->toString());
        return bereik;
    }
    case Rol::Provincie: {
        auto verbonden = sql::scalar(store.database(),
                                     QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_server)"));
        if (!verbonden)
            return verbonden.error();
        if (verbonden->toInt() != 0)
            return nietToegestaan(QCoreApplication::translate(
                "Toegang", "a province's device receives no households from the team server, so "
                           "it computes no quota figures: those of its area are in the reports "
                           "the regievoerders publish (Reports)"));
        bereik.provincie = regio::provincie(a.provincie);
        bereik.regio = regio::vanProvincie(bereik.provincie);
        return bereik;
    }
    case Rol::Programmabegeleider:
        break;
    }
    return nietToegestaan(QCoreApplication::translate(
        "Toegang", "a programmabegeleider does the intake of its AZC; the quota figures are not "
                   "its task"));
}

Status magRegioZien(const CijferBereik &bereik, int regio)
{
    if (regio == 0 || bereik.regio == 0 || regio == bereik.regio)
        return {};
    return nietToegestaan(QCoreApplication::translate("Toegang", "this account sees the quota "
                                                                 "figures of region %1 only")
                              .arg(bereik.regio));
}

} // namespace rd::regel
