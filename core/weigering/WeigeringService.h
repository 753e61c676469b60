#pragma once

#include "core/common/Result.h"

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
    Onterecht, // unjustified: one more chance; the next refusal stops mediation (BemiddelingStop.h)
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
constexpr int nieuweKandidaatTermijnDagen = 14; // a new candidate within 2 weeks
// Huurderving (lost rent the gemeente claims) as typed by a person, in euro: "850", "850,5",
// "850,50" or "850.50", an optional "€"; empty is none. In cents; an error names "huurderving".
Result<std::optional<qint64>> parseHuurderving(const QString &tekst);
constexpr qint64 maxHuurdervingCent = 100000000; // one million euro: surely a typing error
// Cents as euro with two decimals in the current locale ("850,00" in Dutch), without "€".
QString huurdervingTekst(qint64 cent);
} // namespace weigering

struct Woningweigering
{
    qint64 id = 0;
    QString uuid; // the same on every store (schema 12): what an entry names it by
    qint64 huishoudenId = 0;
    QString gemeenteCode; // the gemeente that offered the dwelling
    QDate datum;          // refusal or the missed signing date
    WeigeringSoort soort = WeigeringSoort::Geweigerd;
    QString toelichting;
    Oordeel oordeel = Oordeel::Open;
    QDate oordeelDatum;
    QString oordeelReden;
    QDate nieuweKandidaatDatum;            // when a new candidate was coupled for the dwelling
    std::optional<qint64> huurdervingCent; // lost rent the gemeente claims, in euro cents
    QString door;
    QDateTime vastgelegdOp;
    // Read from the store (BemiddelingStop.h): this refusal stopped mediation.
    bool stoptBemiddeling = false;

    QDate oordeelUiterlijk() const { return datum.addDays(weigering::oordeelTermijnDagen); }
    // Handbook 3.4.2: a new candidate for the dwelling within 2 weeks of the justified judgement,
    // or of the refusal that stopped mediation ("ook als de vergunninghouder definitief niet
    // komt"). Invalid for any other refusal.
    QDate nieuweKandidaatUiterlijk() const;
    bool kandidaatNodig() const { return nieuweKandidaatUiterlijk().isValid(); }
    // Days the refusal delayed the case: from the refusal to the household's next lease
    // signed after it (`tekenen`), or to `vandaag` while none is.
    int vertragingDagen(const QDate &tekenen, const QDate &vandaag) const;
};

// Registers refusals and their judgement. Each change one transaction; errors name the field
// ("datum", "oordeel", "reden", "nieuweKandidaat", "huishouden", "huurderving"). Every change
// that starts or lifts a stop of mediation ends or restores the coupling in the same
// transaction (bemiddeling::volgStop).
class WeigeringService
{
public:
    explicit WeigeringService(Store &store) : m_store(store) {}

    // Refused when the household has no active coupling, has moved, when mediation has
    // stopped, when an earlier refusal is not judged yet, or the date is before the coupling,
    // before an earlier refusal's judgement or in the future. The gemeente is the coupled one
    // (a partnership: its coordinator, or pass a member explicitly). A refusal right after an
    // unjustified one stops mediation: the coupling ends on its date.
    Result<qint64> registreer(qint64 huishoudenId, WeigeringSoort soort, const QDate &datum,
                              const QString &toelichting, const QString &gemeenteCode = {},
                              const QDate &vandaag = QDate::currentDate(),
                              std::optional<qint64> huurdervingCent = std::nullopt,
                              const QString &uuid = {});
    // The refusal's row on this store by its uuid; none when it is not here.
    Result<std::optional<qint64>> idVan(const QString &uuid) const;
    // The COA's judgement: not before the refusal, not in the future; the reason from
    // weigering::redenen(oordeel); a judged refusal cannot be judged again. Judging the refusal
    // that stopped mediation justified lifts the stop.
    Status beoordeel(qint64 weigeringId, Oordeel oordeel, const QDate &datum, const QString &reden,
                     const QDate &vandaag = QDate::currentDate());
    // A new candidate was coupled for the dwelling on `datum`: after a justified refusal (not
    // before the judgement) or the refusal that stopped mediation (not before it).
    Status nieuweKandidaat(qint64 weigeringId, const QDate &datum,
                           const QDate &vandaag = QDate::currentDate());
    // Removes a refusal registered by mistake (undo); a stop it caused is lifted.
    Status verwijder(qint64 weigeringId);
    // Undo of beoordeel: the judgement is open again. Refused while a new candidate is set or a
    // later refusal follows.
    Status heropen(qint64 weigeringId);
    // Undo of nieuweKandidaat: clears the date.
    Status wisNieuweKandidaat(qint64 weigeringId);
    // Redo of registreer after its undo: puts the refusal back under its own id (so later
    // steps naming the id find it again), with who and when. Validated as registreer.
    Result<qint64> zetTerug(const Woningweigering &weigering,
                            const QDate &vandaag = QDate::currentDate());

    Result<QList<Woningweigering>> weigeringen(qint64 huishoudenId) const; // oldest first
    Result<std::optional<Woningweigering>> weigering(qint64 weigeringId) const;
    // Handbook 3.4.2, as defined in BemiddelingStop.h.
    Result<bool> bemiddelingGestopt(qint64 huishoudenId) const;
    // Every refusal of a region (0: all) with a date in [van, tot], for reports and alerts.
    Result<QList<Woningweigering>> alle(int regio, const QDate &van, const QDate &tot) const;

private:
    Store &m_store;
};

} // namespace rd
