#include "core/gemeente/GemeenteCommand.h"
#include "core/gemeente/GemeenteService.h"
#include "core/instellingen/Instellingen.h"
#include "core/journaal/Journaal.h"
#include "core/suggestie/GewichtenCommand.h"
#include "core/suggestie/SuggestieService.h"
#include "core/sync/SyncIntern.h"
#include "core/taakstelling/TaakstellingCommand.h"

#include <QJsonObject>

// Conflicts of the region's reference data and settings taken back (issue 16): the quota's inputs,
// a gemeente's profile, a partnership's member, the suggestions' weights and the tolerated
// backlog. Each entry keeps what it replaced ("vorige") since session 30; an older entry is not
// taken back (nietTerug).
namespace rd::sync {

using terug::getal;
using terug::tekst;

namespace {

// A half-year's vg or a gemeente's art. 30 population put back as it was stored before the
// entry (the entry keeps the row, or null when there was none), as the step's undo does.
Result<QJsonObject> taakstellingTerug(Store &store, const JournaalRegel &gedaan,
                                      const QJsonObject &data)
{
    if (!data.contains(QLatin1String("vorige")))
        return nietTerug(gedaan);
    const auto halfJaar = HalfJaar::parse(tekst(data, "halfjaar"));
    if (!halfJaar)
        return Error{QStringLiteral("halfjaar"), tekst(data, "halfjaar")};
    const auto vorige = taakstellingstap::uitJson(data.value(QLatin1String("vorige")));
    const bool vg = gedaan.soort == QLatin1String("vg");
    if (Status s =
            vg ? taakstellingstap::herstelVg(store, *halfJaar, vorige)
               : taakstellingstap::herstelArt30(store, tekst(data, "gemeente"), *halfJaar, vorige);
        !s)
        return s.error();
    QJsonObject uit{{QStringLiteral("halfjaar"), halfJaar->toString()},
                    {QStringLiteral("vorige"), data.value(QLatin1String("vorige"))}};
    if (!vg)
        uit.insert(QStringLiteral("gemeente"), tekst(data, "gemeente"));
    return uit;
}

// A gemeente's profile put back as it was before the entry.
Result<QJsonObject> gemeenteTerug(Store &store, const JournaalRegel &gedaan,
                                  const QJsonObject &data)
{
    if (!data.value(QLatin1String("vorige")).isObject())
        return nietTerug(gedaan);
    const auto p =
        GemeenteProfielCommand::Profiel::uitJson(data.value(QLatin1String("vorige")).toObject());
    if (Status s = GemeenteService(store).werkBij(tekst(data, "gemeente"), p.woningprofiel,
                                                  p.contactpersoon, p.notities, p.contact);
        !s)
        return s.error();
    return QJsonObject{{QStringLiteral("gemeente"), tekst(data, "gemeente")}};
}

// Joining a partnership taken back by leaving it, leaving by joining again; when the membership
// is already what it was before the entry, nothing.
Result<QJsonObject> partnerschapTerug(Store &store, const QJsonObject &data)
{
    const qint64 partnerschap = getal(data, "partnerschap");
    const QString gemeente = tekst(data, "gemeente");
    const bool lid = data.value(QLatin1String("lid")).toBool();
    GemeenteService service(store);
    auto nu = service.isLid(partnerschap, gemeente);
    if (!nu)
        return nu.error();
    if (*nu == lid)
        if (Status s = lid ? service.verwijderLid(partnerschap, gemeente)
                           : service.voegLidToe(partnerschap, gemeente);
            !s)
            return s.error();
    return QJsonObject{{QStringLiteral("partnerschap"), partnerschap},
                       {QStringLiteral("gemeente"), gemeente},
                       {QStringLiteral("lid"), !lid}};
}

// The suggestions' weights put back as they were before the entry.
Result<QJsonObject> gewichtenTerug(Store &store, const JournaalRegel &gedaan,
                                   const QJsonObject &data)
{
    const auto vorige = GewichtenCommand::uitData(data.value(QLatin1String("vorige")).toObject());
    if (!vorige)
        return nietTerug(gedaan);
    if (Status s = SuggestieService(store).zetGewichten(*vorige); !s)
        return s.error();
    return data.value(QLatin1String("vorige")).toObject();
}

// The tolerated backlog put back as it was before the entry.
Result<QJsonObject> tolerantieTerug(Store &store, const JournaalRegel &gedaan,
                                    const QJsonObject &data)
{
    const auto vorige = Tolerantie::parse(tekst(data, "vorige"));
    if (!vorige)
        return nietTerug(gedaan);
    if (Status s = Instellingen(store).zetTolerantie(*vorige); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("tolerantie"), vorige->toString()}};
}

} // namespace

bool isReferentie(const QString &soort)
{
    static const QStringList soorten{
        QStringLiteral("vg"),        QStringLiteral("art30"),
        QStringLiteral("gemeente"),  QStringLiteral("partnerschap-lid"),
        QStringLiteral("gewichten"), QStringLiteral("tolerantie")};
    return soorten.contains(soort);
}

Result<QJsonObject> referentieTerug(Store &store, const JournaalRegel &gedaan,
                                    const QJsonObject &data)
{
    const QString &soort = gedaan.soort;
    if (soort == QLatin1String("vg") || soort == QLatin1String("art30"))
        return taakstellingTerug(store, gedaan, data);
    if (soort == QLatin1String("gemeente"))
        return gemeenteTerug(store, gedaan, data);
    if (soort == QLatin1String("partnerschap-lid"))
        return partnerschapTerug(store, data);
    if (soort == QLatin1String("gewichten"))
        return gewichtenTerug(store, gedaan, data);
    if (soort == QLatin1String("tolerantie"))
        return tolerantieTerug(store, gedaan, data);
    return nietTerug(gedaan);
}

} // namespace rd::sync
