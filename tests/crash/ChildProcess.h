#pragma once

#include "KillPoint.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <sys/types.h>

namespace rd::crash {

// A child process whose standard output the harness reads line by line (with the time each
// line arrived) and which it can kill with SIGKILL at a precise moment. POSIX only: QProcess
// delivers output through the event loop, too late for a kill point of a few microseconds.
// Standard error goes to a file; the pipes are close-on-exec so that two children never hold
// each other's output open.
class ChildProcess
{
public:
    using Clock = std::chrono::steady_clock;

    ChildProcess(const QString &program, const QStringList &arguments, const QString &stderrPath,
                 bool stdinPipe = false);
    ~ChildProcess(); // kills and reaps a child still running
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    bool started() const { return m_pid > 0; }
    QString startError() const { return m_startError; }

    // Waits for the kill point's anchor, then its delay, then sends SIGKILL; a child that ends
    // first is reaped and reported as not killed. `watchFolder` for Anchor::MovedPdf (the
    // letters folder) and Anchor::WalWrite (the store's folder).
    KillOutcome killAt(const KillPoint &point, const QString &watchFolder = {},
                       std::chrono::milliseconds timeout = std::chrono::seconds(120));
    // Waits until the `count`-th line starting with `prefix` (false: ended or timed out).
    bool waitForLine(const QByteArray &prefix, int count = 1,
                     std::chrono::milliseconds timeout = std::chrono::seconds(60));
    // Runs to the end; the exit code, or -1 after a signal or the timeout (then it is killed).
    int waitForExit(std::chrono::milliseconds timeout = std::chrono::seconds(120));
    void writeLine(const QByteArray &line);

    QList<QByteArray> lines() const { return m_lines; }
    QStringList lineTexts() const;
    // Microseconds from the start to the arrival of each line.
    QList<qint64> lineTimesUs() const { return m_lineTimes; }
    QString stderrText() const;
    int countLines(const QByteArray &prefix) const;

private:
    // Reads what is there, waiting at most until `until`; false at the end of the output.
    bool pump(Clock::time_point until, int inotifyFd = -1,
              KillPoint::Anchor anchor = KillPoint::Anchor::Start, bool *fileEvent = nullptr);
    void reap(bool afterKill);
    void drain();
    qint64 sinceStartUs() const;

    pid_t m_pid = -1;
    int m_out = -1;
    int m_in = -1;
    bool m_outClosed = false;
    bool m_reaped = false;
    int m_exitCode = -1;
    Clock::time_point m_start;
    QByteArray m_partial;
    QList<QByteArray> m_lines;
    QList<qint64> m_lineTimes;
    QString m_stderrPath;
    QString m_startError;
};

} // namespace rd::crash
