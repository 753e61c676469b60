#include "core/koppeling/OntkoppelCommand.h"

#include <QCoreApplication>

namespace rd {

OntkoppelCommand::OntkoppelCommand(Store &store, qint64 huishoudenId, const QDate &datum,
                                   QString reden, const QDate &vandaag)
    : m_store(store), m_huishoudenId(huishoudenId), m_datum(datum), m_reden(std::move(reden)),
      m_vandaag(vandaag)
{
    setText(QCoreApplication::translate("OntkoppelCommand", "Uncouple (%1)").arg(m_reden));
}

void OntkoppelCommand::redo()
{
    KoppelingService service(m_store);
    auto actief = service.actief(m_huishoudenId);
    if (!actief || !actief->has_value()) {
        m_fout = actief ? Error{QCoreApplication::translate("OntkoppelCommand", "household"),
                                QCoreApplication::translate("OntkoppelCommand", "is not coupled")}
                        : actief.error();
        setObsolete(true);
        if (m_foutMelder)
            m_foutMelder(*m_fout);
        return;
    }
    const Koppeling vorige = **actief;
    if (auto status = service.ontkoppel(m_huishoudenId, m_datum, m_reden, m_vandaag); !status) {
        m_fout = status.error();
        setObsolete(true);
        if (m_foutMelder)
            m_foutMelder(*m_fout);
        return;
    }
    m_vorige = vorige;
    m_fout.reset();
    m_ontkoppeld = true;
    meld(false);
}

void OntkoppelCommand::undo()
{
    if (!m_ontkoppeld || !m_vorige)
        return;
    if (auto status = KoppelingService(m_store).herstelOntkoppeling(m_vorige->id); !status) {
        m_fout = status.error();
        if (m_foutMelder)
            m_foutMelder(*m_fout);
        return;
    }
    m_fout.reset();
    m_ontkoppeld = false;
    meld(true);
}

void OntkoppelCommand::meld(bool gekoppeld)
{
    if (!m_melder || !m_vorige)
        return;
    m_melder({m_huishoudenId, m_vorige->gemeenteCode, m_vorige->datum,
              aantalPersonen(m_store, m_huishoudenId), gekoppeld});
}

} // namespace rd
