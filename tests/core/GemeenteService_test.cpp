#include "TestSupport.h"

#include "core/gemeente/GemeenteService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/KoppelingControle.h"
#include "core/store/Sql.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const QString groningen = QStringLiteral("GM0014");  // region 1
const QString utrecht = QStringLiteral("GM0344");    // region 3
const QString aalsmeer = QStringLiteral("GM0358");   // region 3
const QString amstelveen = QStringLiteral("GM0362"); // region 3
const QString amsterdam = QStringLiteral("GM0363");  // region 3
const QString diemen = QStringLiteral("GM0384");     // region 3

class GemeenteServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("gemeente.sqlite")));
        ASSERT_TRUE(store);
    }

    QString opgeslagenProfiel(const QString &code) const
    {
        auto v = sql::scalar(store->database(),
                             QStringLiteral("SELECT woningprofiel FROM gemeente WHERE code = ?"),
                             {code});
        EXPECT_TRUE(v.ok());
        return v ? v->toString() : QString();
    }

    qint64 partnerschap(const QString &naam, const QString &coordinator, const QStringList &leden)
    {
        auto id = Referentiedata(*store).voegPartnerschapToe(naam, coordinator, leden);
        EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
        return id ? *id : 0;
    }

    QStringList leden(qint64 id) const
    {
        auto q = sql::run(store->database(),
                          QStringLiteral("SELECT gemeente FROM partnerschap_lid WHERE "
                                         "partnerschap = ? ORDER BY gemeente"),
                          {id});
        EXPECT_TRUE(q.ok());
        QStringList result;
        while (q && q->next())
            result << q->value(0).toString();
        return result;
    }

    GemeenteGegevens laad(const QString &code) const
    {
        auto g = GemeenteService(*store).laad(code);
        EXPECT_TRUE(g.ok()) << g.error().toString().toStdString();
        return g ? *g : GemeenteGegevens{};
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
};

} // namespace

TEST(WoningprofielTest, CodesAreTheFiveInTheirFixedOrder)
{
    EXPECT_EQ(
        woningprofiel::codes(),
        QStringList({QStringLiteral("klein"), QStringLiteral("gezin"), QStringLiteral("ouderen"),
                     QStringLiteral("studenten"), QStringLiteral("zorg")}));
}

TEST(WoningprofielTest, EveryCodeHasItsOwnReadableName)
{
    QSet<QString> namen;
    for (const auto &code : woningprofiel::codes()) {
        const QString naam = woningprofiel::naam(code);
        EXPECT_FALSE(naam.isEmpty());
        EXPECT_NE(naam, code);
        namen.insert(naam);
    }
    EXPECT_EQ(namen.size(), woningprofiel::codes().size());
    EXPECT_EQ(woningprofiel::naam(QStringLiteral("klein")), QStringLiteral("small dwellings"));
}

TEST(WoningprofielTest, ReadingNormalisesOrderCaseAndSpacesAndDropsUnknownCodes)
{
    EXPECT_EQ(
        woningprofiel::lees(QStringLiteral(" zorg, Klein,villa,,gezin,klein")),
        QStringList({QStringLiteral("klein"), QStringLiteral("gezin"), QStringLiteral("zorg")}));
    EXPECT_TRUE(woningprofiel::lees(QString()).isEmpty());
}

TEST(WoningprofielTest, WritingIsCommaSeparatedInTheFixedOrderWithoutDuplicates)
{
    EXPECT_EQ(woningprofiel::schrijf({QStringLiteral("studenten"), QStringLiteral("klein"),
                                      QStringLiteral("studenten")}),
              QStringLiteral("klein,studenten"));
    EXPECT_EQ(woningprofiel::schrijf({}), QString());
}

TEST_F(GemeenteServiceTest, ProfileRoundTripsInTheFixedOrderWithoutDuplicates)
{
    GemeenteService service(*store);
    const Status s = service.werkBij(amsterdam,
                                     {QStringLiteral("zorg"), QStringLiteral(" Klein "),
                                      QStringLiteral("zorg"), QStringLiteral("ouderen")},
                                     QString(), QString());
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_EQ(opgeslagenProfiel(amsterdam), QStringLiteral("klein,ouderen,zorg"));
    EXPECT_EQ(
        laad(amsterdam).woningprofiel,
        QStringList({QStringLiteral("klein"), QStringLiteral("ouderen"), QStringLiteral("zorg")}));

    ASSERT_TRUE(service.werkBij(amsterdam, {}, QString(), QString()).ok());
    EXPECT_EQ(opgeslagenProfiel(amsterdam), QString());
    EXPECT_TRUE(laad(amsterdam).woningprofiel.isEmpty());
}

TEST_F(GemeenteServiceTest, UnknownProfileCodeIsRefusedNamingTheFieldAndNothingIsWritten)
{
    GemeenteService service(*store);
    ASSERT_TRUE(service
                    .werkBij(amsterdam, {QStringLiteral("gezin")}, QStringLiteral("Old contact"),
                             QStringLiteral("old notes"))
                    .ok());

    const Status s = service.werkBij(amsterdam, {QStringLiteral("klein"), QStringLiteral("villa")},
                                     QStringLiteral("New contact"), QStringLiteral("new notes"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("woningprofiel"));
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("villa")))
        << s.error().message.toStdString();

    const auto g = laad(amsterdam);
    EXPECT_EQ(g.woningprofiel, QStringList{QStringLiteral("gezin")});
    EXPECT_EQ(g.contactpersoon, QStringLiteral("Old contact"));
    EXPECT_EQ(g.notities, QStringLiteral("old notes"));
}

TEST_F(GemeenteServiceTest, ContactAndNotesAreTrimmedAndStored)
{
    const Status s = GemeenteService(*store).werkBij(
        utrecht, {}, QStringLiteral("  J. de Vries, 030-1234567 \t"),
        QStringLiteral("\n Prefers couplings on Tuesdays.\nAsk for the housing team. \n"));
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    const auto g = laad(utrecht);
    EXPECT_EQ(g.contactpersoon, QStringLiteral("J. de Vries, 030-1234567"));
    EXPECT_EQ(g.notities,
              QStringLiteral("Prefers couplings on Tuesdays.\nAsk for the housing team."));
}

TEST_F(GemeenteServiceTest, ContactOfMoreThanOneLineOrTooLongTextIsRefusedNamingTheField)
{
    GemeenteService service(*store);
    auto s = service.werkBij(utrecht, {}, QStringLiteral("J. de Vries\nsecond line"), QString());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("contactpersoon"));

    s = service.werkBij(
        utrecht, {}, QString(GemeenteService::maxContactpersoon + 1, QLatin1Char('x')), QString());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("contactpersoon"));

    s = service.werkBij(utrecht, {}, QString(),
                        QString(GemeenteService::maxNotities + 1, QLatin1Char('x')));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("notities"));

    EXPECT_TRUE(service
                    .werkBij(utrecht, {},
                             QString(GemeenteService::maxContactpersoon, QLatin1Char('x')),
                             QString(GemeenteService::maxNotities, QLatin1Char('y')))
                    .ok());
}

TEST_F(GemeenteServiceTest, UnknownGemeenteIsRefusedWhenLoadingAndUpdating)
{
    GemeenteService service(*store);
    const auto g = service.laad(QStringLiteral("GM9999"));
    ASSERT_FALSE(g.ok());
    EXPECT_TRUE(g.error().toString().contains(QStringLiteral("GM9999")));

    const Status s = service.werkBij(QStringLiteral("GM9999"), {QStringLiteral("klein")},
                                     QStringLiteral("x"), QString());
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().toString().contains(QStringLiteral("GM9999")));
}

TEST_F(GemeenteServiceTest, LoadShowsReferenceDataAndThePartnershipsItIsAMemberOf)
{
    const qint64 ps = partnerschap(QStringLiteral("Amstelland"), amstelveen, {amsterdam, aalsmeer});
    partnerschap(QStringLiteral("Without Amsterdam"), utrecht, {utrecht, diemen});

    const auto g = laad(amsterdam);
    EXPECT_EQ(g.gemeente.code, amsterdam);
    EXPECT_EQ(g.gemeente.naam, QStringLiteral("Amsterdam"));
    EXPECT_EQ(g.gemeente.provincie, QStringLiteral("Noord-Holland"));
    EXPECT_EQ(g.gemeente.regio, 3);
    ASSERT_EQ(g.partnerschappen.size(), 1);
    EXPECT_EQ(g.partnerschappen.first().id, ps);
    EXPECT_EQ(g.partnerschappen.first().coordinator, amstelveen);
    EXPECT_EQ(g.partnerschappen.first().leden, QStringList({aalsmeer, amstelveen, amsterdam}));
}

TEST_F(GemeenteServiceTest, AllOfARegionHoldsExactlyItsGemeentenSortedWithTheirPartnerships)
{
    const qint64 amstelland =
        partnerschap(QStringLiteral("Amstelland"), amstelveen, {amsterdam, aalsmeer});
    const qint64 noord =
        partnerschap(QStringLiteral("Noord"), groningen, {groningen, QStringLiteral("GM0037")});
    ASSERT_TRUE(
        GemeenteService(*store)
            .werkBij(amsterdam, {QStringLiteral("gezin")}, QStringLiteral("Contact A"), QString())
            .ok());

    auto alle = GemeenteService(*store).alle(3);
    ASSERT_TRUE(alle.ok()) << alle.error().toString().toStdString();
    auto verwacht = Referentiedata(*store).gemeenten(3);
    ASSERT_TRUE(verwacht.ok());
    ASSERT_EQ(alle->size(), verwacht->size());
    ASSERT_GT(alle->size(), 0);
    for (qsizetype i = 0; i < alle->size(); ++i) {
        const auto &g = alle->at(i);
        EXPECT_EQ(g.gemeente.code, verwacht->at(i).code) << i;
        EXPECT_EQ(g.gemeente.regio, 3);
        for (const auto &p : g.partnerschappen) {
            EXPECT_TRUE(p.leden.contains(g.gemeente.code));
            EXPECT_NE(p.id, noord);
        }
        const bool lid = g.gemeente.code == amsterdam || g.gemeente.code == aalsmeer ||
                         g.gemeente.code == amstelveen;
        ASSERT_EQ(g.partnerschappen.size(), lid ? 1 : 0) << g.gemeente.code.toStdString();
        if (lid) {
            EXPECT_EQ(g.partnerschappen.first().id, amstelland);
        }
        if (g.gemeente.code == amsterdam) {
            EXPECT_EQ(g.woningprofiel, QStringList{QStringLiteral("gezin")});
            EXPECT_EQ(g.contactpersoon, QStringLiteral("Contact A"));
        }
    }

    auto land = GemeenteService(*store).alle(0);
    ASSERT_TRUE(land.ok());
    EXPECT_EQ(land->size(), 342);
}

TEST_F(GemeenteServiceTest, JoiningAddsTheMemberAndLeavingRemovesIt)
{
    const qint64 ps = partnerschap(QStringLiteral("Amstelland"), amstelveen, {amsterdam, aalsmeer});
    GemeenteService service(*store);
    const Status erbij = service.voegLidToe(ps, diemen);
    ASSERT_TRUE(erbij.ok()) << erbij.error().toString().toStdString();
    EXPECT_EQ(leden(ps), QStringList({aalsmeer, amstelveen, amsterdam, diemen}));
    EXPECT_EQ(laad(diemen).partnerschappen.size(), 1);

    const Status eraf = service.verwijderLid(ps, amsterdam);
    ASSERT_TRUE(eraf.ok()) << eraf.error().toString().toStdString();
    EXPECT_EQ(leden(ps), QStringList({aalsmeer, amstelveen, diemen}));
    EXPECT_TRUE(laad(amsterdam).partnerschappen.isEmpty());
}

TEST_F(GemeenteServiceTest, JoiningAnUnknownPartnershipOrWithAnUnknownGemeenteIsRefused)
{
    const qint64 ps = partnerschap(QStringLiteral("Amstelland"), amstelveen, {amsterdam, aalsmeer});
    GemeenteService service(*store);
    auto s = service.voegLidToe(ps + 100, diemen);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("partnerschap"));
    s = service.voegLidToe(ps, QStringLiteral("GM9999"));
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().toString().contains(QStringLiteral("GM9999")));
    s = service.verwijderLid(ps + 100, amsterdam);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("partnerschap"));
    EXPECT_EQ(leden(ps), QStringList({aalsmeer, amstelveen, amsterdam}));
}

TEST_F(GemeenteServiceTest, JoiningTwiceIsRefused)
{
    const qint64 ps = partnerschap(QStringLiteral("Amstelland"), amstelveen, {amsterdam, aalsmeer});
    const Status s = GemeenteService(*store).voegLidToe(ps, amsterdam);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("partnerschap"));
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("Amsterdam")));
    EXPECT_EQ(leden(ps), QStringList({aalsmeer, amstelveen, amsterdam}));
}

TEST_F(GemeenteServiceTest, JoiningFromAnotherRegionThanTheCoordinatorIsRefused)
{
    const qint64 ps = partnerschap(QStringLiteral("Amstelland"), amstelveen, {amsterdam, aalsmeer});
    const Status s = GemeenteService(*store).voegLidToe(ps, groningen);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("partnerschap"));
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("Groningen")));
    EXPECT_EQ(leden(ps), QStringList({aalsmeer, amstelveen, amsterdam}));
}

TEST_F(GemeenteServiceTest, TheCoordinatorCannotLeave)
{
    const qint64 ps =
        partnerschap(QStringLiteral("Amstelland"), amstelveen, {amsterdam, aalsmeer, diemen});
    const Status s = GemeenteService(*store).verwijderLid(ps, amstelveen);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("partnerschap"));
    EXPECT_EQ(leden(ps), QStringList({aalsmeer, amstelveen, amsterdam, diemen}));
}

TEST_F(GemeenteServiceTest, LeavingIsRefusedForANonMemberAndWhenOnlyOneMemberWouldRemain)
{
    const qint64 ps = partnerschap(QStringLiteral("Pair"), amstelveen, {amsterdam});
    GemeenteService service(*store);
    auto s = service.verwijderLid(ps, diemen);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("partnerschap"));
    s = service.verwijderLid(ps, amsterdam);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("partnerschap"));
    EXPECT_EQ(leden(ps), QStringList({amstelveen, amsterdam}));
}

TEST_F(GemeenteServiceTest, HousingWarningOfTheCouplingCheckFollowsTheProfileSetHere)
{
    // A one-person household needs small dwellings ("klein").
    const qint64 azc = test::azcIn(*store, amsterdam);
    const qint64 id = test::voegToe(
        *store, test::voorbeeldHuishouden(3000000001, 1, vandaag.addDays(-20), azc), vandaag);
    ASSERT_GT(id, 0);
    auto heeftWaarschuwing = [&]() {
        auto r = KoppelingControle(*store).controleer(id, utrecht, 0, vandaag);
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        if (!r)
            return false;
        for (const auto &p : r->punten) {
            if (p.code == QLatin1String("woningprofiel"))
                return true;
        }
        return false;
    };

    GemeenteService service(*store);
    ASSERT_TRUE(service
                    .werkBij(utrecht, {QStringLiteral("gezin"), QStringLiteral("studenten")},
                             QString(), QString())
                    .ok());
    EXPECT_TRUE(heeftWaarschuwing());

    ASSERT_TRUE(service
                    .werkBij(utrecht,
                             {QStringLiteral("studenten"), QStringLiteral("klein"),
                              QStringLiteral("gezin")},
                             QString(), QString())
                    .ok());
    EXPECT_FALSE(heeftWaarschuwing());
}
