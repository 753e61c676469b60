#include "TaakstellingTestData.h"

#include "TestSupport.h"
#include "core/koppeling/KoppelingService.h"
#include "core/taakstelling/TaakstellingService.h"

#include <gtest/gtest.h>

namespace rd::test {

std::unique_ptr<Store> TaakstellingTestData::maak(const QString &path)
{
    auto store = openStore(path);
    if (!store)
        return nullptr;
    const Status vgGezet =
        TaakstellingService(*store).zetVg(halfJaar(), vg, tijdigheid::laatsteDagVg(halfJaar()));
    EXPECT_TRUE(vgGezet.ok()) << (vgGezet ? "" : vgGezet.error().toString().toStdString());

    const qint64 azc = azcIn(*store, QStringLiteral("GM0200"));
    Huishouden gehuisvest = voorbeeldHuishouden(1000000001, 4, QDate(2025, 12, 1), azc);
    gehuisvest.tekenen = QDate(2026, 2, 1);
    gehuisvest.verhuizing = QDate(2026, 2, 10);
    gehuisvest.uitschrijving = QDate(2026, 2, 12);
    gehuisvest.huisvestGemeente = QStringLiteral("GM0363");
    const qint64 gehuisvestId = voegToe(*store, gehuisvest);
    EXPECT_NE(gehuisvestId, 0);
    // A household counts only through a coupling that was in force at the housing (3.2).
    auto voorKoppeling =
        KoppelingService(*store).koppel(gehuisvestId, QStringLiteral("GM0363"), QDate(2025, 12, 10),
                                        QStringLiteral("test"), QDate(2026, 11, 29));
    EXPECT_TRUE(voorKoppeling.ok())
        << (voorKoppeling ? "" : voorKoppeling.error().toString().toStdString());

    const qint64 wachtend =
        voegToe(*store, voorbeeldHuishouden(1000000101, 3, QDate(2026, 1, 5), azc));
    auto koppeling =
        KoppelingService(*store).koppel(wachtend, QStringLiteral("GM0599"), QDate(2026, 3, 1),
                                        QStringLiteral("test"), QDate(2026, 11, 29));
    EXPECT_TRUE(koppeling.ok()) << (koppeling ? "" : koppeling.error().toString().toStdString());
    return store;
}

} // namespace rd::test
