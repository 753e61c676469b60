#include "ui/main/StartupTrace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace rd {

StartupTrace::StartupTrace()
{
    m_sinceMain.start();
    m_enabled = enabled();
    m_t0Ns = qEnvironmentVariable("REGIEDESK_STARTUP_T0_NS").toLongLong();
}

bool StartupTrace::enabled()
{
    return qEnvironmentVariableIntValue("REGIEDESK_STARTUP_TRACE") == 1;
}

double StartupTrace::msSinceStart() const
{
    if (m_t0Ns > 0) {
        const qint64 nu = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch();
        return double(nu) - double(m_t0Ns) / 1e6;
    }
    return double(m_sinceMain.nsecsElapsed()) / 1e6;
}

void StartupTrace::afterFirstPaint(QWidget *window, std::function<void()> then)
{
    m_window = window;
    m_then = std::move(then);
    window->installEventFilter(this);
    QTimer::singleShot(1000, this, &StartupTrace::painted); // not shown (minimised): go on
}

bool StartupTrace::eventFilter(QObject *watched, QEvent *event)
{
    // The paint is done when the event loop turns again.
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted)
        QTimer::singleShot(0, this, &StartupTrace::painted);
    return QObject::eventFilter(watched, event);
}

void StartupTrace::painted()
{
    if (m_painted)
        return;
    m_painted = true;
    m_window->removeEventFilter(this);
    mark("first-paint");
    if (m_then)
        m_then();
}

void StartupTrace::mark(const char *what)
{
    if (!m_enabled)
        return;
    std::fprintf(stderr, "regiedesk-startup %s %.1f\n", what, msSinceStart());
    std::fflush(stderr);
    if (qstrcmp(what, "figures") == 0)
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace rd
