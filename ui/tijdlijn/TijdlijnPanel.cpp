#include "ui/tijdlijn/TijdlijnPanel.h"

#include "core/casus/CasusService.h"
#include "core/regel/BemiddelingStop.h"
#include "core/tijdlijn/TijdlijnCommand.h"
#include "core/tijdlijn/ZelfhuisvesterCommand.h"
#include "core/weigering/HerenigingCommand.h"
#include "core/weigering/VoegBijCommand.h"
#include "core/weigering/WeigeringCommand.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/huishouden/HuishoudenStatusRegel.h"
#include "ui/tijdlijn/TijdlijnDialogen.h"
#include "ui/tijdlijn/TijdlijnModel.h"
#include "ui/tijdlijn/TijdlijnOnderdelen.h"
#include "ui/weigering/WeigeringenModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

using namespace tijdlijnui;

TijdlijnPanel::TijdlijnPanel(QWidget *parent)
    : QWidget(parent), m_bestand(new Werkbestand(this)), m_model(new TijdlijnModel(this)),
      m_weigeringen(new WeigeringenModel(this))
{
    m_titel = new QLabel(this);
    m_titel->setObjectName(QStringLiteral("tijdlijnTitel"));
    m_titel->setWordWrap(true);

    m_waarschuwing = new QLabel(this);
    m_waarschuwing->setObjectName(QStringLiteral("tijdlijnWaarschuwing"));
    m_waarschuwing->setWordWrap(true);
    m_waarschuwing->setTextFormat(Qt::RichText);
    QWidget *waarschuwingRegel = metIcoon(this, QStyle::SP_MessageBoxCritical, m_waarschuwing);
    waarschuwingRegel->setObjectName(QStringLiteral("tijdlijnWaarschuwingRegel"));
    waarschuwingRegel->hide();

    m_status = new HuishoudenStatusRegel(this);
    m_status->setObjectName(QStringLiteral("tijdlijnStatus"));

    m_view = maakTabel(this, QStringLiteral("tijdlijnTable"), tr("Timeline of the case"));
    m_view->setModel(m_model);
    m_zetDatum = maakKnop(this, tr("Set &date…"), QStringLiteral("tijdlijnZetDatum"),
                          tr("Set or clear BRP registration, lease signed, lease start, move or "
                             "uitschrijving"));
    m_voegToe = maakKnop(this, tr("&Add event…"), QStringLiteral("tijdlijnVoegToe"),
                         tr("Add a vergunninghoudergesprek or a dwelling offered"));
    m_verwijder = maakKnop(this, tr("Re&move event"), QStringLiteral("tijdlijnVerwijder"),
                           tr("Remove the selected vergunninghoudergesprek or dwelling offer"));
    auto *gebeurtenisKnoppen = new QHBoxLayout;
    gebeurtenisKnoppen->addWidget(m_zetDatum);
    gebeurtenisKnoppen->addWidget(m_voegToe);
    gebeurtenisKnoppen->addWidget(m_verwijder);
    gebeurtenisKnoppen->addStretch(1);

    auto *weigeringenTitel = new QLabel(tr("<b>Refusals of a dwelling</b>"), this);
    m_weigeringenView =
        maakTabel(this, QStringLiteral("weigeringenTable"), tr("Refusals of a dwelling"));
    m_weigeringenView->setModel(m_weigeringen);
    m_registreer = maakKnop(this, tr("Register &refusal…"), QStringLiteral("tijdlijnRegistreer"),
                            tr("A no-show on the signing date or a refusal on site"));
    m_beoordeel = maakKnop(this, tr("&Judge refusal…"), QStringLiteral("tijdlijnBeoordeel"),
                           tr("The COA judgement of the selected open refusal (due in 14 days)"));
    m_kandidaat =
        maakKnop(this, tr("New &candidate…"), QStringLiteral("tijdlijnKandidaat"),
                 tr("A new candidate coupled for the dwelling of the selected justified "
                    "refusal, or of the refusal that stopped mediation (due in 2 weeks)"));
    auto *weigeringKnoppen = new QHBoxLayout;
    weigeringKnoppen->addWidget(m_registreer);
    weigeringKnoppen->addWidget(m_beoordeel);
    weigeringKnoppen->addWidget(m_kandidaat);
    weigeringKnoppen->addStretch(1);

    m_fout = new QLabel(this);
    m_fout->setObjectName(QStringLiteral("tijdlijnFout"));
    m_fout->setWordWrap(true);
    m_fout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QWidget *foutRegel = metIcoon(this, QStyle::SP_MessageBoxWarning, m_fout);
    foutRegel->setObjectName(QStringLiteral("tijdlijnFoutRegel"));
    foutRegel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_titel);
    layout->addWidget(waarschuwingRegel);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 3);
    layout->addLayout(gebeurtenisKnoppen);
    layout->addWidget(weigeringenTitel);
    layout->addWidget(m_weigeringenView, 2);
    layout->addLayout(weigeringKnoppen);
    layout->addWidget(foutRegel);

    setTabOrder(m_status->besluitKnop(), m_status->zelfhuisvesterBox());
    setTabOrder(m_status->zelfhuisvesterBox(), m_view);
    setTabOrder(m_view, m_zetDatum);
    setTabOrder(m_zetDatum, m_voegToe);
    setTabOrder(m_voegToe, m_verwijder);
    setTabOrder(m_verwijder, m_weigeringenView);
    setTabOrder(m_weigeringenView, m_registreer);
    setTabOrder(m_registreer, m_beoordeel);
    setTabOrder(m_beoordeel, m_kandidaat);

    connect(m_zetDatum, &QPushButton::clicked, this, &TijdlijnPanel::zetDatumMetDialoog);
    connect(m_voegToe, &QPushButton::clicked, this, &TijdlijnPanel::voegGebeurtenisToeMetDialoog);
    connect(m_verwijder, &QPushButton::clicked, this, &TijdlijnPanel::verwijderGekozen);
    connect(m_registreer, &QPushButton::clicked, this, &TijdlijnPanel::registreerMetDialoog);
    connect(m_beoordeel, &QPushButton::clicked, this, &TijdlijnPanel::beoordeelMetDialoog);
    connect(m_kandidaat, &QPushButton::clicked, this, &TijdlijnPanel::nieuweKandidaatMetDialoog);
    connect(m_status, &HuishoudenStatusRegel::besluitGevraagd, this,
            &TijdlijnPanel::besluitMetDialoog);
    connect(m_status, &HuishoudenStatusRegel::zelfhuisvesterGevraagd, this,
            &TijdlijnPanel::zetZelfhuisvester);
    connect(m_status, &HuishoudenStatusRegel::voegBijGevraagd, this, [this] {
        if (auto vNummer = vraagVoegBij(this))
            voegBij(*vNummer);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TijdlijnPanel::werkKnoppenBij);
    connect(m_weigeringenView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TijdlijnPanel::werkKnoppenBij);
    (void)laad(0); // shows its own error
}

void TijdlijnPanel::setStore(Store *store)
{
    m_store = store;
    if (m_bestand->parent() == this) // its own work file follows; a shared one is the owner's
        m_bestand->setStore(store);
    m_gemeenten.clear();
    QHash<QString, QString> namen;
    if (m_store) {
        if (auto gemeenten = Referentiedata(*m_store).gemeenten(); gemeenten) {
            m_gemeenten = *gemeenten;
            for (const Gemeente &g : std::as_const(m_gemeenten))
                namen.insert(g.code, g.naam);
        }
    }
    m_model->setGemeenteNamen(namen);
    m_weigeringen->setGemeenteNamen(namen);
    (void)laad(0); // shows its own error
}

void TijdlijnPanel::setVandaag(const QDate &vandaag)
{
    m_vandaag = vandaag;
    if (m_id)
        (void)laad(m_id); // shows its own error
}

void TijdlijnPanel::setWerkbestand(Werkbestand *bestand)
{
    if (m_bestand && m_bestand->parent() == this && m_bestand != bestand)
        m_bestand->deleteLater();
    m_bestand = bestand ? bestand : new Werkbestand(this);
    if (m_bestand->parent() == this)
        m_bestand->setStore(m_store);
}

Status TijdlijnPanel::laad(qint64 huishoudenId)
{
    m_id = huishoudenId;
    m_waarschuwing->clear();
    m_waarschuwing->parentWidget()->hide();
    const auto leeg = [this](const QString &tekst) {
        m_status->leeg();
        m_model->setGebeurtenissen({});
        m_weigeringen->setWeigeringen({}, {}, m_vandaag);
        m_titel->setText(tekst);
        werkKnoppenBij();
    };
    if (!m_store || m_id == 0) {
        m_id = 0;
        leeg(tr("No household chosen."));
        return {};
    }
    auto tijdlijn = TijdlijnService(*m_store).tijdlijn(m_id);
    auto weigeringen = WeigeringService(*m_store).weigeringen(m_id);
    auto tekenen = TijdlijnService(*m_store).datum(m_id, GebeurtenisSoort::Tekenen);
    auto gestopt = bemiddeling::stop(*m_store, m_id);
    auto stand = GezinsherenigingService(*m_store).stand(m_id, m_vandaag);
    auto zelfhuisvester = TijdlijnService(*m_store).isZelfhuisvester(m_id);
    for (const Error *e :
         {tijdlijn ? nullptr : &tijdlijn.error(), weigeringen ? nullptr : &weigeringen.error(),
          tekenen ? nullptr : &tekenen.error(), gestopt ? nullptr : &gestopt.error(),
          stand ? nullptr : &stand.error(), zelfhuisvester ? nullptr : &zelfhuisvester.error()}) {
        if (e) {
            leeg(tr("The timeline cannot be read: %1").arg(e->toString()));
            return *e;
        }
    }
    m_model->setGebeurtenissen(*tijdlijn);
    m_weigeringen->setWeigeringen(*weigeringen, tekenen->first, m_vandaag);
    const QString gemeente = gekoppeldeGemeente();
    m_titel->setText(
        gemeente.isEmpty()
            ? tr("%n event(s); not coupled.", nullptr, int(tijdlijn->size()))
            : tr("%n event(s); coupled to %1.", nullptr, int(tijdlijn->size())).arg(gemeente));
    if (gestopt->has_value()) {
        m_waarschuwing->setText(
            tr("<b>Mediation stopped on %1:</b> the household refused a "
               "dwelling again after an unjustified refusal (handbook 3.4.2); "
               "its coupling ended. It cannot be coupled again.")
                .arg(QLocale().toString((*gestopt)->datum, QLocale::ShortFormat)));
        m_waarschuwing->parentWidget()->show();
    }
    QString voegtBij;
    if (stand->voegtBij > 0) {
        if (auto casus = CasusService(*m_store).casus(stand->voegtBij, m_vandaag);
            casus && casus->has_value())
            voegtBij = (*casus)->vNummer;
    }
    m_status->toon(*stand, *zelfhuisvester, m_vandaag, voegtBij);
    m_view->resizeColumnsToContents();
    m_weigeringenView->resizeColumnsToContents();
    werkKnoppenBij();
    return {};
}

QString TijdlijnPanel::gekoppeldeGemeente() const
{
    // The last coupling on the timeline (it is sorted by date) is the active one.
    QString code;
    for (const Gebeurtenis &g : m_model->gebeurtenissen())
        if (g.soort == GebeurtenisSoort::Koppeling)
            code = g.gemeenteCode;
    for (const Gemeente &g : m_gemeenten)
        if (g.code == code)
            return g.naam;
    return code;
}

template <typename Commando> bool TijdlijnPanel::voerUit(Commando *commando)
{
    if (!m_store || m_id == 0) {
        delete commando;
        toonFout(tr("No household chosen."));
        return false;
    }
    // The command lives on the window's stack, possibly longer than this panel.
    QPointer<TijdlijnPanel> panel(this);
    commando->setGewijzigdMelder([panel](qint64 id) {
        if (panel)
            panel->gemeld(id);
    });
    commando->setFoutMelder([panel](const Error &e) {
        if (panel) {
            panel->m_laatsteFout = e;
            panel->toonFout(e.toString());
        }
    });
    m_laatsteFout.reset();
    if (!m_bestand->voer(commando)) // a refused redo makes it obsolete: it is dropped
        return false;
    toonFout({});
    return true;
}

void TijdlijnPanel::gemeld(qint64 huishoudenId)
{
    if (huishoudenId == m_id)
        (void)laad(m_id); // shows its own error
    emit gewijzigd(huishoudenId);
}

void TijdlijnPanel::toonFout(const QString &fout)
{
    m_fout->setText(fout);
    m_fout->parentWidget()->setVisible(!fout.isEmpty());
}

bool TijdlijnPanel::zetDatum(GebeurtenisSoort soort, const QDate &datum,
                             const QString &gemeenteCode)
{
    if (!m_store)
        return voerUit<ZetDatumCommand>(nullptr);
    return voerUit(new ZetDatumCommand(*m_store, m_id, soort, datum, gemeenteCode, m_vandaag));
}

bool TijdlijnPanel::voegGebeurtenisToe(GebeurtenisSoort soort, const QDate &datum,
                                       const QString &toelichting, const QString &gemeenteCode)
{
    if (!m_store)
        return voerUit<GebeurtenisCommand>(nullptr);
    return voerUit(
        new GebeurtenisCommand(*m_store, m_id, soort, datum, gemeenteCode, toelichting, m_vandaag));
}

bool TijdlijnPanel::verwijderGebeurtenis(qint64 gebeurtenisId)
{
    if (!m_store)
        return voerUit<GebeurtenisCommand>(nullptr);
    return voerUit(new GebeurtenisCommand(*m_store, gebeurtenisId, m_vandaag));
}

bool TijdlijnPanel::registreerWeigering(WeigeringSoort soort, const QDate &datum,
                                        const QString &toelichting,
                                        std::optional<qint64> huurdervingCent)
{
    return m_store ? voerUit(WeigeringCommand::registreer(*m_store, m_id, soort, datum, toelichting,
                                                          m_vandaag, huurdervingCent))
                   : voerUit<WeigeringCommand>(nullptr);
}

bool TijdlijnPanel::beoordeel(qint64 weigeringId, Oordeel oordeel, const QDate &datum,
                              const QString &reden)
{
    if (!m_store)
        return voerUit<WeigeringCommand>(nullptr);
    return voerUit(
        WeigeringCommand::beoordeel(*m_store, weigeringId, oordeel, datum, reden, m_vandaag));
}

bool TijdlijnPanel::nieuweKandidaat(qint64 weigeringId, const QDate &datum)
{
    if (!m_store)
        return voerUit<WeigeringCommand>(nullptr);
    return voerUit(WeigeringCommand::nieuweKandidaat(*m_store, weigeringId, datum, m_vandaag));
}

bool TijdlijnPanel::besluit(HerenigingBesluit besluit, const QDate &datum)
{
    if (!m_store)
        return voerUit<HerenigingCommand>(nullptr);
    return voerUit(new HerenigingCommand(*m_store, m_id, besluit, datum, m_vandaag));
}

bool TijdlijnPanel::voegBij(const QString &vNummer)
{
    if (!m_store)
        return voerUit<VoegBijCommand>(nullptr);
    return voerUit(new VoegBijCommand(*m_store, m_id, vNummer));
}

bool TijdlijnPanel::zetZelfhuisvester(bool zelfhuisvester)
{
    const bool gelukt = m_store ? voerUit(new ZelfhuisvesterCommand(*m_store, m_id, zelfhuisvester))
                                : voerUit<ZelfhuisvesterCommand>(nullptr);
    if (!gelukt) {
        // Refused: the checkbox shows what is stored, not what was asked.
        auto opgeslagen = m_store && m_id ? TijdlijnService(*m_store).isZelfhuisvester(m_id)
                                          : Result<bool>(false);
        m_status->setZelfhuisvester(opgeslagen.ok() && *opgeslagen);
    }
    return gelukt;
}

bool TijdlijnPanel::isZelfhuisvester() const
{
    return m_status->isZelfhuisvester();
}

QCheckBox *TijdlijnPanel::zelfhuisvesterBox() const
{
    return m_status->zelfhuisvesterBox();
}

QString TijdlijnPanel::foutText() const
{
    return m_fout->text();
}

QString TijdlijnPanel::waarschuwingText() const
{
    return m_waarschuwing->parentWidget()->isHidden() ? QString() : m_waarschuwing->text();
}

QString TijdlijnPanel::herenigingText() const
{
    return m_status->herenigingText();
}

qint64 TijdlijnPanel::gekozenGebeurtenis() const
{
    const QModelIndexList rijen = m_view->selectionModel()->selectedRows();
    if (rijen.isEmpty())
        return 0;
    const Gebeurtenis &g = m_model->gebeurtenis(rijen.first().row());
    return gebeurtenis::isRij(g.soort) ? g.id : 0;
}

qint64 TijdlijnPanel::gekozenWeigering() const
{
    const QModelIndexList rijen = m_weigeringenView->selectionModel()->selectedRows();
    if (rijen.isEmpty())
        return 0;
    return m_weigeringen->weigering(rijen.first().row()).id;
}

void TijdlijnPanel::werkKnoppenBij()
{
    const bool actief = m_store && m_id != 0;
    m_zetDatum->setEnabled(actief);
    m_voegToe->setEnabled(actief);
    m_registreer->setEnabled(actief);
    m_verwijder->setEnabled(actief && gekozenGebeurtenis() != 0);
    const qint64 weigeringId = actief ? gekozenWeigering() : 0;
    const Woningweigering *w = nullptr;
    for (const Woningweigering &rij : m_weigeringen->weigeringen())
        if (rij.id == weigeringId)
            w = &rij;
    m_beoordeel->setEnabled(w && w->oordeel == Oordeel::Open);
    m_kandidaat->setEnabled(w && w->kandidaatNodig() && !w->nieuweKandidaatDatum.isValid());
}

void TijdlijnPanel::zetDatumMetDialoog()
{
    const int rij = m_model->rijVan(GebeurtenisSoort::Koppeling);
    const QString standaard = rij < 0 ? QString() : m_model->gebeurtenis(rij).gemeenteCode;
    if (auto keuze = vraagDatum(this, m_gemeenten, standaard, m_vandaag))
        zetDatum(keuze->soort, keuze->datum, keuze->gemeenteCode);
}

void TijdlijnPanel::voegGebeurtenisToeMetDialoog()
{
    if (auto keuze = vraagGebeurtenis(this, m_vandaag))
        voegGebeurtenisToe(keuze->soort, keuze->datum, keuze->toelichting);
}

void TijdlijnPanel::verwijderGekozen()
{
    if (const qint64 id = gekozenGebeurtenis())
        verwijderGebeurtenis(id);
}

void TijdlijnPanel::registreerMetDialoog()
{
    if (auto keuze = vraagWeigering(this, m_vandaag))
        registreerWeigering(keuze->soort, keuze->datum, keuze->toelichting, keuze->huurdervingCent);
}

void TijdlijnPanel::beoordeelMetDialoog()
{
    const qint64 id = gekozenWeigering();
    if (!id)
        return;
    if (auto keuze = vraagOordeel(this, m_vandaag))
        beoordeel(id, keuze->oordeel, keuze->datum, keuze->reden);
}

void TijdlijnPanel::nieuweKandidaatMetDialoog()
{
    const qint64 id = gekozenWeigering();
    if (!id)
        return;
    if (auto datum = vraagNieuweKandidaat(this, m_vandaag))
        nieuweKandidaat(id, *datum);
}

void TijdlijnPanel::besluitMetDialoog()
{
    if (auto keuze = vraagBesluit(this, m_vandaag))
        besluit(keuze->besluit, keuze->datum);
}

} // namespace rd
