#include "BrokenWork.h"

#include "AckWriter.h"
#include "ChildWork.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QThread>

#include <unistd.h>

namespace rd::crash {

namespace {

const QString reden = QStringLiteral("crash-%1-1");

} // namespace

int ackVooraf(Store &store, const ChildOptions &options, AckWriter &ack)
{
    if (options.ids.isEmpty())
        return 3;
    const qint64 id = options.ids.first();
    const QString waarom = reden.arg(options.run);
    ack.begin(1, QStringLiteral("couple %1 GM0344 %2").arg(QString::number(id), waarom));
    ack.ack(1, QStringLiteral("too-early"));
    QThread::msleep(500);
    const auto k = KoppelingService(store).koppel(id, QStringLiteral("GM0344"), options.today,
                                                  waarom, options.today);
    ack.done();
    return k ? 0 : 1;
}

int herverdelingInTwee(Store &store, const ChildOptions &options, AckWriter &ack)
{
    const QString waarom = reden.arg(options.run);
    ack.begin(1, QStringLiteral("herverdeling %1 GM0344=3 GM0363=-3").arg(waarom));
    const auto db = store.database();
    qint64 id = 0;
    auto kop = store.transaction([&]() -> Status {
        auto q = sql::run(db,
                          QStringLiteral("INSERT INTO herverdeling(halfjaar, reden, door, op) "
                                         "VALUES(?, ?, 'crash', '2026-11-29T12:00:00')"),
                          {options.halfJaar, waarom});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return {};
    });
    if (!kop)
        return 1;
    ack.line("mid 1");
    QThread::msleep(500);
    auto regels = store.transaction([&]() -> Status {
        for (const auto &[code, delta] : {std::pair{"GM0344", 3}, std::pair{"GM0363", -3}}) {
            auto q = sql::run(db,
                              QStringLiteral("INSERT INTO herverdeling_regel(herverdeling, "
                                             "gemeente, delta) VALUES(?, ?, ?)"),
                              {id, QString::fromLatin1(code), delta});
            if (!q)
                return q.error();
        }
        return {};
    });
    if (regels)
        ack.ack(1, QString::number(id));
    ack.done();
    return regels ? 0 : 1;
}

} // namespace rd::crash
