#pragma once

#include "core/brief/BriefReeks.h"
#include "core/common/Result.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <functional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace rd {

class Store;

// Coupling letters for every household coupled on one day (or those ticked of them), each in
// Dutch and its own language (or one language for all), as one PDF or one per household. A progress
// dialog can cancel: then nothing is written and nothing recorded (BriefReeks works all or
// nothing). A household whose letter gets a warning (dated more than 14 days after its intake
// interview, handbook 3.2) is marked in the list with the warning before anything is made; the
// letter is made all the same. The end shows a summary: the letters written, those with a warning,
// and the households refused, each with what is missing.
class BriefReeksDialog : public QDialog
{
    Q_OBJECT
public:
    BriefReeksDialog(Store &store, int regio, const QDate &vandaag = QDate::currentDate(),
                     QWidget *parent = nullptr);

    void setDatum(const QDate &datum); // lists that day's couplings again
    // Instead of a day: exactly these households (a selection of cases, e.g. in the region
    // timeline); the date field is then not used.
    void setHuishoudens(const QList<qint64> &huishoudens);
    QList<qint64> gekozen() const; // the ticked households, in the list's order
    int aantalHuishoudens() const;
    // One language for every letter; empty: each household in its own language next to Dutch
    // (the default).
    void setTaal(const QString &taal);
    void setUitvoer(BriefOpdracht::Uitvoer uitvoer);
    void setDoel(const QString &doel);

    // Writes the letters with a progress dialog; the summary is then in samenvatting().
    Result<BriefUitkomst> maak();
    QString samenvatting() const { return m_samenvatting; }

    // Tests: called after each letter with (done, total); return false to cancel.
    void setVoortgangHook(std::function<bool(int, int)> hook) { m_hook = std::move(hook); }
    // Tests replace the message box that shows the summary.
    void setMelder(std::function<void(const QString &)> meld) { m_meld = std::move(meld); }

    QListWidget *lijst() const { return m_lijst; }
    QPushButton *maakKnop() const { return m_maak; }

signals:
    void brievenVastgelegd(const QList<qint64> &huishoudens);

private:
    void laad();
    void kiesDoel();
    void werkKnoppenBij();
    void maakMetMelding();

    Store &m_store;
    int m_regio;
    QDate m_vandaag;
    QDateEdit *m_datum;
    QListWidget *m_lijst;
    QLabel *m_lijstMelding;
    QComboBox *m_taal;
    QRadioButton *m_eenBestand;
    QRadioButton *m_perHuishouden;
    QLineEdit *m_doel;
    QPushButton *m_bladeren;
    QPushButton *m_maak;
    QString m_samenvatting;
    QList<qint64> m_selectie; // set: the households chosen elsewhere, not a day's couplings
    bool m_heeftSelectie = false;
    std::function<bool(int, int)> m_hook;
    std::function<void(const QString &)> m_meld;
};

} // namespace rd
