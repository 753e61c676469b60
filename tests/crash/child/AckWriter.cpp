#include "AckWriter.h"

#include <cerrno>
#include <unistd.h>

namespace rd::crash {

void AckWriter::begin(int n, const QString &what)
{
    line("do " + QByteArray::number(n) + ' ' + what.toUtf8());
}

void AckWriter::ack(int n, const QString &result)
{
    line("ack " + QByteArray::number(n) +
         (result.isEmpty() ? QByteArray() : ' ' + result.toUtf8()));
}

void AckWriter::fail(int n, const QString &message)
{
    // One line per event: a message with a line break would split it.
    QString flat = message;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line("fail " + QByteArray::number(n) + ' ' + flat.toUtf8());
}

void AckWriter::line(const QByteArray &text)
{
    const QByteArray bytes = text + '\n';
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n =
            ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // the harness went away: nothing left to tell
        written += n;
    }
}

} // namespace rd::crash
