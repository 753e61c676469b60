#pragma once

#include "core/common/Result.h"
#include "core/gemeente/GemeenteContact.h"
#include "core/instellingen/Instellingen.h"

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
    QString gemeenteNaam;     // the gemeente that will house (a partnership: the member chosen, the
                              // coordinator until then)
    QString partnerschapNaam; // empty when coupled to a single gemeente
    QStringList partnerschapLeden; // the partnership's member gemeenten' names
    QList<BriefLid> leden;         // the reference person first, then by birth date
    qint64 azcId = 0;
    QString azcNaam;
    QString azcGemeente; // the AZC location's gemeente's name
    QString azcContact;
    Afzender afzender;
    QDate woningUiterlijk;     // coupling + 10 weeks: the gemeente offers a home (phase 2)
    QDate verhuizingUiterlijk; // coupling + 12 weeks: the move (phase 3)
    // The coupled gemeente's contact (a partnership: its coordinator's); empty parts are left
    // out of the letter, and without any the letter has no gemeente contact.
    GemeenteContact gemeenteContact;
    QDate gesprekDatum;          // the intake interview (huisvestinggesprek); invalid: none
    int nareizigersVerwacht = 0; // family members expected to follow (intake interview, 3.4.1)
    // The latest dwelling offered for the active coupling (a `woningaanbod` event dated from
    // the coupling up to the letter's date) and the gemeente that offered it; invalid: none yet.
    QDate aanbodDatum;
    QString aanbodGemeente;
    // The letter may be made, but the regievoerder should know (`where` what it is about):
    // "vergunninghoudergesprek" when the letter is dated more than 14 days after the intake
    // interview (handbook 3.2).
    QList<Error> waarschuwingen;

    const BriefLid &referent() const { return leden.first(); }
};

} // namespace rd
