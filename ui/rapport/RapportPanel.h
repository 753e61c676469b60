#pragma once

#include "core/common/Result.h"
#include "core/domain/HalfJaar.h"
#include "core/rapport/Rapport.h"
#include "core/rapport/RapportExport.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace rd {

class BereikKiezer;
class HalfJaarCombo;
class RapportTabelModel;
class Store;

// The Reports tab (issue 6): choose a report, a half-year and a scope; core makes the report
// (RapportService) and this shows each of its tables and its chart, and exports it to CSV or
// PDF (rapportexport). Every figure comes from core. An error (no vg, an unknown scope) shows
// in a banner. The last report and scope are remembered in QSettings.
class RapportPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RapportPanel(QWidget *parent = nullptr);
    ~RapportPanel() override;

    void setStore(Store *store);
    void setVandaag(const QDate &vandaag); // the reference date ("made on", the pipeline)
    // The window's half-year and region: the period follows it; a region scope follows it.
    void setStandaard(const HalfJaar &halfJaar, int regio);

    void setSoort(RapportSoort soort);
    RapportSoort soort() const;
    void setPeriode(const HalfJaar &periode);
    HalfJaar periode() const;
    void setBereik(const RapportBereik &bereik);
    RapportBereik bereik() const;

    // Makes the report now; on an error the banner shows it and the tables are empty.
    Status maak();
    const std::optional<Rapport> &rapport() const { return m_rapport; }
    // Writes the shown report (made first when there is none) through core's OutputFile; an
    // existing file only with `force` (the file dialog asked already).
    Status exporteer(const QString &pad, rapportexport::Formaat formaat, bool force);

    // Tests replace the file dialog: (title, filter, suggested name) -> path, empty to cancel.
    void
    setBestandKiezer(std::function<QString(const QString &, const QString &, const QString &)> kies)
    {
        m_kiesBestand = std::move(kies);
    }

    int tabelAantal() const { return int(m_modellen.size()); }
    RapportTabelModel *model(int tabel) const { return m_modellen.value(tabel); }
    QTableView *tabelView(int tabel) const { return m_views.value(tabel); }
    QTabWidget *tabellen() const { return m_tabellen; }
    QSplitter *splitter() const { return m_splitter; }
    QChart *chart() const;
    QChartView *chartView() const { return m_chartView; }
    bool bannerShown() const;
    QString bannerText() const;
    QLineEdit *tolerantieVeld() const { return m_tolerantie; }

public slots:
    // The store changed (a coupling, a move): made again when shown.
    void markeerVerouderd() { wijzigingGevraagd(); }
    void exporteerCsvMetDialoog();
    void exporteerPdfMetDialoog();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void wijzigingGevraagd();
    void tolerantieGewijzigd();
    void toonRapport();
    void toonBanner(const QString &tekst);
    void exporteerMetDialoog(rapportexport::Formaat formaat);
    void bewaarKeuze() const;
    void herstelKeuze();
    QString voorstelNaam(const QString &extensie) const;

    Store *m_store = nullptr;
    QDate m_vandaag = QDate::currentDate();
    std::optional<Rapport> m_rapport;
    bool m_verouderd = true;
    bool m_bereikGekozen = false;
    bool m_heeftGrafiek = false;
    QComboBox *m_soort;
    HalfJaarCombo *m_periode;
    BereikKiezer *m_bereik;
    QLineEdit *m_tolerantie;
    QPushButton *m_maak;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QPushButton *m_afdruk;
    QLabel *m_omschrijving;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QLabel *m_parameters;
    QTabWidget *m_tabellen;
    QChartView *m_chartView;
    QLabel *m_chartNoot;
    QLabel *m_noten; // the report's notes on method and norms
    QTimer *m_maakTimer;
    QSplitter *m_splitter = nullptr; // table above, chart and notes below
    bool m_splitterGezet = false;    // the first division made (or restored)
    QList<RapportTabelModel *> m_modellen;
    QList<QTableView *> m_views;
    std::function<QString(const QString &, const QString &, const QString &)> m_kiesBestand;
};

} // namespace rd
