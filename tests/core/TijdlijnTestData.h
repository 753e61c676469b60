#pragma once

// A store with households at known dates for the timeline, refusal and reunification tests.

#include "TestSupport.h"

#include "core/koppeling/KoppelingService.h"
#include "core/store/Store.h"

#include <gtest/gtest.h>

namespace rd::test {

class TijdlijnTest : public ::testing::Test
{
protected:
    static inline const QDate vandaag{2026, 11, 29};
    static inline const QDate vergunning{2026, 9, 1};
    static inline const QDate gesprekDatum{2026, 9, 3};
    static inline const QDate koppelDatum{2026, 9, 15};
    static inline const QString amsterdam = QStringLiteral("GM0363");
    static inline const QString amstelveen = QStringLiteral("GM0362");
    static inline const QString utrecht = QStringLiteral("GM0344");
    static inline const QString groningen = QStringLiteral("GM0014");

    void SetUp() override
    {
        store = openStore(dir.path(QStringLiteral("tijdlijn.sqlite")), true);
        ASSERT_TRUE(store);
        azc = azcIn(*store, amsterdam);
    }

    struct Opties
    {
        int personen = 2;
        bool bsn = false;     // every person has a BSN
        bool gesprek = false; // an intake interview on gesprekDatum
        bool zelfhuisvester = false;
        QDate gezinshereniging;

        Opties &metPersonen(int n)
        {
            personen = n;
            return *this;
        }
        Opties &metBsn()
        {
            bsn = true;
            return *this;
        }
        Opties &metGesprek()
        {
            gesprek = true;
            return *this;
        }
        Opties &alsZelfhuisvester()
        {
            zelfhuisvester = true;
            return *this;
        }
        Opties &metGezinshereniging(const QDate &vanaf)
        {
            gezinshereniging = vanaf;
            return *this;
        }
    };

    qint64 nieuwHuishouden(qint64 vNummer, const Opties &opties)
    {
        static const QStringList bsns{QStringLiteral("111222333"), QStringLiteral("123456782"),
                                      QStringLiteral("111111110"), QStringLiteral("222222220")};
        Huishouden h = voorbeeldHuishouden(vNummer, opties.personen, vergunning, azc);
        if (opties.bsn) {
            for (qsizetype i = 0; i < h.personen.size(); ++i)
                h.personen[i].bsn = bsns.at(i + bsnsGebruikt);
            bsnsGebruikt += h.personen.size();
        }
        if (opties.gesprek) {
            Huisvestinggesprek g;
            g.datum = gesprekDatum;
            g.azcId = azc;
            h.gesprek = g;
        }
        h.zelfhuisvester = opties.zelfhuisvester;
        h.gezinsherenigingVanaf = opties.gezinshereniging;
        return voegToe(*store, h, vandaag);
    }
    qint64 nieuwHuishouden(qint64 vNummer) { return nieuwHuishouden(vNummer, Opties{}); }

    void koppel(qint64 huishouden, const QString &gemeente = amsterdam,
                const QDate &datum = koppelDatum)
    {
        auto id = KoppelingService(*store).koppel(huishouden, gemeente, datum,
                                                  QStringLiteral("achterstand"), vandaag);
        ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    }

    TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
    qsizetype bsnsGebruikt = 0;
};

} // namespace rd::test
