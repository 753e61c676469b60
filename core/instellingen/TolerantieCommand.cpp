#include "core/instellingen/TolerantieCommand.h"

#include <QCoreApplication>

namespace rd {

TolerantieCommand::TolerantieCommand(Store &store, const Tolerantie &tolerantie)
    : Wijziging(store, QStringLiteral("tolerantie")), m_tolerantie(tolerantie)
{
    setText(QCoreApplication::translate("TolerantieCommand", "Tolerated backlog %1")
                .arg(tolerantie.toString()));
    bereik().instellingen = true;
}

Result<JournaalInvoer> TolerantieCommand::doe()
{
    Instellingen instellingen(store());
    auto oud = instellingen.tolerantie();
    if (!oud)
        return oud.error();
    m_vorige = *oud;
    if (auto s = instellingen.zetTolerantie(m_tolerantie); !s)
        return s.error();
    auto uit = invoer(m_tolerantie);
    // what it replaced, for a take-back after a conflict at the team server
    uit.data.insert(QStringLiteral("vorige"), m_vorige.toString());
    return uit;
}

Result<JournaalInvoer> TolerantieCommand::herstel()
{
    if (auto s = Instellingen(store()).zetTolerantie(m_vorige); !s)
        return s.error();
    return invoer(m_vorige);
}

JournaalInvoer TolerantieCommand::invoer(const Tolerantie &t) const
{
    JournaalInvoer uit;
    uit.data = {{QStringLiteral("tolerantie"), t.toString()}};
    return uit;
}

} // namespace rd
