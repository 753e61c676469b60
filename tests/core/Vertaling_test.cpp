#include "TestSupport.h"

#include "core/brief/BriefService.h"
#include "core/instellingen/Instellingen.h"
#include "core/rapport/RapportBereik.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace rd;

namespace {

// Core's messages are looked up under the context lupdate filed them in: with the Dutch
// translation installed they come out in Dutch (a context that differs finds nothing and
// leaves the English source).
class VertalingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_vertaler.load(QStringLiteral(":/i18n/regiedesk_nl.qm")));
        QCoreApplication::installTranslator(&m_vertaler);
        m_store = test::openStore(m_dir.path(QStringLiteral("vertaling.sqlite")));
        ASSERT_TRUE(m_store);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_vertaler); }

    QTranslator m_vertaler;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
};

} // namespace

TEST_F(VertalingTest, SettingsLettersAndReportScopesSpeakDutch)
{
    const Status afzender = Instellingen(*m_store).zetAfzender({});
    ASSERT_FALSE(afzender.ok());
    EXPECT_EQ(afzender.error().message,
              QCoreApplication::translate("Instellingen", "the regievoerder's name is required"));
    EXPECT_NE(afzender.error().message, QStringLiteral("the regievoerder's name is required"));

    const auto brief =
        BriefService(*m_store).gegevens(999999, QDate(2026, 11, 1), QDate(2026, 11, 29));
    ASSERT_FALSE(brief.ok());
    EXPECT_NE(brief.error().message, QStringLiteral("no household with number 999999"));
    EXPECT_TRUE(brief.error().message.contains(QStringLiteral("huishouden")))
        << brief.error().message.toStdString();

    EXPECT_EQ(RapportBereik::land().omschrijving(*m_store), QStringLiteral("het hele land"));
}
