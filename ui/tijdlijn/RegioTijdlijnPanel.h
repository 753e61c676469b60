#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeView;

namespace rd {

class LijstActies;
class RegioTijdlijnDelegate;
class RegioTijdlijnModel;
class Store;

// The region timeline: every open case of a region as a row with its phases as a bar, sorted
// by the next due date, flat or grouped by gemeente; a legend and a count line. Activating a
// case row (Enter, double click) emits huishoudenGekozen.
class RegioTijdlijnPanel : public QWidget
{
    Q_OBJECT
public:
    // The range the bars cover by default, around today.
    static constexpr int wekenTerug = 16;
    static constexpr int wekenVooruit = 6;

    explicit RegioTijdlijnPanel(QWidget *parent = nullptr);

    // Loads the cases; on an error the view is empty and the count line says why.
    Status toon(Store &store, int regio, const QDate &vandaag = QDate::currentDate());
    // As toon(), but while the panel is hidden (its tab not chosen) only remembered: the cases
    // are loaded when the panel is shown, or when anything asks for them (zorgActueel). The
    // window asks this at start, so the timeline costs nothing until it is looked at. The
    // load's status when it loaded now; success when it waits.
    Status toonWanneerZichtbaar(Store &store, int regio, const QDate &vandaag);
    // Loads what toonWanneerZichtbaar left for later; the error as toon() would give it.
    Status zorgActueel();
    // True while a load waits for the panel to be shown.
    bool wachtOpTonen() const { return m_uitgesteld != nullptr; }
    // The store is about to close: a load that waits for it is dropped.
    void vergeetUitgesteld() { m_uitgesteld = nullptr; }
    // The date range of the bars (toon() sets the default range around today).
    void setBereik(const QDate &van, const QDate &tot);

    RegioTijdlijnModel *model() const { return m_model; }
    RegioTijdlijnDelegate *delegate() const { return m_delegate; }
    QTreeView *view() const { return m_view; }
    QString tellingText() const;
    // The households of the selected case rows (group rows left out), in view order.
    QList<qint64> gekozenHuishoudens() const;
    // Print and export of the list as shown, the bars left out (context menu; File menu).
    LijstActies *lijstActies() const { return m_lijst; }
    // Makes the household's case row current and selected, its group open, and scrolls to it;
    // false when the view does not hold it. Does not emit huishoudenGekozen.
    bool kiesHuishouden(qint64 huishoudenId);

    bool gegroepeerd() const;
    void setGegroepeerd(bool gegroepeerd);

    QByteArray headerState() const;
    bool restoreHeaderState(const QByteArray &state);

signals:
    void huishoudenGekozen(qint64 huishoudenId);
    // "Coupling letters for the selected cases…" from the view's context menu.
    void brievenGevraagd(const QList<qint64> &huishoudens);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void groeperenChanged(bool gegroepeerd);
    void geactiveerd(const QModelIndex &index);
    void updateTelling();
    QWidget *maakLegenda();

    RegioTijdlijnModel *m_model;
    RegioTijdlijnDelegate *m_delegate;
    QCheckBox *m_groeperen;
    QTreeView *m_view;
    QLabel *m_telling;
    LijstActies *m_lijst;
    Status m_status;               // of the last load; its error is said in the count line
    Store *m_uitgesteld = nullptr; // the store of a load left for the panel's first show
    int m_regio = 0;
    QDate m_vandaag;
};

} // namespace rd
