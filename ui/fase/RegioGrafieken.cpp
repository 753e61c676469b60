#include "ui/fase/RegioGrafieken.h"

#include "ui/taakstelling/TaakstellingMelding.h"
#include "ui/widgets/GrafiekOpmaak.h"

#include "core/domain/Regio.h"
#include "ui/fase/GrafiekExport.h"
#include "ui/fase/RegioGrafiekBouw.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rd {

RegioGrafieken::RegioGrafieken(QWidget *parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("regioGrafiekenTabs"));
    m_tabs->setAccessibleName(tr("Region charts"));
    m_tabs->addTab(maakTab(FasenPerGemeente, QStringLiteral("fasen")), tr("Days per &phase"));
    m_tabs->addTab(maakTab(RealisatieTegenOpgave, QStringLiteral("quota")),
                   tr("&Realised against target"));
    m_tabs->addTab(maakTab(Doorlooptijd, QStringLiteral("doorlooptijd")),
                   tr("&Lead time coupling to move"));
    m_tabs->setTabToolTip(FasenPerGemeente,
                          tr("Mean days of each completed phase per municipality against the "
                             "norms of 2, 10 and 2 weeks"));
    m_tabs->setTabToolTip(RealisatieTegenOpgave,
                          tr("Persons realised against the target per municipality, with what "
                             "the monthly pace asks by now"));
    m_tabs->setTabToolTip(Doorlooptijd,
                          tr("Mean days from coupling to move per month of the move, with the "
                             "moving average and the 12-week norm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    for (int i = 0; i < AantalGrafieken; ++i)
        zetMelding(i, tr("No region chosen yet."));
}

RegioGrafieken::~RegioGrafieken() = default;

QWidget *RegioGrafieken::maakTab(int grafiek, const QString &naam)
{
    Tab &tab = m_tab[grafiek];
    auto *pagina = new QWidget(this);
    pagina->setObjectName(naam + QStringLiteral("Tab"));

    tab.view = new QChartView(new QChart, pagina);
    tab.view->setObjectName(naam + QStringLiteral("Chart"));
    tab.view->setRenderHint(QPainter::Antialiasing);
    tab.view->setMinimumSize(480, 320);
    // A horizontal bar chart of many gemeenten is taller than the tab: it scrolls.
    auto *rol = new QScrollArea(pagina);
    rol->setObjectName(naam + QStringLiteral("Rol"));
    rol->setWidgetResizable(true);
    rol->setFrameShape(QFrame::NoFrame);
    rol->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    rol->setWidget(tab.view);
    tab.melding = new QLabel(pagina);
    tab.melding->setObjectName(naam + QStringLiteral("Melding"));
    tab.melding->setWordWrap(true);
    tab.melding->setAlignment(Qt::AlignCenter);
    tab.melding->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tab.stapel = new QStackedWidget(pagina);
    tab.stapel->addWidget(rol);
    tab.stapel->addWidget(tab.melding);

    auto *png = new QPushButton(tr("Export P&NG…"), pagina);
    png->setObjectName(naam + QStringLiteral("Png"));
    png->setToolTip(tr("Save this chart as a PNG image"));
    auto *pdf = new QPushButton(tr("Export P&DF…"), pagina);
    pdf->setObjectName(naam + QStringLiteral("Pdf"));
    pdf->setToolTip(tr("Save this chart as an A4 landscape PDF with title, region and date"));
    auto *afdruk = new QPushButton(tr("Pr&int…"), pagina);
    afdruk->setObjectName(naam + QStringLiteral("Print"));
    afdruk->setToolTip(tr("Print this chart (with a preview)"));
    connect(png, &QPushButton::clicked, this, [this, grafiek] { exporteerPngMetDialoog(grafiek); });
    connect(pdf, &QPushButton::clicked, this, [this, grafiek] { exporteerPdfMetDialoog(grafiek); });
    connect(afdruk, &QPushButton::clicked, this, [this, grafiek] { printMetDialoog(grafiek); });
    tab.knoppen = new QWidget(pagina);
    auto *knoppen = new QHBoxLayout(tab.knoppen);
    knoppen->setContentsMargins(0, 0, 0, 0);
    knoppen->addStretch(1);
    knoppen->addWidget(png);
    knoppen->addWidget(pdf);
    knoppen->addWidget(afdruk);

    auto *layout = new QVBoxLayout(pagina);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(tab.stapel, 1);
    layout->addWidget(tab.knoppen);
    return pagina;
}

void RegioGrafieken::zetChart(int grafiek, QChart *chart)
{
    Tab &tab = m_tab[grafiek];
    // setChart does not delete the previous chart (Qt 6.4).
    QChart *oud = tab.view->chart();
    tab.view->setChart(chart);
    delete oud;
    tab.heeftChart = true;
    const int rijen = grafiekopmaak::liggendeRijen(chart);
    tab.view->setMinimumHeight(rijen > 0 ? grafiekopmaak::hoogteVoor(rijen) : 320);
    tab.view->setToolTip(chart->title());
    tab.view->setAccessibleName(chart->title());
    tab.melding->clear();
    tab.stapel->setCurrentIndex(0);
    tab.knoppen->setEnabled(true);
}

void RegioGrafieken::zetMelding(int grafiek, const QString &tekst)
{
    Tab &tab = m_tab[grafiek];
    QChart *oud = tab.view->chart();
    tab.view->setChart(new QChart);
    delete oud;
    tab.heeftChart = false;
    tab.melding->setText(tekst);
    tab.stapel->setCurrentWidget(tab.melding);
    tab.knoppen->setEnabled(false);
}

void RegioGrafieken::toonBezig(const QString &tekst)
{
    for (int grafiek = 0; grafiek < AantalGrafieken; ++grafiek)
        zetMelding(grafiek, tekst);
}

Status RegioGrafieken::toon(Store &store, const HalfJaar &halfJaar, int regio, const QDate &vandaag,
                            const Result<TaakstellingOverzicht> *gegeven)
{
    m_halfJaar = halfJaar;
    m_regio = regio;
    m_vandaag = vandaag;
    std::optional<Error> eersteFout;
    const auto onthoud = [&eersteFout](const Error &e) {
        if (!eersteFout)
            eersteFout = e;
    };

    // (a) Phases that ended in the half-year, up to today.
    const FaseStatistiek statistiek(store);
    const QDate tot = std::min(halfJaar.eind(), vandaag);
    auto fasen = tot >= halfJaar.begin() ? statistiek.perGemeente(regio, halfJaar.begin(), tot)
                                         : Result<QList<FaseGemiddelde>>(QList<FaseGemiddelde>{});
    m_fasen = fasen ? *fasen : QList<FaseGemiddelde>{};
    if (!fasen) {
        onthoud(fasen.error());
        zetMelding(FasenPerGemeente,
                   tr("The days per phase cannot be computed: %1").arg(fasen.error().toString()));
    } else if (m_fasen.isEmpty()) {
        zetMelding(FasenPerGemeente,
                   tr("No phase ended in %1 up to %2 in this region.")
                       .arg(halfJaar.toString(), QLocale().toString(tot, QLocale::ShortFormat)));
    } else {
        zetChart(FasenPerGemeente, regiografiek::maakFasenChart(regiografiek::kiesFasen(m_fasen),
                                                                int(m_fasen.size())));
    }

    // (b) Quota figures; no vg gives a message in the tab.
    const Result<TaakstellingOverzicht> quota =
        gegeven ? *gegeven : TaakstellingService(store).bereken(halfJaar, regio, vandaag);
    m_quota.reset();
    if (!quota) {
        onthoud(quota.error());
        zetMelding(RealisatieTegenOpgave, waaromGeenQuota(store, halfJaar, quota.error()));
    } else {
        m_quota = *quota;
        zetChart(RealisatieTegenOpgave,
                 regiografiek::maakQuotaChart(regiografiek::kiesQuota(m_quota->rijen),
                                              int(m_quota->rijen.size()), halfJaar, vandaag));
    }

    // (c) The last 12 months, this month included.
    const QDate dezeMaand(vandaag.year(), vandaag.month(), 1);
    auto maanden = statistiek.doorlooptijdPerMaand(
        regio, dezeMaand.addMonths(1 - maandenDoorlooptijd), vandaag, vensterMaanden);
    m_doorlooptijd = maanden ? *maanden : QList<DoorlooptijdMaand>{};
    if (!maanden) {
        onthoud(maanden.error());
        zetMelding(Doorlooptijd,
                   tr("The lead time cannot be computed: %1").arg(maanden.error().toString()));
    } else {
        zetChart(Doorlooptijd, regiografiek::maakDoorlooptijdChart(m_doorlooptijd, vensterMaanden));
    }

    if (eersteFout)
        return *eersteFout;
    return {};
}

QChart *RegioGrafieken::chart(int index) const
{
    if (index < 0 || index >= AantalGrafieken || !m_tab[index].heeftChart)
        return nullptr;
    return m_tab[index].view->chart();
}

QChartView *RegioGrafieken::chartView(int index) const
{
    return index >= 0 && index < AantalGrafieken ? m_tab[index].view : nullptr;
}

QString RegioGrafieken::melding(int index) const
{
    if (index < 0 || index >= AantalGrafieken || m_tab[index].heeftChart)
        return {};
    return m_tab[index].melding->text();
}

QStringList RegioGrafieken::kop(int grafiek) const
{
    QChart *c = chart(grafiek);
    const QString regioNaam = m_regio == 0 ? tr("All regions") : regio::naam(m_regio);
    return {c ? c->title() : QString(), regioNaam, tr("Half-year %1").arg(m_halfJaar.toString()),
            tr("Date %1").arg(QLocale().toString(m_vandaag, QLocale::LongFormat))};
}

Status RegioGrafieken::exporteerPng(int grafiek, const QString &pad, bool force)
{
    return grafiekexport::exporteerPng(chart(grafiek), pad, force);
}

Status RegioGrafieken::exporteerPdf(int grafiek, const QString &pad, bool force)
{
    return grafiekexport::exporteerPdf(chart(grafiek), pad, kop(grafiek), force);
}

void RegioGrafieken::print(int grafiek, QPrinter *printer)
{
    grafiekexport::print(chart(grafiek), printer, kop(grafiek));
}

QString RegioGrafieken::bestandsnaam(int grafiek, const QString &extensie) const
{
    static const char *namen[] = {"dagen-per-fase", "realisatie-opgave", "doorlooptijd"};
    return QDir::home().filePath(QStringLiteral("%1-regio%2-%3.%4")
                                     .arg(QString::fromLatin1(namen[grafiek]),
                                          QString::number(m_regio), m_halfJaar.toString(),
                                          extensie));
}

void RegioGrafieken::exporteerPngMetDialoog(int grafiek)
{
    if (!chart(grafiek))
        return;
    const QString pad = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                                                     bestandsnaam(grafiek, QStringLiteral("png")),
                                                     tr("PNG images (*.png)"));
    if (pad.isEmpty())
        return;
    if (const Status s = exporteerPng(grafiek, pad, true); !s)
        QMessageBox::warning(this, tr("Export PNG"), s.error().toString());
}

void RegioGrafieken::exporteerPdfMetDialoog(int grafiek)
{
    if (!chart(grafiek))
        return;
    const QString pad = QFileDialog::getSaveFileName(this, tr("Export chart as PDF"),
                                                     bestandsnaam(grafiek, QStringLiteral("pdf")),
                                                     tr("PDF documents (*.pdf)"));
    if (pad.isEmpty())
        return;
    if (const Status s = exporteerPdf(grafiek, pad, true); !s)
        QMessageBox::warning(this, tr("Export PDF"), s.error().toString());
}

void RegioGrafieken::printMetDialoog(int grafiek)
{
    if (!chart(grafiek))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialoog(&printer, this);
    dialoog.setWindowTitle(tr("Print chart"));
    connect(&dialoog, &QPrintPreviewDialog::paintRequested, this,
            [this, grafiek](QPrinter *p) { print(grafiek, p); });
    dialoog.exec();
}

} // namespace rd
