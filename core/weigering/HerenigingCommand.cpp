#include "core/weigering/HerenigingCommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {

HerenigingCommand::HerenigingCommand(Store &store, qint64 huishoudenId, HerenigingBesluit besluit,
                                     const QDate &datum, const QDate &vandaag)
    : Wijziging(store, QStringLiteral("hereniging")), m_huishoudenId(huishoudenId),
      m_besluit(besluit), m_datum(datum), m_vandaag(vandaag)
{
    setText(
        besluit == HerenigingBesluit::Geen
            ? QCoreApplication::translate("HerenigingCommand", "Clear the reunification decision")
            : QCoreApplication::translate("HerenigingCommand", "Reunification decision: %1")
                  .arg(hereniging::naam(besluit)));
    bereik().tijdlijn = true;
    bereik().huishoudens << huishoudenId;
}

Result<JournaalInvoer> HerenigingCommand::doe()
{
    GezinsherenigingService service(store());
    auto stand = service.stand(m_huishoudenId, m_vandaag);
    if (!stand)
        return stand.error();
    m_vorige = stand->besluit;
    m_vorigeDatum = stand->besluitDatum;
    if (auto s = service.besluit(m_huishoudenId, m_besluit, m_datum, m_vandaag); !s)
        return s.error();
    auto uit = invoer(m_besluit, m_datum);
    uit.data.insert(QStringLiteral("vandaag"), m_vandaag.toString(Qt::ISODate));
    // what it replaced, for a take-back after a conflict at the team server
    uit.data.insert(QStringLiteral("vorige"), hereniging::code(m_vorige));
    uit.data.insert(QStringLiteral("vorige_datum"),
                    m_vorigeDatum.isValid() ? m_vorigeDatum.toString(Qt::ISODate) : QString());
    return uit;
}

Result<JournaalInvoer> HerenigingCommand::herstel()
{
    // The earlier decision was valid on its own date; it may lie after m_vandaag only when it
    // was taken with a later "today", so that date is today enough for putting it back.
    const QDate vandaag = m_vorigeDatum.isValid() ? std::max(m_vandaag, m_vorigeDatum) : m_vandaag;
    if (auto s = GezinsherenigingService(store()).besluit(m_huishoudenId, m_vorige, m_vorigeDatum,
                                                          vandaag);
        !s)
        return s.error();
    auto uit = invoer(m_vorige, m_vorigeDatum);
    uit.data.insert(QStringLiteral("vandaag"), vandaag.toString(Qt::ISODate));
    return uit;
}

JournaalInvoer HerenigingCommand::invoer(HerenigingBesluit besluit, const QDate &datum) const
{
    JournaalInvoer uit;
    uit.huishouden = vNummer(m_huishoudenId);
    uit.data = {
        {QStringLiteral("huishouden"), m_huishoudenId},
        {QStringLiteral("besluit"), hereniging::code(besluit)},
        {QStringLiteral("datum"), datum.isValid() ? datum.toString(Qt::ISODate) : QString()}};
    return uit;
}

} // namespace rd
