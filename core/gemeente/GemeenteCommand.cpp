#include "core/gemeente/GemeenteCommand.h"

#include "core/gemeente/GemeenteService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rd {

GemeenteProfielCommand::GemeenteProfielCommand(Store &store, const QString &code,
                                               const QStringList &woningprofiel,
                                               const QString &contactpersoon,
                                               const QString &notities,
                                               const GemeenteContact &contact)
    : Wijziging(store, QStringLiteral("gemeente")),
      m_code(code), m_nieuw{woningprofiel, contactpersoon, notities, contact}
{
    setText(QCoreApplication::translate("GemeenteCommand", "Edit the profile of %1").arg(code));
    bereik().gemeenten = true;
}

QJsonObject GemeenteProfielCommand::Profiel::alsJson() const
{
    return {{QStringLiteral("woningprofiel"), QJsonArray::fromStringList(woningprofiel)},
            {QStringLiteral("contactpersoon"), contactpersoon},
            {QStringLiteral("notities"), notities},
            {QStringLiteral("contact"), QJsonObject{{QStringLiteral("naam"), contact.naam},
                                                    {QStringLiteral("telefoon"), contact.telefoon},
                                                    {QStringLiteral("email"), contact.email}}}};
}

GemeenteProfielCommand::Profiel GemeenteProfielCommand::Profiel::uitJson(const QJsonObject &json)
{
    auto tekst = [](const QJsonObject &o, const char *sleutel) {
        return o.value(QLatin1String(sleutel)).toString();
    };
    const QJsonObject c = json.value(QLatin1String("contact")).toObject();
    Profiel p;
    for (const QJsonValue &v : json.value(QLatin1String("woningprofiel")).toArray())
        p.woningprofiel << v.toString();
    p.contactpersoon = tekst(json, "contactpersoon");
    p.notities = tekst(json, "notities");
    p.contact = GemeenteContact{tekst(c, "naam"), tekst(c, "telefoon"), tekst(c, "email")};
    return p;
}

Result<JournaalInvoer> GemeenteProfielCommand::doe()
{
    auto geladen = GemeenteService(store()).laad(m_code);
    if (!geladen)
        return geladen.error();
    m_vorige = {geladen->woningprofiel, geladen->contactpersoon, geladen->notities,
                geladen->contact};
    auto uit = zet(m_nieuw);
    // what it replaced, for a take-back after a conflict at the team server
    if (uit)
        uit->data.insert(QStringLiteral("vorige"), m_vorige.alsJson());
    return uit;
}

Result<JournaalInvoer> GemeenteProfielCommand::herstel()
{
    return zet(m_vorige);
}

Result<JournaalInvoer> GemeenteProfielCommand::zet(const Profiel &p)
{
    if (auto s = GemeenteService(store()).werkBij(m_code, p.woningprofiel, p.contactpersoon,
                                                  p.notities, p.contact);
        !s)
        return s.error();
    JournaalInvoer invoer;
    invoer.data = p.alsJson();
    invoer.data.insert(QStringLiteral("gemeente"), m_code);
    return invoer;
}

PartnerschapLidCommand::PartnerschapLidCommand(Store &store, qint64 partnerschapId,
                                               const QString &code, bool lid)
    : Wijziging(store, QStringLiteral("partnerschap-lid")), m_partnerschapId(partnerschapId),
      m_code(code), m_lid(lid)
{
    setText(
        lid ? QCoreApplication::translate("GemeenteCommand", "%1 joins a partnership").arg(code)
            : QCoreApplication::translate("GemeenteCommand", "%1 leaves a partnership").arg(code));
    bereik().gemeenten = true;
    bereik().taakstelling = true;
}

Result<JournaalInvoer> PartnerschapLidCommand::doe()
{
    return zet(m_lid);
}

Result<JournaalInvoer> PartnerschapLidCommand::herstel()
{
    return zet(!m_lid);
}

Result<JournaalInvoer> PartnerschapLidCommand::zet(bool lid)
{
    GemeenteService service(store());
    if (auto s = lid ? service.voegLidToe(m_partnerschapId, m_code)
                     : service.verwijderLid(m_partnerschapId, m_code);
        !s)
        return s.error();
    JournaalInvoer invoer;
    invoer.data = {{QStringLiteral("partnerschap"), m_partnerschapId},
                   {QStringLiteral("gemeente"), m_code},
                   {QStringLiteral("lid"), lid}};
    return invoer;
}

} // namespace rd
