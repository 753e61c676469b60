// Issue 12, item 3 (handbook 3.2, 3.4.1): a household counts for the quota only through a
// coupling that happened, in force at the housing, in the coupled gemeente or a member of the
// coupled partnership; resettled refugees, B-9 permit holders and amv's count without one and
// are listed as such. The quota, the rules, the timeline, the intake form and the import.
#include "TijdlijnTestData.h"

#include "core/controle/RegelControle.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/rapport/RapportService.h"
#include "core/regel/KoppelRegels.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/tijdlijn/TijdlijnService.h"

using namespace rd;

namespace {

class KoppelTelling : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        TijdlijnTest::SetUp();
        ASSERT_TRUE(
            TaakstellingService(*store)
                .zetVg(HalfJaar(2026, 2), 20000, tijdigheid::laatsteDagVg(HalfJaar(2026, 2)))
                .ok());
    }

    // A household registered out on 2026-10-20 in `gemeente`, stored as the history path does
    // (HuishoudenRepository::voegToe; the coupling, if any, is recorded afterwards).
    qint64 gehuisvest(qint64 vNummer, const QString &gemeente, Categorie categorie,
                      int personen = 2, bool zelfhuisvester = false)
    {
        Huishouden h = test::voorbeeldHuishouden(vNummer, personen, vergunning, azc);
        h.categorie = categorie;
        h.tekenen = QDate(2026, 10, 1);
        h.verhuizing = QDate(2026, 10, 18);
        h.uitschrijving = QDate(2026, 10, 20);
        h.huisvestGemeente = gemeente;
        h.zelfhuisvester = zelfhuisvester;
        return test::voegToe(*store, h, vandaag);
    }

    TaakstellingStand rij(const QString &code)
    {
        auto o = TaakstellingService(*store).bereken(HalfJaar(2026, 2), 0, vandaag);
        EXPECT_TRUE(o.ok()) << o.error().toString().toStdString();
        for (const auto &r : o->rijen) {
            if (r.code == code)
                return r;
        }
        ADD_FAILURE() << "no row " << code.toStdString();
        return {};
    }

    QStringList overtredingen(const QString &regel)
    {
        auto gevonden = regelcontrole::controleer(*store, vandaag);
        EXPECT_TRUE(gevonden.ok());
        QStringList v;
        for (const auto &o : *gevonden) {
            if (o.regel == regel)
                v << o.vNummer;
        }
        return v;
    }

    void sqlUit(const QString &statement)
    {
        auto r = sql::run(store->database(), statement);
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    }
};

} // namespace

TEST_F(KoppelTelling, ARegularHouseholdHousedWithoutACouplingDoesNotCountAndBreaksTheRule)
{
    gehuisvest(4600000001, amsterdam, Categorie::Regulier, 3);
    EXPECT_EQ(rij(amsterdam).realisatie, 0);
    EXPECT_EQ(overtredingen(QStringLiteral("realisatie-zonder-koppeling")),
              QStringList{QStringLiteral("4600000001")});
}

TEST_F(KoppelTelling, WithACouplingToThatGemeenteItCountsAndBreaksNoRule)
{
    const qint64 id = gehuisvest(4600000011, amsterdam, Categorie::Regulier, 3);
    koppel(id, amsterdam);
    EXPECT_EQ(rij(amsterdam).realisatie, 3);
    EXPECT_EQ(rij(amsterdam).uitzondering, 0);
    auto alle = regelcontrole::controleer(*store, vandaag);
    ASSERT_TRUE(alle.ok());
    EXPECT_TRUE(alle->isEmpty());
}

TEST_F(KoppelTelling, HousedOutsideTheCoupledGemeenteCountsNowhereAlsoForAZelfhuisvester)
{
    const qint64 regulier = gehuisvest(4600000021, utrecht, Categorie::Regulier, 2);
    koppel(regulier, amsterdam);
    const qint64 zelf = gehuisvest(4600000031, groningen, Categorie::Regulier, 4, true);
    koppel(zelf, amsterdam);
    EXPECT_EQ(rij(amsterdam).realisatie, 0) << "not for the coupled gemeente";
    EXPECT_EQ(rij(utrecht).realisatie, 0) << "not for the gemeente that housed";
    EXPECT_EQ(rij(groningen).realisatie, 0) << "not in another region either";
    EXPECT_EQ(overtredingen(QStringLiteral("huisvesting-buiten-koppeling")),
              (QStringList{QStringLiteral("4600000021"), QStringLiteral("4600000031")}));
    EXPECT_TRUE(overtredingen(QStringLiteral("realisatie-zonder-koppeling")).isEmpty());
}

TEST_F(KoppelTelling, ExceptionsCountWithoutACouplingAndAreCountedApart)
{
    gehuisvest(4600000041, amsterdam, Categorie::Hervestiging, 3);
    gehuisvest(4600000051, amsterdam, Categorie::B9, 1);
    gehuisvest(4600000061, amsterdam, Categorie::Amv, 1);
    const qint64 regulier = gehuisvest(4600000071, amsterdam, Categorie::Regulier, 2);
    koppel(regulier, amsterdam);
    EXPECT_EQ(rij(amsterdam).realisatie, 7);
    EXPECT_EQ(rij(amsterdam).uitzondering, 5);
    auto alle = regelcontrole::controleer(*store, vandaag);
    ASSERT_TRUE(alle.ok());
    EXPECT_TRUE(alle->isEmpty());
}

TEST_F(KoppelTelling, APartnershipCouplingCountsForTheMemberThatHoused)
{
    auto sv = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Amstelland"), amsterdam,
                                                         {amsterdam, amstelveen});
    ASSERT_TRUE(sv.ok());
    const qint64 id = gehuisvest(4600000081, amstelveen, Categorie::Regulier, 2);
    ASSERT_TRUE(KoppelingService(*store)
                    .koppelPartnerschap(id, *sv, koppelDatum, QStringLiteral("sv"), vandaag)
                    .ok());
    EXPECT_EQ(rij(amstelveen).realisatie, 2);
    EXPECT_EQ(rij(amsterdam).realisatie, 0);
}

TEST_F(KoppelTelling, AnUndoneCouplingOrOneEndedBeforeTheHousingDoesNotCount)
{
    const qint64 ongedaan = gehuisvest(4600000091, amsterdam, Categorie::Regulier, 2);
    koppel(ongedaan, amsterdam);
    sqlUit(QStringLiteral("UPDATE koppeling SET ongedaan = 1, ontkoppeld_op = datum, "
                          "ontkoppel_reden = 'undone (x)' WHERE huishouden = %1")
               .arg(ongedaan));
    const qint64 geeindigd = gehuisvest(4600000101, amsterdam, Categorie::Regulier, 3);
    koppel(geeindigd, amsterdam);
    sqlUit(QStringLiteral("UPDATE koppeling SET ontkoppeld_op = '2026-10-19', "
                          "ontkoppel_reden = 'x' WHERE huishouden = %1")
               .arg(geeindigd));
    EXPECT_EQ(rij(amsterdam).realisatie, 0);
    EXPECT_EQ(overtredingen(QStringLiteral("realisatie-zonder-koppeling")),
              (QStringList{QStringLiteral("4600000091"), QStringLiteral("4600000101")}));
}

TEST_F(KoppelTelling, TheTimelineRegistersOutOnlyThroughTheCoupling)
{
    TijdlijnService tijdlijn(*store);
    const qint64 id = nieuwHuishouden(4600000111);
    // Not coupled: a regular household cannot be registered out as housed.
    const Status zonder = tijdlijn.zetDatum(id, GebeurtenisSoort::Uitschrijving,
                                            QDate(2026, 10, 20), amsterdam, vandaag);
    ASSERT_FALSE(zonder.ok());
    EXPECT_EQ(zonder.error().where, QStringLiteral("uitschrijving"));
    EXPECT_TRUE(zonder.error().message.contains(QStringLiteral("coupl")));

    koppel(id, amsterdam);
    ASSERT_TRUE(
        tijdlijn.zetDatum(id, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1), {}, vandaag).ok());
    // Not a zelfhuisvester, and still only in the coupled gemeente.
    const Status elders = tijdlijn.zetDatum(id, GebeurtenisSoort::Uitschrijving,
                                            QDate(2026, 10, 20), utrecht, vandaag);
    ASSERT_FALSE(elders.ok());
    EXPECT_TRUE(elders.error().message.contains(amsterdam));
    EXPECT_TRUE(elders.error().message.contains(utrecht));
    EXPECT_TRUE(
        tijdlijn
            .zetDatum(id, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 20), amsterdam, vandaag)
            .ok());
}

TEST_F(KoppelTelling, TheTimelineRegistersOutAnExceptionWithoutACoupling)
{
    Huishouden h = test::voorbeeldHuishouden(4600000121, 1, vergunning, azc);
    h.categorie = Categorie::Amv;
    const qint64 id = test::voegToe(*store, h, vandaag);
    TijdlijnService tijdlijn(*store);
    EXPECT_TRUE(
        tijdlijn
            .zetDatum(id, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 20), utrecht, vandaag)
            .ok());
    EXPECT_EQ(rij(utrecht).realisatie, 1);
    EXPECT_EQ(rij(utrecht).uitzondering, 1);
}

TEST_F(KoppelTelling, TheIntakeFormCannotMakeAHousedHouseholdCountWithoutItsCoupling)
{
    Huishouden h = test::voorbeeldHuishouden(4600000131, 2, vergunning, azc);
    h.categorie = Categorie::Hervestiging;
    h.tekenen = QDate(2026, 10, 1);
    h.uitschrijving = QDate(2026, 10, 20);
    h.huisvestGemeente = amsterdam;
    h.id = test::voegToe(*store, h, vandaag);
    HuishoudenRepository repository(*store);
    // Changed to regular: without a coupling it would no longer count, so it is refused.
    h.categorie = Categorie::Regulier;
    const Status geweigerd = repository.werkBij(h, vandaag);
    ASSERT_FALSE(geweigerd.ok());
    EXPECT_EQ(geweigerd.error().where, QStringLiteral("uitschrijving"));
    EXPECT_EQ(repository.laad(h.id)->categorie, Categorie::Hervestiging);
    // Once coupled to the gemeente that housed it, it may be regular.
    koppel(h.id, amsterdam);
    EXPECT_TRUE(repository.werkBij(h, vandaag).ok());
}

TEST_F(KoppelTelling, HousingAndCountingShareOneRule)
{
    EXPECT_FALSE(koppelregels::teltZonderKoppeling(Categorie::Regulier));
    EXPECT_TRUE(koppelregels::teltZonderKoppeling(Categorie::Hervestiging));
    EXPECT_TRUE(koppelregels::teltZonderKoppeling(Categorie::B9));
    EXPECT_TRUE(koppelregels::teltZonderKoppeling(Categorie::Amv));
    // Not first housing: it does not count, so it needs no coupling.
    EXPECT_TRUE(koppelregels::controleerHuisvesting(*store, Categorie::Regulier, false,
                                                    std::nullopt, amsterdam, QStringLiteral("x"))
                    .ok());
    EXPECT_FALSE(koppelregels::controleerHuisvesting(*store, Categorie::Regulier, true,
                                                     std::nullopt, amsterdam, QStringLiteral("x"))
                     .ok());
}

TEST_F(KoppelTelling, ExceptionsAreListedAsSuchInThePerGemeenteReport)
{
    gehuisvest(4600000141, amsterdam, Categorie::B9, 1);
    const qint64 gekoppeld = gehuisvest(4600000151, amsterdam, Categorie::Hervestiging, 3);
    koppel(gekoppeld, amsterdam);
    const qint64 regulier = gehuisvest(4600000161, amsterdam, Categorie::Regulier, 2);
    koppel(regulier, amsterdam);
    auto r = RapportService(*store).maak(RapportSoort::PerGemeente, HalfJaar(2026, 2),
                                         RapportBereik::vanGemeente(amsterdam));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_EQ(r->tabellen.size(), 3);
    const RapportTabel &t = r->tabellen.at(2);
    EXPECT_EQ(t.sleutel, QStringLiteral("uitzonderingen"));
    ASSERT_EQ(t.rijen.size(), 2) << "the regular household is not an exception";
    EXPECT_EQ(t.rijen.at(0).at(2).toString(), QStringLiteral("4600000141"));
    EXPECT_EQ(t.rijen.at(0).at(3).toString(), QStringLiteral("b9"));
    EXPECT_EQ(t.rijen.at(0).at(4).toLongLong(), 1);
    EXPECT_FALSE(t.rijen.at(0).at(6).toBool()) << "counted without a coupling";
    EXPECT_EQ(t.rijen.at(1).at(3).toString(), QStringLiteral("hervestiging"));
    EXPECT_TRUE(t.rijen.at(1).at(6).toBool());
    // The coupling list names every coupled household's category.
    const RapportTabel &k = r->tabellen.at(0);
    QStringList categorieen;
    int categorie = -1;
    for (int c = 0; c < k.kolommen.size(); ++c) {
        if (k.kolommen.at(c).sleutel == QStringLiteral("categorie"))
            categorie = c;
    }
    ASSERT_GE(categorie, 0);
    for (const auto &rij : k.rijen)
        categorieen << rij.at(categorie).toString();
    EXPECT_EQ(categorieen,
              (QStringList{QStringLiteral("hervestiging"), QStringLiteral("regulier")}));
}
