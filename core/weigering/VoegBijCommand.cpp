#include "core/weigering/VoegBijCommand.h"

#include "core/huishouden/HuishoudenRepository.h"
#include "core/weigering/Gezinshereniging.h"

#include <QCoreApplication>

namespace rd {

VoegBijCommand::VoegBijCommand(Store &store, qint64 nareizigerHuishouden,
                               const QString &hoofdVNummer)
    : m_store(store), m_huishouden(nareizigerHuishouden), m_hoofdVNummer(hoofdVNummer.trimmed())
{
    setText(m_hoofdVNummer.isEmpty()
                ? QCoreApplication::translate("VoegBijCommand", "Unlink from the household joined")
                : QCoreApplication::translate("VoegBijCommand", "Join the household of %1")
                      .arg(m_hoofdVNummer));
}

void VoegBijCommand::redo()
{
    const auto fout = [this](const Error &e) {
        setObsolete(true);
        if (m_fout)
            m_fout(e);
    };
    auto stand = GezinsherenigingService(m_store).stand(m_huishouden);
    if (!stand)
        return fout(stand.error());
    m_vorige = stand->voegtBij;
    qint64 hoofd = 0;
    if (!m_hoofdVNummer.isEmpty()) {
        auto gevonden = HuishoudenRepository(m_store).zoekOpVNummer(m_hoofdVNummer);
        if (!gevonden)
            return fout(gevonden.error());
        if (!gevonden->has_value())
            return fout(Error{QStringLiteral("voegtBij"),
                              QCoreApplication::translate(
                                  "VoegBijCommand", "no household has a member with V-nummer %1")
                                  .arg(m_hoofdVNummer)});
        hoofd = **gevonden;
    }
    if (!zet(hoofd))
        setObsolete(true);
}

void VoegBijCommand::undo()
{
    zet(m_vorige);
}

bool VoegBijCommand::zet(qint64 hoofd)
{
    const Status status = GezinsherenigingService(m_store).voegBij(m_huishouden, hoofd);
    if (!status) {
        if (m_fout)
            m_fout(status.error());
        return false;
    }
    if (m_gewijzigd)
        m_gewijzigd(m_huishouden);
    return true;
}

} // namespace rd
