#pragma once

#include "SettingsSandbox.h"
#include "TestSupport.h"

#include <QDate>

#include <memory>

namespace rd {
class MainWindow;
}

namespace rd::test {

// A window on a store of region 3 (Amsterdam) for 2026-H2 with a vg and a few households
// waiting, "today" fixed, resized to a laptop's screen and shown offscreen with a fresh
// QSettings. For the layout and keyboard tests of the whole window.
class VensterTestData
{
public:
    static QDate vandaag() { return QDate(2026, 11, 29); }

    // Fails the test (and returns nullptr) when the store cannot be made.
    std::unique_ptr<MainWindow> open(int breedte = 1280, int hoogte = 800);
    QString pad() const { return m_dir.path(QStringLiteral("venster.sqlite")); }

private:
    SettingsSandbox m_settings;
    TempDir m_dir;
};

} // namespace rd::test
