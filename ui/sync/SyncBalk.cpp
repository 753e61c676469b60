#include "ui/sync/SyncBalk.h"

#include "core/account/AccountService.h"
#include "core/store/Store.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/sync/ConflictenDialog.h"
#include "ui/sync/VerbindDialog.h"

#include <QAction>
#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace rd {

namespace {

// The server as a person reads it: host and database, or the database on this machine.
QString kortAdres(const QString &url)
{
    const auto adres = serveradres::lees(url);
    if (!adres)
        return url;
    if (adres->host.isEmpty() || adres->host.startsWith(QLatin1Char('/')))
        return adres->database; // on this computer
    return adres->host.section(QLatin1Char('.'), 0, 0) + QLatin1Char('/') + adres->database;
}

constexpr int gewoonInterval = 5 * 60 * 1000;
constexpr int herhaalInterval = 60 * 1000;

bool wachtwoordGevraagd(const QString &fout)
{
    return fout.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

} // namespace

SyncBalk::SyncBalk(Werkbestand &bestand, QStatusBar *balk, QWidget *venster)
    : QObject(venster), m_bestand(bestand), m_venster(venster), m_label(new QLabel(venster)),
      m_verbind(new QAction(tr("&Join a team server…"), this)),
      m_sync(new QAction(tr("S&ynchronise with the team server"), this)),
      m_conflicten(new QAction(tr("&Conflicts with the team server…"), this)),
      m_timer(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("syncLabel"));
    m_label->hide();
    balk->addPermanentWidget(m_label);
    m_sync->setObjectName(QStringLiteral("syncActie"));
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_sync->setStatusTip(tr("Send this store's changes to the team server and receive the "
                            "others'."));
    connect(m_sync, &QAction::triggered, this, [this] { synchroniseer(true); });
    m_verbind->setObjectName(QStringLiteral("verbindActie"));
    m_verbind->setStatusTip(tr("Share this store with your region's team through a central "
                               "server."));
    connect(m_verbind, &QAction::triggered, this, &SyncBalk::verbind);
    m_conflicten->setObjectName(QStringLiteral("conflictenActie"));
    connect(m_conflicten, &QAction::triggered, this, &SyncBalk::toonConflicten);
    m_timer->setInterval(gewoonInterval);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!wachtwoordGevraagd(m_laatsteFout))
            synchroniseer(false);
    });
    m_timer->start();
    connect(&m_bestand, &Werkbestand::storeGeopend, this, &SyncBalk::werkBij);
    connect(&m_bestand, &Werkbestand::gezegd, this, &SyncBalk::werkBij);
    connect(&m_bestand, &Werkbestand::eldersGezegd, this, &SyncBalk::werkBij);
    connect(&m_bestand, &Werkbestand::eldersGewijzigd, this, &SyncBalk::werkBij);
    werkBij();
}

SyncBalk::~SyncBalk()
{
    if (m_draad) {
        m_draad->wait();
        delete m_draad;
    }
    delete m_label;
}

SyncBalk *SyncBalk::inVenster(Werkbestand &bestand, QMainWindow *venster, QMenu *menu)
{
    auto *balk = new SyncBalk(bestand, venster->statusBar(), venster);
    menu->addSeparator();
    menu->addAction(balk->verbindActie());
    menu->addAction(balk->syncActie());
    menu->addAction(balk->conflictenActie());
    connect(balk, &SyncBalk::klaar, venster, [balk, venster](const QString &melding) {
        venster->statusBar()->showMessage(melding, 15000);
        // What the sync wrote reaches the views within a second as changes "by another
        // program", whose message would replace this one: the sync's stays (it says more).
        balk->m_melding = melding;
        balk->m_meldingTot = QDateTime::currentMSecsSinceEpoch() + 3000;
    });
    const auto herhaal = [balk, venster] {
        if (!balk->m_melding.isEmpty() && QDateTime::currentMSecsSinceEpoch() < balk->m_meldingTot)
            venster->statusBar()->showMessage(balk->m_melding, 15000);
    };
    connect(&bestand, &Werkbestand::eldersGezegd, balk, herhaal);
    connect(&bestand, &Werkbestand::eldersGewijzigd, balk, herhaal);
    return balk;
}

int SyncBalk::intervalMs() const
{
    return m_timer->interval();
}

void SyncBalk::werkBij()
{
    Store *store = m_bestand.store();
    const auto a = store ? sync::aansluiting(*store)
                         : Result<std::optional<SyncAansluiting>>(std::optional<SyncAansluiting>());
    const bool aangesloten = a && a->has_value();
    m_verbind->setEnabled(store && a && !aangesloten);
    m_sync->setEnabled(aangesloten && !m_draad);
    m_conflicten->setEnabled(aangesloten);
    m_label->setVisible(aangesloten);
    if (!aangesloten)
        return;
    const SyncAansluiting &s = **a;
    const auto aantal = sync::aantalOnverzonden(*store);
    const qint64 onverzonden = aantal ? *aantal : 0;
    const auto conflicten = sync::conflicten(*store);
    const qsizetype aantalConflicten = conflicten ? conflicten->size() : 0;
    const QDateTime laatst = QDateTime::fromString(s.laatsteSync, Qt::ISODateWithMs).toLocalTime();
    const QString wanneer =
        m_draad             ? tr("synchronising…")
        : !laatst.isValid() ? tr("never synced")
                            : tr("synced %1")
                                  .arg(laatst.date() == QDate::currentDate()
                                           ? QLocale().toString(laatst.time(), QLocale::ShortFormat)
                                           : QLocale().toString(laatst, QLocale::ShortFormat));
    // Short, what needs doing first: the status bar is shared with the store and the counts.
    QStringList delen;
    if (aantalConflicten > 0)
        delen << QStringLiteral("⚠ ") + tr("%n conflict(s)", nullptr, int(aantalConflicten));
    delen << tr("Server %1").arg(kortAdres(s.url)) << wanneer;
    if (onverzonden > 0)
        delen << tr("%n unsent", nullptr, int(onverzonden));
    if (!m_laatsteFout.isEmpty())
        delen << tr("last sync failed");
    const QString tekst = delen.join(QStringLiteral(" · "));
    m_label->setText(tekst);
    m_label->setToolTip(m_laatsteFout.isEmpty()
                            ? tr("%1 as %2 (device %3)").arg(s.url, s.account, s.apparaat)
                            : m_laatsteFout);
}

void SyncBalk::synchroniseer(bool vraag)
{
    Store *store = m_bestand.store();
    if (m_draad || !store)
        return;
    auto a = sync::aansluiting(*store);
    if (!a || !a->has_value())
        return;
    const QString pad = store->path();
    const QString wachtwoord = m_wachtwoord;
    const QString gebruiker = store->gebruiker();
    const std::optional<Account> account = store->account();
    auto uitkomst = std::make_shared<std::optional<Result<SyncTelling>>>();
    // Its own connection to the store: the window's stays with the GUI thread.
    m_draad = QThread::create([pad, wachtwoord, gebruiker, account, uitkomst] {
        auto eigen = Store::open(pad, Store::Mode::ReadWrite);
        if (!eigen) {
            *uitkomst = Result<SyncTelling>(eigen.error());
            return;
        }
        (*eigen)->setGebruiker(gebruiker);
        (*eigen)->setAccount(account);
        *uitkomst = sync::synchroniseer(**eigen, wachtwoord);
    });
    connect(m_draad, &QThread::finished, this, [this, uitkomst, vraag] {
        m_draad->deleteLater();
        m_draad = nullptr;
        QString melding;
        const Result<SyncTelling> &r = **uitkomst;
        // Not reached (a restart, the network gone): again in a minute, not in five.
        m_timer->start(r ? gewoonInterval : herhaalInterval);
        if (r) {
            m_laatsteFout.clear();
            neemAccountOver();
            melding = tr("Synchronised: %1 applied, %2 conflict(s), %3 received.")
                          .arg(QString::number(r->toegepast), QString::number(r->conflict),
                               QString::number(r->ontvangen));
            if (r->conflict > 0) {
                // The conflicted changes were taken back: the steps on the undo list no longer
                // describe this store, and undoing one would change the server's version.
                m_bestand.undoStack()->clear();
                melding += QLatin1Char(' ') + tr("The undo list was emptied.");
            }
            if (r->conflict + r->nietAfgespeeld > 0)
                melding += QLatin1Char(' ') + tr("See File ▸ Conflicts with the team server.");
            if (r->cijfersGepubliceerd > 0)
                melding += QLatin1Char(' ') + tr("Province figures published: %n report(s).",
                                                 nullptr, r->cijfersGepubliceerd);
            if (r->cijfersOntvangen > 0)
                melding += QLatin1Char(' ') + tr("Province figures received: %n report(s).",
                                                 nullptr, r->cijfersOntvangen);
            if (!r->cijfersFout.isEmpty())
                melding += QLatin1Char(' ') +
                           tr("Province figures not published or received this time: %1")
                               .arg(r->cijfersFout);
            if (r->cijfersGeweigerd > 0)
                melding += QLatin1Char(' ') +
                           tr("%n published report(s) could not be read by this version; the "
                              "ones received before are kept.",
                              nullptr, r->cijfersGeweigerd);
        } else {
            m_laatsteFout = r.error().toString();
            melding = tr("Not synchronised: %1").arg(m_laatsteFout);
        }
        werkBij();
        emit klaar(melding);
        if (!r && vraag && wachtwoordGevraagd(m_laatsteFout)) {
            bool ok = false;
            const QString w = QInputDialog::getText(m_venster, tr("Team server"),
                                                    tr("Password at the team server:"),
                                                    QLineEdit::Password, {}, &ok);
            if (ok && !w.isEmpty()) {
                m_wachtwoord = w;
                synchroniseer(false);
            }
        }
    });
    werkBij(); // "synchronising…", the action disabled
    m_draad->start();
}

void SyncBalk::neemAccountOver()
{
    Store *store = m_bestand.store();
    if (!store || !store->account())
        return; // no account signed in (a store without accounts): nothing to follow
    auto server = account::vanServer(*store);
    if (!server || !server->has_value())
        return;
    const Account &nu = **server;
    const Account &was = *store->account();
    if (nu == was)
        return;
    store->setAccount(nu);
    emit accountGewijzigd();
}

void SyncBalk::verbind()
{
    Store *store = m_bestand.store();
    if (!store)
        return;
    VerbindDialog dialoog(*store, m_venster);
    if (dialoog.exec() != QDialog::Accepted)
        return;
    m_wachtwoord = dialoog.wachtwoord();
    // From now on the store works as the server's account (its role and scope)
    if (auto account = account::vanServer(*store); account && account->has_value()) {
        store->setAccount(*account);
        emit accountGewijzigd();
    }
    werkBij();
    const auto a = sync::aansluiting(*store);
    if (a && a->has_value())
        emit klaar(
            tr("Joined the team server as %1; synchronise with Ctrl+Shift+S.").arg((*a)->account));
}

void SyncBalk::toonConflicten()
{
    Store *store = m_bestand.store();
    if (!store)
        return;
    ConflictenDialog dialoog(store->path(), store->gebruiker(), m_venster);
    dialoog.exec();
    werkBij();
}

} // namespace rd
