#pragma once

// A store with coupled households, a sender and AZC contact lines, for the coupling letter tests.

#include "TestSupport.h"

#include "core/gemeente/Referentiedata.h"
#include "core/instellingen/Instellingen.h"
#include "core/koppeling/KoppelingService.h"
#include "core/store/Store.h"

#include <gtest/gtest.h>

namespace rd::test {

class BriefTest : public ::testing::Test
{
protected:
    static inline const QDate vandaag{2026, 11, 29};
    static inline const QDate vergunning{2026, 10, 1};
    static inline const QDate koppelDatum{2026, 10, 12};
    static inline const QDate briefDatum{2026, 10, 20};
    static inline const QString groningen = QStringLiteral("GM0014");
    static inline const QString amsterdam = QStringLiteral("GM0363");
    static inline const QString almere = QStringLiteral("GM0034");
    static inline const QString lelystad = QStringLiteral("GM0995");

    void SetUp() override
    {
        store = openStore(dir.path(QStringLiteral("brief.sqlite")), true);
        ASSERT_TRUE(store);
        azc = azcIn(*store, groningen);
        Instellingen instellingen(*store);
        ASSERT_TRUE(instellingen.zetAfzender(
            {QStringLiteral("COA, regio Noord-Nederland"), QStringLiteral("Pieter Zwart"),
             QStringLiteral("088-715 70 00"), QStringLiteral("p.zwart@coa.nl")}));
        ASSERT_TRUE(instellingen.zetAzcContact(azc, QStringLiteral("Locatiebalie, 088-715 71 11")));
    }

    // A household of `personen` with V-nummers from `vNummer`; the reference person is
    // "<voornaam> <achternaam>".
    qint64 huishouden(qint64 vNummer, int personen, const QString &voornaam,
                      const QString &achternaam)
    {
        Huishouden h = voorbeeldHuishouden(vNummer, personen, vergunning, azc);
        for (auto &p : h.personen)
            p.achternaam = achternaam;
        h.personen[0].voornamen = voornaam;
        return voegToe(*store, h, vandaag);
    }

    qint64 gekoppeld(qint64 vNummer, int personen, const QString &voornaam,
                     const QString &achternaam, const QString &gemeente = QStringLiteral("GM0363"),
                     const QDate &op = koppelDatum)
    {
        const qint64 id = huishouden(vNummer, personen, voornaam, achternaam);
        auto k = KoppelingService(*store).koppel(id, gemeente, op, QStringLiteral("test"), vandaag);
        EXPECT_TRUE(k) << qPrintable(k.error().toString());
        return id;
    }

    qint64 inPartnerschap(qint64 vNummer)
    {
        auto p = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Woonregio Flevoland"),
                                                            almere, {almere, lelystad});
        EXPECT_TRUE(p) << qPrintable(p.error().toString());
        const qint64 id = huishouden(vNummer, 2, QStringLiteral("Yonas"), QStringLiteral("Tesfay"));
        auto k = KoppelingService(*store).koppelPartnerschap(id, p ? *p : 0, koppelDatum,
                                                             QStringLiteral("test"), vandaag);
        EXPECT_TRUE(k) << qPrintable(k.error().toString());
        return id;
    }

    TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
};

} // namespace rd::test
