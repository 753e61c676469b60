#include "core/instellingen/AfzenderCommand.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rd {

AfzenderCommand::AfzenderCommand(Store &store, const Afzender &afzender,
                                 const QList<AzcContact> &contacten)
    : Wijziging(store, QStringLiteral("instellingen")), m_afzender(afzender), m_contacten(contacten)
{
    setText(QCoreApplication::translate("AfzenderCommand", "Change the letter's sender"));
    bereik().instellingen = true;
}

Result<JournaalInvoer> AfzenderCommand::doe()
{
    Instellingen instellingen(store());
    auto afzender = instellingen.afzender();
    if (!afzender)
        return afzender.error();
    QList<AzcContact> vorige;
    for (const AzcContact &c : std::as_const(m_contacten)) {
        auto oud = instellingen.azcContact(c.azcId);
        if (!oud)
            return Error{c.naam, oud.error().message};
        vorige << AzcContact{c.azcId, c.naam, *oud};
    }
    auto uit = zet(m_afzender, m_contacten);
    if (uit) {
        m_vorigeAfzender = *afzender;
        m_vorigeContacten = vorige;
    }
    return uit;
}

Result<JournaalInvoer> AfzenderCommand::herstel()
{
    return zet(m_vorigeAfzender, m_vorigeContacten);
}

Result<JournaalInvoer> AfzenderCommand::zet(const Afzender &afzender,
                                            const QList<AzcContact> &contacten)
{
    Instellingen instellingen(store());
    if (auto s = instellingen.zetAfzender(afzender); !s)
        return s.error();
    QJsonArray regels;
    for (const AzcContact &c : contacten) {
        if (auto s = instellingen.zetAzcContact(c.azcId, c.contact); !s)
            return Error{c.naam, s.error().message};
        regels.append(
            QJsonObject{{QStringLiteral("azc"), c.azcId}, {QStringLiteral("contact"), c.contact}});
    }
    JournaalInvoer invoer;
    invoer.data = {{QStringLiteral("afzender"),
                    QJsonObject{{QStringLiteral("organisatie"), afzender.organisatie},
                                {QStringLiteral("regievoerder"), afzender.regievoerder},
                                {QStringLiteral("telefoon"), afzender.telefoon},
                                {QStringLiteral("email"), afzender.email}}},
                   {QStringLiteral("azc_contacten"), regels}};
    return invoer;
}

} // namespace rd
