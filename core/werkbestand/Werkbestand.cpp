#include "core/werkbestand/Werkbestand.h"

#include "core/journaal/Journaal.h"
#include "core/journaal/JournaalGetuige.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/werkbestand/Elders.h"
#include "core/werkbestand/Wijziging.h"

#include <QTimer>
#include <QUndoStack>

namespace rd {

Werkbestand::Werkbestand(QObject *parent)
    : QObject(parent), m_stack(new QUndoStack(this)), m_waker(new QTimer(this))
{
    qRegisterMetaType<Store *>();
    connect(m_waker, &QTimer::timeout, this, [this]() { kijkElders(); });
}

Werkbestand::~Werkbestand()
{
    // The steps hold references to the store: they go first.
    m_stack->clear();
}

void Werkbestand::open(std::unique_ptr<Store> store)
{
    m_stack->clear(); // its steps point into the store that closes now
    m_store = nullptr;
    m_eigen = std::move(store);
    setStore(m_eigen.get());
}

void Werkbestand::setStore(Store *store)
{
    m_stack->clear();
    if (store != m_eigen.get())
        m_eigen.reset();
    m_store = store;
    if (m_store && !m_gebruiker.isEmpty())
        m_store->setGebruiker(m_gebruiker);
    m_dataVersie = dataVersie();
    m_gezien = kopSeq();
    emit storeGeopend(m_store);
}

void Werkbestand::setGebruiker(const QString &naam)
{
    m_gebruiker = naam;
    if (m_store)
        m_store->setGebruiker(naam);
}

QString Werkbestand::apparaat() const
{
    return getuige::apparaatId();
}

Status Werkbestand::voer(Wijziging *wijziging)
{
    if (!wijziging)
        return {};
    m_laatsteFout.reset();
    wijziging->setWerkMelder([this](const Wijziging &w) { meld(w); },
                             [this](const Error &e) {
                                 m_laatsteFout = e;
                                 emit geweigerd(e.toString());
                             });
    // A refused first redo makes the step obsolete and push deletes it: its error was kept.
    m_stack->push(wijziging);
    if (m_laatsteFout)
        return *m_laatsteFout;
    return {};
}

Status Werkbestand::voerEenmaal(Wijziging &wijziging)
{
    wijziging.setWerkMelder([this](const Wijziging &w) { meld(w); }, [](const Error &) {});
    return wijziging.voerUit();
}

void Werkbestand::meld(const Wijziging &wijziging)
{
    // Its own entry is said now. Only right after the last one known: an entry another program
    // appended in between is still to be read (the next look reads this one again with it).
    if (wijziging.journaalSeq() == m_gezien + 1)
        m_gezien = wijziging.journaalSeq();
    zegGewijzigd(wijziging.bereik());
}

void Werkbestand::zegGewijzigd(const Bereik &b)
{
    // data_version does not move for this connection's own commits: nothing to read here, and
    // reading it would swallow a change another program made just before.
    if (!b.huishoudens.isEmpty())
        emit huishoudensGewijzigd(b.huishoudens);
    if (!b.koppelGebeurtenissen.isEmpty())
        emit koppelGebeurtenissen(b.koppelGebeurtenissen);
    if (b.koppelingen)
        emit koppelingenGewijzigd(b.huishoudens);
    if (b.tijdlijn)
        emit tijdlijnGewijzigd(b.huishoudens);
    if (b.taakstelling)
        emit taakstellingGewijzigd();
    if (b.gemeenten)
        emit gemeentenGewijzigd();
    if (b.instellingen)
        emit instellingenGewijzigd();
    emit gezegd();
}

void Werkbestand::setWaakInterval(int ms)
{
    if (ms <= 0) {
        m_waker->stop();
        return;
    }
    m_waker->start(ms);
}

bool Werkbestand::kijkElders()
{
    if (!m_store || m_store->inTransaction() || (m_wacht && m_wacht()))
        return false;
    const qint64 nu = dataVersie();
    if (nu < 0 || nu == m_dataVersie)
        return false;
    m_dataVersie = nu;
    zegElders();
    return true;
}

void Werkbestand::zegElders()
{
    JournaalFilter nieuw;
    nieuw.na = m_gezien;
    auto regels = journaal::lees(*m_store, nieuw);
    if (!regels || regels->isEmpty()) { // a write without an entry (or the log unreadable)
        m_gezien = kopSeq();
        emit eldersGewijzigd();
        return;
    }
    m_gezien = regels->last().seq;
    const auto bereik = bereikVanElders(*m_store, *regels);
    if (!bereik || !bereik->has_value()) {
        emit eldersGewijzigd();
        return;
    }
    zegGewijzigd(**bereik);
    emit eldersGezegd(int(regels->size()));
}

qint64 Werkbestand::kopSeq() const
{
    if (!m_store)
        return 0;
    auto kop = journaal::kop(*m_store);
    return kop ? kop->first : 0;
}

qint64 Werkbestand::dataVersie() const
{
    if (!m_store)
        return -1;
    auto v = sql::scalar(m_store->database(), QStringLiteral("PRAGMA data_version"));
    return v ? v->toLongLong() : -1;
}

} // namespace rd
