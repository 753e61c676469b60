#include "core/werkbestand/Elders.h"

#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QHash>
#include <QSet>

namespace rd {

namespace {

enum class Soort
{
    Koppeling,    // koppelingen and the household's timeline
    Tijdlijn,     // the household's timeline, refusals, intake, letters
    Taakstelling, // the quota's inputs
    Gemeente,     // a gemeente's profile; a partnership's members (a quota input too)
    Instelling,
    Alles
};

Soort soortVan(const QString &soort)
{
    static const QHash<QString, Soort> soorten{
        {QStringLiteral("koppel"), Soort::Koppeling},
        {QStringLiteral("ontkoppel"), Soort::Koppeling},
        {QStringLiteral("plan"), Soort::Koppeling},
        {QStringLiteral("weigering"), Soort::Koppeling}, // may stop mediation: ends the coupling
        {QStringLiteral("datum"), Soort::Tijdlijn},
        {QStringLiteral("gebeurtenis"), Soort::Tijdlijn},
        {QStringLiteral("zelfhuisvester"), Soort::Tijdlijn},
        {QStringLiteral("hereniging"), Soort::Tijdlijn},
        {QStringLiteral("hereniging-vanaf"), Soort::Tijdlijn},
        {QStringLiteral("intake"), Soort::Tijdlijn},
        {QStringLiteral("brief"), Soort::Tijdlijn},
        {QStringLiteral("vg"), Soort::Taakstelling},
        {QStringLiteral("art30"), Soort::Taakstelling},
        {QStringLiteral("herverdeling"), Soort::Taakstelling},
        {QStringLiteral("gemeente"), Soort::Gemeente},
        {QStringLiteral("partnerschap-lid"), Soort::Gemeente},
        {QStringLiteral("instellingen"), Soort::Instelling},
        {QStringLiteral("tolerantie"), Soort::Instelling},
        {QStringLiteral("gewichten"), Soort::Instelling},
    };
    return soorten.value(soort, Soort::Alles);
}

} // namespace

Result<std::optional<Bereik>> bereikVanElders(Store &store, const QList<JournaalRegel> &regels)
{
    Bereik bereik;
    QSet<QString> vNummers;
    for (const JournaalRegel &regel : regels) {
        const Soort soort = soortVan(regel.soort);
        switch (soort) {
        case Soort::Alles:
            return std::optional<Bereik>();
        case Soort::Koppeling:
        case Soort::Tijdlijn:
            if (regel.huishouden.isEmpty())
                return std::optional<Bereik>(); // several households: the entry names none
            vNummers.insert(regel.huishouden);
            bereik.tijdlijn = true;
            bereik.koppelingen = bereik.koppelingen || soort == Soort::Koppeling;
            break;
        case Soort::Taakstelling:
            bereik.taakstelling = true;
            break;
        case Soort::Gemeente:
            bereik.gemeenten = true;
            bereik.taakstelling = bereik.taakstelling || regel.soort != QLatin1String("gemeente");
            break;
        case Soort::Instelling:
            bereik.instellingen = true;
            break;
        }
    }
    for (const QString &vNummer : std::as_const(vNummers)) {
        auto id = sql::scalar(store.database(),
                              QStringLiteral("SELECT huishouden FROM persoon WHERE v_nummer = ?"),
                              {vNummer});
        if (!id)
            return id.error();
        if (!id->isValid() || id->isNull())
            return std::optional<Bereik>(); // gone since: everything again
        bereik.huishoudens << id->toLongLong();
    }
    return std::optional<Bereik>(bereik);
}

} // namespace rd
