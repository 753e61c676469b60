// fuzz_huishoudens_csv: the household CSV import (core/import/HuishoudenCsv*) on any bytes, and
// the CSV reader under it (CsvCheck). Rules checked besides crashes and undefined behaviour:
// - a refused file leaves the store as it was (all or nothing) and says where and what;
// - an accepted file adds as many households as the import reports;
// - export, import into a fresh store, export again gives the same bytes (HuishoudenCsv.h).
// The store (reference data, no households) is made once; an accepted input is undone by
// putting the pristine store file back.
#include "CsvCheck.h"
#include "FuzzStore.h"
#include "FuzzSupport.h"
#include "core/gemeente/Referentiedata.h"
#include "core/import/HuishoudenCsv.h"
#include "core/store/Sql.h"

#include <QDate>

#include <cstddef>
#include <cstdint>

using namespace rd;

namespace {

// The day "not in the future" is judged against: fixed, so an input replays the same way.
const QDate vandaag(2025, 6, 1);

fuzz::FuzzStore *leeg = nullptr;

// The number of rows of every table: what a refused import must leave as it found it.
QString inhoud(Store &store)
{
    const auto db = store.database();
    auto tabellen = sql::run(
        db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    fuzz::require(tabellen, "listing the tables");
    QStringList uit;
    while (tabellen->next()) {
        const QString naam = tabellen->value(0).toString();
        auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(naam));
        fuzz::require(n, "counting rows");
        uit << naam + QLatin1Char('=') + n->toString();
    }
    return uit.join(QLatin1Char(' '));
}

qint64 huishoudens(Store &store)
{
    auto n = sql::scalar(store.database(), QStringLiteral("SELECT count(*) FROM huishouden"));
    fuzz::require(n, "counting households");
    return n->toLongLong();
}

// Export, import into the pristine store, export again: the same bytes.
void rondreis(int aantal)
{
    const QString eerste = fuzz::scratchPath(QStringLiteral("export-1.csv"));
    const QString tweede = fuzz::scratchPath(QStringLiteral("export-2.csv"));
    auto uit = exporteerHuishoudens(leeg->store(), eerste, true);
    if (!uit || *uit != aantal)
        fuzz::fail("an imported store exports every household",
                   uit ? QString::number(*uit) : uit.error().toString());
    leeg->restore();
    auto terug = importeerHuishoudens(leeg->store(), eerste, vandaag);
    if (!terug || *terug != aantal)
        fuzz::fail("an exported file imports into a fresh store",
                   terug ? QString::number(*terug) : terug.error().toString());
    auto weer = exporteerHuishoudens(leeg->store(), tweede, true);
    if (!weer)
        fuzz::fail("an imported store exports", weer.error().toString());
    const QByteArray a = fuzz::readBytes(eerste);
    const QByteArray b = fuzz::readBytes(tweede);
    if (a != b)
        fuzz::fail("export, import into a fresh store, export again gives the same bytes",
                   QString::fromUtf8(a) + QStringLiteral("\n----\n") + QString::fromUtf8(b));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::begin();
    leeg = new fuzz::FuzzStore(QStringLiteral("huishoudens"),
                               [](Store &store) { return Referentiedata(store).laadStandaard(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::checkCsv(bytes);

    const QString pad = fuzz::writeScratch(QStringLiteral("invoer.csv"), bytes);
    Store &store = leeg->store();
    const QString voor = inhoud(store);
    auto n = importeerHuishoudens(store, pad, vandaag);
    if (!n) {
        if (n.error().message.isEmpty() || n.error().where.isEmpty())
            fuzz::fail("a refused import says where and what", n.error().toString());
        const QString na = inhoud(store);
        if (na != voor)
            fuzz::fail("a refused import leaves the store as it was",
                       n.error().toString() + QLatin1Char('\n') + voor + QLatin1Char('\n') + na);
        return 0;
    }
    if (*n < 1 || huishoudens(store) != *n)
        fuzz::fail("an accepted import adds as many households as it reports",
                   QString::number(*n) + QLatin1Char(' ') + QString::number(huishoudens(store)));
    rondreis(*n);
    leeg->restore();
    return 0;
}
