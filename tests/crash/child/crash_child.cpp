// The crash harness's child: real write work through regiedesk_core, one committed step after
// another, each acknowledged on standard output only after its commit (AckWriter), until it is
// killed or done.
//
//   regiedesk_crash_child --db FILE --today YYYY-MM-DD --run NAME MODE [options]
//     koppel-lus        --ids 1,2,3 --seed S [--steps N]
//     koppel-reeks      --ids 1,2,3 [--seed S]
//     importeer         --file FILE.csv
//     herverdeling-lus  --halfjaar 2026-H2 --seed S [--steps N]
//     ack-vooraf, herverdeling-in-twee: deliberately wrong (BrokenWork.h), for the self-test
//   --wait-go: after "ready", wait for a line on standard input (to start several at once).
#include "AckWriter.h"
#include "BrokenWork.h"
#include "ChildWork.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace rd;
using namespace rd::crash;

namespace {

bool parse(const QStringList &arguments, ChildOptions &options)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const bool heeftWaarde = i + 1 < arguments.size();
        const QString waarde = heeftWaarde ? arguments.at(i + 1) : QString();
        if (a == QLatin1String("--wait-go")) {
            options.waitForGo = true;
            continue;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            options.mode = a;
            continue;
        }
        if (!heeftWaarde)
            return false;
        ++i;
        if (a == QLatin1String("--db"))
            options.db = waarde;
        else if (a == QLatin1String("--today"))
            options.today = QDate::fromString(waarde, Qt::ISODate);
        else if (a == QLatin1String("--run"))
            options.run = waarde;
        else if (a == QLatin1String("--seed"))
            options.seed = waarde.toULongLong();
        else if (a == QLatin1String("--steps"))
            options.steps = waarde.toInt();
        else if (a == QLatin1String("--file"))
            options.file = waarde;
        else if (a == QLatin1String("--halfjaar"))
            options.halfJaar = waarde;
        else if (a == QLatin1String("--ids")) {
            for (const auto &id : waarde.split(QLatin1Char(','), Qt::SkipEmptyParts))
                options.ids << id.toLongLong();
        } else
            return false;
    }
    return !options.db.isEmpty() && options.today.isValid() && !options.run.isEmpty() &&
           !options.mode.isEmpty();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ChildOptions options;
    AckWriter ack;
    if (!parse(app.arguments(), options)) {
        std::fputs("regiedesk_crash_child: bad arguments (see crash_child.cpp)\n", stderr);
        return 2;
    }
    auto store = Store::open(options.db);
    if (!store) {
        ack.fail(0, store.error().toString());
        return 3;
    }
    ack.ready();
    if (options.waitForGo) {
        char line[16];
        if (!std::fgets(line, sizeof line, stdin))
            return 4;
    }
    if (options.mode == QLatin1String("koppel-lus"))
        return koppelLus(**store, options, ack);
    if (options.mode == QLatin1String("koppel-reeks"))
        return koppelReeks(**store, options, ack);
    if (options.mode == QLatin1String("importeer"))
        return importeer(**store, options, ack);
    if (options.mode == QLatin1String("herverdeling-lus"))
        return herverdelingLus(**store, options, ack);
    if (options.mode == QLatin1String("ack-vooraf"))
        return ackVooraf(**store, options, ack);
    if (options.mode == QLatin1String("herverdeling-in-twee"))
        return herverdelingInTwee(**store, options, ack);
    std::fputs("regiedesk_crash_child: unknown mode\n", stderr);
    return 2;
}
