#pragma once

#include "core/gemeente/Referentiedata.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/weigering/Gezinshereniging.h"
#include "core/weigering/WeigeringService.h"

#include <QDate>
#include <QString>

#include <optional>

class QWidget;

namespace rd {

// The small dialogs of the timeline editor. Each asks for values and returns them (nothing
// when cancelled); TijdlijnPanel then does the change, so tests call the panel directly.

struct DatumKeuze
{
    GebeurtenisSoort soort = GebeurtenisSoort::Brp;
    QDate datum;          // invalid: clear the date
    QString gemeenteCode; // Uitschrijving: the gemeente that housed the household
};
// One of the date columns (BRP, lease signed, lease start, move, uitschrijving), with a
// "no date" choice; `standaardGemeente` preselects the gemeente for Uitschrijving.
std::optional<DatumKeuze> vraagDatum(QWidget *parent, const QList<Gemeente> &gemeenten,
                                     const QString &standaardGemeente, const QDate &vandaag);

struct GebeurtenisKeuze
{
    GebeurtenisSoort soort = GebeurtenisSoort::Vergunninghoudergesprek;
    QDate datum;
    QString toelichting;
};
// A vergunninghoudergesprek or a dwelling offered.
std::optional<GebeurtenisKeuze> vraagGebeurtenis(QWidget *parent, const QDate &vandaag);

struct WeigeringKeuze
{
    WeigeringSoort soort = WeigeringSoort::Geweigerd;
    QDate datum;
    QString toelichting;
    std::optional<qint64> huurdervingCent; // lost rent the gemeente claims; none when empty
};
// The refusal with an optional claim for lost rent in euro (two decimals, e.g. "850,50"): OK
// stays disabled while the amount is not one (weigering::parseHuurderving).
std::optional<WeigeringKeuze> vraagWeigering(QWidget *parent, const QDate &vandaag);

struct OordeelKeuze
{
    Oordeel oordeel = Oordeel::Terecht;
    QDate datum;
    QString reden; // one of weigering::redenen(oordeel)
};
std::optional<OordeelKeuze> vraagOordeel(QWidget *parent, const QDate &vandaag);

// The date a new candidate was coupled for the dwelling of a justified refusal.
std::optional<QDate> vraagNieuweKandidaat(QWidget *parent, const QDate &vandaag);

struct BesluitKeuze
{
    HerenigingBesluit besluit = HerenigingBesluit::Alleenstaand;
    QDate datum;
};
std::optional<BesluitKeuze> vraagBesluit(QWidget *parent, const QDate &vandaag);

// The V-nummer of a member of the household nareizigers join; empty: unlink.
std::optional<QString> vraagVoegBij(QWidget *parent);

} // namespace rd
