#include "core/koppeling/KoppelReeks.h"

#include "core/koppeling/KoppelingService.h"
#include "core/store/Store.h"
#include "core/validatie/TekstControle.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rd {

KoppelReeks::KoppelReeks(Store &store, const QList<KoppelVerzoek> &verzoeken,
                         const QString &gemeenteCode, qint64 partnerschapId, const QDate &datum,
                         const QString &reden, const QString &doelNaam, const QDate &vandaag)
    : Wijziging(store, QStringLiteral("koppel")), m_verzoeken(verzoeken),
      m_gemeenteCode(gemeenteCode), m_partnerschapId(partnerschapId), m_datum(datum),
      m_reden(reden), m_vandaag(vandaag)
{
    setText(QCoreApplication::translate("KoppelReeks", "Couple %n household(s) to %1", nullptr,
                                        int(verzoeken.size()))
                .arg(doelNaam.isEmpty() ? gemeenteCode : doelNaam));
    bereik().koppelingen = true;
    for (const auto &verzoek : verzoeken)
        bereik().huishoudens << verzoek.huishoudenId;
}

Result<JournaalInvoer> KoppelReeks::doe()
{
    KoppelingService service(store());
    QList<int> personen;
    QList<qint64> koppelingen;
    QJsonArray huishoudens;
    for (const auto &verzoek : m_verzoeken) {
        const QString v = vNummer(verzoek.huishoudenId);
        auto id = service.koppelNaControle(verzoek.huishoudenId, m_gemeenteCode, m_partnerschapId,
                                           m_datum, m_reden, verzoek.overruleReden, m_vandaag);
        if (!id)
            return Error{v, id.error().toString()};
        koppelingen << *id;
        personen << aantalPersonen(store(), verzoek.huishoudenId);
        QJsonObject huishouden{{QStringLiteral("huishouden"), verzoek.huishoudenId},
                               {QStringLiteral("v_nummer"), v},
                               {QStringLiteral("overrule"), verzoek.overruleReden},
                               {QStringLiteral("koppeling"), *id}};
        if (!verzoek.suggestie.isEmpty())
            huishouden.insert(QStringLiteral("suggestie"), verzoek.suggestie);
        huishoudens.append(huishouden);
    }
    QString pipeline;
    if (!m_verzoeken.isEmpty()) {
        auto actief = service.actief(m_verzoeken.first().huishoudenId);
        if (!actief)
            return actief.error();
        if (actief->has_value())
            pipeline = (*actief)->gemeenteCode;
    }
    m_pipelineGemeente = pipeline;
    m_personen = personen;
    m_koppelingen = koppelingen;

    JournaalInvoer invoer;
    invoer.huishouden = m_verzoeken.size() == 1
                            ? huishoudens.first()[QStringLiteral("v_nummer")].toString()
                            : QString();
    invoer.data = {{QStringLiteral("huishoudens"), huishoudens},
                   {QStringLiteral("gemeente"), m_gemeenteCode},
                   {QStringLiteral("partnerschap"), m_partnerschapId},
                   {QStringLiteral("datum"), m_datum.toString(Qt::ISODate)},
                   {QStringLiteral("reden"), m_reden},
                   {QStringLiteral("vandaag"), m_vandaag.toString(Qt::ISODate)}};
    return invoer;
}

Result<JournaalInvoer> maakKoppelingenOngedaan(Store &store, const QList<qint64> &huishoudens,
                                               const QList<qint64> &koppelingen,
                                               const QString &reden,
                                               const std::function<QString(qint64)> &vNummer)
{
    KoppelingService service(store);
    const QString waarom = QCoreApplication::translate("KoppelReeks", "undone (%1)")
                               .arg(ingekort(reden, maxVrijeTekstLengte - 100));
    QJsonArray ongedaan;
    for (qsizetype i = huishoudens.size() - 1; i >= 0; --i) {
        if (auto s = service.maakOngedaan(koppelingen.value(i), waarom); !s)
            return Error{vNummer(huishoudens.at(i)), s.error().toString()};
        ongedaan.append(koppelingen.value(i));
    }
    JournaalInvoer invoer;
    if (huishoudens.size() == 1)
        invoer.huishouden = vNummer(huishoudens.first());
    invoer.data = {{QStringLiteral("koppelingen"), ongedaan}, {QStringLiteral("reden"), waarom}};
    return invoer;
}

Result<JournaalInvoer> KoppelReeks::herstel()
{
    QList<qint64> huishoudens;
    for (const KoppelVerzoek &v : std::as_const(m_verzoeken))
        huishoudens << v.huishoudenId;
    return maakKoppelingenOngedaan(store(), huishoudens, m_koppelingen, m_reden,
                                   [this](qint64 id) { return vNummer(id); });
}

void KoppelReeks::naCommit(bool gekoppeld)
{
    QList<KoppelGebeurtenis> &gebeurtenissen = bereik().koppelGebeurtenissen;
    gebeurtenissen.clear();
    for (qsizetype i = 0; i < m_verzoeken.size(); ++i)
        gebeurtenissen.append({m_verzoeken.at(i).huishoudenId, m_pipelineGemeente, m_datum,
                               m_personen.value(i), gekoppeld});
}

} // namespace rd
