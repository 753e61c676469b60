#pragma once

#include "core/store/Store.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace rd::bench {

constexpr int nationaleHuishoudens = 100000;
// Growth (issue 13): ten years of national intake. REGIEDESK_BENCH_SCALE=300k runs every
// benchmark on a store of this size, made on first use beside the binary
// (national-300k.sqlite, a few minutes); CI never builds it.
constexpr int groeiHuishoudens = 300000;
bool groei();
int huishoudens(); // of the store the benchmarks use
// The demo's "today", fixed so every run measures the same data.
inline QDate vandaag()
{
    return QDate(2026, 11, 29);
}

// The path of the national-scale store, made on first use.
QString nationalStorePath();
std::unique_ptr<Store> openNationalStore();

// Wall time in seconds of `sqlite3 FILE` reading `script` on standard input (output discarded),
// best of `repeats` runs.
double sqlite3Seconds(const QString &file, const QString &script, int repeats = 5);

} // namespace rd::bench
