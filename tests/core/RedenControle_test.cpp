// Reasons (couple, uncouple, override, quota shifts) are free text: control characters other
// than tab and line feed are refused by the service that stores them, and so is a reason of
// more than 4,000 characters; the undo steps, which wrap a reason, still fit.
#include "TestSupport.h"

#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingService.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/validatie/TekstControle.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const QDate koppelDatum(2026, 11, 20);
const QString amsterdam = QStringLiteral("GM0363");

const QStringList &slechteRedenen()
{
    static const QStringList lijst{QStringLiteral("ach\x1b[2Jterstand"),
                                   QString(QStringLiteral("nul") + QChar(0)),
                                   QStringLiteral("bel\x07"),
                                   QStringLiteral("cr\r"),
                                   QString::fromUtf16(u"c1\u009B31m"),
                                   QString(maxVrijeTekstLengte + 1, QLatin1Char('a'))};
    return lijst;
}

class RedenControleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("r.sqlite")));
        ASSERT_TRUE(store);
        huishouden = test::voegToe(*store,
                                   test::voorbeeldHuishouden(2000000001, 2, QDate(2026, 11, 1),
                                                             test::azcIn(*store, amsterdam)),
                                   vandaag);
        ASSERT_GT(huishouden, 0);
    }

    int tel(const char *tabel) const
    {
        auto n = sql::scalar(store->database(),
                             QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(tabel)));
        return n ? n->toInt() : -1;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 huishouden = 0;
};

} // namespace

TEST_F(RedenControleTest, CouplingReasonWithAControlCharacterIsRefusedNamingTheReason)
{
    KoppelingService service(*store);
    for (const QString &reden : slechteRedenen()) {
        auto r = service.koppel(huishouden, amsterdam, koppelDatum, reden, vandaag);
        ASSERT_FALSE(r.ok()) << reden.left(20).toStdString();
        EXPECT_EQ(r.error().where, QStringLiteral("reason"));
        auto c = service.koppelNaControle(huishouden, amsterdam, 0, koppelDatum, reden, QString(),
                                          vandaag);
        EXPECT_FALSE(c.ok()) << reden.left(20).toStdString();
    }
    EXPECT_EQ(tel("koppeling"), 0);
    auto goed = service.koppel(huishouden, amsterdam, koppelDatum,
                               QStringLiteral("achterstand\n\tzie notitie"), vandaag);
    EXPECT_TRUE(goed.ok()) << "a reason may run over lines";
}

TEST_F(RedenControleTest, OverrideReasonWithAControlCharacterIsRefused)
{
    KoppelingService service(*store);
    for (const QString &reden : slechteRedenen()) {
        auto r = service.koppelNaControle(huishouden, amsterdam, 0, koppelDatum,
                                          QStringLiteral("achterstand"), reden, vandaag);
        ASSERT_FALSE(r.ok()) << reden.left(20).toStdString();
        EXPECT_EQ(r.error().where, QStringLiteral("override reason"));
    }
    EXPECT_EQ(tel("koppeling"), 0);
}

TEST_F(RedenControleTest, UncouplingReasonWithAControlCharacterIsRefused)
{
    KoppelingService service(*store);
    ASSERT_TRUE(
        service.koppel(huishouden, amsterdam, koppelDatum, QStringLiteral("a"), vandaag).ok());
    for (const QString &reden : slechteRedenen()) {
        auto r = service.ontkoppel(huishouden, vandaag, reden, vandaag);
        ASSERT_FALSE(r.ok()) << reden.left(20).toStdString();
        EXPECT_EQ(r.error().where, QStringLiteral("reason"));
    }
    EXPECT_TRUE(service.actief(huishouden)->has_value());
}

TEST_F(RedenControleTest, QuotaReasonsWithAControlCharacterAreRefused)
{
    TaakstellingService quota(*store);
    for (const QString &reden : slechteRedenen()) {
        auto h = quota.registreerHerverdeling(
            HalfJaar(2027, 1), {{QStringLiteral("GM0014"), 5}, {QStringLiteral("GM0034"), -5}},
            reden);
        ASSERT_FALSE(h.ok()) << reden.left(20).toStdString();
        EXPECT_EQ(h.error().where, QStringLiteral("reason"));
        EXPECT_FALSE(quota.zetArt30(QStringLiteral("GM0014"), HalfJaar(2027, 1), 1000, reden).ok());
    }
    EXPECT_EQ(tel("herverdeling"), 0);
    EXPECT_EQ(tel("inwoners_art30"), 0);
}

TEST_F(RedenControleTest, UndoOfAStepWithTheLongestReasonStillFits)
{
    const QString lang(maxVrijeTekstLengte, QLatin1Char('r'));
    QUndoStack stack;
    stack.push(new KoppelReeks(*store, {{huishouden, {}}}, amsterdam, 0, koppelDatum, lang,
                               QStringLiteral("Amsterdam"), vandaag));
    KoppelingService service(*store);
    ASSERT_TRUE(service.actief(huishouden)->has_value());
    stack.undo();
    EXPECT_FALSE(service.actief(huishouden)->has_value()) << "the undo of the coupling ran";

    stack.clear();
    ASSERT_TRUE(service.koppel(huishouden, amsterdam, koppelDatum, QStringLiteral("a"), vandaag));
    stack.push(new OntkoppelCommand(*store, huishouden, vandaag, lang, vandaag));
    ASSERT_FALSE(service.actief(huishouden)->has_value());
    stack.undo();
    EXPECT_TRUE(service.actief(huishouden)->has_value()) << "the undo of the uncoupling ran";
}
