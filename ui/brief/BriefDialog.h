#pragma once

#include "core/brief/BriefGegevens.h"
#include "core/brief/BriefSjabloon.h"
#include "core/common/Result.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;

namespace rd {

class Store;

// The coupling letter for one household (issue 5, handbook 3.2): the language (Dutch by
// default) and optionally a second one beside it, the copy for the AZC location, the letter's
// date. Preview shows the very pages that print and save; printing or saving records the
// letters in the case timeline (the vergunninghoudergesprek event), the preview does not.
// When core refuses the household (no active coupling, a missing field) the dialog says what
// is missing and offers no preview, print or save. A warning from core (a letter dated more
// than 14 days after the intake interview, handbook 3.2) is shown above the buttons, before
// anything is printed or saved, and does not stop the letter.
class BriefDialog : public QDialog
{
    Q_OBJECT
public:
    BriefDialog(Store &store, qint64 huishoudenId, const QDate &vandaag = QDate::currentDate(),
                QWidget *parent = nullptr);

    bool kanMaken() const { return m_gegevens.has_value(); }
    QString fout() const; // why no letter can be made; empty when one can
    // The warnings for the letter on the chosen date, as shown; empty when none.
    QString waarschuwing() const;

    // The languages chosen: the first, then the second when ticked.
    QStringList gekozenTalen() const;
    void setTalen(const QString &eerste, const QString &tweede = {});
    void setAfschrift(bool afschrift);
    void setDatum(const QDate &datum);

    // Writes the letters to `pad` through BriefReeks (a second language to "<name>-<taal>.pdf")
    // and records them; existing files only with `force`. Returns the files written.
    Result<QStringList> bewaarPdf(const QString &pad, bool force);
    // Prints on `printer` and records the letters.
    Status print(QPrinter &printer);
    // The preview's pages (nothing recorded).
    void tekenVoorbeeld(QPrinter *printer);

    // Tests replace the save dialog: suggested path -> chosen path, empty to cancel.
    void setBestandKiezer(std::function<QString(const QString &)> kies)
    {
        m_kiesBestand = std::move(kies);
    }

    QPushButton *voorbeeldKnop() const { return m_voorbeeld; }
    QPushButton *printKnop() const { return m_print; }
    QPushButton *bewaarKnop() const { return m_bewaar; }

public slots:
    void toonVoorbeeld();
    void printMetDialoog();
    void bewaarMetDialoog();

signals:
    // Letters were recorded: the household's timeline changed. Not an undo step: a letter
    // handed out stays handed out.
    void brievenVastgelegd(qint64 huishoudenId);

private:
    void laadGegevens();
    Result<QList<BriefSjabloon>> sjablonen() const;
    Status legVast(const QList<BriefSjabloon> &sjablonen);
    void meldFout(const QString &titel, const Error &fout);

    Store &m_store;
    qint64 m_huishoudenId;
    QDate m_vandaag;
    std::optional<BriefGegevens> m_gegevens;
    Error m_fout;
    QComboBox *m_taal;
    QCheckBox *m_metTweede;
    QComboBox *m_tweedeTaal;
    QCheckBox *m_afschrift;
    QDateEdit *m_datum;
    QLabel *m_kop;
    QLabel *m_foutLabel;
    QLabel *m_waarschuwingLabel;
    QPushButton *m_voorbeeld;
    QPushButton *m_print;
    QPushButton *m_bewaar;
    std::function<QString(const QString &)> m_kiesBestand;
};

} // namespace rd
