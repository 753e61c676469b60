#pragma once

#include "common/Result.h"

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

// Fills a store with invented but realistic data: the reference data, vg per half-year for
// the last five half-years and the current one, partnerships, and households with persons,
// intake data, couplings and case dates spread over that period. Same seed, same data.
// One transaction: all or nothing.
Status maakDemo(Store &store, const DemoOpties &opties);

} // namespace rd
