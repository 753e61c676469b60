#include "ChildProcess.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <optional>
#include <vector>

extern char **environ;

namespace rd::crash {

namespace {

// The environment of a child: the harness's, in an English UTF-8 locale, headless, with a
// fixed user name for the records' "door".
std::vector<QByteArray> childEnvironment()
{
    const QList<QByteArray> weg{"LC_ALL",          "LANG",           "LANGUAGE",
                                "QT_QPA_PLATFORM", "REGIEDESK_USER", "XDG_RUNTIME_DIR"};
    std::vector<QByteArray> env;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        if (!weg.contains(entry.left(entry.indexOf('='))))
            env.push_back(entry);
    }
    for (const char *extra :
         {"LC_ALL=C.UTF-8", "LANG=C.UTF-8", "QT_QPA_PLATFORM=offscreen", "REGIEDESK_USER=crash"})
        env.emplace_back(extra);
    return env;
}

timespec until(ChildProcess::Clock::time_point deadline)
{
    const auto left =
        std::max(deadline - ChildProcess::Clock::now(), ChildProcess::Clock::duration::zero());
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(left).count();
    return timespec{time_t(ns / 1000000000), long(ns % 1000000000)};
}

// Whether the inotify events name what the anchor waits for: a letter PDF renamed into the
// folder, or a write to the store's WAL.
bool anchorIn(int fd, KillPoint::Anchor anchor)
{
    alignas(inotify_event) char buffer[8192];
    bool found = false;
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            return found;
        for (ssize_t at = 0; at < n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
            const QByteArray name = event->len ? QByteArray(event->name) : QByteArray();
            if (anchor == KillPoint::Anchor::MovedPdf && (event->mask & IN_MOVED_TO) &&
                name.startsWith("koppelingsbrief-") && name.endsWith(".pdf"))
                found = true;
            if (anchor == KillPoint::Anchor::WalWrite && (event->mask & IN_MODIFY) &&
                name.endsWith("-wal"))
                found = true;
            at += ssize_t(sizeof(inotify_event)) + event->len;
        }
    }
}

} // namespace

ChildProcess::ChildProcess(const QString &program, const QStringList &arguments,
                           const QString &stderrPath, bool stdinPipe)
    : m_stderrPath(stderrPath)
{
    int out[2];
    int in[2] = {-1, -1};
    if (::pipe2(out, O_CLOEXEC) != 0 || (stdinPipe && ::pipe2(in, O_CLOEXEC) != 0)) {
        m_startError = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (stdinPipe)
        posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    else
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    const QByteArray errPath = QFile::encodeName(stderrPath);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);

    const QByteArray programPath = QFile::encodeName(program);
    std::vector<QByteArray> argBytes{programPath};
    for (const auto &a : arguments)
        argBytes.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (auto &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    auto envBytes = childEnvironment();
    std::vector<char *> envp;
    for (auto &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    m_start = Clock::now();
    const int rc =
        posix_spawn(&m_pid, programPath.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (stdinPipe)
        ::close(in[0]);
    m_out = out[0];
    m_in = in[1];
    if (rc != 0) {
        m_pid = -1;
        m_startError = QString::fromLocal8Bit(std::strerror(rc));
    }
}

ChildProcess::~ChildProcess()
{
    if (m_pid > 0 && !m_reaped) {
        ::kill(m_pid, SIGKILL);
        reap(true);
    }
    if (m_out >= 0)
        ::close(m_out);
    if (m_in >= 0)
        ::close(m_in);
}

qint64 ChildProcess::sinceStartUs() const
{
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - m_start).count();
}

bool ChildProcess::pump(Clock::time_point deadline, int inotifyFd, KillPoint::Anchor anchor,
                        bool *fileEvent)
{
    if (m_outClosed)
        return false;
    pollfd fds[2] = {{m_out, POLLIN, 0}, {inotifyFd, POLLIN, 0}};
    const timespec timeout = until(deadline);
    const int ready = ::ppoll(fds, inotifyFd >= 0 ? 2 : 1, &timeout, nullptr);
    if (ready <= 0)
        return true;
    if (inotifyFd >= 0 && (fds[1].revents & POLLIN) && fileEvent && anchorIn(inotifyFd, anchor))
        *fileEvent = true;
    if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR)))
        return true;
    char buffer[4096];
    const ssize_t n = ::read(m_out, buffer, sizeof buffer);
    if (n < 0)
        return errno == EINTR || errno == EAGAIN;
    if (n == 0) {
        m_outClosed = true;
        return false;
    }
    m_partial.append(buffer, n);
    const qint64 now = sinceStartUs();
    for (qsizetype end = m_partial.indexOf('\n'); end >= 0; end = m_partial.indexOf('\n')) {
        m_lines.append(m_partial.left(end));
        m_lineTimes.append(now);
        m_partial.remove(0, end + 1);
    }
    return true;
}

void ChildProcess::drain()
{
    while (pump(Clock::now() + std::chrono::seconds(10))) {
    }
}

void ChildProcess::reap(bool afterKill)
{
    if (m_reaped || m_pid <= 0)
        return;
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_reaped = true;
    m_exitCode = !afterKill && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

KillOutcome ChildProcess::killAt(const KillPoint &point, const QString &watchFolder,
                                 std::chrono::milliseconds timeout)
{
    KillOutcome outcome;
    if (!started())
        return outcome;
    int inotifyFd = -1;
    if (point.anchor == KillPoint::Anchor::MovedPdf ||
        point.anchor == KillPoint::Anchor::WalWrite) {
        inotifyFd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (inotifyFd >= 0)
            ::inotify_add_watch(inotifyFd, QFile::encodeName(watchFolder).constData(),
                                IN_MOVED_TO | IN_MODIFY);
    }
    const Clock::time_point limit = m_start + timeout;
    std::optional<Clock::time_point> anchor;
    if (point.anchor == KillPoint::Anchor::Start)
        anchor = m_start;
    bool open = true;
    for (;;) {
        if (!anchor && point.anchor == KillPoint::Anchor::Line &&
            countLines(point.prefix) >= point.count)
            anchor = Clock::now();
        const auto deadline = anchor ? *anchor + std::chrono::microseconds(point.delayUs) : limit;
        if (Clock::now() >= deadline || !open)
            break;
        bool fileEvent = false;
        open = pump(std::min(deadline, limit), inotifyFd, point.anchor, &fileEvent);
        if (fileEvent && !anchor)
            anchor = Clock::now();
        if (Clock::now() >= limit && !anchor) {
            outcome.timedOut = true;
            break;
        }
    }
    if (inotifyFd >= 0)
        ::close(inotifyFd);
    if (open || outcome.timedOut) {
        // Still running (its output open): this is the kill point.
        ::kill(m_pid, SIGKILL);
        outcome.elapsedUs = sinceStartUs();
        outcome.killed = !outcome.timedOut;
        reap(true);
        drain();
        return outcome;
    }
    // The output ended: the child is ending or has ended by itself. Once reaped, a kill would
    // have hit nothing; a kill between the end of the output and the exit changes nothing.
    outcome.elapsedUs = sinceStartUs();
    reap(false);
    outcome.exitCode = m_exitCode;
    return outcome;
}

bool ChildProcess::waitForLine(const QByteArray &prefix, int count,
                               std::chrono::milliseconds timeout)
{
    const auto limit = Clock::now() + timeout;
    while (countLines(prefix) < count) {
        if (Clock::now() >= limit || !pump(limit))
            return countLines(prefix) >= count;
    }
    return true;
}

int ChildProcess::waitForExit(std::chrono::milliseconds timeout)
{
    if (!started())
        return -1;
    const auto limit = Clock::now() + timeout;
    while (pump(limit)) {
        if (Clock::now() >= limit) {
            ::kill(m_pid, SIGKILL);
            reap(true);
            drain();
            return -1;
        }
    }
    reap(false);
    return m_exitCode;
}

void ChildProcess::writeLine(const QByteArray &line)
{
    if (m_in < 0)
        return;
    const QByteArray bytes = line + '\n';
    [[maybe_unused]] const ssize_t n = ::write(m_in, bytes.constData(), size_t(bytes.size()));
}

QStringList ChildProcess::lineTexts() const
{
    QStringList texts;
    for (const auto &line : m_lines)
        texts << QString::fromUtf8(line);
    return texts;
}

QString ChildProcess::stderrText() const
{
    QFile file(m_stderrPath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int ChildProcess::countLines(const QByteArray &prefix) const
{
    int n = 0;
    for (const auto &line : m_lines)
        n += line.startsWith(prefix) ? 1 : 0;
    return n;
}

} // namespace rd::crash
