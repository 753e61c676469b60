#include "core/weigering/HerenigingCommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {

HerenigingCommand::HerenigingCommand(Store &store, qint64 huishoudenId, HerenigingBesluit besluit,
                                     const QDate &datum, const QDate &vandaag)
    : m_store(store), m_huishoudenId(huishoudenId), m_besluit(besluit), m_datum(datum),
      m_vandaag(vandaag)
{
    setText(
        besluit == HerenigingBesluit::Geen
            ? QCoreApplication::translate("HerenigingCommand", "Clear the reunification decision")
            : QCoreApplication::translate("HerenigingCommand", "Reunification decision: %1")
                  .arg(hereniging::naam(besluit)));
}

void HerenigingCommand::redo()
{
    GezinsherenigingService service(m_store);
    auto stand = service.stand(m_huishoudenId, m_vandaag);
    if (!stand) {
        setObsolete(true);
        meldFout(stand.error());
        return;
    }
    m_vorige = stand->besluit;
    m_vorigeDatum = stand->besluitDatum;
    const Status status = service.besluit(m_huishoudenId, m_besluit, m_datum, m_vandaag);
    if (!status) {
        setObsolete(true);
        meldFout(status.error());
        return;
    }
    if (m_gewijzigd)
        m_gewijzigd(m_huishoudenId);
}

void HerenigingCommand::undo()
{
    // The earlier decision was valid on its own date; it may lie after m_vandaag only when it
    // was taken with a later "today", so that date is today enough for putting it back.
    const QDate vandaag = m_vorigeDatum.isValid() ? std::max(m_vandaag, m_vorigeDatum) : m_vandaag;
    const Status status =
        GezinsherenigingService(m_store).besluit(m_huishoudenId, m_vorige, m_vorigeDatum, vandaag);
    if (!status) {
        meldFout(status.error());
        return;
    }
    if (m_gewijzigd)
        m_gewijzigd(m_huishoudenId);
}

void HerenigingCommand::meldFout(const Error &fout)
{
    if (m_fout)
        m_fout(fout);
}

} // namespace rd
