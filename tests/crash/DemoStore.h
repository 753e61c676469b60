#pragma once

#include <QDate>
#include <QString>

namespace rd::crash {

// Every scenario works "today" on 2026-11-29 in the half-year 2026-H2, on a copy of one demo
// store (regiedesk-cli demo --seed 7 --households 2000) made once per run of the harness.
QDate vandaag();
QString vandaagTekst();
QString halfJaar();

// The demo store's path; made at the first call. Empty (and a test failure) when the CLI
// cannot make it.
QString demoStore();
// Copies the demo store to `target` (no process has it open then). False on failure.
bool copyDemoStore(const QString &target);

} // namespace rd::crash
