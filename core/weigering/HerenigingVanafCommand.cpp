#include "core/weigering/HerenigingVanafCommand.h"

#include "core/weigering/Gezinshereniging.h"

#include <QCoreApplication>

namespace rd {

HerenigingVanafCommand::HerenigingVanafCommand(Store &store, qint64 huishoudenId,
                                               const QDate &vanaf, const QDate &vandaag)
    : Wijziging(store, QStringLiteral("hereniging-vanaf")), m_huishoudenId(huishoudenId),
      m_vanaf(vanaf), m_vandaag(vandaag)
{
    setText(vanaf.isValid()
                ? QCoreApplication::translate("HerenigingVanafCommand",
                                              "Block placement for family reunification from %1")
                      .arg(vanaf.toString(Qt::ISODate))
                : QCoreApplication::translate("HerenigingVanafCommand",
                                              "Clear the reunification block"));
    bereik().tijdlijn = true;
    bereik().huishoudens << huishoudenId;
}

Result<JournaalInvoer> HerenigingVanafCommand::doe()
{
    GezinsherenigingService service(store());
    auto stand = service.stand(m_huishoudenId, m_vandaag);
    if (!stand)
        return stand.error();
    m_vorige = stand->vanaf;
    if (auto s = service.zetVanaf(m_huishoudenId, m_vanaf, m_vandaag); !s)
        return s.error();
    return invoer(m_vanaf, m_vorige);
}

Result<JournaalInvoer> HerenigingVanafCommand::herstel()
{
    if (auto s = GezinsherenigingService(store()).herstelVanaf(m_huishoudenId, m_vorige); !s)
        return s.error();
    return invoer(m_vorige, m_vanaf);
}

JournaalInvoer HerenigingVanafCommand::invoer(const QDate &vanaf, const QDate &vorige) const
{
    JournaalInvoer uit;
    uit.huishouden = vNummer(m_huishoudenId);
    uit.data = {
        {QStringLiteral("huishouden"), m_huishoudenId},
        {QStringLiteral("vanaf"), vanaf.isValid() ? vanaf.toString(Qt::ISODate) : QString()},
        // what a conflict's take-back puts back
        {QStringLiteral("vorige"), vorige.isValid() ? vorige.toString(Qt::ISODate) : QString()},
        {QStringLiteral("vandaag"), m_vandaag.toString(Qt::ISODate)}};
    return uit;
}

} // namespace rd
