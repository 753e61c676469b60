#pragma once

#include <QByteArray>
#include <QString>

namespace rd::crash {

// When to send SIGKILL: `delayUs` microseconds after an anchor.
struct KillPoint
{
    enum class Anchor
    {
        Start,    // the process was started
        Line,     // the `count`-th line of output that starts with `prefix` ("ready", "ack ")
        MovedPdf, // a koppelingsbrief-*.pdf was renamed into the watched folder
        WalWrite  // the store's -wal in the watched folder was written (a commit)
    };

    Anchor anchor = Anchor::Start;
    QByteArray prefix;
    int count = 1;
    qint64 delayUs = 0;

    static KillPoint afterStart(qint64 delayUs) { return {Anchor::Start, {}, 1, delayUs}; }
    static KillPoint afterLine(const QByteArray &prefix, int count, qint64 delayUs)
    {
        return {Anchor::Line, prefix, count, delayUs};
    }
    static KillPoint afterMovedPdf(qint64 delayUs) { return {Anchor::MovedPdf, {}, 1, delayUs}; }
    static KillPoint afterWalWrite(qint64 delayUs) { return {Anchor::WalWrite, {}, 1, delayUs}; }

    // "start+1234us", "ack#3+120us", "pdf+800us", "wal+300us": printed with every kill point for a
    // replay.
    QString describe() const;
};

// What came of a kill point.
struct KillOutcome
{
    bool killed = false;   // SIGKILL hit a running process
    bool timedOut = false; // the anchor never came and the process never ended (a hang)
    int exitCode = -1;     // when it ended by itself
    qint64 elapsedUs = 0;  // from the start to the kill or the end
};

} // namespace rd::crash
