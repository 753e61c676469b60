#include "core/werkbestand/Wijziging.h"

#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace rd {

Wijziging::Wijziging(Store &store, QString soort) : m_store(store), m_soort(std::move(soort)) {}

Wijziging::~Wijziging() = default;

void Wijziging::redo()
{
    if (m_gedaan)
        return;
    if (!voer(true))
        setObsolete(true);
}

void Wijziging::undo()
{
    if (m_gedaan)
        voer(false);
}

Status Wijziging::voerUit()
{
    redo();
    if (m_fout)
        return *m_fout;
    return {};
}

bool Wijziging::voer(bool vooruit)
{
    qint64 seq = 0;
    const Status status = m_store.transaction([&]() -> Status {
        // A type the role never makes is refused before any work (an import of a national
        // file); the scope is judged on the entry (journaal::voegToe).
        if (m_store.account() && !m_store.vanElders())
            if (Status mag = toegang::magSoort(*m_store.account(), m_soort); !mag)
                return mag;
        auto invoer = vooruit ? doe() : herstel();
        if (!invoer)
            return invoer.error();
        invoer->soort = m_soort;
        if (!vooruit) {
            invoer->ongedaan = m_redoSeq;
            if (invoer->samenvatting.isEmpty())
                invoer->samenvatting =
                    QCoreApplication::translate("Wijziging", "Undone: %1").arg(text());
        } else {
            if (invoer->samenvatting.isEmpty())
                invoer->samenvatting = text();
            // A redo after an undo names the step's first entry: a replay redoes that step.
            if (m_redoSeq > 0)
                invoer->data.insert(QStringLiteral("opnieuw"), m_eersteSeq);
        }
        auto regel = journaal::voegToe(m_store, *invoer);
        if (!regel)
            return regel.error();
        seq = regel->seq;
        return {};
    });
    if (!status) {
        m_fout = status.error();
        if (m_foutMelder)
            m_foutMelder(*m_fout);
        if (m_werkFout)
            m_werkFout(*m_fout);
        return false;
    }
    m_fout.reset();
    m_gedaan = vooruit;
    m_laatsteSeq = seq;
    if (vooruit) {
        m_redoSeq = seq;
        if (m_eersteSeq == 0)
            m_eersteSeq = seq;
    }
    naCommit(vooruit);
    if (m_gewijzigd) {
        for (qint64 id : std::as_const(m_bereik.huishoudens))
            m_gewijzigd(id);
    }
    if (m_werkMelder)
        m_werkMelder(*this);
    return true;
}

QString Wijziging::vNummer(qint64 huishoudenId) const
{
    auto v = sql::scalar(m_store.database(),
                         QStringLiteral("SELECT v_nummer FROM persoon WHERE huishouden = ? "
                                        "AND referent = 1"),
                         {huishoudenId});
    return v && !v->isNull() ? v->toString() : QString::number(huishoudenId);
}

} // namespace rd
