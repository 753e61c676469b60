#include "ui/main/MainWindow.h"

// The window's open file: the store it shows, who works on it, and its counts in the status
// bar. The store and the undo stack belong to the work file (core/werkbestand).

#include "core/account/AccountService.h"
#include "core/casus/CasusService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/regel/CijferBereik.h"
#include "core/store/LoginNaam.h"
#include "core/store/Store.h"
#include "core/validatie/TekstControle.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/account/AanmeldDialog.h"
#include "ui/account/AccountMenu.h"
#include "ui/main/RecentStores.h"
#include "ui/main/WerkPanel.h"
#include "ui/sync/SyncBalk.h"
#include "ui/widgets/AchtergrondTaken.h"
#include "ui/widgets/RegioCombo.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>

namespace rd {

namespace {
const QString gebruikerSleutel = QStringLiteral("gebruiker/naam");
} // namespace

QString MainWindow::gebruikerUitInstellingen()
{
    return QSettings().value(gebruikerSleutel).toString();
}

void MainWindow::vraagGebruiker()
{
    if (!m_aangemeld.isEmpty() && store()) {
        QMessageBox::information(
            this, tr("Your name"),
            tr("You are signed in as %1: the change log records that name.").arg(m_aangemeld));
        return;
    }
    // Offered: the name in use, else the login name when the system knows one.
    QString naam = m_bestand->gebruiker();
    if (naam.isEmpty() && loginNaam() != QLatin1String("onbekend"))
        naam = loginNaam();
    while (true) {
        bool ok = false;
        const QString invoer = QInputDialog::getText(
            this, tr("Your name"),
            tr("Your name, as it goes into the change log with every change you make:"),
            QLineEdit::Normal, naam, &ok);
        if (!ok)
            return; // stays as it was; on the first start the next start asks again
        naam = invoer.trimmed();
        const QString fout = naam.isEmpty() ? tr("a name is needed")
                                            : tekstFout(naam, TekstSoort::Regel, maxNaamLengte);
        if (fout.isEmpty()) {
            setGebruiker(naam);
            return;
        }
        QMessageBox::warning(this, tr("Your name"), tr("Name: %1").arg(fout));
    }
}

Store *MainWindow::store() const
{
    return m_bestand->store();
}

void MainWindow::setGebruiker(const QString &naam)
{
    const QString schoon = naam.trimmed();
    if (!schoon.isEmpty())
        QSettings().setValue(gebruikerSleutel, schoon);
    if (!m_aangemeld.isEmpty() && store())
        return; // signed in: the account's name is the one in the log
    m_bestand->setGebruiker(schoon);
    toonGebruiker();
}

void MainWindow::toonGebruiker()
{
    const QString naam = m_bestand->gebruiker();
    const auto &account = store() ? store()->account() : std::optional<Account>();
    m_gebruikerLabel->setText(naam.isEmpty() ? QString()
                              : account ? tr("User: %1 · %2").arg(naam, account->omschrijving())
                                        : tr("User: %1").arg(naam));
}

void MainWindow::maakTeamMenu(QMenu *file)
{
    delete m_syncBalk; // a language switch makes the menus anew
    delete m_accountMenu;
    m_syncBalk = SyncBalk::inVenster(*m_bestand, this, file);
    m_accountMenu = new AccountMenu(*m_bestand, this, file);
    connect(m_syncBalk, &SyncBalk::accountGewijzigd, this, &MainWindow::accountGewijzigd);
    connect(m_accountMenu, &AccountMenu::accountGewijzigd, this, &MainWindow::accountGewijzigd);
}

void MainWindow::accountGewijzigd()
{
    if (!store() || !store()->account())
        return;
    toonGebruiker();
    naarEigenRegio();
    refresh(); // the lists, counts and alerts read again, as the account is now
    updateStoreStatus();
    statusBar()->showMessage(tr("You now work as %1: %2.")
                                 .arg(store()->account()->naam, store()->account()->omschrijving()),
                             15000);
}

// An account with a region (a regievoerder's, a gemeente's, a province's) starts in it: its lists
// show only its households and its quota figures only that region's (regel::cijferBereik).
void MainWindow::naarEigenRegio()
{
    if (!store() || !store()->account())
        return;
    const auto bereik = regel::cijferBereik(*store());
    if (!bereik || bereik->regio == 0)
        return;
    const QSignalBlocker stil(m_regio);
    m_regio->setRegio(bereik->regio);
}

bool MainWindow::meldAan(Store &nieuw)
{
    auto lokaal = account::heeftAccounts(nieuw);
    if (lokaal && *lokaal) {
        AanmeldDialog dialoog(nieuw, m_aangemeld.isEmpty() ? m_bestand->gebruiker() : m_aangemeld,
                              this);
        if (dialoog.exec() != QDialog::Accepted)
            return false;
        m_aangemeld = nieuw.account()->naam;
        return true;
    }
    // No local accounts: a joined store works as the server's account, else the single user.
    auto wie =
        lokaal ? account::meldAan(nieuw, {}, {}) : Result<std::optional<Account>>(lokaal.error());
    if (!wie) {
        QMessageBox::warning(this, tr("Sign in"), wie.error().toString());
        return false;
    }
    m_aangemeld.clear();
    return true;
}

void MainWindow::setStore(std::unique_ptr<Store> nieuw)
{
    // Signing in refused or cancelled: the store is not opened, and the one open stays.
    if (nieuw && !meldAan(*nieuw)) {
        if (store())
            return;
        nieuw.reset();
    }
    m_werk->setStore(nullptr); // nothing may point into the store that is closed next
    m_bestand->open(std::move(nieuw));
    m_werk->setStore(m_bestand->store());
    if (!m_aangemeld.isEmpty() && store())
        m_bestand->setGebruiker(m_aangemeld); // the change log names the account
    else if (const QString eigen = gebruikerUitInstellingen(); !eigen.isEmpty())
        m_bestand->setGebruiker(eigen); // after a store with accounts: the name given here
    toonGebruiker();
    naarEigenRegio();
    setWindowTitle(store() ? tr("%1 — Regiedesk").arg(QFileInfo(store()->path()).fileName())
                           : tr("Regiedesk"));
    refresh();
    updateStoreStatus();
}

Status MainWindow::openStore(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error{path, tr("the file does not exist")};
    auto store = Store::open(path, Store::Mode::ReadWrite);
    if (!store)
        return store.error();
    recentStores::add(path);
    setStore(std::move(store).value());
    return {};
}

void MainWindow::updateStoreStatus()
{
    if (!store()) {
        m_storeLabel->setText(tr("No store open"));
        m_countsLabel->clear();
        return;
    }
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(store()->path())));
    m_storeLabel->setToolTip(store()->path());
    QStringList delen;
    if (auto gemeenten = Referentiedata(*store()).gemeenten())
        delen << tr("%Ln municipality(ies)", nullptr, int(gemeenten->size()));
    const auto toon = [this, delen](const Result<CasusTelling> &telling) {
        QStringList tekst = delen;
        if (telling) {
            tekst << tr("%Ln household(s)", nullptr, telling->huishoudens)
                  << tr("%Ln open case(s)", nullptr, telling->open)
                  << tr("%Ln waiting for coupling", nullptr, telling->wachtrij);
        }
        m_countsLabel->setText(tekst.join(QStringLiteral(" · ")));
    };
    // The counts read every household: in the background, after the figures (not beside them).
    if (m_achtergrond) {
        const auto tel = [this, toon] {
            if (store())
                m_achtergrond->start<CasusTelling>(
                    0, *store(), [](Store &store) { return CasusService(store).tel(); }, toon);
        };
        if (m_werk->laadt())
            connect(m_werk, &WerkPanel::geladen, this, tel, Qt::SingleShotConnection);
        else
            tel();
        return;
    }
    toon(CasusService(*store()).tel());
}

} // namespace rd
