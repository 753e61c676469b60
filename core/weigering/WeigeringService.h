#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Store;

// Handbook 3.4.2, woningweigering.
enum class WeigeringSoort
{
    NietVerschenen, // a no-show on the signing date: already counts as a refusal
    Geweigerd,      // refused on site
};

enum class Oordeel
{
    Open,      // the COA has not judged yet (due 14 days after the refusal)
    Terecht,   // justified: only a mandatory placement criterion can justify a refusal
    Onterecht, // unjustified: one more chance; a second unjustified refusal stops mediation
};

namespace weigering {
QString code(WeigeringSoort s); // "niet-verschenen", "geweigerd"
std::optional<WeigeringSoort> parseSoort(const QString &code);
QString naam(WeigeringSoort s); // translated
QString code(Oordeel o);        // "", "terecht", "onterecht"
QString naam(Oordeel o);        // translated
// The limited list of reasons for a judgement: for Terecht one of the mandatory criteria
// ("familie", "behandeling", "opleiding", "werk"); for Onterecht "geen-dwingende-reden".
QStringList redenen(Oordeel o);
QString redenNaam(const QString &reden);        // translated
constexpr int oordeelTermijnDagen = 14;         // COA judges within 14 days
constexpr int nieuweKandidaatTermijnDagen = 14; // justified: a new candidate within 2 weeks
} // namespace weigering

struct Woningweigering
{
    qint64 id = 0;
    qint64 huishoudenId = 0;
    QString gemeenteCode; // the gemeente that offered the dwelling
    QDate datum;          // refusal or the missed signing date
    WeigeringSoort soort = WeigeringSoort::Geweigerd;
    QString toelichting;
    Oordeel oordeel = Oordeel::Open;
    QDate oordeelDatum;
    QString oordeelReden;
    QDate nieuweKandidaatDatum; // justified: when a new candidate was coupled for the dwelling
    QString door;
    QDateTime vastgelegdOp;

    QDate oordeelUiterlijk() const { return datum.addDays(weigering::oordeelTermijnDagen); }
    // Invalid unless justified.
    QDate nieuweKandidaatUiterlijk() const;
    // Days the refusal delayed the case: from the refusal to the household's next lease
    // signed after it (`tekenen`), or to `vandaag` while none is.
    int vertragingDagen(const QDate &tekenen, const QDate &vandaag) const;
};

// Registers refusals and their judgement. Each change one transaction; errors name the field
// ("datum", "oordeel", "reden", "nieuweKandidaat", "huishouden").
class WeigeringService
{
public:
    explicit WeigeringService(Store &store) : m_store(store) {}

    // Refused when the household has no active coupling, has moved, when mediation has
    // stopped, or the date is before the coupling or in the future. The gemeente is the
    // coupled one (a partnership: its coordinator, or pass a member explicitly).
    Result<qint64> registreer(qint64 huishoudenId, WeigeringSoort soort, const QDate &datum,
                              const QString &toelichting, const QString &gemeenteCode = {},
                              const QDate &vandaag = QDate::currentDate());
    // The COA's judgement: not before the refusal, not in the future; the reason from
    // weigering::redenen(oordeel); a judged refusal cannot be judged again.
    Status beoordeel(qint64 weigeringId, Oordeel oordeel, const QDate &datum, const QString &reden,
                     const QDate &vandaag = QDate::currentDate());
    // Justified refusals only: a new candidate was coupled for the dwelling on `datum`.
    Status nieuweKandidaat(qint64 weigeringId, const QDate &datum,
                           const QDate &vandaag = QDate::currentDate());
    // Removes a refusal registered by mistake (undo).
    Status verwijder(qint64 weigeringId);
    // Undo of beoordeel: the judgement is open again. Refused while a new candidate is set.
    Status heropen(qint64 weigeringId);
    // Undo of nieuweKandidaat: clears the date.
    Status wisNieuweKandidaat(qint64 weigeringId);
    // Redo of registreer after its undo: puts the refusal back under its own id (so later
    // steps naming the id find it again), with who and when. Validated as registreer.
    Status zetTerug(const Woningweigering &weigering, const QDate &vandaag = QDate::currentDate());

    Result<QList<Woningweigering>> weigeringen(qint64 huishoudenId) const; // oldest first
    Result<std::optional<Woningweigering>> weigering(qint64 weigeringId) const;
    // Mediation stops at the second unjustified refusal (handbook 3.4.2).
    Result<bool> bemiddelingGestopt(qint64 huishoudenId) const;
    // Every refusal of a region (0: all) with a date in [van, tot], for reports and alerts.
    Result<QList<Woningweigering>> alle(int regio, const QDate &van, const QDate &tot) const;

private:
    Store &m_store;
};

} // namespace rd
