#include "ui/fase/TermijnWerk.h"

#include "core/casus/CasusService.h"
#include "core/store/Store.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/fase/FaseGrafiek.h"
#include "ui/fase/RegioGrafieken.h"
#include "ui/signaal/SignalenPanel.h"
#include "ui/tijdlijn/RegioTijdlijnPanel.h"
#include "ui/tijdlijn/TijdlijnPanel.h"

#include <QTimer>

namespace rd {

TermijnWerk::TermijnWerk(QObject *parent)
    : QObject(parent), m_tijdlijn(new RegioTijdlijnPanel), m_grafieken(new RegioGrafieken),
      m_signalen(new SignalenPanel), m_huishoudenTijdlijn(new TijdlijnPanel),
      m_faseGrafiek(new FaseGrafiek), m_verversen(new QTimer(this))
{
    m_verversen->setSingleShot(true);
    m_verversen->setInterval(0);
    connect(m_verversen, &QTimer::timeout, this, &TermijnWerk::ververs);
    connect(m_tijdlijn, &RegioTijdlijnPanel::huishoudenGekozen, this,
            &TermijnWerk::huishoudenGekozen);
    connect(m_signalen, &SignalenPanel::huishoudenGekozen, this, &TermijnWerk::huishoudenGekozen);
}

TermijnWerk::~TermijnWerk()
{
    // What the window did not place is still ours.
    const QList<QWidget *> widgets{m_tijdlijn, m_grafieken, m_signalen, m_huishoudenTijdlijn,
                                   m_faseGrafiek};
    for (QWidget *w : widgets) {
        if (w && !w->parent())
            delete w;
    }
}

RegioTijdlijnPanel *TermijnWerk::tijdlijn() const
{
    return m_tijdlijn;
}

RegioGrafieken *TermijnWerk::grafieken() const
{
    return m_grafieken;
}

SignalenPanel *TermijnWerk::signalen() const
{
    return m_signalen;
}

TijdlijnPanel *TermijnWerk::huishoudenTijdlijn() const
{
    return m_huishoudenTijdlijn;
}

FaseGrafiek *TermijnWerk::faseGrafiek() const
{
    return m_faseGrafiek;
}

void TermijnWerk::setStore(Store *store)
{
    m_store = store;
    m_tijdlijn->vergeetUitgesteld(); // it waited for the previous store
    m_huishoudenId = 0;
    m_grafiekenActueel = false;
    m_huishoudenTijdlijn->setStore(store);
    m_faseGrafiek->leeg();
    if (!store)
        m_signalen->leeg();
}

void TermijnWerk::setVandaag(const QDate &vandaag)
{
    m_vandaag = vandaag;
    m_huishoudenTijdlijn->setVandaag(vandaag);
}

void TermijnWerk::setWerkbestand(Werkbestand *bestand)
{
    m_huishoudenTijdlijn->setWerkbestand(bestand);
    // A coupling moves the household's phase: its row in the deadlines and alerts.
    connect(bestand, &Werkbestand::koppelGebeurtenissen, this,
            [this](const QList<KoppelGebeurtenis> &gebeurtenissen) {
                for (const KoppelGebeurtenis &g : gebeurtenissen)
                    huishoudenGewijzigd(g.huishoudenId);
            });
    // Dates, events, refusals, an intake, letters: the deadlines, alerts and charts again.
    connect(bestand, &Werkbestand::tijdlijnGewijzigd, this,
            [this](const QList<qint64> &ids) { huishoudenGewijzigd(ids.value(0)); });
}

Status TermijnWerk::toon(const HalfJaar &halfJaar, int regio)
{
    m_halfJaar = halfJaar;
    m_regio = regio;
    m_grafiekenActueel = false;
    if (!m_store)
        return {};
    // The alerts first: in the background they are read while the rest is filled here. The
    // timeline loads when its tab is shown (at start it is not).
    const Status signalen = m_signalen->toon(*m_store, regio, m_vandaag);
    Status eerste = m_tijdlijn->toonWanneerZichtbaar(*m_store, regio, m_vandaag);
    if (eerste.ok() && !signalen.ok())
        eerste = signalen;
    if (m_grafiekenZichtbaar)
        setGrafiekenZichtbaar(true);
    return eerste;
}

void TermijnWerk::setGrafiekenZichtbaar(bool zichtbaar)
{
    m_grafiekenZichtbaar = zichtbaar;
    if (!zichtbaar || m_grafiekenActueel || !m_store)
        return;
    if (!m_quota) { // on its way: setQuota shows the charts
        m_grafieken->toonBezig(tr("Computing the figures for %1…").arg(m_halfJaar.toString()));
        return;
    }
    (void)m_grafieken->toon(*m_store, m_halfJaar, m_regio, m_vandaag, &*m_quota); // shows its error
    m_grafiekenActueel = true;
}

void TermijnWerk::setQuota(const Result<TaakstellingOverzicht> &quota)
{
    m_quota = quota;
    m_grafiekenActueel = false;
    if (m_grafiekenZichtbaar)
        setGrafiekenZichtbaar(true);
}

void TermijnWerk::vergeetQuota()
{
    m_quota.reset();
    m_grafiekenActueel = false;
}

void TermijnWerk::toonHuishouden(qint64 huishoudenId)
{
    m_huishoudenId = huishoudenId;
    if (!m_store || huishoudenId <= 0) {
        m_faseGrafiek->leeg();
        return;
    }
    if (const Status s = m_huishoudenTijdlijn->laad(huishoudenId); !s)
        emit melding(s.error().toString());
    toonFaseGrafiek();
}

void TermijnWerk::toonFaseGrafiek()
{
    auto casus = CasusService(*m_store).casus(m_huishoudenId, m_vandaag);
    if (!casus || !casus->has_value()) {
        m_faseGrafiek->leeg();
        return;
    }
    const CasusRij &rij = **casus;
    m_faseGrafiek->toon(rij.datums, m_vandaag,
                        QStringLiteral("%1 (%2)").arg(rij.naam, rij.vNummer));
}

void TermijnWerk::huishoudenGewijzigd(qint64 huishoudenId)
{
    Q_UNUSED(huishoudenId)
    m_verversen->start();
}

void TermijnWerk::ververs()
{
    if (!m_store)
        return;
    // Each panel shows its own error in place.
    (void)m_tijdlijn->toonWanneerZichtbaar(*m_store, m_regio, m_vandaag);
    (void)m_signalen->vernieuw();
    m_grafiekenActueel = false;
    if (m_grafiekenZichtbaar)
        setGrafiekenZichtbaar(true);
    if (m_huishoudenId > 0) {
        (void)m_huishoudenTijdlijn->laad(m_huishoudenId); // shows its own error
        toonFaseGrafiek();
    }
}

} // namespace rd
