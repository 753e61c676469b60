#include "TestSupport.h"

#include "core/demo/DemoGenerator.h"
#include "core/domain/HalfJaar.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/regel/BemiddelingStop.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/validatie/HuishoudenValidatie.h"
#include "core/validatie/Identificatie.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

// A migrated store without reference data: maakDemo must load it itself.
std::unique_ptr<Store> maakDemoStore(const test::TempDir &dir, const QString &naam, quint32 seed,
                                     int huishoudens)
{
    auto store = test::openStore(dir.path(naam), false);
    if (!store)
        return nullptr;
    DemoOpties opties;
    opties.seed = seed;
    opties.huishoudens = huishoudens;
    opties.vandaag = vandaag;
    const Status made = maakDemo(*store, opties);
    EXPECT_TRUE(made.ok()) << made.error().toString().toStdString();
    return store;
}

qint64 getal(Store &store, const QString &statement, std::initializer_list<QVariant> values = {})
{
    auto v = sql::scalar(store.database(), statement, values);
    EXPECT_TRUE(v.ok()) << v.error().toString().toStdString();
    return v ? v->toLongLong() : -1;
}

QByteArray digest(Store &store, std::initializer_list<const char *> statements)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *statement : statements) {
        auto q = sql::run(store.database(), QString::fromLatin1(statement));
        EXPECT_TRUE(q.ok());
        if (!q)
            continue;
        while (q->next()) {
            for (int i = 0; i < q->record().count(); ++i) {
                hash.addData(q->value(i).toString().toUtf8());
                hash.addData(QByteArrayView("|"));
            }
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result();
}

// Every column of every row the demo writes, in a stable order.
QByteArray digest(Store &store)
{
    return digest(store,
                  {"SELECT * FROM huishouden ORDER BY id", "SELECT * FROM persoon ORDER BY id",
                   "SELECT * FROM koppeling ORDER BY id",
                   "SELECT * FROM huisvestinggesprek ORDER BY huishouden",
                   "SELECT * FROM plaatsingscriterium ORDER BY huishouden, soort",
                   "SELECT * FROM partnerschap_lid ORDER BY partnerschap, gemeente",
                   "SELECT * FROM halfjaar ORDER BY halfjaar"});
}

// What the random draws decide, leaving out the numbers counted up from a seed-dependent start.
QByteArray getrokken(Store &store)
{
    return digest(store, {"SELECT vergunning_datum, azc FROM huishouden ORDER BY id",
                          "SELECT voornamen, achternaam, geboortedatum FROM persoon ORDER BY id",
                          "SELECT gemeente, datum FROM koppeling ORDER BY id"});
}

// One store of 1,200 households shared by the read-only checks.
class DemoGeneratorTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new test::TempDir;
        s_store = maakDemoStore(*s_dir, QStringLiteral("demo.sqlite"), 2025, 1200).release();
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        delete s_dir;
        s_store = nullptr;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_NE(s_store, nullptr); }

    static test::TempDir *s_dir;
    static Store *s_store;
};

test::TempDir *DemoGeneratorTest::s_dir = nullptr;
Store *DemoGeneratorTest::s_store = nullptr;

} // namespace

TEST(DemoGenerator, SameSeedGivesIdenticalData)
{
    test::TempDir dir;
    auto a = maakDemoStore(dir, QStringLiteral("a.sqlite"), 7, 300);
    auto b = maakDemoStore(dir, QStringLiteral("b.sqlite"), 7, 300);
    ASSERT_TRUE(a && b);
    EXPECT_GT(getal(*a, QStringLiteral("SELECT count(*) FROM koppeling")), 0);
    EXPECT_EQ(digest(*a), digest(*b));
}

TEST(DemoGenerator, DifferentSeedGivesDifferentData)
{
    test::TempDir dir;
    auto a = maakDemoStore(dir, QStringLiteral("a.sqlite"), 7, 300);
    auto b = maakDemoStore(dir, QStringLiteral("b.sqlite"), 8, 300);
    ASSERT_TRUE(a && b);
    EXPECT_NE(digest(*a), digest(*b));
    EXPECT_NE(getrokken(*a), getrokken(*b));
}

TEST(DemoGenerator, CancelledRunLeavesNothing)
{
    for (const int stopBij : {0, 1000}) {
        test::TempDir dir;
        auto store = test::openStore(dir.path(QStringLiteral("c.sqlite")), false);
        ASSERT_TRUE(store);
        DemoOpties opties;
        opties.huishoudens = 2500;
        opties.vandaag = vandaag;
        int aanroepen = 0;
        opties.voortgang = [&](int done, int total) {
            ++aanroepen;
            EXPECT_EQ(total, 2500);
            return done < stopBij;
        };
        const Status made = maakDemo(*store, opties);
        EXPECT_FALSE(made.ok());
        EXPECT_GE(aanroepen, 1);
        EXPECT_EQ(getal(*store, QStringLiteral("SELECT count(*) FROM huishouden")), 0);
        EXPECT_EQ(getal(*store, QStringLiteral("SELECT count(*) FROM persoon")), 0);
        EXPECT_EQ(getal(*store, QStringLiteral("SELECT count(*) FROM halfjaar")), 0);
        EXPECT_EQ(getal(*store, QStringLiteral("SELECT count(*) FROM partnerschap")), 0);
    }
}

TEST_F(DemoGeneratorTest, HouseholdCountEqualsTheOption)
{
    EXPECT_EQ(getal(*s_store, QStringLiteral("SELECT count(*) FROM huishouden")), 1200);
}

TEST_F(DemoGeneratorTest, EveryCouplingLiesInTheRegionOfTheAzc)
{
    const QString regioVan = QStringLiteral("(SELECT p.regio FROM gemeente g JOIN provincie p ON "
                                            "p.naam = g.provincie WHERE g.code = %1)");
    const QString azcRegio =
        regioVan.arg(QStringLiteral("(SELECT a.gemeente FROM azc a WHERE a.id = h.azc)"));
    EXPECT_GT(getal(*s_store, QStringLiteral("SELECT count(*) FROM koppeling")), 500);
    EXPECT_EQ(getal(*s_store,
                    QStringLiteral("SELECT count(*) FROM koppeling k JOIN huishouden h ON h.id = "
                                   "k.huishouden WHERE %1 IS NOT %2")
                        .arg(regioVan.arg(QStringLiteral("k.gemeente")), azcRegio)),
              0);
    // The gemeente that housed them, a partnership's member included, is in the region too.
    EXPECT_EQ(getal(*s_store,
                    QStringLiteral("SELECT count(*) FROM huishouden h WHERE h.huisvest_gemeente "
                                   "IS NOT NULL AND %1 IS NOT %2")
                        .arg(regioVan.arg(QStringLiteral("h.huisvest_gemeente")), azcRegio)),
              0);
}

TEST_F(DemoGeneratorTest, NoDateLiesAfterToday)
{
    const QString dag = vandaag.toString(Qt::ISODate);
    for (const char *kolom : {"vergunning_datum", "brp_datum", "tekenen_datum", "huur_datum",
                              "verhuis_datum", "uitschrijving_datum", "gezinshereniging_vanaf"}) {
        EXPECT_EQ(getal(*s_store,
                        QStringLiteral("SELECT count(*) FROM huishouden WHERE %1 > ?")
                            .arg(QLatin1String(kolom)),
                        {dag}),
                  0)
            << kolom;
    }
    EXPECT_EQ(
        getal(*s_store, QStringLiteral("SELECT count(*) FROM koppeling WHERE datum > ?"), {dag}),
        0);
    EXPECT_EQ(getal(*s_store,
                    QStringLiteral("SELECT count(*) FROM huisvestinggesprek WHERE datum > ?"),
                    {dag}),
              0);
    EXPECT_EQ(getal(*s_store,
                    QStringLiteral("SELECT count(*) FROM persoon WHERE geboortedatum > ?"), {dag}),
              0);
    // History runs up to today: the current half-year has households, nothing predates the window.
    EXPECT_GT(
        getal(*s_store, QStringLiteral("SELECT count(*) FROM huishouden WHERE vergunning_datum >= "
                                       "'2026-07-01'")),
        0);
    EXPECT_EQ(
        getal(*s_store, QStringLiteral("SELECT count(*) FROM huishouden WHERE vergunning_datum < "
                                       "'2024-01-01'")),
        0);
}

TEST_F(DemoGeneratorTest, EveryBsnPassesTheElevenTestAndIsUnique)
{
    auto q = sql::run(s_store->database(),
                      QStringLiteral("SELECT bsn FROM persoon WHERE bsn IS NOT NULL"));
    ASSERT_TRUE(q.ok());
    QSet<QString> gezien;
    int aantal = 0;
    while (q->next()) {
        const QString bsn = q->value(0).toString();
        EXPECT_TRUE(isGeldigeBsn(bsn)) << bsn.toStdString();
        gezien.insert(bsn);
        ++aantal;
    }
    EXPECT_GT(aantal, 1000);
    EXPECT_EQ(gezien.size(), aantal);
}

TEST_F(DemoGeneratorTest, SingleAdultsAreBetweenFortyAndSeventyPercent)
{
    const qint64 alleen =
        getal(*s_store, QStringLiteral("SELECT count(*) FROM (SELECT huishouden FROM persoon "
                                       "GROUP BY huishouden HAVING count(*) = 1)"));
    EXPECT_GE(alleen * 100, 40 * 1200);
    EXPECT_LE(alleen * 100, 70 * 1200);
}

TEST_F(DemoGeneratorTest, SomeHouseholdsHaveMoreThanEightPersons)
{
    EXPECT_GE(getal(*s_store, QStringLiteral("SELECT count(*) FROM (SELECT huishouden FROM persoon "
                                             "GROUP BY huishouden HAVING count(*) > 8)")),
              1);
}

TEST_F(DemoGeneratorTest, EveryHouseholdPassesValidation)
{
    auto alle = HuishoudenRepository(*s_store).alle();
    ASSERT_TRUE(alle.ok());
    ASSERT_EQ(alle->size(), 1200);
    for (const auto &h : *alle) {
        const auto fouten = valideer(h, vandaag);
        EXPECT_TRUE(fouten.isEmpty()) << h.id << ": " << fouten.first().toString().toStdString();
    }
}

TEST_F(DemoGeneratorTest, MostHouseholdsPermittedOverThreeWeeksAgoAreCoupled)
{
    const QString grens = vandaag.addDays(-21).toString(Qt::ISODate);
    const qint64 oud = getal(
        *s_store, QStringLiteral("SELECT count(*) FROM huishouden WHERE vergunning_datum < ?"),
        {grens});
    const qint64 gekoppeld =
        getal(*s_store,
              QStringLiteral("SELECT count(*) FROM huishouden h WHERE "
                             "vergunning_datum < ? AND EXISTS (SELECT 1 FROM "
                             "koppeling k WHERE k.huishouden = h.id AND k.ontkoppeld_op IS NULL)"),
              {grens});
    ASSERT_GT(oud, 0);
    EXPECT_GE(gekoppeld * 100, 85 * oud);
    // Hardly anyone waits half a year or longer: the queue is the recent households (a
    // household whose mediation stopped waits for nothing: 3.4.2).
    const QString halfJaarGeleden = vandaag.addDays(-181).toString(Qt::ISODate);
    const QString wachtendSql =
        QStringLiteral("SELECT count(*) FROM huishouden h WHERE uitschrijving_datum IS NULL AND "
                       "verhuis_datum IS NULL AND NOT EXISTS (SELECT 1 FROM koppeling k WHERE "
                       "k.huishouden = h.id AND k.ontkoppeld_op IS NULL) AND NOT EXISTS "
                       "(SELECT 1 FROM (%1) s WHERE s.huishouden = h.id)")
            .arg(bemiddeling::stopSql());
    const qint64 langWachtend = getal(
        *s_store, wachtendSql + QStringLiteral(" AND vergunning_datum < ?"), {halfJaarGeleden});
    const qint64 wachtend = getal(*s_store, wachtendSql);
    ASSERT_GT(wachtend, 0);
    EXPECT_LE(langWachtend * 20, wachtend) << "at most 5% of the queue waits over half a year";
    // And no coupling before the permit.
    EXPECT_EQ(getal(*s_store,
                    QStringLiteral("SELECT count(*) FROM koppeling k JOIN huishouden h ON h.id = "
                                   "k.huishouden WHERE k.datum < h.vergunning_datum")),
              0);
}

// The vg is national (10,000-20,000 persons a half-year), not scaled to the demo's size: the
// realisation around it is checked on a store of the window's size in DemoPlausibel_test.cpp.
TEST_F(DemoGeneratorTest, QuotaCanBeComputedForEveryDemoHalfYear)
{
    TaakstellingService quota(*s_store);
    for (HalfJaar h = HalfJaar(2024, 1); h <= HalfJaar(2026, 2); h = h.volgende()) {
        auto overzicht = quota.bereken(h, 0, vandaag);
        ASSERT_TRUE(overzicht.ok())
            << h.toString().toStdString() << ": " << overzicht.error().toString().toStdString();
        EXPECT_EQ(overzicht->rijen.size(), 342);
        EXPECT_GE(overzicht->vg, 10000) << h.toString().toStdString();
        EXPECT_LE(overzicht->vg, 20000) << h.toString().toStdString();
    }
}

TEST_F(DemoGeneratorTest, PopulationIsNeverInventedForAHalfYearWithoutCbsFigures)
{
    // 2027-H1 needs 1 January 2026, which the shipped CBS data does not have.
    EXPECT_EQ(getal(*s_store, QStringLiteral("SELECT count(*) FROM inwoners WHERE jaar = 2026")),
              0);
    EXPECT_EQ(
        getal(*s_store, QStringLiteral("SELECT count(*) FROM halfjaar WHERE halfjaar = '2027-H1'")),
        0);
    auto overzicht = TaakstellingService(*s_store).bereken(HalfJaar(2027, 1), 0, vandaag);
    EXPECT_FALSE(overzicht.ok());
}

TEST_F(DemoGeneratorTest, PartnershipsJoinGemeentenOfOneProvince)
{
    EXPECT_GE(getal(*s_store, QStringLiteral("SELECT count(*) FROM partnerschap")), 15);
    EXPECT_EQ(
        getal(*s_store,
              QStringLiteral("SELECT count(*) FROM (SELECT l.partnerschap FROM partnerschap_lid "
                             "l JOIN gemeente g ON g.code = l.gemeente GROUP BY "
                             "l.partnerschap HAVING count(DISTINCT g.provincie) > 1 OR "
                             "count(*) NOT BETWEEN 2 AND 4)")),
        0);
}

TEST_F(DemoGeneratorTest, TheTimelineHasLettersOffersRefusalsAndDecisionsThatKeepItsRules)
{
    const auto aantal = [](const char *sqlTekst) {
        return getal(*s_store, QString::fromLatin1(sqlTekst));
    };
    EXPECT_GT(aantal("SELECT count(*) FROM gebeurtenis WHERE soort = 'vergunninghoudergesprek'"),
              0);
    EXPECT_GT(aantal("SELECT count(*) FROM gebeurtenis WHERE soort = 'woningaanbod'"), 0);
    EXPECT_GT(aantal("SELECT count(*) FROM woningweigering WHERE oordeel = 'terecht'"), 0);
    EXPECT_GT(aantal("SELECT count(*) FROM woningweigering WHERE oordeel = 'onterecht'"), 0);
    EXPECT_GT(aantal("SELECT count(*) FROM woningweigering WHERE oordeel IS NULL"), 0);
    EXPECT_GT(aantal("SELECT count(*) FROM huishouden WHERE hereniging_besluit IS NOT NULL"), 0);
    // A few refuse again after an unjustified judgement: their mediation stopped (3.4.2).
    EXPECT_GT(
        getal(*s_store, QStringLiteral("SELECT count(*) FROM (%1)").arg(bemiddeling::stopSql())),
        0);
    // No event before the coupling or after today; judgements after the refusal; decisions
    // only once the 3-month block has ended.
    const QString vandaagTekst = vandaag.toString(Qt::ISODate);
    EXPECT_EQ(getal(*s_store,
                    QStringLiteral("SELECT count(*) FROM gebeurtenis e JOIN koppeling k ON "
                                   "k.huishouden = e.huishouden AND k.ontkoppeld_op IS NULL "
                                   "WHERE e.datum < k.datum OR e.datum > ?"),
                    {vandaagTekst}),
              0);
    EXPECT_EQ(getal(*s_store,
                    QStringLiteral("SELECT count(*) FROM woningweigering w JOIN koppeling k ON "
                                   "k.huishouden = w.huishouden AND k.ontkoppeld_op IS NULL "
                                   "WHERE w.datum < k.datum OR w.datum > ? OR w.oordeel_datum < "
                                   "w.datum OR w.nieuwe_kandidaat_datum < w.oordeel_datum"),
                    {vandaagTekst}),
              0);
    EXPECT_EQ(aantal("SELECT count(*) FROM huishouden WHERE hereniging_besluit IS NOT NULL AND "
                     "hereniging_besluit_datum < date(gezinshereniging_vanaf, '+3 months')"),
              0);
}
