#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace rd {

class Store;

// Finding and opening the store the window works on. Failures are shown to the user with the
// reason and a way out (another file, or quit); nothing here crashes on a bad file.
class StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)
public:
    // The demo store: "demo.sqlite" in the folder of Store::defaultPath().
    static QString demoPath();

    // A new store with the reference data loaded (gemeenten, CBS population, AZC locations).
    // Refused when the file already exists.
    static Result<std::unique_ptr<Store>> createNew(const QString &path);

    // Creates the demo store with a progress dialog; on failure or cancel the file is removed.
    static Result<std::unique_ptr<Store>> createDemo(QWidget *parent, const QString &path);

    // Opens an existing store; when that fails, says why and offers to choose another file.
    // nullptr when the user gives up (Quit at start-up, Cancel later).
    static std::unique_ptr<Store> openOrAsk(QWidget *parent, const QString &path, bool atStartup);

    // At start-up: the requested file (created with reference data when new), else the last store
    // used, else the demo store (created when missing). nullptr when the user chose to quit.
    static std::unique_ptr<Store> openAtStartup(QWidget *parent, const QString &requested);

    // A store of an older schema is upgraded only after the user agreed (a backup is kept);
    // true also when there is nothing to upgrade.
    static bool agreeToUpgrade(QWidget *parent, const QString &path);

private:
    static Result<std::unique_ptr<Store>> openExisting(const QString &path);
};

} // namespace rd
