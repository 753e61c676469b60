#include "tijdlijn/ZelfhuisvesterCommando.h"

#include "tijdlijn/TijdlijnService.h"

#include <QCoreApplication>

namespace rd {

ZelfhuisvesterCommando::ZelfhuisvesterCommando(Store &store, qint64 huishoudenId,
                                               bool zelfhuisvester)
    : m_store(store), m_huishoudenId(huishoudenId), m_zelfhuisvester(zelfhuisvester)
{
    setText(
        zelfhuisvester
            ? QCoreApplication::translate("ZelfhuisvesterCommando", "Mark as zelfhuisvester")
            : QCoreApplication::translate("ZelfhuisvesterCommando", "Unmark as zelfhuisvester"));
}

void ZelfhuisvesterCommando::redo()
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

void ZelfhuisvesterCommando::undo()
{
    zet(m_vorige, false);
}

void ZelfhuisvesterCommando::zet(bool waarde, bool isRedo)
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
