#pragma once

#include <QSettings>
#include <QTemporaryDir>

namespace rd::test {

// Points QSettings at a fresh INI folder for one test, so tests never touch the user's settings.
class SettingsSandbox
{
public:
    SettingsSandbox()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace rd::test
