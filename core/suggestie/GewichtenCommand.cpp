#include "core/suggestie/GewichtenCommand.h"

#include "core/suggestie/SuggestieService.h"

#include <QCoreApplication>

namespace rd {

GewichtenCommand::GewichtenCommand(Store &store, const Gewichten &gewichten)
    : Wijziging(store, QStringLiteral("gewichten")), m_gewichten(gewichten)
{
    setText(QCoreApplication::translate("GewichtenCommand", "Weights of the suggestions"));
    bereik().instellingen = true;
}

std::optional<Gewichten> GewichtenCommand::uitData(const QJsonObject &data)
{
    Gewichten g;
    for (const Factor f : factor::alle()) {
        bool ok = false;
        const double waarde = data.value(factor::code(f)).toString().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        g.zet(f, waarde);
    }
    return g;
}

Result<JournaalInvoer> GewichtenCommand::doe()
{
    SuggestieService service(store());
    auto oud = service.gewichten();
    if (!oud)
        return oud.error();
    m_vorige = *oud;
    if (auto s = service.zetGewichten(m_gewichten); !s)
        return s.error();
    auto uit = invoer(m_gewichten);
    // what it replaced, for a take-back after a conflict at the team server
    uit.data.insert(QStringLiteral("vorige"), invoer(m_vorige).data);
    return uit;
}

Result<JournaalInvoer> GewichtenCommand::herstel()
{
    if (auto s = SuggestieService(store()).zetGewichten(m_vorige); !s)
        return s.error();
    return invoer(m_vorige);
}

JournaalInvoer GewichtenCommand::invoer(const Gewichten &g)
{
    JournaalInvoer uit;
    QStringList delen;
    for (const Factor f : factor::alle()) {
        const QString tekst = QString::number(g.van(f), 'g', 6);
        uit.data.insert(factor::code(f), tekst);
        delen << QStringLiteral("%1 %2").arg(factor::code(f), tekst);
    }
    uit.samenvatting = QCoreApplication::translate("GewichtenCommand", "Weights: %1")
                           .arg(delen.join(QStringLiteral(", ")));
    return uit;
}

} // namespace rd
