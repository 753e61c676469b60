#include "core/weigering/VoegBijCommand.h"

#include "core/huishouden/HuishoudenRepository.h"
#include "core/weigering/Gezinshereniging.h"

#include <QCoreApplication>

namespace rd {

VoegBijCommand::VoegBijCommand(Store &store, qint64 nareizigerHuishouden,
                               const QString &hoofdVNummer)
    : Wijziging(store, QStringLiteral("voeg-bij")), m_huishouden(nareizigerHuishouden),
      m_hoofdVNummer(hoofdVNummer.trimmed())
{
    setText(m_hoofdVNummer.isEmpty()
                ? QCoreApplication::translate("VoegBijCommand", "Unlink from the household joined")
                : QCoreApplication::translate("VoegBijCommand", "Join the household of %1")
                      .arg(m_hoofdVNummer));
    bereik().tijdlijn = true;
    bereik().huishoudens << nareizigerHuishouden;
}

Result<JournaalInvoer> VoegBijCommand::doe()
{
    auto stand = GezinsherenigingService(store()).stand(m_huishouden);
    if (!stand)
        return stand.error();
    m_vorige = stand->voegtBij;
    qint64 hoofd = 0;
    if (!m_hoofdVNummer.isEmpty()) {
        auto gevonden = HuishoudenRepository(store()).zoekOpVNummer(m_hoofdVNummer);
        if (!gevonden)
            return gevonden.error();
        if (!gevonden->has_value())
            return Error{QStringLiteral("voegtBij"),
                         QCoreApplication::translate("VoegBijCommand",
                                                     "no household has a member with V-nummer %1")
                             .arg(m_hoofdVNummer)};
        hoofd = **gevonden;
    }
    auto uit = zet(hoofd);
    // what it replaced, for a take-back after a conflict at the team server (a row number
    // differs between stores, the V-nummer not)
    if (uit)
        uit->data.insert(QStringLiteral("vorige_v_nummer"),
                         m_vorige > 0 ? vNummer(m_vorige) : QString());
    return uit;
}

Result<JournaalInvoer> VoegBijCommand::herstel()
{
    return zet(m_vorige);
}

Result<JournaalInvoer> VoegBijCommand::zet(qint64 hoofd)
{
    if (auto s = GezinsherenigingService(store()).voegBij(m_huishouden, hoofd); !s)
        return s.error();
    JournaalInvoer invoer;
    invoer.huishouden = vNummer(m_huishouden);
    invoer.data = {{QStringLiteral("huishouden"), m_huishouden},
                   {QStringLiteral("voegt_bij"), hoofd},
                   {QStringLiteral("voegt_bij_v_nummer"), hoofd > 0 ? vNummer(hoofd) : QString()}};
    return invoer;
}

} // namespace rd
