#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QWidget;

namespace rd {

// The window's start-up, in order: the window is painted first, then the store is loaded
// (afterFirstPaint), so it never waits blank for the figures. With REGIEDESK_STARTUP_TRACE=1
// it prints to stderr, in ms since the process started (REGIEDESK_STARTUP_T0_NS: the start in
// ns since the epoch, as `date +%s%N` gives it; otherwise since main()):
//   regiedesk-startup first-paint MS
//   regiedesk-startup figures MS        (queue, alerts, board and quota table filled)
// and quits after the figures (tests/bench/startup.sh measures with it).
class StartupTrace : public QObject
{
    Q_OBJECT
public:
    // Start as early in main() as possible.
    StartupTrace();
    static bool enabled();

    // `then` runs once the window was painted for the first time (or after 1 s without).
    void afterFirstPaint(QWidget *window, std::function<void()> then);
    // Prints `what` with the time now; "figures" also ends the program when tracing.
    void mark(const char *what);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    double msSinceStart() const;
    void painted();

    QElapsedTimer m_sinceMain;
    qint64 m_t0Ns = 0;
    bool m_enabled = false;
    bool m_painted = false;
    QWidget *m_window = nullptr;
    std::function<void()> m_then;
};

} // namespace rd
