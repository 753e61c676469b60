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

Status RapportBereik::controleer(Store &store) const
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
