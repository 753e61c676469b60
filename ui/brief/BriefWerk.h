#pragma once

#include <QDate>
#include <QList>
#include <QObject>

class QWidget;

namespace rd {

class BriefReeksDialog;
class Store;
class Werkbestand;

// Opens the letter dialogs of issue 5 for the window: the coupling letter of one household,
// the letters for a day, and the sender settings. Recorded letters change a household's
// timeline: the work file says so (Werkbestand::tijdlijnGewijzigd) to every view.
class BriefWerk : public QObject
{
    Q_OBJECT
public:
    explicit BriefWerk(QWidget *venster);

    void setStore(Store *store) { m_store = store; }
    void setWerkbestand(Werkbestand *bestand) { m_bestand = bestand; }
    void setVandaag(const QDate &vandaag) { m_vandaag = vandaag; }
    void setRegio(int regio) { m_regio = regio; }

public slots:
    void koppelingsbrief(qint64 huishoudenId);
    void brievenVanDag();
    void brievenVoor(const QList<qint64> &huishoudens); // a selection of cases
    void afzender();

signals:
    void melding(const QString &tekst);

private:
    void toonReeks(BriefReeksDialog &dialoog);
    void vastgelegd(const QList<qint64> &huishoudens);

    QWidget *m_venster;
    Store *m_store = nullptr;
    Werkbestand *m_bestand = nullptr;
    QDate m_vandaag = QDate::currentDate();
    int m_regio = 0;
};

} // namespace rd
