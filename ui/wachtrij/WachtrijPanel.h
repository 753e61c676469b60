#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace rd {

class LijstActies;
class FrozenColumn;
class Store;
class Werkbestand;
class WachtrijFilterModel;
class WachtrijModel;

// The queue of households awaiting coupling: a search field (name, V-nummer, BSN), filters
// (AZC, size, flag, phase status), the table sorted by days left, and a count. Rows drag onto
// the board (copy only; the panel removes coupled households through verwijder()).
class WachtrijPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WachtrijPanel(QWidget *parent = nullptr);

    // The queue of a region (0: all); filters and search text are kept.
    Status laad(Store &store, int regio, const QDate &vandaag = QDate::currentDate());
    int regio() const { return m_regio; }

    // Selected household ids in the table's order; the current row when nothing is selected.
    QList<qint64> geselecteerd() const;
    // After a coupling: these households leave the queue. The household open elsewhere stays
    // open: when the current row leaves, no row is current (huishoudenGekozen is not emitted).
    void verwijder(const QList<qint64> &ids);
    // Makes the household's row current and selected and scrolls to it (the search text is
    // cleared when it hid the row); false when the queue does not hold it or a filter hides it.
    bool kiesHuishouden(qint64 huishoudenId);
    // After an undo (or any change to one household): puts it back when it awaits coupling in
    // this panel's region, takes it out otherwise.
    Status herlaadHuishouden(Store &store, qint64 huishoudenId,
                             const QDate &vandaag = QDate::currentDate());

    QByteArray headerState() const;
    bool restoreHeaderState(const QByteArray &state);

    WachtrijModel *model() const { return m_model; }
    WachtrijFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // The referent's column over the table's left edge.
    FrozenColumn *bevroren() const { return m_bevroren; }
    QLineEdit *zoekVeld() const { return m_zoek; }
    QComboBox *azcKeuze() const { return m_azc; }
    QComboBox *grootteKeuze() const { return m_grootte; }
    QComboBox *vlagKeuze() const { return m_vlag; }
    QComboBox *faseKeuze() const { return m_fase; }
    QString aantalTekst() const;
    // Print and export of the queue as shown (context menu; the window's File menu).
    LijstActies *lijstActies() const { return m_lijst; }
    // Listens to the work file: a coupling takes its households out, an uncoupling or an undo
    // puts them back (herlaadHuishouden), on every step, undo and redo.
    void setWerkbestand(Werkbestand *bestand);

public slots:
    void focusZoek();

signals:
    // Another household became current (also when a filter or reload hides the current row:
    // then 0).
    void huishoudenGekozen(qint64 huishoudenId);
    // Enter (or a double click) on a row.
    void huishoudenGeopend(qint64 huishoudenId);
    // A household the work file named could not be read back (for the status bar).
    void melding(const QString &tekst);

private:
    void vulAzcs(Store &store);
    void filtersGewijzigd();
    void werkAantalBij();
    void controleerHuidige();
    void verwijderStil(const QList<qint64> &ids);
    qint64 idVan(const QModelIndex &proxyIndex) const;
    QStringList filterRegels() const;

    WachtrijModel *m_model;
    WachtrijFilterModel *m_proxy;
    QLineEdit *m_zoek;
    QComboBox *m_azc;
    QComboBox *m_grootte;
    QComboBox *m_vlag;
    QComboBox *m_fase;
    QTableView *m_table;
    QLabel *m_aantal;
    LijstActies *m_lijst;
    FrozenColumn *m_bevroren;
    int m_regio = 0;
    QDate m_vandaag;
    qint64 m_gekozen = 0; // the id huishoudenGekozen last reported
    bool m_stil = false;  // rows leave: the current row changes without a choice
    bool m_breedtesGezet = false;
};

} // namespace rd
