// Two dwelling offers that say the same (issue 16): a removal of one of them taken back after a
// conflict puts that one back, so the device holds two again, as the server's state has.
#include "SyncTestData.h"

#include "core/huishouden/IntakeCommand.h"
#include "core/tijdlijn/TijdlijnCommand.h"

using namespace rd;
using namespace rd::test;

namespace {

qint64 aanbiedingen(Store &store, qint64 huishouden)
{
    auto n = sql::scalar(store.database(),
                         QStringLiteral("SELECT count(*) FROM gebeurtenis WHERE huishouden = ? AND "
                                        "soort = 'woningaanbod'"),
                         {huishouden});
    EXPECT_TRUE(n.ok());
    return n ? n->toLongLong() : -1;
}

} // namespace

TEST_F(SyncTest, ARemovedTwinOfferTakenBackAfterAConflictIsPutBack)
{
    RD_SYNC_BEGIN();
    const qint64 h = huishoudens.first();
    ASSERT_TRUE(koppel(*a, h, veendam).ok());
    for (int i = 0; i < 2; ++i) {
        GebeurtenisCommand stap(*a, h, GebeurtenisSoort::Woningaanbod, vandaag, veendam,
                                QStringLiteral("flat"), vandaag);
        const Status s = stap.voerUit();
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    EXPECT_EQ(syncOk(*a).toegepast, 3);
    EXPECT_EQ(syncOk(*b).ontvangen, 3);
    ASSERT_EQ(aanbiedingen(*b, h), 2);

    // B changes the household first; A, not knowing, removes one of the two offers
    {
        auto x = HuishoudenRepository(*b).laad(h);
        ASSERT_TRUE(x.ok());
        x->personen.first().voornamen = QStringLiteral("Noor");
        IntakeCommand stap(*b, *x, vandaag);
        ASSERT_TRUE(stap.voerUit().ok());
    }
    EXPECT_EQ(syncOk(*b).toegepast, 1);
    auto id = sql::scalar(
        a->database(), QStringLiteral("SELECT max(id) FROM gebeurtenis WHERE huishouden = ?"), {h});
    ASSERT_TRUE(id.ok());
    {
        GebeurtenisCommand stap(*a, id->toLongLong(), vandaag);
        ASSERT_TRUE(stap.voerUit().ok());
    }
    ASSERT_EQ(aanbiedingen(*a, h), 1);
    const SyncTelling ta = syncOk(*a);
    EXPECT_EQ(ta.conflict, 1) << "made on the household B had changed";
    EXPECT_EQ(aanbiedingen(*a, h), 2) << "taken back: both offers, as the server has them";
    EXPECT_EQ(aanbiedingen(*b, h), 2);
}
