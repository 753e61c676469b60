#include "core/koppeling/OntkoppelCommand.h"

#include <QCoreApplication>

namespace rd {

OntkoppelCommand::OntkoppelCommand(Store &store, qint64 huishoudenId, const QDate &datum,
                                   QString reden, const QDate &vandaag)
    : Wijziging(store, QStringLiteral("ontkoppel")), m_huishoudenId(huishoudenId), m_datum(datum),
      m_reden(std::move(reden)), m_vandaag(vandaag)
{
    setText(QCoreApplication::translate("OntkoppelCommand", "Uncouple (%1)").arg(m_reden));
    bereik().koppelingen = true;
    bereik().huishoudens << huishoudenId;
}

Result<JournaalInvoer> OntkoppelCommand::doe()
{
    KoppelingService service(store());
    auto actief = service.actief(m_huishoudenId);
    if (!actief)
        return actief.error();
    if (!actief->has_value())
        return Error{QCoreApplication::translate("OntkoppelCommand", "household"),
                     QCoreApplication::translate("OntkoppelCommand", "is not coupled")};
    const Koppeling vorige = **actief;
    if (auto status = service.ontkoppel(m_huishoudenId, m_datum, m_reden, m_vandaag); !status)
        return status.error();
    m_vorige = vorige;
    m_personen = aantalPersonen(store(), m_huishoudenId);
    JournaalInvoer invoer;
    invoer.huishouden = vNummer(m_huishoudenId);
    invoer.data = {{QStringLiteral("huishouden"), m_huishoudenId},
                   {QStringLiteral("koppeling"), vorige.id},
                   {QStringLiteral("datum"), m_datum.toString(Qt::ISODate)},
                   {QStringLiteral("reden"), m_reden},
                   {QStringLiteral("vandaag"), m_vandaag.toString(Qt::ISODate)}};
    return invoer;
}

Result<JournaalInvoer> OntkoppelCommand::herstel()
{
    if (!m_vorige)
        return Error{QCoreApplication::translate("OntkoppelCommand", "household"),
                     QCoreApplication::translate("OntkoppelCommand", "is not coupled")};
    if (auto status = KoppelingService(store()).herstelOntkoppeling(m_vorige->id); !status)
        return status.error();
    JournaalInvoer invoer;
    invoer.huishouden = vNummer(m_huishoudenId);
    invoer.data = {{QStringLiteral("koppeling"), m_vorige->id}};
    return invoer;
}

void OntkoppelCommand::naCommit(bool ontkoppeld)
{
    bereik().koppelGebeurtenissen.clear();
    if (!m_vorige)
        return;
    bereik().koppelGebeurtenissen.append(
        {m_huishoudenId, m_vorige->gemeenteCode, m_vorige->datum, m_personen, !ontkoppeld});
}

} // namespace rd
