#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rd {

// Suggestions a regievoerder can check (issue 15): the gemeenten and partnerships of a
// household's region ranked by factors whose formula, value and weight are all shown; see
// docs/suggesties.md. A person decides every coupling.
//
// What the ranking may know of a household, and nothing more: the input is this narrow struct,
// made from a Huishouden in one place (suggestie::invoer). Country of origin, nationality,
// mother tongue, languages, religion, ethnicity, names, sex and dates of birth are not in it, so
// no factor can read them.
struct SuggestieHuishouden
{
    qint64 id = 0;
    int personen = 0;
    int regio = 0;           // of its AZC; 0: unknown (the region rule does not apply)
    QStringList nodig;       // housing needs (woonbehoefte::nodig): klein, gezin, ouderen, zorg
    QStringList gebondenAan; // gemeente codes a mandatory placement criterion ties it to
    QStringList plaatsen;    // places (lower case) of a work or education tie without a gemeente
    QDate geblokkeerdTot;    // family reunification: no coupling before this day; invalid: none
};

// A target: a gemeente, or a partnership as a whole (its figures summed over the members).
struct SuggestieDoel
{
    QString code;              // the gemeente; for a partnership its coordinator
    qint64 partnerschapId = 0; // > 0: a partnership
    QString naam;
    int regio = 0;
    QStringList leden;     // the gemeente itself, or the partnership's members
    QStringList plaatsen;  // the gemeenten's names, lower case: where a place tie matches
    qint64 opgave = 0;     // persons to house this half-year (taakstelling, herverdeling, saldo)
    qint64 prognose = 0;   // realisatie + coupled not yet housed (handbook 3.2)
    QSet<QString> profiel; // housing profile: the union of the members'; empty: unknown
};

enum class Factor
{
    Achterstand, // catch-up: how far behind the opgave on the forecast
    Tempo,       // the monthly pace: behind or ahead of the share of the opgave due by now
    Woning,      // the housing profile against the household's needs
    Capaciteit,  // room left in the opgave for the whole household
    Binding,     // a work or education tie recorded at intake to a place of the target
};

namespace factor {
const QList<Factor> &alle(); // in the order above
QString code(Factor f);      // "achterstand", "tempo", "woning", "capaciteit", "binding"
QString naam(Factor f);      // translated, for people
} // namespace factor

// The weights, set by people (a beheerder) in the store's settings; these defaults otherwise.
struct Gewichten
{
    double achterstand = 0.5;
    double tempo = 0.2;
    double woning = 0.3;
    double capaciteit = 0.2;
    double binding = 0.4;

    double van(Factor f) const;
    void zet(Factor f, double gewicht);
};

struct FactorWaarde
{
    Factor factor = Factor::Achterstand;
    double waarde = 0;  // the factor's value for this target, in [-1, 1]
    double gewicht = 0; // its weight

    double bijdrage() const { return waarde * gewicht; }
};

struct Suggestie
{
    SuggestieDoel doel;
    // Why the target cannot be chosen (a hard rule): "gezinshereniging", "buiten-regio" or
    // "criterium-elders", the same codes as the blocking checks of KoppelingControle; empty when
    // eligible.
    QString uitgesloten;
    QString reden;                // for a person, translated; empty when eligible
    QList<FactorWaarde> factoren; // in factor::alle() order, also for an excluded target
    double score = 0;             // the sum of the contributions
    int rang = 0;                 // 1 for the best eligible target; 0 when excluded

    bool geschikt() const { return uitgesloten.isEmpty(); }
    // "rank 3, score 0.81: backlog on the forecast 0.42 × 0.50 = +0.21; ..." for a person,
    // translated; the reason when excluded.
    QString uitleg() const;
    // Only the factors with a weight: "backlog on the forecast 0.42 × 0.50 = +0.21; ...".
    QString factorTekst() const;
};

namespace suggestie {

// The factors of one target on `vandaag` (the half-year's months begun count for the pace).
// Each formula is in docs/suggesties.md:
//  achterstand = clamp((opgave - prognose) / max(opgave, 1), -1, 1)
//  tempo       = clamp((opgave * m / 6 - prognose) / max(opgave / 6, 1), -3, 3) / 3, with m the
//                months of the half-year begun on vandaag (1..6)
//  woning      = (needs the profile has - needs it lacks) / needs; 0 without needs or profile
//  capaciteit  = clamp((opgave - prognose) / personen, 0, 1) * 2 - 1: +1 when the whole
//                household fits in what is left, -1 when nothing is left
//  binding     = 1 when a place of a work or education tie is one of the target's gemeenten
QList<FactorWaarde> factoren(const SuggestieHuishouden &h, const SuggestieDoel &doel,
                             const Gewichten &gewichten, const QDate &vandaag);

// The hard rules, as KoppelingControle blocks a coupling: the reunification block, the region of
// the AZC, a mandatory criterion tied to another gemeente. Returns the code (empty: eligible) and
// sets `reden`.
// `namen` (gemeente code -> name) lets the reason name the gemeente a criterion ties it to.
QString uitgesloten(const SuggestieHuishouden &h, const SuggestieDoel &doel, const QDate &vandaag,
                    QString *reden = nullptr, const QHash<QString, QString> &namen = {});

// Every target, eligible first by score (highest first; equal scores by achterstand, then by
// code), then the excluded ones by code. Ranks count from 1 over the eligible.
QList<Suggestie> rangschik(const SuggestieHuishouden &h, const QList<SuggestieDoel> &doelen,
                           const Gewichten &gewichten, const QDate &vandaag);

// What a coupling made with the suggestions at hand keeps of them in its change-log entry: the
// rank among `geschikt` eligible targets, the score and each factor's value and weight, as text
// with four decimals so the entry's JSON is the same on every machine:
// {"rang": 3, "van": 52, "score": "0.8100", "factoren": {"achterstand": {"waarde": "0.4200",
// "gewicht": "0.5000"}, ...}}.
QJsonObject alsJson(const Suggestie &s, int geschikt);
// The factors as alsJson writes them: {"achterstand": {"waarde": "0.4200", "gewicht": "0.5000"},
// ...}; also what the plan keeps of a row (plan::uitleg).
QJsonObject factorenJson(const QList<FactorWaarde> &factoren);
// Only the factors with a weight, for a person: "backlog on the forecast 0.42 × 0.50 = +0.21;
// ..." (Suggestie::factorTekst; the plan's rows too).
QString factorTekst(const QList<FactorWaarde> &factoren);

} // namespace suggestie
} // namespace rd
