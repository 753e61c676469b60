#include "ui/taakstelling/TaakstellingBron.h"

#include "core/werkbestand/Werkbestand.h"

#include "ui/widgets/AchtergrondTaken.h"

namespace rd {

TaakstellingBron::TaakstellingBron(QObject *parent)
    : QObject(parent), m_taken(new AchtergrondTaken(this))
{
    connect(m_taken, &AchtergrondTaken::bezig, this, &TaakstellingBron::bezig);
}

TaakstellingBron::~TaakstellingBron() =
    default; // m_taken, our child, waits for a computation still running

bool TaakstellingBron::isBezig() const
{
    return m_taken->lopend() > 0;
}

void TaakstellingBron::vraag(Store &store, const HalfJaar &halfJaar, int regio,
                             const QDate &peildatum)
{
    const quint64 generatie = ++m_generatie;
    if (!m_achtergrond) {
        lever(generatie, TaakstellingService(store).bereken(halfJaar, regio, peildatum));
        return;
    }
    m_taken->start<TaakstellingOverzicht>(
        0, store,
        [halfJaar, regio, peildatum](Store &lezer) {
            return TaakstellingService(lezer).bereken(halfJaar, regio, peildatum);
        },
        [this, generatie](const Result<TaakstellingOverzicht> &quota) { lever(generatie, quota); });
}

void TaakstellingBron::lever(quint64 generatie, const Result<TaakstellingOverzicht> &quota)
{
    // A synchronous request after one on a thread overtakes it too.
    if (generatie != m_generatie)
        return;
    ++m_berekeningen;
    m_quota = quota;
    emit berekend(m_quota);
}

void TaakstellingBron::pasKoppelingToe(const QString &code, qint64 personen,
                                       const QDate &koppelDatum)
{
    if (!m_quota)
        return;
    if (rd::pasKoppelingToe(*m_quota, code, personen, koppelDatum))
        emit bijgewerkt(*m_quota);
}

void TaakstellingBron::setWerkbestand(Werkbestand *bestand)
{
    connect(bestand, &Werkbestand::koppelGebeurtenissen, this,
            [this](const QList<KoppelGebeurtenis> &gebeurtenissen) {
                for (const KoppelGebeurtenis &g : gebeurtenissen)
                    pasKoppelingToe(g.gemeenteCode, g.gekoppeld ? g.personen : -g.personen,
                                    g.datum);
            });
}

} // namespace rd
