#pragma once

// A small store for the four COA reports (per-gemeente, huishoudens, termijn-gemeente,
// termijn-locatie), every figure computable by hand. Period 2025-H1 (2025-01-01 .. 06-30).
//
// household  persons  AZC   permit      coupling(s)                          lease signed  move
// H1         1        A     2024-12-20  Utrecht 2025-01-10                   2025-03-01 2025-03-11
// H2         3        B     2025-01-01  Utrecht 2025-02-01                   2025-05-02 2025-05-30
// H3         9        A     2025-03-01  Amersfoort 2025-03-15                -             -
// H4         2        A     2024-10-01  Amsterdam 2024-11-01                 2025-01-10 2025-01-20
//                                                                            (uitschrijving 01-22)
// H5         4        B     2025-01-05  Almere 2025-02-01, uncoupled 02-15;  -             -
//                                       Amsterdam 2025-02-20
// H6         2        B     2025-03-20  Rotterdam 2025-04-01 (region 4)      -             -
// H7         1        A     2025-06-01  Utrecht 2025-07-05 (next period)     -             -
// H8         5        none  2024-11-20  Utrecht 2024-12-01, uncoupled        -             -
//                                       2025-01-15; Utrecht 2025-01-20
// H9         2        A     2025-04-20  partnership Eemland (coordinator      -             -
//                                       Amersfoort) 2025-05-01
// AZC A lies in Amersfoort, AZC B in Rotterdam. H1, H2 and H4 are registered out (uitschrijving)
// on their move (H4: two days later) by the gemeente they were coupled to.

#include "TestSupport.h"

#include "core/domain/HalfJaar.h"
#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/KoppelingService.h"
#include "core/rapport/RapportService.h"

#include <gtest/gtest.h>

namespace rd::test {

inline const QString utrecht = QStringLiteral("GM0344");    // provincie Utrecht, region 3
inline const QString amersfoort = QStringLiteral("GM0307"); // provincie Utrecht, region 3
inline const QString leusden = QStringLiteral("GM0327");    // provincie Utrecht, region 3
inline const QString amsterdam = QStringLiteral("GM0363");  // Noord-Holland, region 3
inline const QString almere = QStringLiteral("GM0034");     // Flevoland, region 3
inline const QString rotterdam = QStringLiteral("GM0599");  // Zuid-Holland, region 4

class RapportCoaTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = openStore(dir.path(QStringLiteral("rapport.sqlite")));
        ASSERT_TRUE(store);
        azcA = azcIn(*store, amersfoort);
        azcB = azcIn(*store, rotterdam);
        auto eemland = Referentiedata(*store).voegPartnerschapToe(
            QStringLiteral("Eemland"), amersfoort, {amersfoort, leusden});
        ASSERT_TRUE(eemland.ok()) << eemland.error().toString().toStdString();

        h1 = huishouden(5000000010, 1, QDate(2024, 12, 20), azcA, QDate(2025, 3, 1),
                        QDate(2025, 3, 11), QDate(2025, 3, 11), utrecht);
        koppel(h1, utrecht, QDate(2025, 1, 10));
        h2 = huishouden(5000000020, 3, QDate(2025, 1, 1), azcB, QDate(2025, 5, 2),
                        QDate(2025, 5, 30), QDate(2025, 5, 30), utrecht);
        koppel(h2, utrecht, QDate(2025, 2, 1));
        h3 = huishouden(5000000030, 9, QDate(2025, 3, 1), azcA);
        koppel(h3, amersfoort, QDate(2025, 3, 15));
        h4 = huishouden(5000000040, 2, QDate(2024, 10, 1), azcA, QDate(2025, 1, 10),
                        QDate(2025, 1, 20), QDate(2025, 1, 22), amsterdam);
        koppel(h4, amsterdam, QDate(2024, 11, 1));
        h5 = huishouden(5000000050, 4, QDate(2025, 1, 5), azcB);
        koppel(h5, almere, QDate(2025, 2, 1));
        ontkoppel(h5, QDate(2025, 2, 15));
        koppel(h5, amsterdam, QDate(2025, 2, 20));
        h6 = huishouden(5000000060, 2, QDate(2025, 3, 20), azcB);
        koppel(h6, rotterdam, QDate(2025, 4, 1));
        h7 = huishouden(5000000070, 1, QDate(2025, 6, 1), azcA);
        koppel(h7, utrecht, QDate(2025, 7, 5));
        h8 = huishouden(5000000080, 5, QDate(2024, 11, 20), 0);
        koppel(h8, utrecht, QDate(2024, 12, 1));
        ontkoppel(h8, QDate(2025, 1, 15));
        koppel(h8, utrecht, QDate(2025, 1, 20));
        h9 = huishouden(5000000090, 2, QDate(2025, 4, 20), azcA);
        auto k = KoppelingService(*store).koppelPartnerschap(h9, *eemland, QDate(2025, 5, 1),
                                                             QStringLiteral("t"), vandaag);
        ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    }

    qint64 huishouden(qint64 vNummer, int personen, const QDate &vergunning, qint64 azc,
                      const QDate &tekenen = {}, const QDate &verhuizing = {},
                      const QDate &uitschrijving = {}, const QString &gemeente = {})
    {
        auto h = voorbeeldHuishouden(vNummer, personen, vergunning, azc);
        h.tekenen = tekenen;
        h.verhuizing = verhuizing;
        h.uitschrijving = uitschrijving;
        h.huisvestGemeente = gemeente;
        return voegToe(*store, h, vandaag);
    }

    void koppel(qint64 id, const QString &gemeente, const QDate &datum)
    {
        auto k = KoppelingService(*store).koppel(id, gemeente, datum, QStringLiteral("t"), vandaag);
        EXPECT_TRUE(k.ok()) << k.error().toString().toStdString();
    }

    void ontkoppel(qint64 id, const QDate &datum)
    {
        auto s = KoppelingService(*store).ontkoppel(id, datum, QStringLiteral("verhuisd"), vandaag);
        EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
    }

    Rapport maak(RapportSoort soort, const RapportBereik &bereik = RapportBereik::land(),
                 const HalfJaar &periode = HalfJaar(2025, 1))
    {
        auto r = RapportService(*store).maak(soort, periode, bereik);
        if (!r) {
            ADD_FAILURE() << r.error().toString().toStdString();
            return {};
        }
        return *r;
    }

    // The row whose column `kolom` holds `waarde`; nullptr when there is none.
    static const QVariantList *rij(const RapportTabel &tabel, int kolom, const QString &waarde)
    {
        for (const auto &r : tabel.rijen) {
            if (r.value(kolom).toString() == waarde)
                return &r;
        }
        return nullptr;
    }

    static int kolom(const RapportTabel &tabel, const QString &sleutel)
    {
        for (int i = 0; i < tabel.kolommen.size(); ++i) {
            if (tabel.kolommen.at(i).sleutel == sleutel)
                return i;
        }
        ADD_FAILURE() << "no column " << sleutel.toStdString();
        return 0;
    }

    // Every value of a column over the rows, as text.
    static QStringList kolomWaarden(const RapportTabel &tabel, int k)
    {
        QStringList lijst;
        for (const auto &r : tabel.rijen)
            lijst.append(r.value(k).toString());
        return lijst;
    }

    const QDate vandaag{2026, 11, 29};
    TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azcA = 0;
    qint64 azcB = 0;
    qint64 h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0, h7 = 0, h8 = 0, h9 = 0;
};

} // namespace rd::test
