#pragma once

#include "core/common/Result.h"
#include "core/signaal/SignaalService.h"

#include <QDate>
#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QSpinBox;
class QTableView;

namespace rd {

class AchtergrondTaken;
class LijstActies;
class SignalenModel;
class Store;

// The alerts panel (issue 4): what is due within N days or overdue in a region (phases,
// refusal judgements, new candidates, reunification blocks), most urgent first, with a filter
// by kind and a count. N is a setting ("signalen/dagen"). Activating a row (click, double
// click, Enter) emits huishoudenGekozen: a click opens the case.
class SignalenPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int standaardDagen = 7;
    static constexpr int maxDagen = 60;

    explicit SignalenPanel(QWidget *parent = nullptr);

    // Loads the alerts of the region (0: all) on `vandaag`; on an error the table is empty and
    // the count line says why. Changing N or the kind reloads from the same store.
    Status toon(Store &store, int regio, const QDate &vandaag = QDate::currentDate());
    // Loads again with the last store, region and date (after a change elsewhere).
    Status vernieuw();
    // The alerts read on a thread of their own (the window's setting): toon() and vernieuw()
    // return at once and getoond() follows; without, they are shown before toon() returns.
    void setAchtergrond(bool achtergrond);
    // No store open: forget it, empty the table.
    void leeg();

    int aantal() const; // alerts shown (after the kind filter)
    int dagen() const;
    void setDagen(int dagen);
    // -1: all kinds; otherwise int(SignaalSoort).
    int soortFilter() const;
    void setSoortFilter(int soort);

    SignalenModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QSpinBox *dagenBox() const { return m_dagen; }
    QComboBox *soortBox() const { return m_soort; }
    QString tellingText() const;
    // Print and export of the alerts as shown (context menu; the window's File menu).
    LijstActies *lijstActies() const { return m_lijst; }

signals:
    void huishoudenGekozen(qint64 huishoudenId);
    void getoond(); // the alerts of the last toon() or vernieuw() are shown

private:
    void toonGefilterd();
    void neemOver(const Result<QList<Signaal>> &signalen);
    void dagenChanged(int dagen);
    void geactiveerd(const QModelIndex &index);

    SignalenModel *m_model;
    QSpinBox *m_dagen;
    QComboBox *m_soort;
    QLabel *m_telling;
    QTableView *m_table;
    LijstActies *m_lijst;
    Store *m_store = nullptr;
    int m_regio = 0;
    QDate m_vandaag;
    QList<Signaal> m_alle;
    QString m_fout;
    qint64 m_laatsteId = 0;
    QElapsedTimer m_sindsLaatste;
    AchtergrondTaken *m_achtergrond = nullptr; // set: read on a thread
};

} // namespace rd
