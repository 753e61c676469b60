// Signing in in the window (issue 16, docs/sync.md): a store with local accounts opens only after
// its name and password; the role is shown and decides what a change may do.
#include "SettingsSandbox.h"
#include "TestSupport.h"
#include "core/account/AccountCommand.h"
#include "core/account/AccountService.h"
#include "core/journaal/Journaal.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingCommand.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/account/AanmeldDialog.h"
#include "ui/account/WachtwoordDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/widgets/RegioCombo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace rd {
namespace {

const QString wachtwoord = QStringLiteral("lang genoeg wachtwoord");

// When the sign-in dialog shows: `doe` with it (again when it is still open afterwards, up to
// `pogingen` times).
void bijAanmelden(std::function<void(AanmeldDialog &)> doe, int pogingen = 1)
{
    QTimer::singleShot(10, [doe, pogingen] {
        auto *d = qobject_cast<AanmeldDialog *>(QApplication::activeModalWidget());
        if (!d) {
            bijAanmelden(doe, pogingen);
            return;
        }
        doe(*d);
        if (pogingen > 1 && d->isVisible())
            bijAanmelden(doe, pogingen - 1);
    });
}

void vul(AanmeldDialog &d, const QString &naam, const QString &geheim)
{
    auto velden = d.findChildren<QLineEdit *>();
    ASSERT_EQ(velden.size(), 2);
    velden.at(0)->setText(naam);
    velden.at(1)->setText(geheim);
    QTest::keyClick(velden.at(1), Qt::Key_Return);
}

class Aanmelden : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_pad = m_dir.path(QStringLiteral("accounts.sqlite"));
        auto s = test::openStore(m_pad);
        Account beheer;
        beheer.naam = QStringLiteral("beheer");
        ASSERT_TRUE(AccountCommand::maak(*s, beheer, wachtwoord)->voerUit().ok());
        Account ans;
        ans.naam = QStringLiteral("ans");
        ans.rol = Rol::Regievoerder;
        ans.regio = 1;
        s->setAccount(beheer);
        ASSERT_TRUE(AccountCommand::maak(*s, ans, wachtwoord)->voerUit().ok());
    }

    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    QString m_pad;
};

TEST_F(Aanmelden, AWrongPasswordIsSaidAndACancelLeavesTheStoreClosed)
{
    MainWindow window;
    QString gezien;
    bijAanmelden(
        [&](AanmeldDialog &d) {
            if (gezien.isEmpty()) {
                vul(d, QStringLiteral("ans"), QStringLiteral("verkeerd wachtwoord"));
                auto *fout = d.findChild<QLabel *>(QStringLiteral("aanmeldFout"));
                gezien = fout->isVisible() ? fout->text() : QStringLiteral("(not shown)");
                EXPECT_TRUE(d.isVisible()) << "closed after a wrong password";
                EXPECT_TRUE(d.findChildren<QLineEdit *>().at(1)->text().isEmpty());
            } else {
                d.reject();
            }
        },
        2);
    const Status s = window.openStore(m_pad);
    EXPECT_TRUE(s.ok());
    EXPECT_EQ(gezien.toStdString(), "unknown account or wrong password");
    EXPECT_EQ(window.store(), nullptr) << "opened without signing in";
}

TEST_F(Aanmelden, SignedInTheRoleIsShownAndDecidesWhatAChangeMayDo)
{
    MainWindow window;
    window.setGebruiker(QStringLiteral("Iemand Anders"));
    bijAanmelden([](AanmeldDialog &d) { vul(d, QStringLiteral("ans"), wachtwoord); });
    ASSERT_TRUE(window.openStore(m_pad).ok());
    ASSERT_NE(window.store(), nullptr);
    ASSERT_TRUE(window.store()->account().has_value());
    EXPECT_EQ(window.store()->account()->rol, Rol::Regievoerder);
    EXPECT_EQ(window.werkbestand()->gebruiker(), QStringLiteral("ans"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("gebruikerLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QStringLiteral("User: ans · regievoerder (region 1)"));
    // the name stays the account's
    window.setGebruiker(QStringLiteral("Nog Iemand"));
    EXPECT_EQ(window.werkbestand()->gebruiker(), QStringLiteral("ans"));

    // a regievoerder sets no vg: refused, said, nothing written
    const auto kop = journaal::kop(*window.store());
    ASSERT_TRUE(kop.ok());
    QString geweigerd;
    QObject::connect(window.werkbestand(), &Werkbestand::geweigerd,
                     [&](const QString &fout) { geweigerd = fout; });
    const Status vg = window.werkbestand()->voer(new VgCommand(
        *window.store(), HalfJaar(2027, 1), 12000, QDate(2026, 11, 29), QStringLiteral("laat")));
    EXPECT_FALSE(vg.ok());
    EXPECT_TRUE(geweigerd.contains(QStringLiteral("may not make a change of type vg")))
        << geweigerd.toStdString();
    EXPECT_EQ(journaal::kop(*window.store())->first, kop->first);
}

// Opening a store with accounts from a window that shows another: cancelled, the open one stays;
// signed in as a regievoerder, the window shows its region; back to a store without accounts,
// the name given in the window is the user again.
TEST_F(Aanmelden, ACancelledSignInKeepsTheOpenStoreAndTheRegievoerderStartsInItsRegion)
{
    const QString ander = m_dir.path(QStringLiteral("ander.sqlite"));
    (void)test::openStore(ander);
    MainWindow window;
    window.setGebruiker(QStringLiteral("Iemand Anders"));
    ASSERT_TRUE(window.openStore(ander).ok());
    bijAanmelden([](AanmeldDialog &d) { d.reject(); });
    ASSERT_TRUE(window.openStore(m_pad).ok());
    ASSERT_NE(window.store(), nullptr);
    EXPECT_EQ(QFileInfo(window.store()->path()).fileName(), QStringLiteral("ander.sqlite"));

    bijAanmelden([](AanmeldDialog &d) { vul(d, QStringLiteral("ans"), wachtwoord); });
    ASSERT_TRUE(window.openStore(m_pad).ok());
    EXPECT_EQ(QFileInfo(window.store()->path()).fileName(), QStringLiteral("accounts.sqlite"));
    auto *regio = window.findChild<RegioCombo *>();
    ASSERT_NE(regio, nullptr);
    EXPECT_EQ(regio->regio(), 1);
    EXPECT_EQ(window.werkbestand()->gebruiker(), QStringLiteral("ans"));

    ASSERT_TRUE(window.openStore(ander).ok());
    EXPECT_FALSE(window.aangemeld());
    EXPECT_FALSE(window.store()->account().has_value());
    EXPECT_EQ(window.werkbestand()->gebruiker(), QStringLiteral("Iemand Anders"));
}

// File ▸ Change my password…: a regievoerder signed in changes its own password; a wrong current
// one and two new ones that differ are said in the dialog, naming the field, and change nothing.
// On a store without accounts there is no password of one's own: the action is disabled.
TEST_F(Aanmelden, SignedInEveryRoleChangesItsOwnPasswordFromTheFileMenu)
{
    const QString zonder = m_dir.path(QStringLiteral("zonder.sqlite"));
    (void)test::openStore(zonder);
    MainWindow window;
    window.setGebruiker(QStringLiteral("Iemand Anders"));
    ASSERT_TRUE(window.openStore(zonder).ok());
    auto *actie = window.findChild<QAction *>(QStringLiteral("eigenWachtwoordActie"));
    ASSERT_NE(actie, nullptr);
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    ASSERT_TRUE(file->actions().contains(actie)) << "in the File menu";
    auto *accounts = window.findChild<QAction *>(QStringLiteral("accountsActie"));
    ASSERT_NE(accounts, nullptr);
    emit file->aboutToShow();
    EXPECT_FALSE(actie->isEnabled()) << "no account, no password of one's own";
    EXPECT_TRUE(accounts->isEnabled()) << "anybody makes the first account";

    bijAanmelden([](AanmeldDialog &d) { vul(d, QStringLiteral("ans"), wachtwoord); });
    ASSERT_TRUE(window.openStore(m_pad).ok());
    emit file->aboutToShow();
    ASSERT_TRUE(actie->isEnabled());
    EXPECT_FALSE(accounts->isEnabled()) << "the accounts are the beheerder's";

    const QString nieuw = QStringLiteral("een nieuw wachtwoord");
    QStringList gezien;
    QTimer::singleShot(10, [&] {
        auto *d = qobject_cast<WachtwoordDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(d, nullptr);
        const auto veld = [d](const char *naam) {
            return d->findChild<QLineEdit *>(QLatin1String(naam));
        };
        const auto probeer = [&](const QString &huidig, const QString &een, const QString &twee) {
            veld("huidigWachtwoord")->setText(huidig);
            veld("nieuwWachtwoord")->setText(een);
            veld("herhaalWachtwoord")->setText(twee);
            QTest::keyClick(veld("herhaalWachtwoord"), Qt::Key_Return);
            gezien << (d->isVisible() ? d->fout() : QStringLiteral("(closed)"));
        };
        probeer(QStringLiteral("verkeerd wachtwoord"), nieuw, nieuw);
        probeer(wachtwoord, nieuw, nieuw + QLatin1Char('!'));
        probeer(wachtwoord, QStringLiteral("kort"), QStringLiteral("kort"));
        probeer(wachtwoord, nieuw, nieuw);
    });
    actie->trigger();
    ASSERT_EQ(gezien.size(), 4);
    EXPECT_TRUE(gezien.at(0).startsWith(QStringLiteral("current password: is not right")))
        << gezien.at(0).toStdString();
    EXPECT_TRUE(gezien.at(1).startsWith(QStringLiteral("Repeat new password: the two new")))
        << gezien.at(1).toStdString();
    EXPECT_TRUE(gezien.at(2).contains(QStringLiteral("at least 10"))) << gezien.at(2).toStdString();
    EXPECT_EQ(gezien.at(3), QStringLiteral("(closed)"));
    EXPECT_TRUE(
        window.statusBar()->currentMessage().contains(QStringLiteral("password is changed")))
        << window.statusBar()->currentMessage().toStdString();

    // the new one signs in, the old one no longer; still signed in as ans
    EXPECT_EQ(window.store()->account()->naam, QStringLiteral("ans"));
    auto ander = test::openStore(m_pad, false);
    EXPECT_FALSE(account::meldAan(*ander, QStringLiteral("ans"), [] { return wachtwoord; }).ok());
    auto wie = account::meldAan(*ander, QStringLiteral("ans"), [&] { return nieuw; });
    ASSERT_TRUE(wie.ok());
    EXPECT_TRUE(wie->has_value());
}

} // namespace
} // namespace rd
