#include "SettingsSandbox.h"
#include "TestSupport.h"

#include "core/koppeling/KoppelingService.h"
#include "core/signaal/SignaalService.h"
#include "ui/signaal/SignalenModel.h"
#include "ui/signaal/SignalenPanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace rd {
namespace {

const QDate vandaag(2026, 11, 29);
const QString groningen = QStringLiteral("GM0014"); // region 1

// Region 1: a household whose phase 1 is 11 days overdue, one due in 3 days, one due in
// 12 days (only within a 14-day window), and one coupled last week (nothing due).
class SignalenPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("signalen.sqlite")));
        ASSERT_NE(m_store, nullptr);
        const qint64 azc = test::azcIn(*m_store, groningen);
        teLaat = nieuw(6000000001, QDate(2026, 11, 4), azc); // due 18 Nov
        bijna = nieuw(6000000011, QDate(2026, 11, 18), azc); // due 2 Dec
        later = nieuw(6000000021, QDate(2026, 11, 27), azc); // due 11 Dec
        const qint64 rustig = nieuw(6000000031, QDate(2026, 6, 1), azc);
        ASSERT_TRUE(
            KoppelingService(*m_store)
                .koppel(rustig, groningen, QDate(2026, 11, 25), QStringLiteral("t"), vandaag)
                .ok());
    }

    // Registered in the BRP three days after the permit, so only the phase alerts remain.
    qint64 nieuw(qint64 vNummer, const QDate &vergunning, qint64 azc)
    {
        Huishouden h = test::voorbeeldHuishouden(vNummer, 1, vergunning, azc);
        h.brp = qMin(vergunning.addDays(3), vandaag);
        return test::voegToe(*m_store, h, vandaag);
    }

    QList<Signaal> kern(int dagen)
    {
        auto lijst = SignaalService(*m_store).signalen(1, dagen, vandaag);
        EXPECT_TRUE(lijst.ok());
        return lijst ? *lijst : QList<Signaal>{};
    }

    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 teLaat = 0, bijna = 0, later = 0;
};

TEST_F(SignalenPanelTest, ShowsTheAlertsOfTheServiceInItsOrderWithCount)
{
    SignalenPanel panel;
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(panel.toon(*m_store, 1, vandaag).ok());
    const QList<Signaal> verwacht = kern(SignalenPanel::standaardDagen);
    ASSERT_EQ(verwacht.size(), 2);
    ASSERT_EQ(panel.aantal(), verwacht.size());
    for (int i = 0; i < verwacht.size(); ++i) {
        EXPECT_EQ(panel.model()->index(i, 0).data(SignalenModel::HuishoudenIdRole).toLongLong(),
                  verwacht.at(i).huishoudenId);
        EXPECT_EQ(panel.model()->index(i, SignalenModel::Wat).data().toString(),
                  verwacht.at(i).tekst);
    }
    EXPECT_EQ(verwacht.first().huishoudenId, teLaat);
    EXPECT_TRUE(panel.tellingText().contains(QStringLiteral("2 alert")));
    EXPECT_TRUE(panel.tellingText().contains(QStringLiteral("1 overdue")));
}

TEST_F(SignalenPanelTest, OverdueIsToldByTextAndIconNotColourAlone)
{
    SignalenPanel panel;
    ASSERT_TRUE(panel.toon(*m_store, 1, vandaag).ok());
    const QModelIndex eerste = panel.model()->index(0, SignalenModel::Soort);
    const QModelIndex tweede = panel.model()->index(1, SignalenModel::Soort);
    EXPECT_EQ(eerste.data().toString(), signaal::naam(SignaalSoort::FaseTeLaat));
    EXPECT_TRUE(eerste.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue")));
    EXPECT_TRUE(tweede.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Due soon")));
    EXPECT_TRUE(panel.model()
                    ->index(0, SignalenModel::Dagen)
                    .data()
                    .toString()
                    .contains(QStringLiteral("11 day")));
    EXPECT_TRUE(panel.model()
                    ->index(0, SignalenModel::Dagen)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("overdue")));
    EXPECT_TRUE(panel.model()
                    ->index(1, SignalenModel::Dagen)
                    .data()
                    .toString()
                    .contains(QStringLiteral("in 3 day")));
    const QIcon teLaatIcoon = eerste.data(Qt::DecorationRole).value<QIcon>();
    const QIcon bijnaIcoon = tweede.data(Qt::DecorationRole).value<QIcon>();
    ASSERT_FALSE(teLaatIcoon.isNull());
    ASSERT_FALSE(bijnaIcoon.isNull());
    EXPECT_NE(teLaatIcoon.pixmap(16).toImage(), bijnaIcoon.pixmap(16).toImage());
}

TEST_F(SignalenPanelTest, SpinBoxChangesTheWindowAndIsRememberedInSettings)
{
    {
        SignalenPanel panel;
        EXPECT_EQ(panel.dagenBox()->objectName(), QStringLiteral("signalenDagen"));
        EXPECT_EQ(panel.dagen(), SignalenPanel::standaardDagen);
        ASSERT_TRUE(panel.toon(*m_store, 1, vandaag).ok());
        ASSERT_EQ(panel.aantal(), 2);
        panel.dagenBox()->setValue(14);
        EXPECT_EQ(panel.aantal(), kern(14).size());
        EXPECT_EQ(panel.aantal(), 3);
        EXPECT_EQ(QSettings().value(QStringLiteral("signalen/dagen")).toInt(), 14);
    }
    SignalenPanel opnieuw;
    EXPECT_EQ(opnieuw.dagen(), 14);
}

TEST_F(SignalenPanelTest, KindFilterShowsOnlyThatKind)
{
    SignalenPanel panel;
    ASSERT_TRUE(panel.toon(*m_store, 1, vandaag).ok());
    panel.setSoortFilter(int(SignaalSoort::FaseTeLaat));
    ASSERT_EQ(panel.aantal(), 1);
    EXPECT_EQ(panel.model()->signaal(0).huishoudenId, teLaat);
    EXPECT_TRUE(panel.tellingText().contains(QStringLiteral("1 of 2 shown")));
    panel.setSoortFilter(int(SignaalSoort::OordeelWeigering));
    EXPECT_EQ(panel.aantal(), 0);
    panel.setSoortFilter(-1);
    EXPECT_EQ(panel.aantal(), 2);
}

TEST_F(SignalenPanelTest, ActivatingARowOpensThatHousehold)
{
    SignalenPanel panel;
    ASSERT_TRUE(panel.toon(*m_store, 1, vandaag).ok());
    QSignalSpy spy(&panel, &SignalenPanel::huishoudenGekozen);
    emit panel.table()->activated(panel.model()->index(1, SignalenModel::Wat));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), bijna);

    panel.show();
    panel.resize(900, 300);
    const QRect rij = panel.table()->visualRect(panel.model()->index(0, SignalenModel::Wat));
    QTest::mouseClick(panel.table()->viewport(), Qt::LeftButton, {}, rij.center());
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(0).toLongLong(), teLaat);
}

} // namespace
} // namespace rd
