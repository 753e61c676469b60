#include "core/huishouden/IntakeCommand.h"

#include "core/huishouden/HuishoudenJson.h"
#include "core/huishouden/HuishoudenRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rd {

IntakeCommand::IntakeCommand(Store &store, const Huishouden &huishouden, const QDate &vandaag)
    : Wijziging(store, QStringLiteral("intake")), m_huishouden(huishouden), m_vandaag(vandaag),
      m_nieuw(huishouden.id == 0)
{
    setText(m_nieuw ? QCoreApplication::translate("IntakeCommand", "New household")
                    : QCoreApplication::translate("IntakeCommand", "Save the intake data"));
    bereik().tijdlijn = true; // dates of the intake (permit, interview) move the phases
    if (!m_nieuw)
        bereik().huishoudens << huishouden.id;
}

Result<JournaalInvoer> IntakeCommand::doe()
{
    HuishoudenRepository repository(store());
    if (m_nieuw && m_huishouden.id == 0) {
        auto id = repository.voegToe(m_huishouden, m_vandaag);
        if (!id)
            return id.error();
        m_huishouden.id = *id;
        bereik().huishoudens = {*id};
        return invoer(m_huishouden, true, nullptr);
    }
    if (m_nieuw)
        return Error{
            QCoreApplication::translate("IntakeCommand", "household"),
            QCoreApplication::translate("IntakeCommand", "a new household is added only once")};
    auto vorige = repository.laad(m_huishouden.id);
    if (!vorige)
        return vorige.error();
    if (auto s = repository.werkBij(m_huishouden, m_vandaag); !s)
        return s.error();
    m_vorige = *vorige;
    return invoer(m_huishouden, false, &*m_vorige);
}

Result<JournaalInvoer> IntakeCommand::herstel()
{
    if (m_nieuw || !m_vorige)
        return Error{QCoreApplication::translate("IntakeCommand", "household"),
                     QCoreApplication::translate("IntakeCommand",
                                                 "a new household is not taken back by undo")};
    if (auto s = HuishoudenRepository(store()).werkBij(*m_vorige, m_vandaag); !s)
        return s.error();
    return invoer(*m_vorige, false, &m_huishouden);
}

JournaalInvoer IntakeCommand::invoer(const Huishouden &h, bool nieuw, const Huishouden *voor) const
{
    QJsonArray vNummers;
    for (const auto &p : h.personen)
        vNummers.append(p.vNummer);
    JournaalInvoer uit;
    uit.huishouden = vNummer(h.id);
    uit.data = {{QStringLiteral("huishouden"), h.id},
                {QStringLiteral("nieuw"), nieuw},
                {QStringLiteral("v_nummers"), vNummers},
                {QStringLiteral("personen"), h.aantalPersonen()},
                {QStringLiteral("vandaag"), m_vandaag.toString(Qt::ISODate)}};
    // the household itself travels beside the entry, for the team server
    uit.bijlage = huishoudenjson::alsJson(store(), h);
    if (voor)
        uit.bijlageVorig = huishoudenjson::alsJson(store(), *voor);
    return uit;
}

} // namespace rd
