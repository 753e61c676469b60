#include "CliRunner.h"

#include "core/csv/Csv.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace rd::test {

QStringList CliRun::outLines() const
{
    QStringList lines = out.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    // As under cron or ssh: no login session, so no runtime folder.
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(REGIEDESK_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << "regiedesk-cli did not start: " << process.errorString().toStdString();
        return run;
    }
    if (!process.waitForFinished(180000)) {
        ADD_FAILURE() << "regiedesk-cli did not finish: " << arguments.join(' ').toStdString();
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

CliRun CliTest::cli(const QStringList &arguments, const QString &store) const
{
    return runCli(QStringList{QStringLiteral("--db"), store.isEmpty() ? db() : store,
                              QStringLiteral("--today"), QString::fromLatin1(today)} +
                  arguments);
}

void CliTest::init(const QString &store) const
{
    const auto run = cli({QStringLiteral("init")}, store);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
}

namespace {

QList<QStringList> csvRows(const CliRun &run)
{
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto table = csv::parse(run.out.toUtf8(), QStringLiteral("stdout"));
    if (!table) {
        ADD_FAILURE() << table.error().toString().toStdString();
        return {};
    }
    QList<QStringList> rows{table->header};
    for (const auto &row : table->rows)
        rows << row.fields;
    return rows;
}

} // namespace

QList<QStringList> CliTest::quotaCsv(const QString &halfJaar) const
{
    return csvRows(cli(
        {QStringLiteral("quota"), halfJaar, QStringLiteral("--format"), QStringLiteral("csv")}));
}

QList<QStringList> CliTest::casesCsv(const QStringList &extra) const
{
    return csvRows(cli(
        QStringList{QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("csv")} +
        extra));
}

int columnOf(const QStringList &header, const QString &name)
{
    const auto index = header.indexOf(name);
    EXPECT_GE(index, 0) << "no column " << name.toStdString();
    return int(index);
}

qint64 columnSum(const QList<QStringList> &rows, const QString &name)
{
    if (rows.isEmpty())
        return 0;
    const int column = columnOf(rows.first(), name);
    qint64 sum = 0;
    for (int i = 1; i < rows.size(); ++i) {
        bool ok = false;
        sum += rows.at(i).value(column).toLongLong(&ok);
        EXPECT_TRUE(ok) << "row " << i << " " << name.toStdString() << " is not a number";
    }
    return sum;
}

} // namespace rd::test
