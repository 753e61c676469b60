// The local accounts in the window (issue 16), offscreen: on a store without accounts the first
// one made is a beheerder and the window works as it from then on; a regievoerder is added with
// its region; a password typed differently twice, a scope the role does not fit and a first
// account that is not a beheerder are refused with the field named and nothing made; a password
// is set; an account is removed once confirmed, the last beheerder not.
#include "TestSupport.h"

#include "core/account/AccountService.h"
#include "core/store/Store.h"
#include "ui/account/AccountDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>

#include <gtest/gtest.h>

namespace rd {
namespace {

class AccountDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("accounts.sqlite")));
        ASSERT_NE(m_store, nullptr);
    }

    void vul(AccountDialog &d, const QString &naam, const QString &rol, const QString &scope,
             const QString &wachtwoord, const QString &herhaal)
    {
        d.findChild<QLineEdit *>(QStringLiteral("accountNaam"))->setText(naam);
        auto *rolVeld = d.findChild<QComboBox *>(QStringLiteral("accountRol"));
        rolVeld->setCurrentIndex(rolVeld->findData(rol));
        d.findChild<QLineEdit *>(QStringLiteral("accountScope"))->setText(scope);
        d.findChild<QLineEdit *>(QStringLiteral("accountWachtwoord"))->setText(wachtwoord);
        d.findChild<QLineEdit *>(QStringLiteral("accountHerhaal"))->setText(herhaal);
    }

    QStringList namen()
    {
        QStringList uit;
        const auto lijst = account::lijst(*m_store);
        EXPECT_TRUE(lijst.ok());
        for (const Account &a : lijst.ok() ? *lijst : QList<Account>())
            uit << a.naam + QLatin1Char(' ') + a.omschrijving();
        return uit;
    }

    void kies(AccountDialog &d, const QString &naam)
    {
        auto *model = d.tabel()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == naam)
                d.tabel()->setCurrentIndex(model->index(r, 0));
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
};

const QString goed = QStringLiteral("lang-genoeg-2026");

} // namespace

TEST_F(AccountDialogTest, MakeSetAndRemoveWithEveryRefusalNamed)
{
    AccountDialog d(*m_store);
    int aangemeld = 0;
    QObject::connect(&d, &AccountDialog::aangemeld, [&] { ++aangemeld; });
    EXPECT_EQ(d.tabel()->model()->rowCount(), 0);

    // a first account that is not a beheerder: refused, nothing made
    vul(d, QStringLiteral("ria"), QStringLiteral("regievoerder"), QStringLiteral("3"), goed, goed);
    EXPECT_FALSE(d.voegToe().ok());
    EXPECT_FALSE(d.fout().isEmpty());
    EXPECT_TRUE(namen().isEmpty());
    // passwords that differ: refused, the field named
    vul(d, QStringLiteral("bea"), QStringLiteral("beheerder"), {}, goed, goed + QLatin1Char('x'));
    EXPECT_FALSE(d.voegToe().ok());
    EXPECT_TRUE(d.fout().contains(QStringLiteral("Repeat password"))) << d.fout().toStdString();
    EXPECT_TRUE(namen().isEmpty());

    vul(d, QStringLiteral("bea"), QStringLiteral("beheerder"), {}, goed, goed);
    const Status eerste = d.voegToe();
    ASSERT_TRUE(eerste.ok()) << eerste.error().toString().toStdString();
    EXPECT_TRUE(d.fout().isEmpty());
    EXPECT_EQ(aangemeld, 1) << "the window works as the first account";
    ASSERT_TRUE(m_store->account().has_value());
    EXPECT_EQ(m_store->account()->naam, QStringLiteral("bea"));
    EXPECT_EQ(d.tabel()->model()->rowCount(), 1);

    // a regievoerder needs a region of 1 to 5
    vul(d, QStringLiteral("ria"), QStringLiteral("regievoerder"), QStringLiteral("9"), goed, goed);
    EXPECT_FALSE(d.voegToe().ok());
    EXPECT_EQ(namen().size(), 1);
    vul(d, QStringLiteral("ria"), QStringLiteral("regievoerder"), QStringLiteral("3"), goed, goed);
    const Status tweede = d.voegToe();
    ASSERT_TRUE(tweede.ok()) << tweede.error().toString().toStdString();
    EXPECT_EQ(aangemeld, 1) << "signed in once";
    EXPECT_EQ(namen().size(), 2);
    EXPECT_EQ(d.tabel()->model()->rowCount(), 2);
    EXPECT_TRUE(d.tabel()->model()->index(1, 1).data().toString().contains(QStringLiteral("3")));

    // a new password for ria: only ria's works afterwards
    kies(d, QStringLiteral("ria"));
    const QString nieuw = QStringLiteral("nog-langer-2027");
    vul(d, {}, QStringLiteral("beheerder"), {}, nieuw, nieuw);
    const Status gezet = d.zetWachtwoord();
    ASSERT_TRUE(gezet.ok()) << gezet.error().toString().toStdString();
    {
        auto ander = test::openStore(m_store->path(), false);
        EXPECT_FALSE(account::meldAan(*ander, QStringLiteral("ria"), [&] { return goed; }).ok());
        auto wie = account::meldAan(*ander, QStringLiteral("ria"), [&] { return nieuw; });
        ASSERT_TRUE(wie.ok());
        EXPECT_TRUE(wie->has_value());
    }

    // removal asks first; "no" removes nothing
    d.setBevestiger([](const QString &) { return false; });
    kies(d, QStringLiteral("ria"));
    EXPECT_FALSE(d.verwijder().ok());
    EXPECT_EQ(namen().size(), 2);
    d.setBevestiger([](const QString &) { return true; });
    kies(d, QStringLiteral("bea"));
    EXPECT_FALSE(d.verwijder().ok()) << "the last beheerder stays while others exist";
    EXPECT_FALSE(d.fout().isEmpty());
    kies(d, QStringLiteral("ria"));
    const Status weg = d.verwijder();
    ASSERT_TRUE(weg.ok()) << weg.error().toString().toStdString();
    EXPECT_EQ(namen().size(), 1);
    EXPECT_EQ(d.tabel()->model()->rowCount(), 1);
}

} // namespace rd
