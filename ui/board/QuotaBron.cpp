#include "board/QuotaBron.h"

#include "common/AchtergrondTaken.h"

namespace rd {

QuotaBron::QuotaBron(QObject *parent) : QObject(parent), m_taken(new AchtergrondTaken(this))
{
    connect(m_taken, &AchtergrondTaken::bezig, this, &QuotaBron::bezig);
}

QuotaBron::~QuotaBron() = default; // m_taken, our child, waits for a computation still running

bool QuotaBron::isBezig() const
{
    return m_taken->lopend() > 0;
}

void QuotaBron::vraag(Store &store, const HalfJaar &halfJaar, int regio, const QDate &peildatum)
{
    const quint64 generatie = ++m_generatie;
    if (!m_achtergrond) {
        lever(generatie, QuotaService(store).bereken(halfJaar, regio, peildatum));
        return;
    }
    m_taken->start<QuotaOverzicht>(
        0, store.path(),
        [halfJaar, regio, peildatum](Store &lezer) {
            return QuotaService(lezer).bereken(halfJaar, regio, peildatum);
        },
        [this, generatie](const Result<QuotaOverzicht> &quota) { lever(generatie, quota); });
}

void QuotaBron::lever(quint64 generatie, const Result<QuotaOverzicht> &quota)
{
    // A synchronous request after one on a thread overtakes it too.
    if (generatie != m_generatie)
        return;
    ++m_berekeningen;
    m_quota = quota;
    emit berekend(m_quota);
}

void QuotaBron::pasKoppelingToe(const QString &code, qint64 personen, const QDate &koppelDatum)
{
    if (!m_quota)
        return;
    if (rd::pasKoppelingToe(*m_quota, code, personen, koppelDatum))
        emit bijgewerkt(*m_quota);
}

} // namespace rd
