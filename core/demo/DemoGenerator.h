#pragma once

#include "core/common/Result.h"

#include <QDate>

#include <functional>

namespace rd {

class Store;

struct DemoOpties
{
    quint32 seed = 2025;
    int huishoudens = 20000;              // a region-sized picture; 100,000 is national scale
    QDate vandaag = QDate::currentDate(); // the demo's "today": history runs up to it
    // Called now and then with (done, total); return false to cancel (nothing is kept).
    std::function<bool(int, int)> voortgang;
};

// Fills a store with invented but realistic data: the reference data, the national vg per
// half-year (10,000-20,000 persons, where the CBS population is known) for at least the last five
// half-years and the current one, partnerships of neighbouring gemeenten, every gemeente's
// housing profile, and households with persons, intake data, couplings and case dates spread
// over about 8,000 households a half-year (two half-years at least, twenty at most) up to today.
// Same seed, same data. One transaction: all or nothing.
Status maakDemo(Store &store, const DemoOpties &opties);

} // namespace rd
