#include "core/demo/DemoCommand.h"

#include <QCoreApplication>

namespace rd {

DemoCommand::DemoCommand(Store &store, DemoOpties opties)
    : Wijziging(store, QStringLiteral("demo")), m_opties(std::move(opties))
{
    setText(QCoreApplication::translate("DemoCommand", "Demo data: %n household(s), seed %1",
                                        nullptr, m_opties.huishoudens)
                .arg(m_opties.seed));
    bereik().koppelingen = true;
    bereik().tijdlijn = true;
    bereik().taakstelling = true;
    bereik().gemeenten = true;
}

Result<JournaalInvoer> DemoCommand::doe()
{
    if (auto s = maakDemo(store(), m_opties); !s)
        return s.error();
    JournaalInvoer uit;
    uit.data = {{QStringLiteral("seed"), qint64(m_opties.seed)},
                {QStringLiteral("huishoudens"), m_opties.huishoudens},
                {QStringLiteral("vandaag"), m_opties.vandaag.toString(Qt::ISODate)}};
    return uit;
}

Result<JournaalInvoer> DemoCommand::herstel()
{
    return Error{QCoreApplication::translate("DemoCommand", "demo"),
                 QCoreApplication::translate("DemoCommand",
                                             "demo data is not taken back: start a new store")};
}

} // namespace rd
