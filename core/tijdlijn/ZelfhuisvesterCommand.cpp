#include "core/tijdlijn/ZelfhuisvesterCommand.h"

#include "core/tijdlijn/TijdlijnService.h"

#include <QCoreApplication>

namespace rd {

ZelfhuisvesterCommand::ZelfhuisvesterCommand(Store &store, qint64 huishoudenId, bool zelfhuisvester)
    : m_store(store), m_huishoudenId(huishoudenId), m_zelfhuisvester(zelfhuisvester)
{
    setText(zelfhuisvester
                ? QCoreApplication::translate("ZelfhuisvesterCommand", "Mark as zelfhuisvester")
                : QCoreApplication::translate("ZelfhuisvesterCommand", "Unmark as zelfhuisvester"));
}

void ZelfhuisvesterCommand::redo()
{
    auto vorige = TijdlijnService(m_store).isZelfhuisvester(m_huishoudenId);
    if (!vorige) {
        setObsolete(true);
        if (m_fout)
            m_fout(vorige.error());
        return;
    }
    m_vorige = *vorige;
    zet(m_zelfhuisvester, true);
}

void ZelfhuisvesterCommand::undo()
{
    zet(m_vorige, false);
}

void ZelfhuisvesterCommand::zet(bool waarde, bool isRedo)
{
    const Status status = TijdlijnService(m_store).zetZelfhuisvester(m_huishoudenId, waarde);
    if (!status) {
        if (isRedo)
            setObsolete(true);
        if (m_fout)
            m_fout(status.error());
        return;
    }
    if (m_gewijzigd)
        m_gewijzigd(m_huishoudenId);
}

} // namespace rd
