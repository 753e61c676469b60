// fuzz_store_open: Store::open on any bytes written to a file (core/store), read-only and then
// for writing, as the window and the command line open a file the user picked. Rules checked
// besides crashes and undefined behaviour (Store.h: "A file that fails is never written to and
// nothing is left beside it"):
// - a refused open says where and what, leaves the file's bytes as they were and leaves nothing
//   beside it but, after a failed upgrade, the backup copy made before it (Store.h);
// - a read-only open never changes the file, and the companions it needed are gone after it;
// - Store::schemaVersionOf refuses nothing that Store::open accepts read-only.
// Seeds: small stores made by regiedesk_fuzz_store_seeds (run-fuzz.sh runs it).
#include "FuzzSupport.h"
#include "core/store/Store.h"

#include <QDir>
#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

using namespace rd;

namespace {

const QString naam = QStringLiteral("store.sqlite");

// Every file beside the store: the scratch folder holds only the store's own files.
QStringList ernaast()
{
    QStringList namen = QDir(fuzz::scratchPath(QString()))
                            .entryList({QStringLiteral("store.sqlite*")},
                                       QDir::Files | QDir::Hidden | QDir::System);
    namen.removeOne(naam);
    return namen;
}

void geweigerd(const Error &error, const QByteArray &voor, const QString &pad, const char *modus)
{
    if (error.message.isEmpty() || error.where.isEmpty())
        fuzz::fail("a refused store says where and what", error.toString());
    if (fuzz::readBytes(pad) != voor)
        fuzz::fail("a refused store file is never written to",
                   QLatin1String(modus) + QLatin1Char(' ') + error.toString());
    QStringList rest = ernaast();
    static const QRegularExpression backup(QStringLiteral("^store\\.sqlite\\.v\\d+-.*\\.bak$"));
    rest.removeIf([](const QString &naam) { return backup.match(naam).hasMatch(); });
    if (!rest.isEmpty())
        fuzz::fail("a refused store leaves nothing beside it but a backup",
                   QLatin1String(modus) + QLatin1Char(' ') + error.toString() + QLatin1Char(' ') +
                       rest.join(QLatin1Char(' ')));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::begin();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::removeScratch(QStringLiteral("store.sqlite"));
    const QByteArray voor(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString pad = fuzz::writeScratch(naam, voor);

    const auto versie = Store::schemaVersionOf(pad);
    {
        auto store = Store::open(pad, Store::Mode::ReadOnly);
        if (!store) {
            geweigerd(store.error(), voor, pad, "read-only");
        } else {
            if (!versie)
                fuzz::fail("schemaVersionOf refuses nothing that open accepts",
                           versie.error().toString());
            (void)(*store)->check();
            (void)(*store)->schemaVersion();
        }
    }
    if (fuzz::readBytes(pad) != voor)
        fuzz::fail("a read-only open never changes the file");
    if (const QStringList rest = ernaast(); !rest.isEmpty())
        fuzz::fail("a read-only open leaves nothing beside the file", rest.join(QLatin1Char(' ')));

    {
        auto store = Store::open(pad, Store::Mode::ReadWrite);
        if (!store) {
            geweigerd(store.error(), voor, pad, "read-write");
        } else {
            QStringList problemen;
            (void)(*store)->check(&problemen);
        }
    }
    return 0;
}
