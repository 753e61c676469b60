#include "TestSupport.h"

#include "core/taakstelling/TaakstellingService.h"
#include "core/taakstelling/Tijdigheid.h"
#include "ui/koppeling/KoppelDialog.h"
#include "ui/koppeling/KoppelPicker.h"

#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const KoppelDoel amsterdam{QStringLiteral("GM0363"), 0, QStringLiteral("Amsterdam")};

class KoppelDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("dialoog.sqlite")), true);
        ASSERT_TRUE(store);
        const qint64 azc = test::azcIn(*store, QStringLiteral("GM0363"));
        const qint64 azcGroningen = test::azcIn(*store, QStringLiteral("GM0014"));
        gewoon = {test::voegToe(*store,
                                test::voorbeeldHuishouden(4200000001, 2, QDate(2026, 11, 1), azc)),
                  QStringLiteral("4200000001"), QStringLiteral("Gewoon"), 2};
        groot = {test::voegToe(*store,
                               test::voorbeeldHuishouden(4200000011, 9, QDate(2026, 11, 1), azc)),
                 QStringLiteral("4200000011"), QStringLiteral("Groot"), 9};
        elders = {test::voegToe(*store, test::voorbeeldHuishouden(4200000031, 2, QDate(2026, 11, 1),
                                                                  azcGroningen)),
                  QStringLiteral("4200000031"), QStringLiteral("Elders"), 2};
    }

    QPushButton *bevestig(KoppelDialog &d)
    {
        return d.findChild<QPushButton *>(QStringLiteral("koppelBevestig"));
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    KoppelKandidaat gewoon, groot, elders;
};

} // namespace

TEST_F(KoppelDialogTest, NothingToWeighMayBeConfirmedAtOnce)
{
    KoppelDialog d(*store, {gewoon}, amsterdam, nullptr, vandaag);
    EXPECT_TRUE(d.puntCodes(gewoon.huishoudenId).isEmpty());
    EXPECT_TRUE(d.kanBevestigen());
    EXPECT_TRUE(bevestig(d)->isEnabled());
    ASSERT_EQ(d.verzoeken().size(), 1);
    EXPECT_TRUE(d.verzoeken().first().overruleReden.isEmpty());
}

TEST_F(KoppelDialogTest, AWarningIsShownButDoesNotBlock)
{
    KoppelDialog d(*store, {groot}, amsterdam, nullptr, vandaag);
    EXPECT_TRUE(d.puntCodes(groot.huishoudenId).contains(QStringLiteral("groot-huishouden")));
    EXPECT_EQ(d.aantalBlokkerend(), 0);
    EXPECT_TRUE(d.kanBevestigen());
    EXPECT_FALSE(d.findChild<QPlainTextEdit *>(QStringLiteral("overruleReden"))->isVisibleTo(&d));
}

TEST_F(KoppelDialogTest, ABlockingItemNeedsAWrittenReasonToOverride)
{
    KoppelDialog d(*store, {gewoon, elders}, amsterdam, nullptr, vandaag);
    EXPECT_TRUE(d.puntCodes(elders.huishoudenId).contains(QStringLiteral("buiten-regio")));
    EXPECT_EQ(d.aantalBlokkerend(), 1);
    EXPECT_FALSE(d.kanBevestigen());
    EXPECT_FALSE(bevestig(d)->isEnabled());
    EXPECT_TRUE(d.findChild<QPlainTextEdit *>(QStringLiteral("overruleReden"))->isVisibleTo(&d));

    d.setOverruleReden(QStringLiteral("   "));
    EXPECT_FALSE(d.kanBevestigen()) << "blank is no reason";
    d.setOverruleReden(QStringLiteral("werkgever in Amsterdam"));
    EXPECT_TRUE(bevestig(d)->isEnabled());
    const auto verzoeken = d.verzoeken();
    ASSERT_EQ(verzoeken.size(), 2);
    EXPECT_TRUE(verzoeken[0].overruleReden.isEmpty()) << "only the blocked household carries it";
    EXPECT_EQ(verzoeken[1].overruleReden, QStringLiteral("werkgever in Amsterdam"));
}

TEST_F(KoppelDialogTest, UntickingTheBlockedHouseholdLeavesItOut)
{
    KoppelDialog d(*store, {gewoon, elders}, amsterdam, nullptr, vandaag);
    d.setAangevinkt(elders.huishoudenId, false);
    EXPECT_TRUE(d.kanBevestigen());
    ASSERT_EQ(d.verzoeken().size(), 1);
    EXPECT_EQ(d.verzoeken().first().huishoudenId, gewoon.huishoudenId);
    d.setAangevinkt(gewoon.huishoudenId, false);
    EXPECT_FALSE(d.kanBevestigen()) << "nothing left to couple";
}

TEST_F(KoppelDialogTest, ACouplingNeedsAReason)
{
    KoppelDialog d(*store, {gewoon}, amsterdam, nullptr, vandaag);
    d.setReden(QString());
    EXPECT_FALSE(d.kanBevestigen());
    d.setReden(QStringLiteral("achterstand"));
    EXPECT_EQ(d.reden(), QStringLiteral("achterstand"));
    EXPECT_TRUE(d.kanBevestigen());
}

TEST_F(KoppelDialogTest, TheDateCannotLieInTheFuture)
{
    KoppelDialog d(*store, {gewoon}, amsterdam, nullptr, vandaag);
    d.setDatum(vandaag.addDays(3));
    EXPECT_EQ(d.datum(), vandaag);
}

TEST_F(KoppelDialogTest, PickerFiltersByNameOrCodeIgnoringDiacriticsAndEnterChooses)
{
    const QList<PickerKeuze> keuzes{
        {{QStringLiteral("GM0363"), 0, QStringLiteral("Amsterdam")}, QStringLiteral("-3")},
        {{QStringLiteral("GM1966"), 0, QStringLiteral("Het Hogeland")}, {}},
        {{QStringLiteral("GM0518"), 0, QStringLiteral("'s-Gravenhage")}, {}},
        {{QStringLiteral("GM0362"), 7, QStringLiteral("Amstelland")}, {}},
    };
    KoppelPicker picker(keuzes, QStringLiteral("Koppel"));
    EXPECT_EQ(picker.zichtbaar(), 4);
    QTest::keyClicks(picker.zoekVeld(), QStringLiteral("AMST"));
    EXPECT_EQ(picker.zichtbaar(), 2);
    QTest::keyClick(picker.zoekVeld(), Qt::Key_Down);
    EXPECT_EQ(picker.gekozen().partnerschapId, 7) << "arrow keys move through the list";

    picker.zoekVeld()->setText(QStringLiteral("gm0518"));
    ASSERT_EQ(picker.zichtbaar(), 1);
    EXPECT_EQ(picker.gekozen().gemeenteCode, QStringLiteral("GM0518"));
    QTest::keyClick(picker.zoekVeld(), Qt::Key_Return);
    EXPECT_EQ(picker.result(), QDialog::Accepted);
}

// Where the chosen target ranks among the household's suggestions, and why (issue 15); a target
// outside the household's region is not among them. Without a quota (no vg) nothing is said.
TEST_F(KoppelDialogTest, EachHouseholdSaysWhereTheTargetRanksAmongItsSuggestions)
{
    const auto suggestie = [](KoppelDialog &d, qint64 id) {
        auto *boom = d.findChild<QTreeWidget *>(QStringLiteral("controlePunten"));
        for (int i = 0; boom && i < boom->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = boom->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toLongLong() != id)
                continue;
            for (int j = 0; j < item->childCount(); ++j) {
                if (item->child(j)->text(1) == QLatin1String("Suggestion"))
                    return item->child(j)->text(0);
            }
        }
        return QString();
    };
    {
        KoppelDialog d(*store, {gewoon}, amsterdam, nullptr, vandaag);
        EXPECT_TRUE(suggestie(d, gewoon.huishoudenId).isEmpty()) << "no vg: no quota to rank by";
    }
    const HalfJaar h2(2026, 2);
    ASSERT_TRUE(TaakstellingService(*store).zetVg(h2, 20000, tijdigheid::laatsteDagVg(h2)).ok());
    KoppelDialog d(*store, {gewoon, elders}, amsterdam, nullptr, vandaag);
    const QString hier = suggestie(d, gewoon.huishoudenId);
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^\\d+ of \\d+ \\(score ")).match(hier).hasMatch())
        << hier.toStdString();
    EXPECT_TRUE(hier.contains(QStringLiteral("backlog on the forecast"))) << hier.toStdString();
    EXPECT_TRUE(
        suggestie(d, elders.huishoudenId).startsWith(QStringLiteral("not among the suggestions")))
        << suggestie(d, elders.huishoudenId).toStdString();
    EXPECT_TRUE(d.puntCodes(gewoon.huishoudenId).isEmpty()) << "a suggestion is not a check";
    // What the coupling keeps in its log entry: the rank shown, its factors and weights.
    d.setAangevinkt(elders.huishoudenId, false);
    const auto verzoeken = d.verzoeken();
    ASSERT_EQ(verzoeken.size(), 1);
    const QJsonObject bewaard = verzoeken.first().suggestie;
    EXPECT_TRUE(hier.startsWith(QString::number(bewaard.value(QStringLiteral("rang")).toInt()) +
                                QStringLiteral(" of ")))
        << hier.toStdString();
    EXPECT_EQ(bewaard.value(QStringLiteral("factoren")).toObject().size(), 5);
}
