#include "ui/main/StoreOpener.h"

#include "core/demo/DemoCommand.h"
#include "core/gemeente/Referentiedata.h"
#include "core/store/Store.h"
#include "ui/main/RecentStores.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace rd {
namespace {

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Result<std::unique_ptr<Store>> StoreOpener::openExisting(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error{path, tr("the file does not exist")};
    return Store::open(path, Store::Mode::ReadWrite);
}

bool StoreOpener::agreeToUpgrade(QWidget *parent, const QString &path)
{
    const auto version = Store::schemaVersionOf(path);
    if (!version || *version >= Store::latestSchemaVersion())
        return true; // nothing to upgrade, or Store::open says what is wrong
    QMessageBox box(QMessageBox::Question, tr("Upgrade store"),
                    tr("This store was made by an older version of Regiedesk."),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(
        tr("To open %1, Regiedesk upgrades it from schema %2 to schema %3. A copy of the file as "
           "it is now is kept beside it first. Older versions of Regiedesk cannot open the "
           "upgraded file.")
            .arg(QFileInfo(path).fileName(), QString::number(*version),
                 QString::number(Store::latestSchemaVersion())));
    auto *upgrade = box.addButton(tr("&Upgrade and open"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(upgrade);
    box.exec();
    return box.clickedButton() == upgrade;
}

QString StoreOpener::demoPath()
{
    return QFileInfo(Store::defaultPath()).absolutePath() + QStringLiteral("/demo.sqlite");
}

Result<std::unique_ptr<Store>> StoreOpener::createNew(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{path, tr("the file already exists; open it instead")};
    auto store = Store::open(path, Store::Mode::Create);
    if (!store)
        return store.error();
    const Status loaded = Referentiedata(**store).laadStandaard();
    if (!loaded) {
        store->reset();
        removeStoreFiles(path);
        return loaded.error();
    }
    return store;
}

Result<std::unique_ptr<Store>> StoreOpener::createDemo(QWidget *parent, const QString &path)
{
    auto store = Store::open(path, Store::Mode::Create);
    if (!store)
        return store.error();

    QProgressDialog progress(tr("Creating the demo store with invented households…"), tr("Cancel"),
                             0, 100, parent);
    progress.setWindowTitle(tr("Demo store"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    DemoOpties opties;
    opties.voortgang = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    const Status made = DemoCommand(**store, opties).voerUit();
    progress.reset();
    if (!made) {
        store->reset();
        removeStoreFiles(path);
        return made.error();
    }
    return store;
}

std::unique_ptr<Store> StoreOpener::openOrAsk(QWidget *parent, const QString &path, bool atStartup)
{
    QString file = path;
    for (;;) {
        if (!agreeToUpgrade(parent, file))
            return nullptr;
        auto store = openExisting(file);
        if (store) {
            recentStores::add(file);
            return std::move(store).value();
        }
        QMessageBox box(QMessageBox::Critical, tr("Regiedesk"),
                        tr("The store could not be opened."), QMessageBox::NoButton, parent);
        box.setInformativeText(store.error().toString());
        auto *choose = box.addButton(tr("&Choose another file…"), QMessageBox::AcceptRole);
        box.addButton(atStartup ? tr("&Quit") : tr("Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(choose);
        box.exec();
        if (box.clickedButton() != choose)
            return nullptr;
        const QString chosen =
            QFileDialog::getOpenFileName(parent, tr("Open store"), QFileInfo(file).absolutePath(),
                                         tr("Regiedesk stores (*.sqlite *.db);;All files (*)"));
        if (!chosen.isEmpty())
            file = chosen;
    }
}

std::unique_ptr<Store> StoreOpener::openAtStartup(QWidget *parent, const QString &requested)
{
    if (!requested.isEmpty() && !QFileInfo::exists(requested)) {
        auto created = createNew(requested);
        if (created) {
            recentStores::add(requested);
            return std::move(created).value();
        }
        QMessageBox::warning(parent, tr("Regiedesk"),
                             tr("A new store could not be created.") + QStringLiteral("\n\n") +
                                 created.error().toString());
    }
    if (!requested.isEmpty())
        return openOrAsk(parent, requested, true);

    const QString last = recentStores::last();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return openOrAsk(parent, last, true);

    const QString demo = demoPath();
    if (!QFileInfo::exists(demo)) {
        auto created = createDemo(parent, demo);
        if (created) {
            recentStores::add(demo);
            return std::move(created).value();
        }
        QMessageBox::warning(parent, tr("Regiedesk"),
                             tr("The demo store could not be created.") + QStringLiteral("\n\n") +
                                 created.error().toString());
    }
    return openOrAsk(parent, demo, true);
}

} // namespace rd
