#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rd {

class Store;
struct TaakstellingOverzicht;

enum class ControleErnst
{
    Blokkerend,   // may be overridden only with a written reason
    Waarschuwing, // for the regievoerder to weigh
};

// One thing the regievoerder must weigh before a coupling commits.
struct ControlePunt
{
    ControleErnst ernst = ControleErnst::Waarschuwing;
    // Stable code for programs: "criterium-elders", "gezinshereniging", "buiten-regio",
    // "groot-huishouden", "voorsprong", "woningprofiel".
    QString code;
    QString tekst; // for a person, translated; names the gemeenten or the criterion
};

struct ControleUitkomst
{
    QList<ControlePunt> punten; // blocking first, then warnings, each in the order of the rules

    bool blokkerend() const;
    QList<ControlePunt> waarschuwingen() const;
};

// The checks shown before a coupling commits (handbook 3.2, 3.3.4, 3.4.1):
// blocking
//  - criterium-elders: a mandatory placement criterion ties the household to another gemeente
//    (criteria tied only to a place, without a gemeente code, are not judged);
//  - gezinshereniging: the 3-month family reunification block is active;
//  - buiten-regio: the target lies outside the region of the household's AZC (no AZC: no check);
// warning
//  - groot-huishouden: more than 8 persons;
//  - voorsprong: the target is ahead on its forecast (prognose) while gemeenten in the same
//    region are behind (up to 5 of the most behind are named); skipped silently when the
//    quota cannot be computed (no vg, population missing);
//  - woningprofiel: the housing stock does not fit the household.
//
// Housing profile encoding: the column gemeente.woningprofiel holds a comma-separated set of
// codes from {klein, gezin, ouderen, studenten, zorg} (small dwellings, family homes, elderly,
// students, care); empty means unknown and gives no warning. A household needs "klein" when it
// is one person, "gezin" at 4 or more persons, "ouderen" when anyone is 65 or older on the
// reference date and "zorg" when anyone has a visible physical limitation.
//
// A partnership (partnerschapId > 0) is judged as a whole: a criterion tied to any member is
// fine, the region is the coordinator's, the forecast is the sum over its members (the others
// are the non-members of the region), and its housing profile is the union of the members'
// profiles (unknown when any member's is unknown). gemeenteCode may then be empty (the
// coordinator is used) or name one of the members.
class KoppelingControle
{
public:
    enum class Omvang
    {
        Alles,
        AlleenBlokkerend, // what decides whether a coupling may commit; skips the quota
    };

    explicit KoppelingControle(Store &store) : m_store(store) {}

    // Figures already computed (the window's board) for the "voorsprong" warning, so the
    // check need not compute the region's quota again. Used only when it is the half-year of
    // the date checked and holds rows of the target's region; otherwise the quota is computed.
    // The caller keeps it alive while checking.
    void setQuota(const TaakstellingOverzicht *quota) { m_quota = quota; }

    // An unknown household, gemeente or partnership is an error naming it; so is a household
    // whose mediation the COA stopped (3.4.2): no reason can override that.
    Result<ControleUitkomst> controleer(qint64 huishoudenId, const QString &gemeenteCode,
                                        qint64 partnerschapId, const QDate &vandaag,
                                        Omvang omvang = Omvang::Alles) const;

private:
    Store &m_store;
    const TaakstellingOverzicht *m_quota = nullptr;
};

} // namespace rd
