#include "core/plan/PlanCommand.h"

#include "core/koppeling/KoppelGebeurtenis.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rd {

PlanCommand::PlanCommand(Store &store, const QList<PlanKoppeling> &rijen, const QDate &datum,
                         const QString &reden, const QDate &vandaag)
    : Wijziging(store, QStringLiteral("plan")), m_rijen(rijen), m_datum(datum), m_reden(reden),
      m_vandaag(vandaag)
{
    setText(QCoreApplication::translate("PlanCommand", "Couple %n household(s) from the plan",
                                        nullptr, int(rijen.size())));
    bereik().koppelingen = true;
    for (const PlanKoppeling &r : rijen)
        bereik().huishoudens << r.huishoudenId;
}

Result<JournaalInvoer> PlanCommand::doe()
{
    if (m_rijen.isEmpty())
        return Error{QString(),
                     QCoreApplication::translate("PlanCommand", "the plan has no accepted rows")};
    KoppelingService service(store());
    QList<qint64> koppelingen;
    QList<int> personen;
    QStringList pipeline;
    QJsonArray rijen;
    for (const PlanKoppeling &r : std::as_const(m_rijen)) {
        const QString v = vNummer(r.huishoudenId);
        auto id = service.koppelNaControle(r.huishoudenId, r.gemeenteCode, r.partnerschapId,
                                           m_datum, m_reden, QString(), m_vandaag);
        if (!id)
            return Error{v, id.error().toString()};
        auto actief = service.actief(r.huishoudenId);
        if (!actief)
            return actief.error();
        koppelingen << *id;
        personen << aantalPersonen(store(), r.huishoudenId);
        pipeline << (actief->has_value() ? (*actief)->gemeenteCode : r.gemeenteCode);
        rijen.append(QJsonObject{{QStringLiteral("huishouden"), r.huishoudenId},
                                 {QStringLiteral("v_nummer"), v},
                                 {QStringLiteral("gemeente"), r.gemeenteCode},
                                 {QStringLiteral("partnerschap"), r.partnerschapId},
                                 {QStringLiteral("koppeling"), *id},
                                 {QStringLiteral("plan"), r.uitleg}});
    }
    m_koppelingen = koppelingen;
    m_personen = personen;
    m_pipeline = pipeline;
    JournaalInvoer invoer;
    if (m_rijen.size() == 1)
        invoer.huishouden = rijen.first()[QStringLiteral("v_nummer")].toString();
    invoer.data = {{QStringLiteral("rijen"), rijen},
                   {QStringLiteral("datum"), m_datum.toString(Qt::ISODate)},
                   {QStringLiteral("reden"), m_reden},
                   {QStringLiteral("vandaag"), m_vandaag.toString(Qt::ISODate)}};
    return invoer;
}

Result<JournaalInvoer> PlanCommand::herstel()
{
    QList<qint64> huishoudens;
    for (const PlanKoppeling &r : std::as_const(m_rijen))
        huishoudens << r.huishoudenId;
    return maakKoppelingenOngedaan(store(), huishoudens, m_koppelingen, m_reden,
                                   [this](qint64 id) { return vNummer(id); });
}

void PlanCommand::naCommit(bool gekoppeld)
{
    QList<KoppelGebeurtenis> &gebeurtenissen = bereik().koppelGebeurtenissen;
    gebeurtenissen.clear();
    for (qsizetype i = 0; i < m_rijen.size(); ++i)
        gebeurtenissen.append({m_rijen.at(i).huishoudenId, m_pipeline.value(i), m_datum,
                               m_personen.value(i), gekoppeld});
}

} // namespace rd
