#include "ui/main/WerkPanel.h"

#include "core/huishouden/HuishoudenZoeker.h"
#include "core/journaal/Journaal.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/brief/BriefWerk.h"
#include "ui/fase/FaseGrafiek.h"
#include "ui/fase/RegioGrafieken.h"
#include "ui/fase/TermijnWerk.h"
#include "ui/gemeente/GemeenteDialog.h"
#include "ui/huishouden/HuishoudenForm.h"
#include "ui/koppeling/KoppelHistoriePanel.h"
#include "ui/main/HuishoudenZoekDialog.h"
#include "ui/main/KoppelWerk.h"
#include "ui/rapport/RapportPanel.h"
#include "ui/signaal/SignalenPanel.h"
#include "ui/suggestie/SuggestiePanel.h"
#include "ui/taakstelling/RegioBoardModel.h"
#include "ui/taakstelling/RegioBoardPanel.h"
#include "ui/taakstelling/TaakstellingBron.h"
#include "ui/taakstelling/TaakstellingPanel.h"
#include "ui/tijdlijn/RegioTijdlijnPanel.h"
#include "ui/tijdlijn/TijdlijnPanel.h"
#include "ui/wachtrij/WachtrijPanel.h"
#include "ui/widgets/LijstActies.h"

#include <QDataStream>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace rd {

namespace {

constexpr quint32 staatVersie = 3; // 3: name columns first, fewer columns shown

} // namespace

WerkPanel::WerkPanel(QWidget *parent, Werkbestand *bestand)
    : QWidget(parent), m_bestand(bestand ? bestand : new Werkbestand(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_wachtrij(new WachtrijPanel(m_splitter)),
      m_midden(new QTabWidget(m_splitter)), m_board(new RegioBoardPanel(m_midden)),
      m_quota(new TaakstellingPanel(m_midden)), m_huishoudenZijde(new QWidget),
      m_kop(new QLabel(m_huishoudenZijde)), m_rechts(new QTabWidget(m_huishoudenZijde)),
      m_huishoudenStapel(new QStackedWidget(m_rechts)),
      m_geenHuishouden(new QLabel(m_huishoudenStapel)), m_formulier(new HuishoudenForm),
      m_historie(new KoppelHistoriePanel(m_rechts)),
      m_koppelWerk(new KoppelWerk(m_bestand, m_wachtrij, m_board, m_historie, this)),
      m_termijnWerk(new TermijnWerk(this)), m_rapporten(new RapportPanel(m_midden)),
      m_briefWerk(new BriefWerk(this)), m_quotaBron(new TaakstellingBron(this)),
      m_zoekDialoog(new HuishoudenZoekDialog(this))
{
    setObjectName(QStringLiteral("werkPanel"));
    m_splitter->setObjectName(QStringLiteral("werkSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_midden->setObjectName(QStringLiteral("middenTabs"));
    m_midden->addTab(m_board, tr("Region &board"));
    m_midden->addTab(m_quota, tr("&Quota"));
    m_midden->addTab(m_termijnWerk->tijdlijn(), tr("&Deadlines"));
    m_midden->addTab(m_termijnWerk->grafieken(), tr("&Charts"));
    m_midden->addTab(m_rapporten, tr("R&eports"));
    m_geenHuishouden->setObjectName(QStringLiteral("geenHuishouden"));
    m_geenHuishouden->setAlignment(Qt::AlignCenter);
    m_geenHuishouden->setWordWrap(true);
    m_geenHuishouden->setMargin(24);
    m_geenHuishouden->setText(
        tr("Choose a household in the queue to see its intake data, or start a new one with "
           "Household → New household (Ctrl+N)."));
    m_huishoudenStapel->addWidget(m_geenHuishouden);
    m_huishoudenStapel->addWidget(m_formulier); // scrolls its fields itself, Save stays in view
    m_rechts->setObjectName(QStringLiteral("rechtsTabs"));
    m_rechts->addTab(m_huishoudenStapel, tr("&Household"));
    m_rechts->addTab(m_termijnWerk->huishoudenTijdlijn(), tr("&Timeline"));
    m_rechts->addTab(m_termijnWerk->faseGrafiek(), tr("&Phases"));
    m_rechts->addTab(m_historie, tr("Coupling &history"));
    m_rechts->addTab(m_suggesties = new SuggestiePanel(m_rechts), tr("S&uggestions"));
    // Sane minimum widths, so the window with the household panel docked fits a 1280 px
    // screen: a page wider than this is squeezed only when the user makes it that narrow.
    for (const auto &[tabs, breedte] : {std::pair{m_midden, 420}, std::pair{m_rechts, 300}})
        for (int i = 0; i < tabs->count(); ++i)
            tabs->widget(i)->setMinimumWidth(
                std::min(tabs->widget(i)->minimumSizeHint().width(), breedte));
    m_huishoudenZijde->setObjectName(QStringLiteral("huishoudenZijde"));
    m_kop->setObjectName(QStringLiteral("huishoudenKop"));
    m_kop->setAccessibleName(tr("Household shown"));
    m_kop->setWordWrap(true);
    m_kop->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kop->setContentsMargins(6, 4, 6, 4);
    QFont vet = m_kop->font();
    vet.setBold(true);
    m_kop->setFont(vet);
    auto *zijde = new QVBoxLayout(m_huishoudenZijde);
    zijde->setContentsMargins(0, 0, 0, 0);
    zijde->setSpacing(0);
    zijde->addWidget(m_kop);
    zijde->addWidget(m_rechts, 1);
    m_splitter->addWidget(m_wachtrij);
    m_splitter->addWidget(m_midden);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({520, 520}); // until the user's own layout is restored

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_wachtrij, &WachtrijPanel::huishoudenGekozen, this, &WerkPanel::openHuishouden);
    connect(m_wachtrij, &WachtrijPanel::huishoudenGeopend, this, [this](qint64 id) {
        openHuishouden(id);
        m_rechts->setCurrentIndex(0);
        emit huishoudenGevraagd();
    });
    connect(m_board, &RegioBoardPanel::gemeenteGeopend, this, &WerkPanel::openGemeente);
    connect(m_formulier, &HuishoudenForm::opgeslagen, this, &WerkPanel::huishoudenOpgeslagen);
    connect(m_koppelWerk, &KoppelWerk::melding, this, &WerkPanel::melding);
    // The views listen to the work file themselves: what a coupling step (undo, redo) did.
    m_wachtrij->setWerkbestand(m_bestand);
    m_board->setWerkbestand(m_bestand);
    m_quotaBron->setWerkbestand(m_bestand);
    m_historie->setWerkbestand(m_bestand);
    m_suggesties->setWerkbestand(m_bestand);
    connect(m_suggesties, &SuggestiePanel::koppelGevraagd, this,
            [this](qint64 id, const KoppelDoel &doel) { m_koppelWerk->koppel({id}, doel); });
    connect(m_wachtrij, &WachtrijPanel::melding, this, &WerkPanel::melding);
    connect(m_bestand, &Werkbestand::koppelGebeurtenissen, this, &WerkPanel::gewijzigd);
    // Every undoable step (couplings, timeline edits, their undo and redo) may change the phase.
    connect(m_bestand->undoStack(), &QUndoStack::indexChanged, this, &WerkPanel::werkKopBij);
    connect(m_zoekDialoog, &HuishoudenZoekDialog::gekozen, this, &WerkPanel::toonHuishouden);
    // A gemeente's profile or partnership (also undone, redone): the board and quota again.
    // The vg, an art. 30 or a herverdeling too (the command line, while the window is open). A
    // partnership's membership says both: the quota is computed once, when the change is said.
    connect(m_bestand, &Werkbestand::gemeentenGewijzigd, this, [this] { m_quotaOpnieuw = true; });
    connect(m_bestand, &Werkbestand::taakstellingGewijzigd, this,
            [this] { m_quotaOpnieuw = true; });
    connect(m_bestand, &Werkbestand::gezegd, this, [this] {
        if (std::exchange(m_quotaOpnieuw, false))
            meld(toonQuota());
    });
    // An alert opens its household and points at it in the queue or the deadlines view.
    connect(m_termijnWerk->signalen(), &SignalenPanel::huishoudenGekozen, this,
            &WerkPanel::toonHuishouden);
    m_termijnWerk->setWerkbestand(m_bestand);
    connect(m_termijnWerk, &TermijnWerk::huishoudenGekozen, this, &WerkPanel::openHuishouden);
    connect(m_termijnWerk, &TermijnWerk::huishoudenGekozen, this, &WerkPanel::huishoudenGevraagd);
    connect(m_termijnWerk, &TermijnWerk::melding, this, &WerkPanel::melding);
    connect(m_briefWerk, &BriefWerk::melding, this, &WerkPanel::melding);
    m_briefWerk->setWerkbestand(m_bestand);
    m_formulier->setWerkbestand(m_bestand);
    // A lease signed, a move or an uitschrijving (also an intake, a refusal, a letter) changes
    // the pipeline and the realisation: the board and the quota are computed again. The queue,
    // the history and the deadlines listen to the work file themselves.
    connect(m_bestand, &Werkbestand::tijdlijnGewijzigd, this, [this] {
        m_quotaOpnieuw = true;
        werkKopBij();
        emit gewijzigd();
    });
    connect(m_termijnWerk->tijdlijn(), &RegioTijdlijnPanel::brievenGevraagd, m_briefWerk,
            &BriefWerk::brievenVoor);
    connect(this, &WerkPanel::gewijzigd, m_rapporten, &RapportPanel::markeerVerouderd);
    // One quota for the board and the quota table; a coupling moves both by its delta.
    connect(m_quotaBron, &TaakstellingBron::berekend, this, &WerkPanel::quotaBerekend);
    connect(m_termijnWerk->signalen(), &SignalenPanel::getoond, this, [this] {
        m_signalenGetoond = true;
        meldGeladen();
    });
    connect(m_quotaBron, &TaakstellingBron::bijgewerkt, this,
            [this](const TaakstellingOverzicht &overzicht) {
                if (m_store) {
                    (void)m_quota->toon(*m_store, m_halfJaar, overzicht); // shows its error
                    m_termijnWerk->setQuota(overzicht);
                }
            });
    // The charts are drawn only when their tab is shown (the quota comes from m_quotaBron).
    connect(m_midden, &QTabWidget::currentChanged, this, [this] {
        m_termijnWerk->setGrafiekenZichtbaar(m_midden->currentWidget() ==
                                             m_termijnWerk->grafieken());
    });
    for (LijstActies *lijst : {m_wachtrij->lijstActies(), m_termijnWerk->signalen()->lijstActies(),
                               m_termijnWerk->tijdlijn()->lijstActies()}) {
        lijst->setJournaalBron([this]() -> std::optional<QPair<qint64, QByteArray>> {
            if (!m_store)
                return std::nullopt;
            auto kop = journaal::kop(*m_store);
            return kop ? std::optional(*kop) : std::nullopt;
        });
    }
    werkKopBij();
}

SignalenPanel *WerkPanel::signalen() const
{
    return m_termijnWerk->signalen();
}

WerkPanel::~WerkPanel()
{
    // The undo stack may be cleared after this panel is half gone: no header to update then.
    if (m_bestand)
        disconnect(m_bestand->undoStack(), nullptr, this, nullptr);
    // The household side lives in the window's dock when docked; otherwise it is ours.
    if (m_huishoudenZijde && !m_huishoudenZijde->parent())
        delete m_huishoudenZijde;
}

bool WerkPanel::formulierZichtbaar() const
{
    return m_huishoudenStapel->currentIndex() == 1;
}

void WerkPanel::toonFormulier(bool zichtbaar)
{
    m_huishoudenStapel->setCurrentIndex(zichtbaar ? 1 : 0);
    werkKopBij();
}

void WerkPanel::setStore(Store *store)
{
    m_store = store;
    if (m_bestand->parent() == this) // its own work file follows; a shared one is the owner's
        m_bestand->setStore(store);
    m_termijnWerk->setStore(store);
    m_rapporten->setStore(store);
    m_briefWerk->setStore(store);
    m_zoekDialoog->setStore(store);
    m_formulier->setStore(store);
    m_formulier->nieuw();
    (void)m_suggesties->laad(store, 0, m_vandaag);
    toonFormulier(false);
    if (store)
        (void)m_historie->laad(*store, 0); // shows its own error
}

void WerkPanel::setVandaag(const QDate &vandaag)
{
    m_vandaag = vandaag;
    m_koppelWerk->setVandaag(vandaag);
    m_termijnWerk->setVandaag(vandaag);
    m_rapporten->setVandaag(vandaag);
    m_briefWerk->setVandaag(vandaag);
    m_formulier->setVandaag(vandaag);
    m_zoekDialoog->setVandaag(vandaag);
    werkKopBij();
}

Status WerkPanel::toon(const HalfJaar &halfJaar, int regio)
{
    m_halfJaar = halfJaar;
    m_regio = regio;
    m_rapporten->setStandaard(halfJaar, regio);
    m_briefWerk->setRegio(regio);
    if (!m_store) {
        toonMelding(tr("No store is open. Choose File → Open store… or File → New store…"));
        return {};
    }
    Status eerste;
    const auto onthoud = [&eerste](const Status &s) {
        if (eerste.ok() && !s.ok())
            eerste = s;
    };
    m_quotaGetoond = m_signalenGetoond = false;
    m_laadt = true;
    if (m_quotaBron->achtergrond()) {
        // Never the previous region's figures while the new ones are computed.
        const QString bezig = tr("Computing the figures for %1…").arg(halfJaar.toString());
        m_board->toonMelding(bezig);
        m_quota->toonMelding(bezig);
    }
    // The quota and the alerts are read on threads of their own when the window loads in the
    // background: ask for them first, so they run while the timeline and the queue are filled
    // here. Loading in the foreground (tests), the order is queue, board, deadlines.
    if (m_quotaBron->achtergrond()) {
        onthoud(toonQuota());
        onthoud(m_termijnWerk->toon(halfJaar, regio)); // asks for the alerts before the timeline
        onthoud(m_wachtrij->laad(*m_store, regio, m_vandaag));
    } else {
        onthoud(m_wachtrij->laad(*m_store, regio, m_vandaag));
        onthoud(toonQuota());
        onthoud(m_termijnWerk->toon(halfJaar, regio));
    }
    return eerste;
}

void WerkPanel::meld(const Status &status)
{
    if (!status)
        emit melding(status.error().toString());
}

void WerkPanel::toonMelding(const QString &melding)
{
    m_board->toonMelding(melding);
    m_quota->toonMelding(melding);
}

void WerkPanel::nieuwHuishouden()
{
    if (!m_store || !m_formulier->vraagOmOpslaan(this))
        return;
    m_formulier->nieuw();
    toonFormulier(true);
    (void)m_historie->laad(*m_store, 0); // shows its own error
    m_rechts->setCurrentIndex(0);
    emit huishoudenGevraagd();
    m_formulier->focusEersteVeld();
}

void WerkPanel::slaHuishoudenOp()
{
    if (!m_store || !formulierZichtbaar())
        return;
    const Status status = m_formulier->opslaan();
    if (!status)
        emit melding(tr("Not saved: %1").arg(status.error().toString()));
}

void WerkPanel::openHuishouden(qint64 huishoudenId)
{
    if (!m_store || huishoudenId <= 0 || huishoudenId == m_formulier->huishoudenId())
        return;
    if (!m_formulier->vraagOmOpslaan(this))
        return;
    if (const Status status = m_formulier->laad(huishoudenId); !status)
        emit melding(status.error().toString());
    toonFormulier(true);
    (void)m_historie->laad(*m_store, huishoudenId); // shows its own error
    (void)m_suggesties->laad(m_store, huishoudenId, m_vandaag, &m_board->model()->quota());
    m_termijnWerk->toonHuishouden(huishoudenId);
}

void WerkPanel::toonHuishouden(qint64 huishoudenId)
{
    if (!m_store || huishoudenId <= 0)
        return;
    openHuishouden(huishoudenId);
    if (m_formulier->huishoudenId() != huishoudenId)
        return; // the unsaved changes of the household open were kept: it stays
    auto treffer = HuishoudenZoeker(*m_store).huishouden(huishoudenId, m_vandaag);
    if (!treffer || !treffer->has_value())
        return;
    const ZoekTreffer &t = **treffer;
    const bool inWachtrij = t.wachtend() && m_wachtrij->kiesHuishouden(huishoudenId);
    const bool inTermijnen = t.open() && m_termijnWerk->tijdlijn()->kiesHuishouden(huishoudenId);
    if (inTermijnen && !t.wachtend())
        m_midden->setCurrentWidget(m_termijnWerk->tijdlijn());
    const QString wie = huishoudenstatus::kop(t);
    if (t.wachtend() && !inWachtrij)
        emit melding(tr("%1 — waiting, but not in the queue as shown (another region or a "
                        "filter)")
                         .arg(wie));
    else if (t.open() && !t.wachtend() && !inTermijnen)
        emit melding(tr("%1 — not in the deadlines of the region shown").arg(wie));
    else
        emit melding(wie);
}

void WerkPanel::zoekHuishouden()
{
    m_zoekDialoog->toon();
}

void WerkPanel::werkKopBij()
{
    if (!m_store || !formulierZichtbaar()) {
        m_kop->setText(tr("No household chosen"));
        return;
    }
    const qint64 id = m_formulier->huishoudenId();
    if (id <= 0) {
        m_kop->setText(tr("New household (not saved yet)"));
        return;
    }
    auto treffer = HuishoudenZoeker(*m_store).huishouden(id, m_vandaag);
    if (!treffer)
        m_kop->setText(treffer.error().toString());
    else if (!treffer->has_value())
        m_kop->setText(tr("No household chosen"));
    else
        m_kop->setText(huishoudenstatus::kop(**treffer));
}

void WerkPanel::openGemeente(const QString &code)
{
    if (!m_store)
        return;
    GemeenteDialog(*m_store, code, this, m_bestand).exec(); // its steps: undoable after
}

qint64 WerkPanel::gekozenHuishouden() const
{
    return m_formulier->huishoudenId();
}

void WerkPanel::maakKoppelingsbrief()
{
    m_briefWerk->koppelingsbrief(gekozenHuishouden());
}

void WerkPanel::maakKoppelingsbrieven()
{
    m_briefWerk->brievenVanDag();
}

void WerkPanel::wijzigAfzender()
{
    m_briefWerk->afzender();
}

void WerkPanel::huishoudenOpgeslagen(qint64 id)
{
    // The views heard the save from the work file; a new household's history is shown now.
    if (m_store && m_historie->huishoudenId() != id)
        (void)m_historie->laad(*m_store, id); // shows its own error
    emit melding(tr("Household saved."));
}

Status WerkPanel::toonQuota()
{
    // One computation for the board and the quota table: the same half-year and region. In
    // the background the figures come later (quotaBerekend); the panels say why meanwhile.
    m_quotaStatus = {};
    m_termijnWerk->vergeetQuota();
    m_quotaBron->vraag(*m_store, m_halfJaar, m_regio, m_vandaag);
    return m_quotaStatus;
}

void WerkPanel::quotaBerekend(const Result<TaakstellingOverzicht> &quota)
{
    if (!m_store)
        return;
    const Status board = m_board->toon(*m_store, m_halfJaar, m_regio, m_vandaag, quota);
    const Status tabel = m_quota->toon(*m_store, m_halfJaar, quota);
    m_termijnWerk->setQuota(quota);
    m_quotaStatus = board.ok() ? tabel : board;
    m_quotaGetoond = true;
    meldGeladen();
}

void WerkPanel::meldGeladen()
{
    if (m_quotaGetoond && m_signalenGetoond) {
        m_quotaGetoond = m_signalenGetoond = false; // once per toon()
        m_laadt = false;
        emit geladen();
    }
}

void WerkPanel::setAchtergrondLaden(bool achtergrond)
{
    m_quotaBron->setAchtergrond(achtergrond);
    m_termijnWerk->signalen()->setAchtergrond(achtergrond);
}

bool WerkPanel::magVerlaten()
{
    return m_formulier->vraagOmOpslaan(this);
}

QByteArray WerkPanel::staat() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << staatVersie << m_splitter->saveState() << m_wachtrij->headerState()
        << m_board->headerState() << m_quota->headerState() << qint32(m_midden->currentIndex())
        << qint32(m_rechts->currentIndex()) << m_termijnWerk->tijdlijn()->headerState()
        << m_termijnWerk->tijdlijn()->gegroepeerd();
    return bytes;
}

void WerkPanel::herstelStaat(const QByteArray &staat)
{
    QDataStream in(staat);
    quint32 versie = 0;
    in >> versie;
    if (versie != staatVersie)
        return;
    QByteArray splitter, wachtrij, board, quota, tijdlijn;
    qint32 midden = 0, rechts = 0;
    bool gegroepeerd = false;
    in >> splitter >> wachtrij >> board >> quota >> midden >> rechts >> tijdlijn >> gegroepeerd;
    if (in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_wachtrij->restoreHeaderState(wachtrij);
    m_board->restoreHeaderState(board);
    m_quota->restoreHeaderState(quota);
    m_termijnWerk->tijdlijn()->restoreHeaderState(tijdlijn);
    m_termijnWerk->tijdlijn()->setGegroepeerd(gegroepeerd);
    m_midden->setCurrentIndex(midden);
    m_rechts->setCurrentIndex(rechts);
}

} // namespace rd
