#include "core/domain/Account.h"

#include "core/domain/Regio.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

struct RolNaam
{
    Rol rol;
    const char *naam;
};

constexpr RolNaam rolNamen[] = {{Rol::Beheerder, "beheerder"},
                                {Rol::Regievoerder, "regievoerder"},
                                {Rol::Programmabegeleider, "programmabegeleider"},
                                {Rol::Gemeente, "gemeente"},
                                {Rol::Provincie, "provincie"}};

bool isHuishoudtype(const QString &soort)
{
    static const QStringList typen{
        QStringLiteral("koppel"),      QStringLiteral("plan"),
        QStringLiteral("ontkoppel"),   QStringLiteral("datum"),
        QStringLiteral("gebeurtenis"), QStringLiteral("zelfhuisvester"),
        QStringLiteral("hereniging"),  QStringLiteral("hereniging-vanaf"),
        QStringLiteral("voeg-bij"),    QStringLiteral("weigering"),
        QStringLiteral("brief"),       QStringLiteral("intake"),
        QStringLiteral("notitie")};
    return typen.contains(soort);
}

QString tekst(const QVariant &v)
{
    return v.isNull() ? QCoreApplication::translate("Toegang", "(none)") : v.toString();
}

Error geweigerd(const QString &waarom)
{
    return Error{QCoreApplication::translate("Toegang", "not allowed"), waarom};
}

} // namespace

namespace rol {

QString naam(Rol rol)
{
    for (const RolNaam &r : rolNamen)
        if (r.rol == rol)
            return QString::fromLatin1(r.naam);
    return {};
}

std::optional<Rol> uitNaam(const QString &naam)
{
    for (const RolNaam &r : rolNamen)
        if (naam == QLatin1String(r.naam))
            return r.rol;
    return std::nullopt;
}

QStringList namen()
{
    QStringList lijst;
    for (const RolNaam &r : rolNamen)
        lijst << QString::fromLatin1(r.naam);
    return lijst;
}

} // namespace rol

Status Account::controleer() const
{
    const auto fout = [](const char *veld, const QString &wat) {
        return Error{QString::fromLatin1(veld), wat};
    };
    // The name is also the login role's at the server and what a person types: no spaces,
    // quotes or control characters to trip over.
    static const QRegularExpression naamVorm(QStringLiteral("^[A-Za-z0-9._-]{1,63}$"));
    if (!naamVorm.match(naam).hasMatch())
        return fout("naam", QCoreApplication::translate(
                                "Toegang", "an account's name has 1 to 63 letters (a-z), digits, "
                                           "dots, hyphens or underscores"));
    static const QRegularExpression gmCode(QStringLiteral("^GM[0-9]{4}$"));
    const bool metRegio = rol == Rol::Regievoerder;
    const bool metAzc = rol == Rol::Programmabegeleider;
    const bool metGemeente = rol == Rol::Gemeente;
    const bool metProvincie = rol == Rol::Provincie;
    if (metRegio != (regio != 0))
        return fout(
            "regio",
            metRegio
                ? QCoreApplication::translate("Toegang", "a regievoerder needs a region (1 to 5)")
                : QCoreApplication::translate("Toegang", "only a regievoerder has a region"));
    if (metRegio && (regio < 1 || regio > 5))
        return fout(
            "regio",
            QCoreApplication::translate("Toegang", "a region is 1 to 5, not %1").arg(regio));
    if (metAzc != !azc.trimmed().isEmpty())
        return fout("azc", metAzc ? QCoreApplication::translate(
                                        "Toegang", "a programmabegeleider needs an AZC location")
                                  : QCoreApplication::translate(
                                        "Toegang", "only a programmabegeleider has an AZC"));
    if (metGemeente != !gemeente.isEmpty())
        return fout(
            "gemeente",
            metGemeente
                ? QCoreApplication::translate("Toegang", "a gemeente account needs its "
                                                         "gemeente's code (GM0000)")
                : QCoreApplication::translate("Toegang", "only a gemeente account has a gemeente"));
    if (metGemeente && !gmCode.match(gemeente).hasMatch())
        return fout("gemeente",
                    QCoreApplication::translate("Toegang", "'%1' is not a gemeente code (GM0000)")
                        .arg(gemeente));
    if (metProvincie != !provincie.trimmed().isEmpty())
        return fout("provincie", metProvincie
                                     ? QCoreApplication::translate(
                                           "Toegang", "a provincie account needs its province")
                                     : QCoreApplication::translate(
                                           "Toegang", "only a provincie account has a province"));
    if (metProvincie && regio::provincie(provincie).isEmpty())
        return fout(
            "provincie",
            QCoreApplication::translate("Toegang", "'%1' is not a province: one of %2")
                .arg(provincie.left(40), regio::alleProvincies().join(QStringLiteral(", "))));
    return {};
}

Result<Account> Account::uitInvoer(const Invoer &invoer)
{
    Account a;
    a.naam = invoer.naam.trimmed();
    const QString rolTekst = invoer.rol.trimmed();
    const auto rol = rol::uitNaam(rolTekst.toLower());
    if (!rol)
        return Error{QStringLiteral("rol"),
                     QCoreApplication::translate("Toegang", "'%1' is not a role: one of %2")
                         .arg(rolTekst.left(40), rol::namen().join(QStringLiteral(", ")))};
    a.rol = *rol;
    if (const QString regio = invoer.regio.trimmed(); !regio.isEmpty()) {
        bool getal = false;
        a.regio = regio.toInt(&getal);
        if (!getal || a.regio == 0)
            return Error{QStringLiteral("regio"),
                         QCoreApplication::translate("Toegang", "a region is 1 to 5, not %1")
                             .arg(regio.left(40))};
    }
    a.azc = invoer.azc.trimmed();
    a.gemeente = invoer.gemeente.trimmed().toUpper();
    a.provincie = invoer.provincie.trimmed();
    if (const QString cbs = regio::provincie(a.provincie); !cbs.isEmpty())
        a.provincie = cbs;
    if (Status s = a.controleer(); !s)
        return s.error();
    return a;
}

QString Account::omschrijving() const
{
    switch (rol) {
    case Rol::Beheerder:
        return rol::naam(rol);
    case Rol::Regievoerder:
        return QCoreApplication::translate("Toegang", "regievoerder (region %1)").arg(regio);
    case Rol::Programmabegeleider:
        return QCoreApplication::translate("Toegang", "programmabegeleider (%1)").arg(azc);
    case Rol::Gemeente:
        return QCoreApplication::translate("Toegang", "gemeente (%1)").arg(gemeente);
    case Rol::Provincie:
        return QCoreApplication::translate("Toegang", "provincie (%1)").arg(provincie);
    }
    return {};
}

namespace toegang {

bool schrijft(Rol rol)
{
    return rol != Rol::Gemeente && rol != Rol::Provincie;
}

Status magSoort(const Account &account, const QString &soort)
{
    // everybody signed in with a local account may change its own password (the command asks
    // the current one, and names no other account)
    if (soort == QLatin1String("eigen-wachtwoord"))
        return {};
    bool mag = false;
    switch (account.rol) {
    case Rol::Beheerder:
        mag = true;
        break;
    case Rol::Regievoerder:
        mag = soort == QLatin1String("herverdeling") || soort == QLatin1String("gemeente") ||
              soort == QLatin1String("partnerschap-lid") || isHuishoudtype(soort) ||
              soort == QLatin1String("import-huishoudens");
        break;
    case Rol::Programmabegeleider:
        mag = soort == QLatin1String("intake") || soort == QLatin1String("import-huishoudens") ||
              soort == QLatin1String("notitie");
        break;
    case Rol::Gemeente:
    case Rol::Provincie:
        break;
    }
    if (mag)
        return {};
    return geweigerd(
        QCoreApplication::translate("Toegang", "the role %1 may not make a change of type %2")
            .arg(rol::naam(account.rol), soort));
}

Status magSchrijven(const Account &account, const QString &soort,
                    const QList<InvoerBereik> &bereiken)
{
    if (Status mag = magSoort(account, soort); !mag)
        return mag;
    // one's own password is about no household and in every role's scope
    if (soort == QLatin1String("eigen-wachtwoord"))
        return {};
    // an entry about no household has no scope (the server files it under none)
    const QList<InvoerBereik> alle = bereiken.isEmpty() ? QList<InvoerBereik>{{}} : bereiken;
    const bool overHuishoudens =
        isHuishoudtype(soort) || soort == QLatin1String("import-huishoudens");
    if (account.rol == Rol::Regievoerder && overHuishoudens) {
        for (const InvoerBereik &b : alle)
            if (b.regio.isNull() || b.regio.toInt() != account.regio)
                return geweigerd(
                    QCoreApplication::translate("Toegang", "a regievoerder of region %1 changes no "
                                                           "household of region %2")
                        .arg(QString::number(account.regio), tekst(b.regio)));
    } else if (account.rol == Rol::Programmabegeleider) {
        for (const InvoerBereik &b : alle)
            if (b.azc.isNull() || b.azc.toString() != account.azc)
                return geweigerd(
                    QCoreApplication::translate(
                        "Toegang", "a programmabegeleider of %1 changes no household of %2")
                        .arg(account.azc, b.azc.isNull()
                                              ? QCoreApplication::translate("Toegang", "(no AZC)")
                                              : b.azc.toString()));
    }
    return {};
}

} // namespace toegang
} // namespace rd
