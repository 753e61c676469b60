#pragma once

#include "core/common/Result.h"
#include "core/lijst/Lijst.h"
#include "core/lijst/LijstExport.h"

#include <QAbstractItemView>
#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QPrinter;

namespace rd {

// Print and export for one list of the window (the queue, the deadlines, the alerts): "Print
// list…" (a print preview to print from), "Save list as PDF…" and "Export list as CSV…" in the
// view's context menu, each holding exactly what the view shows (lijstUitView: the filter
// applied, the columns and rows in the view's order). The window's File menu uses the same
// (LijstMenu). The actions are enabled while the panel says a list is loaded.
class LijstActies : public QObject
{
    Q_OBJECT
public:
    // What the panel knows about its list: the title, the lines under it (filters, count), the
    // region and the reference date for the title and the file name.
    struct Kop
    {
        QString titel;
        QStringList regels;
        int regio = 0;
        QDate datum;
    };

    // `gebied`: the panel; focus anywhere in it makes this the active list (actief()).
    // `naam`: which list, translated, for menu texts ("queue"). `sleutel`: the file name's
    // start ("wachtrij"). `overslaan`: model columns that hold a picture, left out.
    LijstActies(QAbstractItemView *view, QWidget *gebied, const QString &naam,
                const QString &sleutel, std::function<Kop()> kop, QList<int> overslaan = {});

    QString naam() const { return m_naam; }
    void setNaam(const QString &naam) { m_naam = naam; }
    QAbstractItemView *view() const { return m_view; }
    QWidget *gebied() const { return m_gebied; }

    bool beschikbaar() const { return m_beschikbaar; }
    void setBeschikbaar(bool beschikbaar);

    // Where the change log's head comes from when the list is exported (the work panel's open
    // store): printed in the footers and the CSV's last line. None: no head on the copy.
    void setJournaalBron(std::function<std::optional<QPair<qint64, QByteArray>>()> bron)
    {
        m_journaal = std::move(bron);
    }

    // The list as the view shows it now, with the panel's title and lines.
    Lijst lijst() const;
    // "wachtrij-regio-5-2026-12-03.csv" (lijstexport::bestandsnaam).
    QString bestandsnaam(const QString &extensie) const;
    Status bewaar(const QString &pad, lijstexport::Formaat formaat, bool force) const;
    // Paints the list onto a printer (the print preview's pages).
    Status teken(QPrinter &printer) const;

    QAction *afdrukActie() const { return m_afdruk; }
    QAction *pdfActie() const { return m_pdf; }
    QAction *csvActie() const { return m_csv; }

    // "Region 5 (…)" or "all regions", for titles.
    static QString regioTekst(int regio);

    // Tests replace the file dialog: (title, filter, suggested path) -> path, empty to cancel.
    using BestandKiezer = std::function<QString(const QString &, const QString &, const QString &)>;
    void setBestandKiezer(BestandKiezer kies) { m_kiesBestand = std::move(kies); }

public slots:
    void toonVoorbeeld();
    void bewaarPdfMetDialoog();
    void exporteerCsvMetDialoog();

signals:
    void actief();
    void beschikbaarChanged(bool beschikbaar);

private:
    void bewaarMetDialoog(lijstexport::Formaat formaat);

    QPointer<QAbstractItemView> m_view;
    QPointer<QWidget> m_gebied;
    QString m_naam;
    QString m_sleutel;
    std::function<Kop()> m_kop;
    std::function<std::optional<QPair<qint64, QByteArray>>()> m_journaal;
    QList<int> m_overslaan;
    bool m_beschikbaar = false;
    QAction *m_afdruk;
    QAction *m_pdf;
    QAction *m_csv;
    BestandKiezer m_kiesBestand;
};

} // namespace rd
