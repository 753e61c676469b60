// A gemeente account's local scope (regel::zichtbaarSql, docs/sync.md): the households coupled to
// it, and those coupled to a partnership that it houses as the member (a dwelling offered there:
// the person counts for it), as the team server files them; not those of a partnership whose
// housing member is another or not known yet.
#include "TestSupport.h"

#include "core/casus/CasusService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/regel/HuishoudenBereik.h"
#include "core/store/Store.h"
#include "core/tijdlijn/TijdlijnCommand.h"

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::test;

namespace {

const QDate vandaag(2026, 11, 29);
const QString veendam = QStringLiteral("GM0047");     // the partnership's coordinator
const QString stadskanaal = QStringLiteral("GM0037"); // its member
const QString groningen = QStringLiteral("GM0014");   // no part of it

Account gemeente(const QString &code)
{
    Account a;
    a.naam = QStringLiteral("test");
    a.rol = Rol::Gemeente;
    a.gemeente = code;
    return a;
}

} // namespace

TEST(ToegangPartnerschap, AMemberSeesTheHouseholdsItHousesForAPartnership)
{
    TempDir dir;
    auto store = openStore(dir.path(QStringLiteral("p.sqlite")));
    const qint64 azc = azcIn(*store, groningen);
    const qint64 h = voegToe(*store, voorbeeldHuishouden(7700000001, 2, vandaag.addDays(-5), azc));
    auto p = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Oost-Groningen"), veendam,
                                                        {veendam, stadskanaal});
    ASSERT_TRUE(p.ok()) << p.error().toString().toStdString();
    KoppelReeks koppel(*store, {{h, {}}}, veendam, *p, vandaag, QStringLiteral("t"), {}, vandaag);
    ASSERT_TRUE(koppel.voerUit().ok());

    const auto ziet = [&](const QString &code) {
        store->setAccount(gemeente(code));
        auto ja = regel::zichtbaar(*store, h);
        EXPECT_TRUE(ja.ok());
        auto cases = CasusService(*store).cases(CasusFilter{}, vandaag);
        EXPECT_TRUE(cases.ok());
        const bool inCases = cases.ok() && !cases->isEmpty() && cases->first().huishoudenId == h;
        EXPECT_EQ(inCases, ja.ok() && *ja) << code.toStdString();
        store->setAccount(std::nullopt);
        return ja.ok() && *ja;
    };
    EXPECT_TRUE(ziet(veendam)) << "coupled to the coordinator";
    EXPECT_FALSE(ziet(stadskanaal)) << "no member chosen yet";
    EXPECT_FALSE(ziet(groningen));

    GebeurtenisCommand aanbod(*store, h, GebeurtenisSoort::Woningaanbod, vandaag, stadskanaal,
                              QStringLiteral("flat"), vandaag);
    ASSERT_TRUE(aanbod.voerUit().ok());
    EXPECT_TRUE(ziet(veendam)) << "the coordinator keeps it";
    EXPECT_TRUE(ziet(stadskanaal)) << "the member that will house";
    EXPECT_FALSE(ziet(groningen));
}
