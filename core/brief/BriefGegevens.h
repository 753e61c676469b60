#pragma once

#include "instellingen/Instellingen.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

struct BriefLid
{
    QString voornamen;
    QString achternaam;
    QDate geboortedatum;
    QString vNummer;
    bool referent = false;
};

// Everything a coupling letter says about one household (handbook 3.2): gathered and checked
// by BriefService::gegevens, filled into a template by BriefOpmaak.
struct BriefGegevens
{
    qint64 huishoudenId = 0;
    qint64 koppelingId = 0;
    QDate datum;       // the letter's date: the day it is handed out
    QDate koppelDatum; // the active coupling's date
    QString gemeenteCode;
    QString gemeenteNaam; // the gemeente that will house (a partnership: the member chosen, the
                          // coordinator until then)
    QString partnerschapNaam;      // empty when coupled to a single gemeente
    QStringList partnerschapLeden; // the partnership's member gemeenten' names
    QList<BriefLid> leden;         // the reference person first, then by birth date
    qint64 azcId = 0;
    QString azcNaam;
    QString azcGemeente; // the AZC location's gemeente's name
    QString azcContact;
    Afzender afzender;
    QDate woningUiterlijk;     // coupling + 10 weeks: the gemeente offers a home (phase 2)
    QDate verhuizingUiterlijk; // coupling + 12 weeks: the move (phase 3)

    const BriefLid &referent() const { return leden.first(); }
};

} // namespace rd
