// fuzz_inwoners_csv: the population import (core/import/InwonersImport) on any bytes. Rules
// checked besides crashes and undefined behaviour:
// - a refused file leaves the population figures as they were and says where and what;
// - an accepted file sets the year's figure of every gemeente of the store, each from 1 to
//   20,000,000, and reports how many.
// The store holds three gemeenten (so that a small input can be complete) and is made once;
// an accepted input is undone by putting the pristine store file back.
#include "FuzzStore.h"
#include "FuzzSupport.h"
#include "core/import/InwonersImport.h"
#include "core/store/Sql.h"

#include <cstddef>
#include <cstdint>

using namespace rd;

namespace {

constexpr int jaar = 2024;
constexpr int aantalGemeenten = 3;

fuzz::FuzzStore *drie = nullptr;

Status vul(Store &store)
{
    return store.transaction([&]() -> Status {
        for (const QString &statement :
             {QStringLiteral("INSERT INTO provincie(naam, regio) VALUES ('Groningen', 1), "
                             "('Flevoland', 2), ('Noord-Holland', 3)"),
              QStringLiteral("INSERT INTO gemeente(code, naam, provincie) VALUES "
                             "('GM0014', 'Groningen', 'Groningen'), "
                             "('GM0034', 'Almere', 'Flevoland'), "
                             "('GM0363', 'Amsterdam', 'Noord-Holland')")}) {
            if (auto r = sql::run(store.database(), statement); !r)
                return r.error();
        }
        return {};
    });
}

QString cijfers(Store &store)
{
    auto r = sql::scalar(store.database(),
                         QStringLiteral("SELECT group_concat(gemeente || ':' || jaar || ':' || "
                                        "aantal, ' ') FROM (SELECT * FROM inwoners ORDER BY "
                                        "gemeente, jaar)"));
    fuzz::require(r, "reading the population");
    return r->toString();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::begin();
    drie = new fuzz::FuzzStore(QStringLiteral("inwoners"), vul);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString pad =
        fuzz::writeScratch(QStringLiteral("inwoners.csv"),
                           QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    Store &store = drie->store();
    const QString voor = cijfers(store);
    auto n = importeerInwoners(store, pad, jaar);
    if (!n) {
        if (n.error().message.isEmpty() || n.error().where.isEmpty())
            fuzz::fail("a refused population file says where and what", n.error().toString());
        if (cijfers(store) != voor)
            fuzz::fail("a refused population file leaves the figures as they were",
                       n.error().toString());
        return 0;
    }
    auto gezet = sql::scalar(store.database(),
                             QStringLiteral("SELECT count(*) FROM inwoners WHERE jaar = ? AND "
                                            "aantal BETWEEN 1 AND 20000000"),
                             {jaar});
    fuzz::require(gezet, "counting the population");
    if (*n != aantalGemeenten || gezet->toInt() != aantalGemeenten)
        fuzz::fail("an accepted population file sets every gemeente's figure",
                   QString::number(*n) + QLatin1Char(' ') + cijfers(store));
    drie->restore();
    return 0;
}
