// The rule checker: each rule finds what breaks it, and the demo generator makes only data that
// passes every rule (issue 12: "a test runs every rule over a 20,000-household demo and finds
// no violation"). Each area's rules have their own tests beside their services; these tests
// hold the checker itself and the demo to the whole set.
#include "TestSupport.h"

#include "core/controle/RegelControle.h"
#include "core/demo/DemoGenerator.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

QString beschrijf(const QList<Overtreding> &overtredingen)
{
    QStringList regels;
    for (const auto &o : overtredingen.mid(0, 20))
        regels << o.regel + QStringLiteral(" ") + o.vNummer + QStringLiteral(": ") + o.tekst;
    return regels.join(QLatin1Char('\n'));
}

} // namespace

TEST(RegelControle, EveryRuleHasACodeASectionAndADescriptionAndCodesAreUnique)
{
    QSet<QString> codes;
    ASSERT_FALSE(regelcontrole::regels().isEmpty());
    for (const Regel &regel : regelcontrole::regels()) {
        EXPECT_FALSE(QString::fromLatin1(regel.code).isEmpty());
        EXPECT_FALSE(QString::fromLatin1(regel.sectie).isEmpty()) << regel.code;
        EXPECT_FALSE(QString::fromLatin1(regel.omschrijving).isEmpty()) << regel.code;
        EXPECT_NE(regel.controleer, nullptr) << regel.code;
        EXPECT_FALSE(codes.contains(QString::fromLatin1(regel.code))) << regel.code;
        codes.insert(QString::fromLatin1(regel.code));
    }
}

TEST(RegelControle, TwoCouplingsInForceAreFoundNamingTheHousehold)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("regels.sqlite")));
    ASSERT_TRUE(store);
    const qint64 azc = test::azcIn(*store, QStringLiteral("GM0344"));
    const qint64 id =
        test::voegToe(*store, test::voorbeeldHuishouden(2000000100, 2, QDate(2026, 10, 1), azc));
    ASSERT_GT(id, 0);
    auto leeg = regelcontrole::controleer(*store, vandaag);
    ASSERT_TRUE(leeg.ok()) << leeg.error().toString().toStdString();
    EXPECT_TRUE(leeg->isEmpty()) << beschrijf(*leeg).toStdString();

    // A hand edit: the index that keeps one coupling in force is gone, two are in force.
    const QString insert = QStringLiteral(
        "INSERT INTO koppeling(huishouden, gemeente, datum, reden, door, vastgelegd_op) "
        "VALUES(%1, 'GM0344', '2026-10-05', 'x', 'y', 'z'), "
        "(%1, 'GM0307', '2026-10-06', 'x', 'y', 'z')");
    for (const QString &statement :
         {QStringLiteral("DROP INDEX koppeling_een_actief"), insert.arg(QString::number(id))}) {
        auto r = sql::run(store->database(), statement);
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    }
    auto gevonden = regelcontrole::controleer(*store, vandaag);
    ASSERT_TRUE(gevonden.ok());
    ASSERT_EQ(gevonden->size(), 1) << beschrijf(*gevonden).toStdString();
    EXPECT_EQ(gevonden->first().regel, QStringLiteral("een-actieve-koppeling"));
    EXPECT_EQ(gevonden->first().huishoudenId, id);
    EXPECT_EQ(gevonden->first().vNummer, QStringLiteral("2000000100"));
}

TEST(RegelControle, TheDemoOf20000HouseholdsBreaksNoRule)
{
    test::TempDir dir;
    auto store = test::openStore(dir.path(QStringLiteral("demo.sqlite")), false);
    ASSERT_TRUE(store);
    DemoOpties opties;
    opties.seed = 2025;
    opties.huishoudens = 20000;
    opties.vandaag = vandaag;
    ASSERT_TRUE(maakDemo(*store, opties).ok());
    auto gevonden = regelcontrole::controleer(*store, vandaag, 5);
    ASSERT_TRUE(gevonden.ok()) << gevonden.error().toString().toStdString();
    EXPECT_TRUE(gevonden->isEmpty()) << gevonden->size() << " violations, e.g.\n"
                                     << beschrijf(*gevonden).toStdString();
}
