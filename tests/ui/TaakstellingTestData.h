#pragma once

#include "core/domain/HalfJaar.h"
#include "core/store/Store.h"

#include <QDate>
#include <QString>

#include <memory>

namespace rd::test {

// A store with reference data, a vg for 2026-H1 and a few households: one of 4 persons
// housed in Amsterdam (GM0363) in February 2026, one of 3 coupled to Rotterdam (GM0599)
// and not yet moved. Fails the test on error.
struct TaakstellingTestData
{
    static constexpr qint64 vg = 12000;
    static HalfJaar halfJaar() { return HalfJaar(2026, 1); }
    static QDate peildatum() { return QDate(2026, 6, 30); }

    static std::unique_ptr<Store> maak(const QString &path);
};

} // namespace rd::test
