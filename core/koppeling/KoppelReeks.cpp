#include "core/koppeling/KoppelReeks.h"

#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/validatie/TekstControle.h"

#include <QCoreApplication>

namespace rd {

namespace {

// The V-nummer of the household's reference person, to name it in an error.
QString vNummer(Store &store, qint64 huishoudenId)
{
    auto v = sql::scalar(store.database(),
                         QStringLiteral("SELECT v_nummer FROM persoon WHERE huishouden = ? "
                                        "AND referent = 1"),
                         {huishoudenId});
    return v && !v->isNull() ? v->toString() : QString::number(huishoudenId);
}

} // namespace

KoppelReeks::KoppelReeks(Store &store, const QList<KoppelVerzoek> &verzoeken,
                         const QString &gemeenteCode, qint64 partnerschapId, const QDate &datum,
                         const QString &reden, const QString &doelNaam, const QDate &vandaag)
    : m_store(store), m_verzoeken(verzoeken), m_gemeenteCode(gemeenteCode),
      m_partnerschapId(partnerschapId), m_datum(datum), m_reden(reden), m_vandaag(vandaag)
{
    setText(QCoreApplication::translate("KoppelReeks", "Couple %n household(s) to %1", nullptr,
                                        int(verzoeken.size()))
                .arg(doelNaam.isEmpty() ? gemeenteCode : doelNaam));
}

void KoppelReeks::redo()
{
    KoppelingService service(m_store);
    QString pipeline;
    QList<int> personen;
    QList<qint64> koppelingen;
    const Status status = m_store.transaction([&]() -> Status {
        for (const auto &verzoek : m_verzoeken) {
            auto id =
                service.koppelNaControle(verzoek.huishoudenId, m_gemeenteCode, m_partnerschapId,
                                         m_datum, m_reden, verzoek.overruleReden, m_vandaag);
            if (!id)
                return Error{vNummer(m_store, verzoek.huishoudenId), id.error().toString()};
            koppelingen << *id;
            personen << aantalPersonen(m_store, verzoek.huishoudenId);
        }
        if (!m_verzoeken.isEmpty()) {
            auto actief = service.actief(m_verzoeken.first().huishoudenId);
            if (!actief)
                return actief.error();
            if (actief->has_value())
                pipeline = (*actief)->gemeenteCode;
        }
        return {};
    });
    if (!status) {
        setObsolete(true);
        weigerd(status.error());
        return;
    }
    m_fout.reset();
    m_gekoppeld = true;
    m_pipelineGemeente = pipeline;
    m_personen = personen;
    m_koppelingen = koppelingen;
    meld(true);
}

void KoppelReeks::undo()
{
    if (!m_gekoppeld)
        return;
    KoppelingService service(m_store);
    const QString reden = QCoreApplication::translate("KoppelReeks", "undone (%1)")
                              .arg(ingekort(m_reden, maxVrijeTekstLengte - 100));
    const Status status = m_store.transaction([&]() -> Status {
        for (qsizetype i = m_verzoeken.size() - 1; i >= 0; --i) {
            const qint64 huishouden = m_verzoeken.at(i).huishoudenId;
            if (auto s = service.maakOngedaan(m_koppelingen.value(i), reden); !s)
                return Error{vNummer(m_store, huishouden), s.error().toString()};
        }
        return {};
    });
    if (!status) {
        weigerd(status.error());
        return;
    }
    m_fout.reset();
    m_gekoppeld = false;
    meld(false);
}

void KoppelReeks::meld(bool gekoppeld)
{
    if (!m_melder)
        return;
    for (qsizetype i = 0; i < m_verzoeken.size(); ++i)
        m_melder({m_verzoeken.at(i).huishoudenId, m_pipelineGemeente, m_datum, m_personen.value(i),
                  gekoppeld});
}

void KoppelReeks::weigerd(const Error &fout)
{
    m_fout = fout;
    if (m_foutMelder)
        m_foutMelder(fout);
}

} // namespace rd
