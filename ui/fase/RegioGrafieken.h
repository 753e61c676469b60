#pragma once

#include "core/common/Result.h"
#include "core/domain/HalfJaar.h"
#include "core/fase/FaseStatistiek.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <array>
#include <optional>

class QChart;
class QChartView;
class QLabel;
class QPrinter;
class QStackedWidget;
class QTabWidget;

namespace rd {

class Store;

// The region charts of issue 4 in three tabs, every figure from core:
// (a) mean days per phase per gemeente against the norms (FaseStatistiek::perGemeente over the
//     half-year up to today), (b) realised against target per gemeente with the monthly pace
//     (TaakstellingService::bereken, berekenTempo), (c) lead time coupling -> move per month with
//     its moving average and the 12-week norm (FaseStatistiek::doorlooptijdPerMaand, last 12
//     months). Each tab exports to PNG and PDF and prints; a figure that cannot be computed
//     (e.g. no vg) shows a message in its tab instead of the chart.
class RegioGrafieken : public QWidget
{
    Q_OBJECT
public:
    enum Grafiek
    {
        FasenPerGemeente,
        RealisatieTegenOpgave,
        Doorlooptijd,
        AantalGrafieken
    };
    static constexpr int maandenDoorlooptijd = 12;
    static constexpr int vensterMaanden = 3;

    explicit RegioGrafieken(QWidget *parent = nullptr);
    ~RegioGrafieken() override;

    // Computes all three; returns the first error (the other tabs still show what they can).
    // `quota`, when given, is the region's quota already computed for this half-year, region
    // and date (the window's TaakstellingBron); otherwise it is computed here.
    Status toon(Store &store, const HalfJaar &halfJaar, int regio,
                const QDate &vandaag = QDate::currentDate(),
                const Result<TaakstellingOverzicht> *quota = nullptr);
    // Every tab says `tekst` (the figures are on their way) instead of a chart.
    void toonBezig(const QString &tekst);

    // Null while the tab shows a message instead of a chart.
    QChart *chart(int index) const;
    QChartView *chartView(int index) const;
    QString melding(int index) const; // empty while the chart is shown
    QTabWidget *tabs() const { return m_tabs; }

    // The figures behind the charts, as core returned them (before the top-25 choice).
    const QList<FaseGemiddelde> &fasen() const { return m_fasen; }
    const std::optional<TaakstellingOverzicht> &quota() const { return m_quota; }
    const QList<DoorlooptijdMaand> &doorlooptijd() const { return m_doorlooptijd; }

    // The lines above an exported or printed chart: title, region, half-year, date.
    QStringList kop(int grafiek) const;
    // Through core's OutputFile; an existing file only with `force` (the dialogs pass true:
    // the file dialog asked).
    Status exporteerPng(int grafiek, const QString &pad, bool force);
    Status exporteerPdf(int grafiek, const QString &pad, bool force);
    void print(int grafiek, QPrinter *printer);

public slots:
    void exporteerPngMetDialoog(int grafiek);
    void exporteerPdfMetDialoog(int grafiek);
    void printMetDialoog(int grafiek);

private:
    struct Tab
    {
        QStackedWidget *stapel = nullptr;
        QChartView *view = nullptr;
        QLabel *melding = nullptr;
        QWidget *knoppen = nullptr;
        bool heeftChart = false;
    };
    QWidget *maakTab(int grafiek, const QString &naam);
    void zetChart(int grafiek, QChart *chart);
    void zetMelding(int grafiek, const QString &tekst);
    QString bestandsnaam(int grafiek, const QString &extensie) const;

    QTabWidget *m_tabs;
    std::array<Tab, AantalGrafieken> m_tab;
    QList<FaseGemiddelde> m_fasen;
    std::optional<TaakstellingOverzicht> m_quota;
    QList<DoorlooptijdMaand> m_doorlooptijd;
    HalfJaar m_halfJaar;
    int m_regio = 0;
    QDate m_vandaag;
};

} // namespace rd
