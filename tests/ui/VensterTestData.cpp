#include "VensterTestData.h"

#include "core/taakstelling/TaakstellingService.h"
#include "core/taakstelling/Tijdigheid.h"
#include "ui/main/MainWindow.h"
#include "ui/widgets/HalfJaarCombo.h"
#include "ui/widgets/RegioCombo.h"

#include <QApplication>
#include <QTest>

#include <gtest/gtest.h>

namespace rd::test {

std::unique_ptr<MainWindow> VensterTestData::open(int breedte, int hoogte)
{
    {
        auto store = openStore(pad(), true);
        if (!store) {
            ADD_FAILURE() << "no store";
            return nullptr;
        }
        const HalfJaar h(2026, 2);
        if (!TaakstellingService(*store).zetVg(h, 20000, tijdigheid::laatsteDagVg(h)).ok()) {
            ADD_FAILURE() << "no vg";
            return nullptr;
        }
        const qint64 azc = azcIn(*store, QStringLiteral("GM0363"));
        for (int i = 0; i < 6; ++i)
            voegToe(*store, voorbeeldHuishouden(4500000001 + 10 * i, 1 + i % 4,
                                                QDate(2026, 11, 1 + 3 * i), azc));
    }
    auto window = std::make_unique<MainWindow>();
    window->setVandaag(vandaag());
    const Status opened = window->openStore(pad());
    if (!opened.ok()) {
        ADD_FAILURE() << opened.error().toString().toStdString();
        return nullptr;
    }
    window->halfJaarCombo()->setHalfJaar(HalfJaar(2026, 2));
    window->regioCombo()->setRegio(3);
    window->resize(breedte, hoogte);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        ADD_FAILURE() << "window not exposed";
    QApplication::processEvents();
    return window;
}

} // namespace rd::test
