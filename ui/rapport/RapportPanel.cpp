#include "ui/rapport/RapportPanel.h"

#include "core/instellingen/Instellingen.h"
#include "core/instellingen/TolerantieCommand.h"
#include "core/rapport/RapportBestandsnaam.h"
#include "core/rapport/RapportService.h"
#include "core/store/Store.h"
#include "ui/rapport/BereikKiezer.h"
#include "ui/rapport/RapportAfdruk.h"
#include "ui/rapport/RapportChart.h"
#include "ui/rapport/RapportTabelModel.h"
#include "ui/widgets/GrafiekOpmaak.h"
#include "ui/widgets/HalfJaarCombo.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rd {

namespace {

namespace key {
const QString soort = QStringLiteral("rapport/soort");
const QString niveau = QStringLiteral("rapport/niveau");
const QString regio = QStringLiteral("rapport/regio");
const QString provincie = QStringLiteral("rapport/provincie");
const QString gemeente = QStringLiteral("rapport/gemeente");
const QString splitter = QStringLiteral("rapport/splitter");
} // namespace key

} // namespace

RapportPanel::RapportPanel(QWidget *parent)
    : QWidget(parent), m_soort(new QComboBox(this)), m_periode(new HalfJaarCombo(m_vandaag, this)),
      m_bereik(new BereikKiezer(this)), m_tolerantie(new QLineEdit(this)),
      m_maak(new QPushButton(tr("&Make report"), this)),
      m_csv(new QPushButton(tr("Export &CSV…"), this)),
      m_pdf(new QPushButton(tr("Export P&DF…"), this)),
      m_afdruk(new QPushButton(tr("Print pre&view…"), this)), m_omschrijving(new QLabel(this)),
      m_banner(new QWidget(this)), m_bannerText(new QLabel(m_banner)),
      m_parameters(new QLabel(this)), m_tabellen(new QTabWidget(this)),
      m_chartView(new QChartView(this)), m_chartNoot(new QLabel(this)), m_noten(new QLabel(this)),
      m_maakTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("rapportPanel"));
    m_soort->setObjectName(QStringLiteral("rapportSoort"));
    m_soort->setAccessibleName(tr("Report"));
    for (RapportSoort s : rapport::alle()) {
        m_soort->addItem(rapport::titel(s), rapport::code(s));
        m_soort->setItemData(m_soort->count() - 1, rapport::omschrijving(s), Qt::ToolTipRole);
    }
    m_periode->setObjectName(QStringLiteral("rapportPeriode"));
    m_periode->setAccessibleName(tr("Report period"));
    m_periode->setToolTip(tr("The half-year the report covers"));
    m_tolerantie->setObjectName(QStringLiteral("rapportTolerantie"));
    m_tolerantie->setAccessibleName(tr("Tolerated backlog"));
    m_tolerantie->setToolTip(tr("Supervision figures: the backlog tolerated, as a fraction of "
                                "the half-year's quota (e.g. 1/6). Kept in the store."));
    m_tolerantie->setMaximumWidth(80);
    m_maak->setObjectName(QStringLiteral("rapportMaak"));
    m_maak->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_maak->setToolTip(tr("Make the report again from the store (Ctrl+Return)"));
    m_csv->setObjectName(QStringLiteral("rapportCsv"));
    m_csv->setToolTip(tr("Save the report as CSV that Excel opens (UTF-8, semicolons)"));
    m_pdf->setObjectName(QStringLiteral("rapportPdf"));
    m_pdf->setToolTip(tr("Save the report as an A4 PDF with title, parameters and page numbers"));
    m_afdruk->setObjectName(QStringLiteral("rapportAfdruk"));
    m_afdruk->setToolTip(tr("See the report's pages as the PDF has them, and print them"));

    auto *keuze = new QFormLayout;
    keuze->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    keuze->addRow(tr("&Report:"), m_soort);
    auto *periodeRij = new QHBoxLayout;
    periodeRij->addWidget(m_periode);
    auto *tolLabel = new QLabel(tr("&Tolerated backlog:"), this);
    tolLabel->setBuddy(m_tolerantie);
    periodeRij->addSpacing(16);
    periodeRij->addWidget(tolLabel);
    periodeRij->addWidget(m_tolerantie);
    periodeRij->addStretch(1);
    auto *periodeLabel = new QLabel(tr("&Period:"), this);
    periodeLabel->setBuddy(m_periode);
    keuze->addRow(periodeLabel, periodeRij);
    keuze->addRow(tr("&Scope:"), m_bereik);
    auto *knoppen = new QHBoxLayout;
    knoppen->addWidget(m_maak);
    knoppen->addStretch(1);
    knoppen->addWidget(m_csv);
    knoppen->addWidget(m_pdf);
    knoppen->addWidget(m_afdruk);

    m_omschrijving->setObjectName(QStringLiteral("rapportOmschrijving"));
    m_omschrijving->setWordWrap(true);
    m_parameters->setObjectName(QStringLiteral("rapportParameters"));
    m_parameters->setWordWrap(true);
    m_parameters->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_banner->setObjectName(QStringLiteral("rapportBanner"));
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_banner->setStyleSheet(
        QStringLiteral("#rapportBanner { background: #fff4ce; border: 1px solid #d8b600;"
                       " border-radius: 4px; } #rapportBanner QLabel { color: #3b2f00; }"));
    auto *bannerIcon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    bannerIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_bannerText->setObjectName(QStringLiteral("rapportBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_tabellen->setObjectName(QStringLiteral("rapportTabellen"));
    m_tabellen->setAccessibleName(tr("Report tables"));
    m_tabellen->setTabBarAutoHide(true); // tabs only for a report with more tables
    m_chartView->setObjectName(QStringLiteral("rapportGrafiek"));
    m_chartView->setAccessibleName(tr("Report chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(40);
    m_chartNoot->setObjectName(QStringLiteral("rapportGrafiekNoot"));
    // A horizontal bar chart of many gemeenten is taller than its room: it scrolls.
    auto *grafiekRol = new QScrollArea(this);
    grafiekRol->setObjectName(QStringLiteral("rapportGrafiekRol"));
    grafiekRol->setWidgetResizable(true);
    grafiekRol->setFrameShape(QFrame::NoFrame);
    grafiekRol->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    grafiekRol->setWidget(m_chartView);
    m_noten->setObjectName(QStringLiteral("rapportNoten"));
    m_noten->setWordWrap(true);
    m_noten->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noten->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    auto *noten = new QScrollArea(this);
    noten->setObjectName(QStringLiteral("rapportNotenVlak"));
    noten->setAccessibleName(tr("Notes on the report"));
    noten->setWidget(m_noten);
    noten->setWidgetResizable(true);
    noten->setFrameShape(QFrame::NoFrame);
    noten->setMinimumHeight(24);
    // The table on top gets the room; the chart and the notes share the part below the
    // splitter (it can be pulled down out of sight); the division is remembered.
    auto *onder = new QWidget(this);
    onder->setObjectName(QStringLiteral("rapportOnder"));
    auto *onderLayout = new QVBoxLayout(onder);
    onderLayout->setContentsMargins(0, 0, 0, 0);
    onderLayout->setSpacing(2);
    onderLayout->addWidget(grafiekRol, 3);
    onderLayout->addWidget(m_chartNoot);
    onderLayout->addWidget(noten, 1);
    onder->setMinimumHeight(80); // below the chart's own minimum: the table comes first
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("rapportSplitter"));
    splitter->addWidget(m_tabellen);
    splitter->addWidget(onder);
    splitter->setCollapsible(0, false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    m_splitter = splitter;
    m_splitterGezet = splitter->restoreState(QSettings().value(key::splitter).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(key::splitter, splitter->saveState()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(keuze);
    layout->addLayout(knoppen);
    layout->addWidget(m_omschrijving);
    layout->addWidget(m_banner);
    layout->addWidget(m_parameters);
    layout->addWidget(splitter, 1);

    setTabOrder(m_soort, m_periode);
    setTabOrder(m_periode, m_tolerantie);
    setTabOrder(m_tolerantie, m_bereik->niveauCombo());
    setTabOrder(m_bereik->niveauCombo(), m_bereik->waardeCombo());
    setTabOrder(m_bereik->waardeCombo(), m_maak);
    setTabOrder(m_maak, m_csv);
    setTabOrder(m_csv, m_pdf);
    setTabOrder(m_pdf, m_afdruk);
    setTabOrder(m_afdruk, m_tabellen);

    // A change is made at once when the tab is shown (coalesced), or when it is next shown.
    m_maakTimer->setSingleShot(true);
    m_maakTimer->setInterval(0);
    connect(m_maakTimer, &QTimer::timeout, this, [this] { (void)maak(); }); // shows its error
    connect(m_soort, &QComboBox::currentIndexChanged, this, &RapportPanel::wijzigingGevraagd);
    connect(m_periode, &HalfJaarCombo::halfJaarChanged, this, &RapportPanel::wijzigingGevraagd);
    connect(m_bereik, &BereikKiezer::bereikChanged, this, &RapportPanel::wijzigingGevraagd);
    connect(m_tolerantie, &QLineEdit::editingFinished, this, &RapportPanel::tolerantieGewijzigd);
    connect(m_maak, &QPushButton::clicked, this, [this] { (void)maak(); }); // shows its error
    connect(m_csv, &QPushButton::clicked, this, &RapportPanel::exporteerCsvMetDialoog);
    connect(m_pdf, &QPushButton::clicked, this, &RapportPanel::exporteerPdfMetDialoog);
    connect(m_afdruk, &QPushButton::clicked, this, [this] {
        if (m_rapport)
            rapportafdruk::toonVoorbeeld(*m_rapport, this);
    });
    wijzigingGevraagd();
    toonRapport();
}

RapportPanel::~RapportPanel() = default;

void RapportPanel::setStore(Store *store)
{
    m_store = store;
    m_rapport.reset();
    m_bereik->setStore(store);
    if (store) {
        herstelKeuze();
        // A gemeente's or a province's reports start in its own scope, also when a wider one
        // was remembered (it may not see that)
        const auto eigen = RapportBereik::vanAccount(store->account());
        if (eigen && eigen->niveau != RapportBereik::Niveau::Regio &&
            (!m_bereikGekozen || bereik().niveau < eigen->niveau))
            m_bereik->setBereik(*eigen);
        const auto tol = Instellingen(*store).tolerantie();
        m_tolerantie->setText(tol ? tol->toString() : Tolerantie{}.toString());
    }
    m_verouderd = true;
    toonRapport();
    if (store && isVisible())
        m_maakTimer->start();
}

void RapportPanel::setVandaag(const QDate &vandaag)
{
    m_vandaag = vandaag;
    wijzigingGevraagd();
}

void RapportPanel::setStandaard(const HalfJaar &halfJaar, int regio)
{
    m_periode->setHalfJaar(halfJaar);
    m_bereik->setRegio(regio); // the province level starts at the region's first province
    // Until a scope was chosen (or remembered), the account's own (a gemeente, a province) or
    // the window's region; a region scope follows it.
    const auto eigen = m_store ? RapportBereik::vanAccount(m_store->account()) : std::nullopt;
    if (eigen && eigen->niveau != RapportBereik::Niveau::Regio &&
        (!m_bereikGekozen || bereik().niveau < eigen->niveau))
        m_bereik->setBereik(*eigen);
    else if (!m_bereikGekozen)
        m_bereik->setBereik(regio > 0 ? RapportBereik::vanRegio(regio) : RapportBereik::land());
    else if (regio > 0 && bereik().niveau == RapportBereik::Niveau::Regio)
        m_bereik->setBereik(RapportBereik::vanRegio(regio));
}

void RapportPanel::setSoort(RapportSoort soort)
{
    m_soort->setCurrentIndex(std::max(0, m_soort->findData(rapport::code(soort))));
}

RapportSoort RapportPanel::soort() const
{
    return rapport::parse(m_soort->currentData().toString()).value_or(RapportSoort::PerGemeente);
}

void RapportPanel::setPeriode(const HalfJaar &periode)
{
    m_periode->setHalfJaar(periode);
}

HalfJaar RapportPanel::periode() const
{
    return m_periode->halfJaar();
}

void RapportPanel::setBereik(const RapportBereik &bereik)
{
    m_bereik->setBereik(bereik);
}

RapportBereik RapportPanel::bereik() const
{
    return m_bereik->bereik();
}

QChart *RapportPanel::chart() const
{
    return m_heeftGrafiek ? m_chartView->chart() : nullptr;
}

bool RapportPanel::bannerShown() const
{
    return !m_banner->isHidden();
}

QString RapportPanel::bannerText() const
{
    return m_bannerText->text();
}

void RapportPanel::wijzigingGevraagd()
{
    m_omschrijving->setText(rapport::omschrijving(soort()));
    m_verouderd = true;
    if (m_store && isVisible())
        m_maakTimer->start();
}

void RapportPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_splitterGezet) {
        // Until the user divides it, once laid out: 55% of the height for the table.
        m_splitterGezet = true;
        QTimer::singleShot(0, m_splitter, [s = m_splitter] {
            s->setSizes({s->height() * 11 / 20, s->height() - s->height() * 11 / 20});
        });
    }
    if (m_store && m_verouderd)
        m_maakTimer->start();
}

void RapportPanel::tolerantieGewijzigd()
{
    if (!m_store)
        return;
    Instellingen instellingen(*m_store);
    const auto tol = Tolerantie::parse(m_tolerantie->text().trimmed());
    if (!tol) {
        toonBanner(tr("The tolerated backlog must be a fraction such as 1/6 (at most 1)."));
        const auto oud = instellingen.tolerantie();
        m_tolerantie->setText(oud ? oud->toString() : Tolerantie{}.toString());
        return;
    }
    const auto oud = instellingen.tolerantie();
    if (oud && oud->teller == tol->teller && oud->noemer == tol->noemer)
        return;
    // One change with its change-log entry.
    if (const Status s = TolerantieCommand(*m_store, *tol).voerUit(); !s) {
        toonBanner(s.error().toString());
        return;
    }
    if (soort() == RapportSoort::Toezicht)
        wijzigingGevraagd();
}

Status RapportPanel::maak()
{
    m_maakTimer->stop();
    if (!m_store) {
        m_rapport.reset();
        toonRapport();
        return Error{QString(), tr("No store is open.")};
    }
    RapportOpties opties;
    opties.peildatum = m_vandaag;
    if (const auto tol = Instellingen(*m_store).tolerantie())
        opties.tolerantie = *tol;
    auto gemaakt = RapportService(*m_store).maak(soort(), periode(), bereik(), opties);
    m_verouderd = false;
    m_bereikGekozen = true;
    bewaarKeuze();
    if (!gemaakt) {
        m_rapport.reset();
        toonRapport();
        toonBanner(tr("The report could not be made: %1").arg(gemaakt.error().toString()));
        return gemaakt.error();
    }
    m_rapport = std::move(gemaakt).value();
    toonRapport();
    return {};
}

void RapportPanel::toonBanner(const QString &tekst)
{
    m_bannerText->setText(tekst);
    m_banner->setVisible(!tekst.isEmpty());
}

void RapportPanel::toonRapport()
{
    toonBanner(m_store ? QString() : tr("No store is open."));
    m_tabellen->clear();
    qDeleteAll(m_views);
    m_views.clear();
    qDeleteAll(m_modellen);
    m_modellen.clear();
    QChart *oud = m_chartView->chart();
    QChart *nieuw = m_rapport ? rapportchart::maak(*m_rapport) : nullptr;
    m_chartView->setChart(nieuw ? nieuw : new QChart);
    delete oud; // setChart releases the chart it replaces without deleting it
    m_heeftGrafiek = nieuw != nullptr;
    const int rijen = grafiekopmaak::liggendeRijen(nieuw);
    m_chartView->setMinimumHeight(rijen > 0 ? grafiekopmaak::hoogteVoor(rijen) : 280);
    m_chartView->setVisible(m_heeftGrafiek);
    const bool exporteerbaar = m_rapport.has_value();
    m_csv->setEnabled(exporteerbaar);
    m_pdf->setEnabled(exporteerbaar);
    m_afdruk->setEnabled(exporteerbaar);
    if (!m_rapport) {
        m_parameters->clear();
        m_noten->clear();
        m_chartNoot->clear();
        return;
    }
    // The parameters on one line; the notes on method and norms below the chart, so the table
    // keeps the room.
    m_parameters->setText(m_rapport->parameters().join(QStringLiteral("  ·  ")));
    m_noten->setText(m_rapport->toelichting.join(QLatin1Char('\n')));
    for (const RapportTabel &tabel : m_rapport->tabellen) {
        auto *model = new RapportTabelModel(this);
        model->setTabel(tabel);
        auto *view = new QTableView;
        view->setObjectName(QStringLiteral("rapportTabel_") + tabel.sleutel);
        view->setAccessibleName(tabel.titel);
        view->setModel(model);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setWordWrap(false);
        view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->resizeColumnsToContents();
        m_modellen.append(model);
        m_views.append(view);
        m_tabellen->addTab(view, tabel.titel.isEmpty() ? m_rapport->titel : tabel.titel);
    }
    const auto &g = m_rapport->grafiek;
    if (!nieuw)
        m_chartNoot->setText(tr("This report has no chart."));
    else if (g && m_rapport->tabellen.value(g->tabel).rijen.size() > rapportchart::maxCategorieen)
        m_chartNoot->setText(
            tr("The chart shows the first %1 of %2 rows; the table holds all.")
                .arg(QString::number(rapportchart::maxCategorieen),
                     QString::number(m_rapport->tabellen.value(g->tabel).rijen.size())));
    else
        m_chartNoot->clear();
}

void RapportPanel::bewaarKeuze() const
{
    QSettings settings;
    const RapportBereik b = bereik();
    settings.setValue(key::soort, rapport::code(soort()));
    settings.setValue(key::niveau, int(b.niveau));
    settings.setValue(key::regio, b.regio);
    settings.setValue(key::provincie, b.provincie);
    settings.setValue(key::gemeente, b.gemeenteCode);
}

void RapportPanel::herstelKeuze()
{
    QSettings settings;
    if (const auto s = rapport::parse(settings.value(key::soort).toString()))
        setSoort(*s);
    if (!settings.contains(key::niveau))
        return;
    m_bereikGekozen = true;
    RapportBereik b;
    b.niveau = RapportBereik::Niveau(settings.value(key::niveau).toInt());
    b.regio = settings.value(key::regio).toInt();
    b.provincie = settings.value(key::provincie).toString();
    b.gemeenteCode = settings.value(key::gemeente).toString();
    setBereik(b);
}

} // namespace rd
