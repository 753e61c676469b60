#include "TestSupport.h"

#include "core/fase/Fase.h"
#include "core/koppeling/KoppelingService.h"
#include "core/signaal/SignaalService.h"
#include "core/store/Sql.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
constexpr int binnen = 7; // alerts for what is due within a week

class SignaalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("s.sqlite")), true);
        ASSERT_TRUE(store);
        azcNoord = test::azcIn(*store, QStringLiteral("GM0014")); // Groningen: region 1
        azcZuid = test::azcIn(*store, QStringLiteral("GM0935"));  // Maastricht: region 5
    }

    qint64 nieuw(qint64 vNummer, const QDate &vergunning, qint64 azc = 0)
    {
        return test::voegToe(
            *store, test::voorbeeldHuishouden(vNummer, 1, vergunning, azc ? azc : azcNoord),
            vandaag);
    }

    // A household coupled on 2026-11-25: its phase is due far after the alert window.
    qint64 rustig(qint64 vNummer)
    {
        const qint64 id = nieuw(vNummer, QDate(2026, 6, 1));
        EXPECT_TRUE(KoppelingService(*store)
                        .koppel(id, QStringLiteral("GM0014"), QDate(2026, 11, 25),
                                QStringLiteral("t"), vandaag)
                        .ok());
        return id;
    }

    // Test data written straight into the table, as WeigeringService would.
    qint64 weigering(qint64 huishouden, const QDate &datum, const QString &oordeel = {},
                     const QDate &oordeelDatum = {}, const QDate &nieuweKandidaat = {})
    {
        auto q =
            sql::run(store->database(),
                     QStringLiteral("INSERT INTO woningweigering(huishouden, gemeente, datum, "
                                    "soort, oordeel, oordeel_datum, oordeel_reden, "
                                    "nieuwe_kandidaat_datum, door, vastgelegd_op) "
                                    "VALUES(?, 'GM0014', ?, 'geweigerd', ?, ?, ?, ?, 't', ?)"),
                     {huishouden, sql::date(datum), sql::text(oordeel), sql::date(oordeelDatum),
                      oordeel.isEmpty() ? QVariant() : QVariant(QStringLiteral("werk")),
                      sql::date(nieuweKandidaat), sql::date(vandaag)});
        EXPECT_TRUE(q.ok()) << q.error().toString().toStdString();
        return q ? q->lastInsertId().toLongLong() : 0;
    }

    void hereniging(qint64 huishouden, const QDate &vanaf, const QString &besluit = {})
    {
        auto q = sql::run(store->database(),
                          QStringLiteral("UPDATE huishouden SET gezinshereniging_vanaf = ?, "
                                         "hereniging_besluit = ? WHERE id = ?"),
                          {sql::date(vanaf), sql::text(besluit), huishouden});
        EXPECT_TRUE(q.ok());
    }

    // The alerts of the phases, refusals and blocks: the households here have no BRP date and
    // no intake, so the BRP and vergunninghoudergesprek alerts (tested on their own, in
    // SignaalGesprekken_test) are left out unless asked for.
    QList<Signaal> signalen(int regio = 0, bool ookGesprekken = false)
    {
        auto lijst = SignaalService(*store).signalen(regio, binnen, vandaag);
        EXPECT_TRUE(lijst.ok()) << lijst.error().toString().toStdString();
        QList<Signaal> uit;
        for (const auto &s : lijst ? *lijst : QList<Signaal>()) {
            if (ookGesprekken || (s.soort != SignaalSoort::BrpInschrijving &&
                                  s.soort != SignaalSoort::Vergunninghoudergesprek))
                uit << s;
        }
        return uit;
    }

    static QList<Signaal> van(const QList<Signaal> &lijst, qint64 huishouden)
    {
        QList<Signaal> uit;
        for (const auto &s : lijst) {
            if (s.huishoudenId == huishouden)
                uit << s;
        }
        return uit;
    }

    static const Signaal *weigeringSignaal(const QList<Signaal> &lijst, qint64 weigeringId)
    {
        for (const auto &s : lijst) {
            if (s.weigeringId == weigeringId)
                return &s;
        }
        return nullptr;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azcNoord = 0;
    qint64 azcZuid = 0;
};

} // namespace

TEST_F(SignaalTest, PhaseOneAlertsFromSevenDaysBeforeItsDueDate)
{
    // Phase 1 is due 14 days after the permit.
    const qint64 achtDagen = nieuw(4000000001, QDate(2026, 11, 23));  // due 12-07: 8 days
    const qint64 zevenDagen = nieuw(4000000011, QDate(2026, 11, 22)); // due 12-06: 7 days
    const qint64 vandaagDue = nieuw(4000000021, QDate(2026, 11, 15)); // due 11-29: today
    const qint64 gisteren = nieuw(4000000031, QDate(2026, 11, 14));   // due 11-28: overdue
    const auto lijst = signalen();
    EXPECT_TRUE(van(lijst, achtDagen).isEmpty()) << "8 days left is outside a 7-day window";

    ASSERT_EQ(van(lijst, zevenDagen).size(), 1);
    const Signaal zeven = van(lijst, zevenDagen).first();
    EXPECT_EQ(zeven.soort, SignaalSoort::FaseBijnaVerlopen);
    EXPECT_EQ(zeven.vervaldatum, QDate(2026, 12, 6));
    EXPECT_EQ(zeven.dagen, 7);
    EXPECT_EQ(zeven.vNummer, QStringLiteral("4000000011"));
    EXPECT_TRUE(zeven.tekst.contains(fase::naam(Fase::Koppeling))) << zeven.tekst.toStdString();
    EXPECT_TRUE(zeven.tekst.contains(QStringLiteral("2026-12-06"))) << zeven.tekst.toStdString();

    ASSERT_EQ(van(lijst, vandaagDue).size(), 1);
    EXPECT_EQ(van(lijst, vandaagDue).first().soort, SignaalSoort::FaseBijnaVerlopen);
    EXPECT_EQ(van(lijst, vandaagDue).first().dagen, 0);

    ASSERT_EQ(van(lijst, gisteren).size(), 1);
    EXPECT_EQ(van(lijst, gisteren).first().soort, SignaalSoort::FaseTeLaat);
    EXPECT_EQ(van(lijst, gisteren).first().dagen, -1);
}

TEST_F(SignaalTest, PhaseTwoAndThreeUseTheCouplingAndTheSigningDate)
{
    KoppelingService koppeling(*store);
    // Phase 2: 70 days after the coupling.
    const qint64 woonruimte = nieuw(4000000101, QDate(2026, 8, 1));
    ASSERT_TRUE(koppeling
                    .koppel(woonruimte, QStringLiteral("GM0014"), QDate(2026, 9, 19),
                            QStringLiteral("t"), vandaag)
                    .ok()); // due 11-28
    const qint64 nogNiet = nieuw(4000000111, QDate(2026, 8, 1));
    ASSERT_TRUE(koppeling
                    .koppel(nogNiet, QStringLiteral("GM0014"), QDate(2026, 9, 28),
                            QStringLiteral("t"), vandaag)
                    .ok()); // due 12-07: 8 days
    // Phase 3: 14 days after signing.
    auto h = test::voorbeeldHuishouden(4000000121, 2, QDate(2026, 8, 1), azcNoord);
    h.tekenen = QDate(2026, 11, 20); // due 12-04
    const qint64 verhuizing = test::voegToe(*store, h, vandaag);
    ASSERT_TRUE(koppeling
                    .koppel(verhuizing, QStringLiteral("GM0014"), QDate(2026, 9, 1),
                            QStringLiteral("t"), vandaag)
                    .ok());
    const auto lijst = signalen();

    ASSERT_EQ(van(lijst, woonruimte).size(), 1);
    const Signaal teLaat = van(lijst, woonruimte).first();
    EXPECT_EQ(teLaat.soort, SignaalSoort::FaseTeLaat);
    EXPECT_EQ(teLaat.vervaldatum, QDate(2026, 11, 28));
    EXPECT_EQ(teLaat.gemeenteCode, QStringLiteral("GM0014"));
    EXPECT_EQ(teLaat.gemeenteNaam, QStringLiteral("Groningen"));
    EXPECT_TRUE(teLaat.tekst.contains(fase::naam(Fase::Woonruimte))) << teLaat.tekst.toStdString();
    EXPECT_TRUE(van(lijst, nogNiet).isEmpty());
    ASSERT_EQ(van(lijst, verhuizing).size(), 1)
        << "signing ends phase 2: its overdue coupling no longer counts";
    EXPECT_EQ(van(lijst, verhuizing).first().soort, SignaalSoort::FaseBijnaVerlopen);
    EXPECT_EQ(van(lijst, verhuizing).first().vervaldatum, QDate(2026, 12, 4));
    EXPECT_EQ(van(lijst, verhuizing).first().dagen, 5);
}

TEST_F(SignaalTest, MovedHouseholdsGiveNoAlerts)
{
    auto h = test::voorbeeldHuishouden(4000000201, 1, QDate(2026, 5, 1), azcNoord);
    h.tekenen = QDate(2026, 7, 1);
    h.verhuizing = QDate(2026, 9, 1); // 2 months after signing: was late, but done
    h.uitschrijving = QDate(2026, 9, 1);
    h.huisvestGemeente = QStringLiteral("GM0014");
    const qint64 id = test::voegToe(*store, h, vandaag);
    weigering(id, QDate(2026, 6, 1));
    hereniging(id, QDate(2026, 6, 1));
    EXPECT_TRUE(van(signalen(), id).isEmpty());
}

TEST_F(SignaalTest, RefusalJudgementDueFourteenDaysAfterTheRefusal)
{
    const qint64 id = rustig(4000000301);
    const qint64 buiten = weigering(id, QDate(2026, 11, 23)); // due 12-07: 8 days
    const qint64 rand = weigering(id, QDate(2026, 11, 22));   // due 12-06: 7 days
    const qint64 teLaat = weigering(id, QDate(2026, 11, 14)); // due 11-28: overdue
    const qint64 beoordeeld =
        weigering(id, QDate(2026, 11, 1), QStringLiteral("terecht"), QDate(2026, 11, 10),
                  QDate(2026, 11, 12)); // judged, new candidate coupled: nothing due
    const auto lijst = signalen();
    EXPECT_EQ(weigeringSignaal(lijst, buiten), nullptr);
    EXPECT_EQ(weigeringSignaal(lijst, beoordeeld), nullptr);
    const Signaal *r = weigeringSignaal(lijst, rand);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->soort, SignaalSoort::OordeelWeigering);
    EXPECT_EQ(r->huishoudenId, id);
    EXPECT_EQ(r->vervaldatum, QDate(2026, 12, 6));
    EXPECT_EQ(r->dagen, 7);
    EXPECT_TRUE(r->tekst.contains(QStringLiteral("2026-11-22"))) << "names the refusal";
    const Signaal *l = weigeringSignaal(lijst, teLaat);
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->soort, SignaalSoort::OordeelWeigering);
    EXPECT_EQ(l->dagen, -1);
    EXPECT_EQ(van(lijst, id).size(), 2) << "only the two refusals; the phase is not due";
}

TEST_F(SignaalTest, NewCandidateDueFourteenDaysAfterAJustifiedJudgement)
{
    const qint64 id = rustig(4000000401);
    const QString terecht = QStringLiteral("terecht");
    const qint64 buiten = weigering(id, QDate(2026, 11, 10), terecht, QDate(2026, 11, 23));
    const qint64 rand = weigering(id, QDate(2026, 11, 10), terecht, QDate(2026, 11, 22));
    const qint64 teLaat = weigering(id, QDate(2026, 11, 1), terecht, QDate(2026, 11, 14));
    const qint64 gevonden =
        weigering(id, QDate(2026, 10, 1), terecht, QDate(2026, 10, 5), QDate(2026, 10, 15));
    const qint64 onterecht =
        weigering(id, QDate(2026, 11, 1), QStringLiteral("onterecht"), QDate(2026, 11, 14));
    const auto lijst = signalen();
    EXPECT_EQ(weigeringSignaal(lijst, buiten), nullptr);
    EXPECT_EQ(weigeringSignaal(lijst, gevonden), nullptr) << "a new candidate was coupled";
    EXPECT_EQ(weigeringSignaal(lijst, onterecht), nullptr) << "unjustified: no new candidate";
    const Signaal *r = weigeringSignaal(lijst, rand);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->soort, SignaalSoort::NieuweKandidaat);
    EXPECT_EQ(r->vervaldatum, QDate(2026, 12, 6));
    EXPECT_EQ(r->dagen, 7);
    const Signaal *l = weigeringSignaal(lijst, teLaat);
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->soort, SignaalSoort::NieuweKandidaat);
    EXPECT_EQ(l->vervaldatum, QDate(2026, 11, 28));
    EXPECT_EQ(l->dagen, -1);
}

TEST_F(SignaalTest, ReunificationBlockAlertsNearItsEndAndAfterItWhileUndecided)
{
    const qint64 buiten = rustig(4000000501);
    hereniging(buiten, QDate(2026, 9, 7)); // block ends 12-07: 8 days
    const qint64 rand = rustig(4000000511);
    hereniging(rand, QDate(2026, 9, 6)); // ends 12-06: 7 days
    const qint64 vandaagEinde = rustig(4000000521);
    hereniging(vandaagEinde, QDate(2026, 8, 29)); // ends today
    const qint64 open = rustig(4000000531);
    hereniging(open, QDate(2026, 8, 28)); // ended yesterday, no decision
    const qint64 besloten = rustig(4000000541);
    hereniging(besloten, QDate(2026, 8, 28), QStringLiteral("wachten"));
    const auto lijst = signalen();

    EXPECT_TRUE(van(lijst, buiten).isEmpty());
    EXPECT_TRUE(van(lijst, besloten).isEmpty()) << "ended with a decision: nothing to do";
    ASSERT_EQ(van(lijst, rand).size(), 1);
    const Signaal r = van(lijst, rand).first();
    EXPECT_EQ(r.soort, SignaalSoort::HerenigingBlokEindigt);
    EXPECT_EQ(r.vervaldatum, gezinsherenigingBlokTot(QDate(2026, 9, 6)));
    EXPECT_EQ(r.dagen, 7);
    EXPECT_TRUE(r.tekst.contains(QStringLiteral("2026-12-06"))) << r.tekst.toStdString();
    ASSERT_EQ(van(lijst, vandaagEinde).size(), 1);
    EXPECT_EQ(van(lijst, vandaagEinde).first().dagen, 0);
    ASSERT_EQ(van(lijst, open).size(), 1);
    EXPECT_EQ(van(lijst, open).first().soort, SignaalSoort::HerenigingBlokEindigt);
    EXPECT_EQ(van(lijst, open).first().dagen, -1);
}

TEST_F(SignaalTest, SortedByDueDateThenVNummer)
{
    const qint64 blok = nieuw(4000000621, QDate(2026, 11, 20)); // phase 1 due 12-04
    nieuw(4000000601, QDate(2026, 11, 20));                     // same date, lower V-nummer
    nieuw(4000000611, QDate(2026, 11, 10));                     // due 11-24: overdue
    weigering(rustig(4000000631), QDate(2026, 11, 16));         // judgement due 11-30
    hereniging(blok, QDate(2026, 9, 2)); // block ends 12-02: phase 1 then due 12-16
    const auto lijst = signalen();
    QStringList volgorde;
    for (const auto &s : lijst)
        volgorde << s.vNummer + QLatin1Char(':') + signaal::code(s.soort);
    EXPECT_EQ(volgorde, (QStringList{QStringLiteral("4000000611:fase-te-laat"),
                                     QStringLiteral("4000000631:oordeel-weigering"),
                                     QStringLiteral("4000000621:hereniging-blok"),
                                     QStringLiteral("4000000601:fase-bijna")}));
}

TEST_F(SignaalTest, RegionIsTheRegionOfTheAzc)
{
    const qint64 noord = nieuw(4000000701, QDate(2026, 11, 1));
    const qint64 zuid = nieuw(4000000711, QDate(2026, 8, 1), azcZuid);
    // Coupled to a gemeente in region 1, still in the queue of its AZC's region 5.
    ASSERT_TRUE(
        KoppelingService(*store)
            .koppel(zuid, QStringLiteral("GM0014"), QDate(2026, 9, 1), QStringLiteral("t"), vandaag)
            .ok());
    weigering(zuid, QDate(2026, 11, 1));
    const auto regio1 = signalen(1);
    const auto regio5 = signalen(5);
    const auto alle = signalen(0);
    EXPECT_EQ(van(regio1, noord).size(), 1);
    EXPECT_TRUE(van(regio1, zuid).isEmpty());
    EXPECT_TRUE(van(regio5, noord).isEmpty());
    EXPECT_EQ(van(regio5, zuid).size(), 2) << "its phase and its refusal";
    EXPECT_EQ(alle.size(), 3);
}

TEST_F(SignaalTest, EveryKindHasItsOwnCodeAndName)
{
    const QList<SignaalSoort> soorten{SignaalSoort::FaseTeLaat,
                                      SignaalSoort::FaseBijnaVerlopen,
                                      SignaalSoort::OordeelWeigering,
                                      SignaalSoort::NieuweKandidaat,
                                      SignaalSoort::HerenigingBlokEindigt,
                                      SignaalSoort::BrpInschrijving,
                                      SignaalSoort::Vergunninghoudergesprek};
    QStringList codes;
    QStringList namen;
    for (auto s : soorten) {
        codes << signaal::code(s);
        namen << signaal::naam(s);
    }
    codes.removeDuplicates();
    namen.removeDuplicates();
    EXPECT_EQ(codes.size(), soorten.size());
    EXPECT_EQ(namen.size(), soorten.size());
    EXPECT_FALSE(codes.contains(QString()));
}
