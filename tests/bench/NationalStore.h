#pragma once

#include "store/Store.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace rd::bench {

constexpr int nationaleHuishoudens = 100000;
// The demo's "today", fixed so every run measures the same data.
inline QDate vandaag() { return QDate(2026, 11, 29); }

// The path of the national-scale store, made on first use.
QString nationalStorePath();
std::unique_ptr<Store> openNationalStore();

// Wall time in seconds of `sqlite3 FILE` reading `script` on standard input (output discarded),
// best of `repeats` runs.
double sqlite3Seconds(const QString &file, const QString &script, int repeats = 5);

} // namespace rd::bench
