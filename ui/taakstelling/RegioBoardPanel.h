#pragma once

#include "core/common/Result.h"
#include "core/domain/HalfJaar.h"
#include "core/taakstelling/TaakstellingService.h"
#include "ui/koppeling/KoppelDoel.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace rd {

class FrozenColumn;
class RegioBoardModel;
class Store;
class Werkbestand;

// The region board: per gemeente and partnership the target, realisation, coupled, forecast,
// voor/achter and monthly pace of one half-year, as the drop target for households dragged
// from the queue. A drop asks for a coupling (koppelVerzocht); it never commits. A search field
// filters (members keep their group), a totals line says the half-year and months begun, and a
// banner says why nothing can be shown (e.g. no vg for the half-year).
class RegioBoardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RegioBoardPanel(QWidget *parent = nullptr);

    // Shows the figures; on an error the banner says why and the board is hidden.
    // With the region's quota already computed (the window shares it with the quota table).
    Status toon(Store &store, const HalfJaar &halfJaar, int regio, const QDate &peildatum,
                const Result<TaakstellingOverzicht> &quota);
    Status toon(Store &store, const HalfJaar &halfJaar, int regio,
                const QDate &peildatum = QDate::currentDate());
    // No store open: only the banner with this text.
    void toonMelding(const QString &melding);

    RegioBoardModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    // The gemeente column over the board's left edge.
    FrozenColumn *bevroren() const { return m_bevroren; }
    QLineEdit *filter() const { return m_filter; }
    // The current row's coupling target; invalid when no row is current.
    KoppelDoel huidigDoel() const;
    bool bannerShown() const;
    QString bannerText() const;
    QString totalenText() const;

    QByteArray headerState() const;
    bool restoreHeaderState(const QByteArray &state);
    // Listens to the work file: each coupling step (also undone, redone) moves the figures of
    // its gemeente by its delta (RegioBoardModel::pasKoppelingToe), without a reload.
    void setWerkbestand(Werkbestand *bestand);

public slots:
    void focusFilter();

signals:
    void koppelVerzocht(const QList<qint64> &huishoudenIds, const rd::KoppelDoel &doel);
    // Double-click or Enter on a gemeente row (not on a partnership's group row).
    void gemeenteGeopend(const QString &code);
    void doelGekozen(const rd::KoppelDoel &doel);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(const QModelIndex &proxyIndex);
    void filterChanged(const QString &text);
    void updateTotalen();
    void showBanner(const QString &html);

    RegioBoardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QWidget *m_filterRow;
    QWidget *m_ruimte;
    QLineEdit *m_filter;
    QLabel *m_filterCount;
    QTreeView *m_view;
    QLabel *m_totalen;
    FrozenColumn *m_bevroren;
    bool m_breedtesGezet = false;
};

} // namespace rd
