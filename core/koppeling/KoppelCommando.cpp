#include "koppeling/KoppelCommando.h"

#include "koppeling/KoppelingService.h"

#include <QCoreApplication>

namespace rd {

KoppelCommando::KoppelCommando(Store &store, qint64 huishoudenId, QString gemeenteCode,
                               qint64 partnerschapId, const QDate &datum, QString reden,
                               QString overruleReden, const QDate &vandaag)
    : m_store(store), m_huishoudenId(huishoudenId), m_gemeenteCode(std::move(gemeenteCode)),
      m_partnerschapId(partnerschapId), m_datum(datum), m_reden(std::move(reden)),
      m_overruleReden(std::move(overruleReden)), m_vandaag(vandaag)
{
    setText(QCoreApplication::translate("KoppelCommando", "Couple to %1").arg(m_gemeenteCode));
}

void KoppelCommando::redo()
{
    auto id =
        KoppelingService(m_store).koppelNaControle(m_huishoudenId, m_gemeenteCode, m_partnerschapId,
                                                   m_datum, m_reden, m_overruleReden, m_vandaag);
    if (id) {
        m_fout.reset();
        m_gekoppeld = true;
        return;
    }
    m_fout = id.error();
    setObsolete(true);
}

void KoppelCommando::undo()
{
    if (!m_gekoppeld)
        return;
    auto status = KoppelingService(m_store).ontkoppel(
        m_huishoudenId, m_datum,
        QCoreApplication::translate("KoppelCommando", "undone (%1)").arg(m_reden), m_vandaag);
    if (status) {
        m_fout.reset();
        m_gekoppeld = false;
    } else
        m_fout = status.error();
}

} // namespace rd
