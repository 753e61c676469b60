#pragma once

// A small store for the supervision figures (`toezicht`) and the lead times per household
// (`doorlooptijden`), every figure computable by hand.

#include "TestSupport.h"

#include "core/koppeling/KoppelingService.h"
#include "core/rapport/RapportService.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"

#include <gtest/gtest.h>

namespace rd::test::toezicht {

inline const QDate vandaag(2026, 11, 29);
inline const HalfJaar periode(2026, 1);
inline const QString aadorp = QStringLiteral("GM0001");
inline const QString bedum = QStringLiteral("GM0002");
inline const QString cadzand = QStringLiteral("GM0003");
inline const QString diemen = QStringLiteral("GM0004");

// Columns of table "gemeenten".
enum
{
    Code,
    Naam,
    Taakstelling,
    Opgave,
    Realisatie,
    Gehaald,
    Achterstand,
    TolerantieKolom,
    BinnenTolerantie,
    PijplijnProductie,
    GehaaldMetPijplijn,
    Gekoppeld,
    M1Aantal,
    M1Dagen,
    M1Binnen,
    M2Koppelingen,
    M2Meetbaar,
    M2Aandeel,
    M2Dagen
};
// Columns of table "maanden".
enum
{
    Maand,
    Aantal,
    Gemiddelde,
    Voortschrijdend
};

// Four gemeenten of 1,000, 2,000, 7,000 and 0 inhabitants (iN = 10,000) and vg 50 for 2026-H1:
// taakstelling 5, 10, 35 and 0. Region 3: Aadorp and Bedum (Utrecht), Diemen (Noord-Holland);
// Cadzand lies in Zeeland (region 4). Every move here is also the uitschrijving, by the coupled
// gemeente, and the lease was signed 5 days before the move.
//
// Aadorp, the case of handbook 4.4.3 where the two methods differ:
//   A1 4 p. coupled 2025-11-01 (previous half-year), moved 2026-01-31: 91 days, method 1 only;
//   A2 3 p. coupled 2026-02-01, moved 2026-03-15: 42 days, both methods;
//   A3 2 p. coupled 2026-03-01, not moved: method 2, not measurable; coupled, not housed;
//   A4 2 p. coupled 2026-05-01, signed 2026-07-10, moved 2026-07-15 (after the period, before
//      the reference date 2026-08-01): 75 days, method 2 only; coupled, not housed on 30 June,
//      but not the pipeline (pijplijn productie): no lease signed by then;
//   E1 1 p. coupled 2025-10-01, moved 2025-12-01: 61 days, in the moving average's window only.
//   Method 1 (realisations): 2 households, (91 + 42) / 2 = 66.5; method 2: 3 coupled, 2
//   measurable (66.7 %), (42 + 75) / 2 = 58.5. Realisatie 4 + 3 = 7 of 5.
// Bedum: B1..B4 of 5, 5, 5, 3 p.: 115, 140, 120, 111 days, all coupled and moved in the period:
//   realisatie 18 of 10, mean 121.5 days: over 12 weeks.
// Cadzand: C1..C4 of 8, 8, 8, 6 p. coupled 2026-01-01, moved 2026-03-01 (59 days): realisatie 30
//   of 35, backlog 5 within the tolerance 35 / 6 = 5.
// Diemen: D1 2 p. coupled 2026-04-01, moved 2026-05-01: 30 days; realisatie 2 of 0.
class RapportToezichtTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("t.sqlite")), false);
        ASSERT_TRUE(store);
        for (const auto &statement : {
                 QStringLiteral("INSERT INTO provincie VALUES('Utrecht', 3), ('Noord-Holland', 3), "
                                "('Zeeland', 4)"),
                 QStringLiteral("INSERT INTO gemeente(code, naam, provincie) VALUES"
                                "('GM0001', 'Aadorp', 'Utrecht'), ('GM0002', 'Bedum', 'Utrecht'), "
                                "('GM0003', 'Cadzand', 'Zeeland'), "
                                "('GM0004', 'Diemen', 'Noord-Holland')"),
                 QStringLiteral("INSERT INTO inwoners VALUES('GM0001', 2025, 1000), "
                                "('GM0002', 2025, 2000), ('GM0003', 2025, 7000), "
                                "('GM0004', 2025, 0)"),
             }) {
            auto r = sql::run(store->database(), statement);
            ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        }
        azc = test::azcIn(*store, aadorp);
        opties.peildatum = QDate(2026, 8, 1);

        huishouden(6200000001, 4, aadorp, QDate(2025, 11, 1), QDate(2026, 1, 31));
        huishouden(6200000011, 3, aadorp, QDate(2026, 2, 1), QDate(2026, 3, 15));
        huishouden(6200000021, 2, aadorp, QDate(2026, 3, 1), {});
        huishouden(6200000031, 2, aadorp, QDate(2026, 5, 1), QDate(2026, 7, 15));
        huishouden(6200000041, 1, aadorp, QDate(2025, 10, 1), QDate(2025, 12, 1));
        huishouden(6200000101, 5, bedum, QDate(2026, 1, 5), QDate(2026, 4, 30));
        huishouden(6200000111, 5, bedum, QDate(2026, 1, 10), QDate(2026, 5, 30));
        huishouden(6200000121, 5, bedum, QDate(2026, 2, 1), QDate(2026, 6, 1));
        huishouden(6200000131, 3, bedum, QDate(2026, 3, 1), QDate(2026, 6, 20));
        for (qint64 v : {6200000201, 6200000211, 6200000221})
            huishouden(v, 8, cadzand, QDate(2026, 1, 1), QDate(2026, 3, 1));
        huishouden(6200000231, 6, cadzand, QDate(2026, 1, 1), QDate(2026, 3, 1));
        huishouden(6200000301, 2, diemen, QDate(2026, 4, 1), QDate(2026, 5, 1));
        ASSERT_TRUE(
            TaakstellingService(*store).zetVg(periode, 50, tijdigheid::laatsteDagVg(periode)).ok());
    }

    void huishouden(qint64 vNummer, int personen, const QString &gemeente, const QDate &koppeling,
                    const QDate &verhuizing)
    {
        auto h = test::voorbeeldHuishouden(vNummer, personen, koppeling.addDays(-20), azc);
        if (verhuizing.isValid()) {
            h.tekenen = verhuizing.addDays(-5);
            h.verhuizing = verhuizing;
            h.uitschrijving = verhuizing;
            h.huisvestGemeente = gemeente;
        }
        const qint64 id = test::voegToe(*store, h, vandaag);
        auto k =
            KoppelingService(*store).koppel(id, gemeente, koppeling, QStringLiteral("t"), vandaag);
        ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    }

    Rapport maak(const RapportBereik &bereik, const HalfJaar &h = periode)
    {
        auto r = RapportService(*store).maak(RapportSoort::Toezicht, h, bereik, opties);
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        return r.ok() ? *r : Rapport{};
    }
    static RapportTabel tabel(const Rapport &r, const QString &sleutel)
    {
        static const RapportTabel leeg;
        for (const auto &t : r.tabellen) {
            if (t.sleutel == sleutel)
                return t;
        }
        ADD_FAILURE() << "no table " << sleutel.toStdString();
        return leeg;
    }
    static QVariantList rij(const Rapport &r, const QString &code)
    {
        for (const auto &rij : tabel(r, QStringLiteral("gemeenten")).rijen) {
            if (rij.at(Code).toString() == code)
                return rij;
        }
        ADD_FAILURE() << "no row " << code.toStdString();
        return QVariantList(M2Dagen + 1);
    }
    static QStringList codes(const Rapport &r)
    {
        QStringList lijst;
        for (const auto &rij : tabel(r, QStringLiteral("gemeenten")).rijen)
            lijst << rij.at(Code).toString();
        return lijst;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
    RapportOpties opties;
};

} // namespace rd::test::toezicht
