// The board's incremental figures: pasKoppelingToe moves one gemeente's coupled figure after a
// coupling without recomputing, somVan adds a partnership's members, berekenTempo is the
// monthly pace. A delta must always land where a fresh TaakstellingService::bereken would.
#include "TestSupport.h"

#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/KoppelingService.h"
#include "core/taakstelling/Taakstelling.h"
#include "core/taakstelling/TaakstellingService.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const HalfJaar halfJaar(2026, 1);
const QDate peildatum(2026, 6, 30);

TaakstellingStand rijMet(const QString &code, qint64 opgave, qint64 realisatie, qint64 pipeline)
{
    TaakstellingStand r;
    r.code = code;
    r.naam = code;
    r.regio = 3;
    r.inwoners = 1000;
    r.taakstelling = opgave;
    r.opgave = opgave;
    r.realisatie = realisatie;
    r.gekoppeldNietGehuisvest = pipeline;
    r.prognose = realisatie + pipeline;
    r.voorAchter = r.prognose - opgave;
    return r;
}

TaakstellingOverzicht overzichtMet(const QList<TaakstellingStand> &rijen)
{
    TaakstellingOverzicht o;
    o.halfJaar = halfJaar;
    o.vg = 100;
    o.inwonersLand = 10000;
    o.peildatum = peildatum;
    o.rijen = rijen;
    return o;
}

// Every figure of two rows, for "nothing else changed" and "equals a fresh bereken".
void verwachtGelijk(const TaakstellingStand &a, const TaakstellingStand &b)
{
    EXPECT_EQ(a.code, b.code);
    EXPECT_EQ(a.naam, b.naam);
    EXPECT_EQ(a.regio, b.regio);
    EXPECT_EQ(a.inwoners, b.inwoners) << a.code.toStdString();
    EXPECT_EQ(a.taakstelling, b.taakstelling) << a.code.toStdString();
    EXPECT_EQ(a.herverdeling, b.herverdeling) << a.code.toStdString();
    EXPECT_EQ(a.saldoVorig, b.saldoVorig) << a.code.toStdString();
    EXPECT_EQ(a.opgave, b.opgave) << a.code.toStdString();
    EXPECT_EQ(a.realisatie, b.realisatie) << a.code.toStdString();
    EXPECT_EQ(a.gekoppeldNietGehuisvest, b.gekoppeldNietGehuisvest) << a.code.toStdString();
    EXPECT_EQ(a.prognose, b.prognose) << a.code.toStdString();
    EXPECT_EQ(a.voorAchter, b.voorAchter) << a.code.toStdString();
}

void verwachtGelijk(const TaakstellingOverzicht &a, const TaakstellingOverzicht &b)
{
    ASSERT_EQ(a.rijen.size(), b.rijen.size());
    EXPECT_EQ(a.peildatum, b.peildatum);
    for (qsizetype i = 0; i < a.rijen.size(); ++i)
        verwachtGelijk(a.rijen.at(i), b.rijen.at(i));
}

} // namespace

TEST(PasKoppelingToe, MovesPipelinePrognoseAndVoorAchterByThePersons)
{
    TaakstellingOverzicht o = overzichtMet(
        {rijMet(QStringLiteral("GM0001"), 20, 5, 2), rijMet(QStringLiteral("GM0002"), 30, 10, 0)});
    ASSERT_TRUE(pasKoppelingToe(o, QStringLiteral("GM0002"), 4, QDate(2026, 3, 1)));
    const TaakstellingStand &r = o.rijen.at(1);
    EXPECT_EQ(r.gekoppeldNietGehuisvest, 4);
    EXPECT_EQ(r.prognose, 14);
    EXPECT_EQ(r.voorAchter, -16);
}

TEST(PasKoppelingToe, ChangesNothingElse)
{
    const TaakstellingOverzicht voor = overzichtMet(
        {rijMet(QStringLiteral("GM0001"), 20, 5, 2), rijMet(QStringLiteral("GM0002"), 30, 10, 0)});
    TaakstellingOverzicht o = voor;
    ASSERT_TRUE(pasKoppelingToe(o, QStringLiteral("GM0002"), 4, QDate(2026, 3, 1)));
    verwachtGelijk(o.rijen.at(0), voor.rijen.at(0));
    TaakstellingStand verwacht = voor.rijen.at(1);
    verwacht.gekoppeldNietGehuisvest += 4;
    verwacht.prognose += 4;
    verwacht.voorAchter += 4;
    verwachtGelijk(o.rijen.at(1), verwacht);
    EXPECT_EQ(o.vg, voor.vg);
    EXPECT_EQ(o.inwonersLand, voor.inwonersLand);
    EXPECT_EQ(o.peildatum, voor.peildatum);
}

TEST(PasKoppelingToe, CouplingAfterThePeildatumChangesNothing)
{
    const TaakstellingOverzicht voor = overzichtMet({rijMet(QStringLiteral("GM0001"), 20, 5, 2)});
    TaakstellingOverzicht o = voor;
    EXPECT_FALSE(pasKoppelingToe(o, QStringLiteral("GM0001"), 4, peildatum.addDays(1)));
    verwachtGelijk(o, voor);
    // On the peildatum itself it counts, as in bereken (k.datum <= peildatum).
    EXPECT_TRUE(pasKoppelingToe(o, QStringLiteral("GM0001"), 4, peildatum));
    EXPECT_EQ(o.rijen.at(0).gekoppeldNietGehuisvest, 6);
}

TEST(PasKoppelingToe, UnknownGemeenteReturnsFalseAndChangesNothing)
{
    const TaakstellingOverzicht voor = overzichtMet({rijMet(QStringLiteral("GM0001"), 20, 5, 2)});
    TaakstellingOverzicht o = voor;
    EXPECT_FALSE(pasKoppelingToe(o, QStringLiteral("GM9999"), 4, QDate(2026, 3, 1)));
    EXPECT_FALSE(pasKoppelingToe(o, QString(), 4, QDate(2026, 3, 1)));
    verwachtGelijk(o, voor);
}

TEST(PasKoppelingToe, UndoWithNegativePersonsRestores)
{
    const TaakstellingOverzicht voor = overzichtMet(
        {rijMet(QStringLiteral("GM0001"), 20, 5, 2), rijMet(QStringLiteral("GM0002"), 30, 10, 0)});
    TaakstellingOverzicht o = voor;
    ASSERT_TRUE(pasKoppelingToe(o, QStringLiteral("GM0001"), 5, QDate(2026, 2, 1)));
    ASSERT_TRUE(pasKoppelingToe(o, QStringLiteral("GM0001"), -5, QDate(2026, 2, 1)));
    verwachtGelijk(o, voor);
}

namespace {

// The full reference data with a vg for 2026-H1 and households waiting in reception.
class TaakstellingDeltaStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("delta.sqlite")));
        ASSERT_TRUE(store);
        const Status vg =
            TaakstellingService(*store).zetVg(halfJaar, 12000, tijdigheid::laatsteDagVg(halfJaar));
        ASSERT_TRUE(vg.ok()) << vg.error().toString().toStdString();
        azc = test::azcIn(*store, QStringLiteral("GM0200"));
    }

    qint64 wachtend(qint64 vNummer, int personen)
    {
        return test::voegToe(
            *store, test::voorbeeldHuishouden(vNummer, personen, QDate(2026, 1, 5), azc), vandaag);
    }

    TaakstellingOverzicht bereken(int regio = 0)
    {
        auto o = TaakstellingService(*store).bereken(halfJaar, regio, peildatum);
        EXPECT_TRUE(o.ok()) << (o ? "" : o.error().toString().toStdString());
        return o ? *o : TaakstellingOverzicht{};
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
};

} // namespace

TEST_F(TaakstellingDeltaStoreTest, DeltaEqualsAFreshBerekenAfterARealCoupling)
{
    const qint64 id = wachtend(1000000101, 3);
    TaakstellingOverzicht o = bereken();
    const QDate datum(2026, 3, 1);
    auto k = KoppelingService(*store).koppel(id, QStringLiteral("GM0599"), datum,
                                             QStringLiteral("test"), vandaag);
    ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    ASSERT_TRUE(pasKoppelingToe(o, QStringLiteral("GM0599"), 3, datum));
    verwachtGelijk(o, bereken());

    // Undone: the coupling ends on its own date and the delta takes the persons back.
    const Status ontkoppeld =
        KoppelingService(*store).ontkoppel(id, datum, QStringLiteral("undone"), vandaag);
    ASSERT_TRUE(ontkoppeld.ok()) << ontkoppeld.error().toString().toStdString();
    ASSERT_TRUE(pasKoppelingToe(o, QStringLiteral("GM0599"), -3, datum));
    verwachtGelijk(o, bereken());
}

TEST_F(TaakstellingDeltaStoreTest, PartnershipCouplingCountsForTheCoordinatorAsInBereken)
{
    auto ps = Referentiedata(*store).voegPartnerschapToe(
        QStringLiteral("Regio Utrecht Wonen"), QStringLiteral("GM0344"),
        {QStringLiteral("GM0344"), QStringLiteral("GM0307")});
    ASSERT_TRUE(ps.ok()) << ps.error().toString().toStdString();
    const qint64 id = wachtend(1000000201, 5);
    TaakstellingOverzicht o = bereken(3);
    const QDate datum(2026, 4, 2);
    auto k = KoppelingService(*store).koppelPartnerschap(id, *ps, datum, QStringLiteral("test"),
                                                         vandaag);
    ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    ASSERT_TRUE(pasKoppelingToe(o, QStringLiteral("GM0344"), 5, datum));
    verwachtGelijk(o, bereken(3));
}

TEST_F(TaakstellingDeltaStoreTest, CouplingAfterThePeildatumIsNotInAFreshBerekenEither)
{
    const qint64 id = wachtend(1000000301, 2);
    TaakstellingOverzicht o = bereken();
    const QDate datum = peildatum.addDays(10);
    auto k = KoppelingService(*store).koppel(id, QStringLiteral("GM0363"), datum,
                                             QStringLiteral("test"), vandaag);
    ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    EXPECT_FALSE(pasKoppelingToe(o, QStringLiteral("GM0363"), 2, datum));
    verwachtGelijk(o, bereken());
}

TEST(SomVan, AddsEveryFigureOfTheMembers)
{
    TaakstellingStand a = rijMet(QStringLiteral("GM0001"), 20, 5, 2);
    a.herverdeling = 3;
    a.saldoVorig = -4;
    TaakstellingStand b = rijMet(QStringLiteral("GM0002"), 30, 10, 7);
    b.herverdeling = -3;
    b.saldoVorig = 6;
    b.inwoners = 2500;
    const TaakstellingStand som = somVan({a, b});
    EXPECT_EQ(som.inwoners, a.inwoners + b.inwoners);
    EXPECT_EQ(som.taakstelling, a.taakstelling + b.taakstelling);
    EXPECT_EQ(som.herverdeling, 0);
    EXPECT_EQ(som.saldoVorig, 2);
    EXPECT_EQ(som.opgave, 50);
    EXPECT_EQ(som.realisatie, 15);
    EXPECT_EQ(som.gekoppeldNietGehuisvest, 9);
    EXPECT_EQ(som.prognose, 24);
    EXPECT_EQ(som.voorAchter, a.voorAchter + b.voorAchter);
    EXPECT_TRUE(som.code.isEmpty());
    EXPECT_TRUE(som.naam.isEmpty());
}

TEST(SomVan, OfNothingIsAllZero)
{
    const TaakstellingStand som = somVan({});
    EXPECT_EQ(som.opgave, 0);
    EXPECT_EQ(som.prognose, 0);
    EXPECT_EQ(som.voorAchter, 0);
}

TEST(BerekenTempo, IsOneSixthPerMonthBegunRoundedUp)
{
    EXPECT_EQ(berekenTempo(60, 1), 10);
    EXPECT_EQ(berekenTempo(60, 3), 30);
    EXPECT_EQ(berekenTempo(7, 1), 2);   // 7/6 = 1.17 -> 2
    EXPECT_EQ(berekenTempo(13, 5), 11); // 65/6 = 10.8 -> 11
    EXPECT_EQ(berekenTempo(1, 1), 1);
    for (qint64 opgave : {1, 5, 6, 11, 97, 1234}) {
        for (int maanden = 1; maanden <= 6; ++maanden) {
            const qint64 t = berekenTempo(opgave, maanden);
            // The smallest whole number not below opgave * maanden / 6.
            EXPECT_GE(t * 6, opgave * maanden) << opgave << " " << maanden;
            EXPECT_LT((t - 1) * 6, opgave * maanden) << opgave << " " << maanden;
        }
    }
}

TEST(BerekenTempo, NoMonthBegunIsZero)
{
    EXPECT_EQ(berekenTempo(60, 0), 0);
}

TEST(BerekenTempo, SixMonthsIsTheWholeOpgave)
{
    EXPECT_EQ(berekenTempo(61, 6), 61);
    EXPECT_EQ(berekenTempo(61, 7), 61); // never more than the half-year's six months
}

TEST(BerekenTempo, NonPositiveOpgaveIsZero)
{
    EXPECT_EQ(berekenTempo(0, 3), 0);
    EXPECT_EQ(berekenTempo(-12, 6), 0);
}

TEST(BerekenTempo, FollowsTheMonthsBegunOfTheHalfYear)
{
    EXPECT_EQ(berekenTempo(60, halfJaar.verstrekenMaanden(QDate(2025, 12, 31))), 0);
    EXPECT_EQ(berekenTempo(60, halfJaar.verstrekenMaanden(QDate(2026, 1, 1))), 10);
    EXPECT_EQ(berekenTempo(60, halfJaar.verstrekenMaanden(QDate(2026, 3, 31))), 30);
    EXPECT_EQ(berekenTempo(60, halfJaar.verstrekenMaanden(QDate(2026, 7, 1))), 60);
}
