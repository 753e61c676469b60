#pragma once

#include "core/common/Result.h"
#include "core/store/Store.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace rd {

// Reads on threads of their own, for work that would freeze the window: each task opens its
// own read-only connection to the store file (a connection belongs to the thread that opened
// it; WAL lets it read what was committed while the window writes), runs `werk` there, and
// hands the result to `klaar` on the owner's thread. Only the newest task of a kind (a `soort`)
// is delivered: a result overtaken by a newer request is dropped. The destructor waits for
// tasks still running, so the owner can make this its child and forget it.
class AchtergrondTaken : public QObject
{
    Q_OBJECT
public:
    explicit AchtergrondTaken(QObject *parent = nullptr) : QObject(parent) {}
    ~AchtergrondTaken() override
    {
        for (QThread *thread : findChildren<QThread *>(QString(), Qt::FindDirectChildrenOnly))
            thread->wait();
    }

    // `werk` reads `bron`'s file on a connection of its own, as the account signed in on `bron`
    // (it sees what that account may see).
    template <typename T>
    void start(int soort, const Store &bron, std::function<Result<T>(Store &)> werk,
               std::function<void(const Result<T> &)> klaar)
    {
        const quint64 generatie = ++m_generatie[soort];
        auto uitkomst = std::make_shared<Result<T>>(Error{QString(), QString()});
        QThread *thread = QThread::create(
            [path = bron.path(), account = bron.account(), werk = std::move(werk), uitkomst] {
                auto lezer = Store::open(path, Store::Mode::ReadOnly);
                if (!lezer) {
                    *uitkomst = lezer.error();
                    return;
                }
                (*lezer)->setAccount(account);
                *uitkomst = werk(**lezer);
            });
        thread->setParent(this);
        connect(thread, &QThread::finished, this,
                [this, thread, soort, generatie, uitkomst, klaar = std::move(klaar)] {
                    thread->deleteLater();
                    --m_lopend;
                    if (m_generatie.value(soort) == generatie)
                        klaar(*uitkomst);
                    if (m_lopend == 0)
                        emit bezig(false);
                });
        if (m_lopend++ == 0)
            emit bezig(true);
        thread->start();
    }

    // Tasks started and not yet finished (overtaken ones included).
    int lopend() const { return m_lopend; }

signals:
    // true when a first task starts, false once the last one running has finished.
    void bezig(bool bezig);

private:
    QHash<int, quint64> m_generatie;
    int m_lopend = 0;
};

} // namespace rd
