#include "core/tijdlijn/ZelfhuisvesterCommand.h"

#include "core/tijdlijn/TijdlijnService.h"

#include <QCoreApplication>

namespace rd {

ZelfhuisvesterCommand::ZelfhuisvesterCommand(Store &store, qint64 huishoudenId, bool zelfhuisvester)
    : Wijziging(store, QStringLiteral("zelfhuisvester")), m_huishoudenId(huishoudenId),
      m_zelfhuisvester(zelfhuisvester)
{
    setText(zelfhuisvester
                ? QCoreApplication::translate("ZelfhuisvesterCommand", "Mark as zelfhuisvester")
                : QCoreApplication::translate("ZelfhuisvesterCommand", "Unmark as zelfhuisvester"));
    bereik().tijdlijn = true;
    bereik().huishoudens << huishoudenId;
}

Result<JournaalInvoer> ZelfhuisvesterCommand::doe()
{
    auto vorige = TijdlijnService(store()).isZelfhuisvester(m_huishoudenId);
    if (!vorige)
        return vorige.error();
    m_vorige = *vorige;
    return zet(m_zelfhuisvester, m_vorige);
}

Result<JournaalInvoer> ZelfhuisvesterCommand::herstel()
{
    return zet(m_vorige, m_zelfhuisvester);
}

Result<JournaalInvoer> ZelfhuisvesterCommand::zet(bool waarde, bool vorige)
{
    if (auto s = TijdlijnService(store()).zetZelfhuisvester(m_huishoudenId, waarde); !s)
        return s.error();
    JournaalInvoer invoer;
    invoer.huishouden = vNummer(m_huishoudenId);
    invoer.data = {{QStringLiteral("huishouden"), m_huishoudenId},
                   {QStringLiteral("zelfhuisvester"), waarde},
                   {QStringLiteral("vorige"), vorige}}; // what a conflict's take-back restores
    return invoer;
}

} // namespace rd
