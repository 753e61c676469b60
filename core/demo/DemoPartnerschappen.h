#pragma once

#include "core/common/Result.h"
#include "core/demo/DemoHuishoudens.h"

#include <QList>
#include <QStringList>

namespace rd {

class Store;

namespace demo {

// Groups of neighbouring gemeenten in one province, coordinator first, by the names in
// resources/data/gemeenten.csv. Hand-curated (resources/data has no coordinates): every member
// borders the coordinator. Modelled on how gemeenten work together in their region, not an
// official list of samenwerkingsverbanden.
const QList<QStringList> &buurGroepen();

// Stores the groups of buurGroepen() whose gemeenten are all known, in one region and not yet
// in a partnership, named after the coordinator ("Arnhem e.o."), and keeps them in
// d.partnerschappen by region.
Status maakPartnerschappen(Store &store, Context &d);

// Fills every gemeente's housing profile (woningprofiel) by its size: large cities mostly small
// dwellings, students and care, villages mostly family homes; some lack what others have, so
// the coupling check's profile warning shows.
Status vulWoningprofielen(Store &store, Context &d);

} // namespace demo
} // namespace rd
