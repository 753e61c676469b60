#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rd::language {

// The languages Regiedesk speaks: "nl" (the default) and "en".
QStringList supported();
// The language saved in the settings (key "taal"); "nl" when unset or unknown.
QString saved();
void save(const QString &taal);

// Installs Regiedesk's translation (":/i18n/regiedesk_<taal>.qm") and Qt's own (qtbase) when
// present, and sets the default locale for numbers and dates. Returns false when Regiedesk's
// translation could not be loaded; the program then runs with its English source texts.
bool install(QCoreApplication &app, const QString &taal);
// Removes what install() added (tests switch languages within one process).
void uninstall(QCoreApplication &app);

} // namespace rd::language
