#pragma once

#include "core/common/Result.h"
#include "core/suggestie/Suggestie.h"

#include <QDate>
#include <QList>

namespace rd {

class Store;
struct Huishouden;
struct TaakstellingOverzicht;

namespace suggestie {

// The one place that reads a household for the ranking: its size, the region of its AZC
// (`regio`), its housing needs, the gemeenten its mandatory criteria tie it to, the places of a
// work or education tie without a gemeente, and the reunification block on `vandaag`. Nothing
// else of the household reaches a factor (see SuggestieHuishouden).
SuggestieHuishouden invoer(const Huishouden &h, int regio, const QDate &vandaag);

// The settings keys of the weights: "suggestie.gewicht.<factor code>".
QString gewichtSleutel(Factor f);

} // namespace suggestie

// Reads the store for the ranking: the household, the targets of its region with the quota's
// figures of the half-year of `vandaag`, and the weights from the store's settings.
class SuggestieService
{
public:
    explicit SuggestieService(Store &store) : m_store(store) {}

    // The weights kept in the store's settings; the defaults of Gewichten where none is set. A
    // stored weight that is not a number between 0 and 10 is an error naming its key.
    Result<Gewichten> gewichten() const;
    // Refused (naming the factor) for a weight outside 0..10; one transaction.
    Status zetGewichten(const Gewichten &gewichten);

    // Every gemeente of the region (0: all) and every partnership whose coordinator lies in
    // it, with the opgave and prognose of the half-year of `vandaag` (on `vandaag`) and the
    // housing profiles.
    // `quota`: figures already computed (the window's shared quota), used when they are of the
    // half-year of `vandaag` and hold every gemeente of the region; otherwise computed here.
    Result<QList<SuggestieDoel>> doelen(int regio, const QDate &vandaag,
                                        const TaakstellingOverzicht *quota = nullptr) const;

    // The ranking for one household (an unknown id is an error naming it).
    Result<QList<Suggestie>> voor(qint64 huishoudenId, const QDate &vandaag,
                                  const TaakstellingOverzicht *quota = nullptr) const;

private:
    Store &m_store;
};

} // namespace rd
