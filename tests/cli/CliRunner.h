#pragma once

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace rd::test {

// One run of the regiedesk-cli binary.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList outLines() const; // stdout split into lines, without the trailing empty one
};

// Runs the built regiedesk-cli (REGIEDESK_CLI_PATH) with an English C locale.
CliRun runCli(const QStringList &arguments);

// A temporary folder with a store path; `cli()` passes --db and a fixed --today (2026-11-29).
class CliTest : public ::testing::Test
{
protected:
    static constexpr const char *today = "2026-11-29";

    QString db() const { return m_dir.path(QStringLiteral("store.sqlite")); }
    QString path(const QString &name) const { return m_dir.path(name); }
    CliRun cli(const QStringList &arguments, const QString &store = {}) const;
    // init, failing the test when it does not succeed.
    void init(const QString &store = {}) const;

    // quota HALF-YEAR --format csv as rows of fields (header first); fails the test on error.
    QList<QStringList> quotaCsv(const QString &halfJaar) const;
    QList<QStringList> casesCsv(const QStringList &extra = {}) const;

private:
    TempDir m_dir;
};

// The index of `name` in a CSV header row; fails the test when it is missing.
int columnOf(const QStringList &header, const QString &name);
// Sum of an integer column over the data rows (the header row skipped).
qint64 columnSum(const QList<QStringList> &rows, const QString &name);

} // namespace rd::test
