#include "board/QuotaBron.h"

#include "store/Store.h"

#include <QThread>

namespace rd {

QuotaBron::QuotaBron(QObject *parent) : QObject(parent) {}

QuotaBron::~QuotaBron()
{
    // The threads are our children: each must have finished before it is deleted.
    for (QThread *thread : findChildren<QThread *>(QString(), Qt::FindDirectChildrenOnly))
        thread->wait();
}

void QuotaBron::vraag(Store &store, const HalfJaar &halfJaar, int regio, const QDate &peildatum)
{
    const quint64 generatie = ++m_generatie;
    if (!m_achtergrond) {
        lever(generatie, QuotaService(store).bereken(halfJaar, regio, peildatum), false);
        return;
    }
    // A connection belongs to the thread that opened it: the thread opens its own, read-only
    // (WAL: it reads what was committed, while the window may write).
    auto uitkomst = std::make_shared<Result<QuotaOverzicht>>(Error{QString(), QString()});
    QThread *thread = QThread::create([path = store.path(), halfJaar, regio, peildatum, uitkomst] {
        auto lezer = Store::open(path, Store::Mode::ReadOnly);
        if (!lezer) {
            *uitkomst = lezer.error();
            return;
        }
        *uitkomst = QuotaService(**lezer).bereken(halfJaar, regio, peildatum);
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, thread, generatie, uitkomst] {
        thread->deleteLater();
        lever(generatie, *uitkomst, true);
    });
    if (m_lopend++ == 0)
        emit bezig(true);
    thread->start();
}

void QuotaBron::lever(quint64 generatie, const Result<QuotaOverzicht> &quota, bool vanThread)
{
    if (vanThread)
        --m_lopend;
    if (generatie == m_generatie) {
        ++m_berekeningen;
        m_quota = quota;
        emit berekend(m_quota);
    }
    if (vanThread && m_lopend == 0)
        emit bezig(false);
}

void QuotaBron::pasKoppelingToe(const QString &code, qint64 personen, const QDate &koppelDatum)
{
    if (!m_quota)
        return;
    if (rd::pasKoppelingToe(*m_quota, code, personen, koppelDatum))
        emit bijgewerkt(*m_quota);
}

} // namespace rd
