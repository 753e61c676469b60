#pragma once

#include "core/common/Result.h"
#include "core/domain/HalfJaar.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace rd {

class TaakstellingTableModel;
class Store;

// The quota board: per gemeente taakstelling, realisatie, pipelines and voor/achter for one
// half-year, with a search field, a totals line, and a banner when nothing can be computed.
class TaakstellingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TaakstellingPanel(QWidget *parent = nullptr);

    // Shows the figures; on an error the banner says why and the table is hidden.
    // Shows figures computed elsewhere (the window computes a region's quota once for the
    // board and this table); an error shows the banner.
    Status toon(Store &store, const HalfJaar &halfJaar, const Result<TaakstellingOverzicht> &quota);
    Status toon(Store &store, const HalfJaar &halfJaar, int regio,
                const QDate &peildatum = QDate::currentDate());
    // No store open: only the banner with this text.
    void toonMelding(const QString &melding);

    TaakstellingTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    bool bannerShown() const;
    QString bannerText() const;
    QString totalenText() const;

    QByteArray headerState() const;
    bool restoreHeaderState(const QByteArray &state);

public slots:
    void focusFilter();

private:
    void filterChanged(const QString &text);
    void updateTotalen();
    void showBanner(const QString &html);

    TaakstellingTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QWidget *m_filterRow;
    QWidget *m_ruimte;
    QLineEdit *m_filter;
    QLabel *m_filterCount;
    QTableView *m_table;
    QLabel *m_totalen;
    bool m_breedtesGezet = false;
};

} // namespace rd
