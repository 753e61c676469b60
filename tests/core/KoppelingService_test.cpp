#include "TestSupport.h"

#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

class KoppelingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("k.sqlite")), true);
        ASSERT_TRUE(store);
        azc = test::azcIn(*store, QStringLiteral("GM0363"));
        huishouden = test::voegToe(
            *store, test::voorbeeldHuishouden(2000000001, 3, QDate(2026, 10, 1), azc), vandaag);
        ASSERT_GT(huishouden, 0);
    }

    int aantalKoppelingen()
    {
        auto n = sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM koppeling"));
        return n ? n->toInt() : -1;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
    qint64 huishouden = 0;
};

} // namespace

TEST_F(KoppelingTest, CouplingRecordsWhoWhenAndWhy)
{
    store->setGebruiker(QStringLiteral("regievoerder.noord"));
    KoppelingService service(*store);
    auto id = service.koppel(huishouden, QStringLiteral("GM0363"), QDate(2026, 10, 8),
                             QStringLiteral("achterstand"), vandaag);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto actief = service.actief(huishouden);
    ASSERT_TRUE(actief.ok());
    ASSERT_TRUE(actief->has_value());
    EXPECT_EQ((*actief)->gemeenteCode, QStringLiteral("GM0363"));
    EXPECT_EQ((*actief)->datum, QDate(2026, 10, 8));
    EXPECT_EQ((*actief)->reden, QStringLiteral("achterstand"));
    EXPECT_EQ((*actief)->door, QStringLiteral("regievoerder.noord"));
    EXPECT_TRUE((*actief)->vastgelegdOp.isValid());
    EXPECT_EQ((*actief)->partnerschapId, 0);
}

TEST_F(KoppelingTest, AtMostOneActiveCouplingPerHousehold)
{
    KoppelingService service(*store);
    ASSERT_TRUE(service
                    .koppel(huishouden, QStringLiteral("GM0363"), QDate(2026, 10, 8),
                            QStringLiteral("a"), vandaag)
                    .ok());
    auto tweede = service.koppel(huishouden, QStringLiteral("GM0344"), QDate(2026, 10, 9),
                                 QStringLiteral("b"), vandaag);
    ASSERT_FALSE(tweede.ok());
    EXPECT_TRUE(tweede.error().message.contains(QStringLiteral("GM0363")));
    EXPECT_EQ(aantalKoppelingen(), 1);
    // Also the store itself refuses a second active row.
    auto raw = sql::run(
        store->database(),
        QStringLiteral(
            "INSERT INTO koppeling(huishouden, gemeente, datum, reden, door, vastgelegd_op) "
            "VALUES(?, 'GM0344', '2026-10-09', 'x', 'x', 'x')"),
        {huishouden});
    EXPECT_FALSE(raw.ok());
}

TEST_F(KoppelingTest, UncoupleAndRecoupleKeepFullHistory)
{
    KoppelingService service(*store);
    ASSERT_TRUE(service
                    .koppel(huishouden, QStringLiteral("GM0363"), QDate(2026, 10, 8),
                            QStringLiteral("a"), vandaag)
                    .ok());
    ASSERT_TRUE(
        service
            .ontkoppel(huishouden, QDate(2026, 10, 20), QStringLiteral("werk in Utrecht"), vandaag)
            .ok());
    ASSERT_TRUE(service
                    .koppel(huishouden, QStringLiteral("GM0344"), QDate(2026, 10, 21),
                            QStringLiteral("werk"), vandaag)
                    .ok());
    auto historie = service.historie(huishouden);
    ASSERT_TRUE(historie.ok());
    ASSERT_EQ(historie->size(), 2);
    EXPECT_FALSE(historie->at(0).actief());
    EXPECT_EQ(historie->at(0).ontkoppeldOp, QDate(2026, 10, 20));
    EXPECT_EQ(historie->at(0).ontkoppelReden, QStringLiteral("werk in Utrecht"));
    EXPECT_EQ(historie->at(0).ontkoppeldDoor, QStringLiteral("tester"));
    EXPECT_TRUE(historie->at(1).actief());
    EXPECT_EQ(historie->at(1).gemeenteCode, QStringLiteral("GM0344"));
}

TEST_F(KoppelingTest, ReasonIsRequired)
{
    KoppelingService service(*store);
    EXPECT_FALSE(service
                     .koppel(huishouden, QStringLiteral("GM0363"), QDate(2026, 10, 8),
                             QStringLiteral("  "), vandaag)
                     .ok());
    ASSERT_TRUE(service
                    .koppel(huishouden, QStringLiteral("GM0363"), QDate(2026, 10, 8),
                            QStringLiteral("a"), vandaag)
                    .ok());
    EXPECT_FALSE(service.ontkoppel(huishouden, QDate(2026, 10, 9), QString(), vandaag).ok());
    EXPECT_EQ(aantalKoppelingen(), 1);
}

TEST_F(KoppelingTest, DateMustLieBetweenPermitAndToday)
{
    KoppelingService service(*store);
    auto voor = service.koppel(huishouden, QStringLiteral("GM0363"), QDate(2026, 9, 30),
                               QStringLiteral("a"), vandaag);
    ASSERT_FALSE(voor.ok());
    EXPECT_TRUE(voor.error().message.contains(QStringLiteral("permit")));
    EXPECT_FALSE(service
                     .koppel(huishouden, QStringLiteral("GM0363"), QDate(2026, 11, 30),
                             QStringLiteral("a"), vandaag)
                     .ok());
    EXPECT_EQ(aantalKoppelingen(), 0);
}

TEST_F(KoppelingTest, UnknownGemeenteOrHouseholdIsRefused)
{
    KoppelingService service(*store);
    auto gemeente = service.koppel(huishouden, QStringLiteral("GM9999"), QDate(2026, 10, 8),
                                   QStringLiteral("a"), vandaag);
    ASSERT_FALSE(gemeente.ok());
    EXPECT_EQ(gemeente.error().where, QStringLiteral("GM9999"));
    EXPECT_FALSE(service
                     .koppel(987654, QStringLiteral("GM0363"), QDate(2026, 10, 8),
                             QStringLiteral("a"), vandaag)
                     .ok());
    EXPECT_EQ(aantalKoppelingen(), 0);
}

TEST_F(KoppelingTest, UncouplingWithoutCouplingIsRefused)
{
    auto status = KoppelingService(*store).ontkoppel(huishouden, QDate(2026, 10, 9),
                                                     QStringLiteral("x"), vandaag);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("not coupled")));
}

TEST_F(KoppelingTest, MovedHouseholdCannotBeUncoupledOrRecoupled)
{
    auto h = test::voorbeeldHuishouden(2000000101, 1, QDate(2026, 1, 5), azc);
    h.tekenen = QDate(2026, 3, 1);
    h.uitschrijving = QDate(2026, 3, 10);
    h.huisvestGemeente = QStringLiteral("GM0363");
    const qint64 id = test::voegToe(*store, h, vandaag);
    KoppelingService service(*store);
    auto naVerhuizing = service.koppel(id, QStringLiteral("GM0344"), QDate(2026, 4, 1),
                                       QStringLiteral("x"), vandaag);
    ASSERT_FALSE(naVerhuizing.ok()) << "a coupling cannot be dated after the uitschrijving";
    EXPECT_TRUE(naVerhuizing.error().message.contains(QStringLiteral("2026-03-10")));
    ASSERT_TRUE(service
                    .koppel(id, QStringLiteral("GM0363"), QDate(2026, 1, 12),
                            QStringLiteral("historie"), vandaag)
                    .ok())
        << "the coupling of a household that has moved may be recorded afterwards";
    EXPECT_FALSE(service.ontkoppel(id, QDate(2026, 4, 1), QStringLiteral("x"), vandaag).ok())
        << "after the move the coupling is final";
    auto actief = service.actief(id);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->gemeenteCode, QStringLiteral("GM0363"));
}

TEST_F(KoppelingTest, PartnershipCouplingGoesThroughItsCoordinator)
{
    Referentiedata ref(*store);
    auto partnerschap =
        ref.voegPartnerschapToe(QStringLiteral("Samenwerking Amstelland"), QStringLiteral("GM0362"),
                                {QStringLiteral("GM0437"), QStringLiteral("GM0384")});
    ASSERT_TRUE(partnerschap.ok()) << partnerschap.error().toString().toStdString();
    KoppelingService service(*store);
    ASSERT_TRUE(service
                    .koppelPartnerschap(huishouden, *partnerschap, QDate(2026, 10, 8),
                                        QStringLiteral("p"), vandaag)
                    .ok());
    auto actief = service.actief(huishouden);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->gemeenteCode, QStringLiteral("GM0362"));
    EXPECT_EQ((*actief)->partnerschapId, *partnerschap);
    auto lijst = ref.partnerschappen(3);
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 1);
    EXPECT_EQ(lijst->first().leden.size(), 3) << "the coordinator is a member too";
    EXPECT_FALSE(
        service
            .koppelPartnerschap(huishouden, 4242, QDate(2026, 10, 8), QStringLiteral("p"), vandaag)
            .ok());
}

// Issue 3: a blocking check can be overridden only with a written reason, stored with the coupling.
TEST_F(KoppelingTest, BlockingCheckRefusesWithoutAWrittenReason)
{
    KoppelingService service(*store);
    // The household's AZC lies in Amsterdam (region 3); Groningen (GM0014) is region 1.
    auto zonder =
        service.koppelNaControle(huishouden, QStringLiteral("GM0014"), 0, QDate(2026, 10, 8),
                                 QStringLiteral("werk"), QString(), vandaag);
    ASSERT_FALSE(zonder.ok());
    EXPECT_TRUE(zonder.error().message.contains(QStringLiteral("region")))
        << zonder.error().toString().toStdString();
    EXPECT_EQ(aantalKoppelingen(), 0);

    auto met = service.koppelNaControle(
        huishouden, QStringLiteral("GM0014"), 0, QDate(2026, 10, 8), QStringLiteral("werk"),
        QStringLiteral("contract bij werkgever in Groningen"), vandaag);
    ASSERT_TRUE(met.ok()) << met.error().toString().toStdString();
    auto actief = service.actief(huishouden);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_EQ((*actief)->overruleReden, QStringLiteral("contract bij werkgever in Groningen"));
    EXPECT_EQ((*actief)->overruled, QStringList{QStringLiteral("buiten-regio")});
}

TEST_F(KoppelingTest, CouplingWithoutBlockingChecksStoresNoOverride)
{
    KoppelingService service(*store);
    auto id = service.koppelNaControle(huishouden, QStringLiteral("GM0363"), 0, QDate(2026, 10, 8),
                                       QStringLiteral("achterstand"), QStringLiteral("niet nodig"),
                                       vandaag);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto actief = service.actief(huishouden);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_TRUE((*actief)->overruleReden.isEmpty()) << "nothing was overridden";
    EXPECT_TRUE((*actief)->overruled.isEmpty());
}
