#pragma once

#include <QByteArray>
#include <QString>

namespace rd::crash {

// The child's protocol on standard output, one line per event, written with write(2) so a line
// is in the pipe before the next instruction runs (a SIGKILL loses nothing already written):
//   ready                      the store is open, work starts
//   do <n> <kind> <args...>    step n is about to start its transaction
//   ack <n> [<result>]         step n committed
//   fail <n> <message>         step n was refused or failed (and rolled back)
//   done                       the work is finished
class AckWriter
{
public:
    void ready() { line(QByteArrayLiteral("ready")); }
    void begin(int n, const QString &what);
    void ack(int n, const QString &result = {});
    void fail(int n, const QString &message);
    void done() { line(QByteArrayLiteral("done")); }
    // Any other line, as it is (the self-test's markers).
    static void line(const QByteArray &text);
};

} // namespace rd::crash
