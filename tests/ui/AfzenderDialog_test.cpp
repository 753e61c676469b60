#include "SettingsSandbox.h"
#include "TestSupport.h"
#include "core/instellingen/Instellingen.h"
#include "ui/brief/AfzenderDialog.h"

#include <QLineEdit>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace rd {
namespace {

class AfzenderDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("afzender.sqlite")));
        ASSERT_NE(m_store, nullptr);
    }

    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
};

TEST_F(AfzenderDialogTest, CoresErrorShowsAtTheFieldItNamesAndNothingIsSaved)
{
    AfzenderDialog dialoog(*m_store, 1);
    dialoog.organisatie()->setText(QStringLiteral("COA"));
    dialoog.telefoon()->setText(QStringLiteral("088 715 70 00"));
    const Afzender zonderNaam{
        QStringLiteral("COA"), QString(), QStringLiteral("088 715 70 00"), {}};
    const Status core = Instellingen(*m_store).zetAfzender(zonderNaam);
    ASSERT_FALSE(core.ok());
    const Status s = dialoog.bewaar();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, core.error().where);
    EXPECT_TRUE(dialoog.foutBij(core.error().where).contains(core.error().message));
    EXPECT_TRUE(dialoog.foutBij(QStringLiteral("afzender.email")).isEmpty());
    const auto opgeslagen = Instellingen(*m_store).afzender();
    ASSERT_TRUE(opgeslagen.ok());
    EXPECT_TRUE(opgeslagen->organisatie.isEmpty());
}

TEST_F(AfzenderDialogTest, EmailWithoutAtIsRefusedAtTheEmailField)
{
    AfzenderDialog dialoog(*m_store, 1);
    dialoog.regievoerder()->setText(QStringLiteral("A. de Vries"));
    dialoog.email()->setText(QStringLiteral("a.devries.coa.nl"));
    ASSERT_FALSE(dialoog.bewaar().ok());
    EXPECT_FALSE(dialoog.foutBij(QStringLiteral("afzender.email")).isEmpty());
    EXPECT_TRUE(dialoog.foutBij(QStringLiteral("afzender.regievoerder")).isEmpty());
}

TEST_F(AfzenderDialogTest, ValidSenderAndEditedAzcContactAreSavedAndShownNextTime)
{
    {
        AfzenderDialog dialoog(*m_store, 1);
        ASSERT_GT(dialoog.azcTabel()->rowCount(), 0);
        dialoog.organisatie()->setText(QStringLiteral("COA, regio Noord-Nederland"));
        dialoog.regievoerder()->setText(QStringLiteral("A. de Vries"));
        dialoog.email()->setText(QStringLiteral("a.devries@coa.nl"));
        dialoog.azcTabel()->item(0, 1)->setText(QStringLiteral("Postbus 1, 050 000 00 00"));
        const Status s = dialoog.bewaar();
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }
    const auto afzender = Instellingen(*m_store).afzender();
    ASSERT_TRUE(afzender.ok());
    EXPECT_EQ(afzender->regievoerder, QStringLiteral("A. de Vries"));
    EXPECT_EQ(afzender->email, QStringLiteral("a.devries@coa.nl"));
    AfzenderDialog weer(*m_store, 1);
    EXPECT_EQ(weer.regievoerder()->text(), QStringLiteral("A. de Vries"));
    const qint64 azc = weer.azcTabel()->item(0, 0)->data(Qt::UserRole).toLongLong();
    EXPECT_EQ(*Instellingen(*m_store).azcContact(azc), QStringLiteral("Postbus 1, 050 000 00 00"));
    EXPECT_EQ(weer.azcTabel()->item(0, 1)->text(), QStringLiteral("Postbus 1, 050 000 00 00"));
}

} // namespace
} // namespace rd
