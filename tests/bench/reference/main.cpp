// regiedesk_bench_reference: the yardstick for the window's first paint (issue 13): an empty
// QMainWindow with a QTableView of 300 rows, nothing else. With REGIEDESK_STARTUP_TRACE=1 it
// prints "regiedesk-startup first-paint MS" as the window does (ms since
// REGIEDESK_STARTUP_T0_NS, or since main()) and quits. tests/bench/startup.sh runs both.
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

QElapsedTimer sinceMain;

double msSinceStart()
{
    const qint64 t0 = qEnvironmentVariable("REGIEDESK_STARTUP_T0_NS").toLongLong();
    if (t0 > 0)
        return double(QDateTime::currentDateTimeUtc().toMSecsSinceEpoch()) - double(t0) / 1e6;
    return double(sinceMain.nsecsElapsed()) / 1e6;
}

class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                if (qEnvironmentVariableIntValue("REGIEDESK_STARTUP_TRACE") == 1) {
                    std::fprintf(stderr, "regiedesk-startup first-paint %.1f\n", msSinceStart());
                    QCoreApplication::quit();
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    auto *model = new QStandardItemModel(300, 8, &window);
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c)
            model->setItem(r, c,
                           new QStandardItem(QStringLiteral("%1.%2").arg(QString::number(r),
                                                                         QString::number(c))));
    }
    auto *view = new QTableView(&window);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1280, 800);
    FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    return app.exec();
}
