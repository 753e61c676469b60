// The timing of the quota inputs (Huisvestingswet 2014 art. 29, handbook 3.3.3) and the rules
// of RegelsTaakstelling.cpp: a vg set late needs a reason, a herverdeling cannot bring a
// taakstelling below zero and says which carried balances it changes, art. 30 needs a reason,
// and the tolerated backlog in persons (4.4.2). Figures by hand on three gemeenten of 1,000,
// 2,000 and 7,000 inhabitants: a vg of 100 gives taakstellingen 10, 20 and 70.
#include "TestSupport.h"

#include "core/controle/RegelControle.h"
#include "core/instellingen/Instellingen.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"

#include <gtest/gtest.h>

#include <limits>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const HalfJaar h1(2025, 1);
const HalfJaar h2(2025, 2);

class TaakstellingTijdigheid : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("tijd.sqlite")), false);
        ASSERT_TRUE(store);
        for (const auto &statement : {
                 QStringLiteral("INSERT INTO provincie VALUES('Utrecht', 3), ('Zeeland', 4)"),
                 QStringLiteral("INSERT INTO gemeente(code, naam, provincie) VALUES('GM0001', "
                                "'Aadorp', 'Utrecht'), ('GM0002', 'Bedum', 'Utrecht'), "
                                "('GM0003', 'Cadzand', 'Zeeland')"),
                 QStringLiteral("INSERT INTO inwoners VALUES('GM0001', 2024, 1000), "
                                "('GM0002', 2024, 2000), ('GM0003', 2024, 7000)"),
             })
            ASSERT_TRUE(sql::run(store->database(), statement).ok());
    }

    QVariant waarde(const QString &select) const
    {
        auto v = sql::scalar(store->database(), select);
        EXPECT_TRUE(v.ok());
        return v ? *v : QVariant();
    }

    QStringList overtredingen(const char *code) const
    {
        auto alle = regelcontrole::controleer(*store, vandaag);
        EXPECT_TRUE(alle.ok());
        QStringList teksten;
        for (const auto &o : alle ? *alle : QList<Overtreding>()) {
            if (o.regel == QLatin1String(code))
                teksten << o.tekst;
        }
        return teksten;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
};

} // namespace

TEST(Tijdigheid, AVgIsInTimeUpTo13WeeksBeforeItsHalfYear)
{
    const HalfJaar h(2026, 1);
    // 1 January 2026 minus 91 days: 2 October 2025.
    EXPECT_EQ(tijdigheid::laatsteDagVg(h), QDate(2025, 10, 2));
    EXPECT_EQ(tijdigheid::vanVg(h, QDate(2025, 10, 2)), Tijdigheid::OpTijd);
    EXPECT_EQ(tijdigheid::vanVg(h, QDate(2025, 10, 3)), Tijdigheid::Laat);
    EXPECT_EQ(tijdigheid::vanVg(h, QDate(2025, 12, 31)), Tijdigheid::Laat);
    EXPECT_EQ(tijdigheid::vanVg(h, QDate(2026, 1, 1)), Tijdigheid::Begonnen);
    EXPECT_EQ(tijdigheid::vanVg(h, QDate(2026, 6, 30)), Tijdigheid::Begonnen);
    EXPECT_EQ(tijdigheid::vanVg(h, QDate(2026, 7, 1)), Tijdigheid::Afgesloten);
    EXPECT_TRUE(tijdigheid::vgTekst(h, QDate(2025, 10, 2)).isEmpty());
    EXPECT_FALSE(tijdigheid::vgTekst(h, QDate(2025, 10, 3)).isEmpty());
    // A herverdeling is in time until the half-year starts.
    EXPECT_EQ(tijdigheid::vanHerverdeling(h, QDate(2025, 12, 31)), Tijdigheid::OpTijd);
    EXPECT_EQ(tijdigheid::vanHerverdeling(h, QDate(2026, 1, 1)), Tijdigheid::Begonnen);
    EXPECT_EQ(tijdigheid::vanHerverdeling(h, QDate(2026, 7, 1)), Tijdigheid::Afgesloten);
}

TEST_F(TaakstellingTijdigheid, ALateVgNeedsAReasonThatIsKeptWithIt)
{
    TaakstellingService quota(*store);
    const QDate laat = tijdigheid::laatsteDagVg(h1).addDays(1);
    auto geweigerd = quota.zetVg(h1, 100, laat);
    ASSERT_FALSE(geweigerd.ok());
    EXPECT_EQ(geweigerd.error().where, QStringLiteral("reason"));
    EXPECT_TRUE(geweigerd.error().message.contains(QStringLiteral("13 week")))
        << geweigerd.error().message.toStdString();
    EXPECT_EQ(waarde(QStringLiteral("SELECT count(*) FROM halfjaar")).toInt(), 0);

    ASSERT_TRUE(quota.zetVg(h1, 100, laat, QStringLiteral("  late publication  ")).ok());
    EXPECT_EQ(waarde(QStringLiteral("SELECT reden FROM halfjaar")).toString(),
              QStringLiteral("late publication"));
    EXPECT_EQ(waarde(QStringLiteral("SELECT vastgesteld_op FROM halfjaar")).toString(),
              QStringLiteral("2024-10-03"));
    EXPECT_TRUE(overtredingen("vg-laat-met-reden").isEmpty());

    // In time no reason is asked, and none stays from before.
    ASSERT_TRUE(quota.zetVg(h1, 120, tijdigheid::laatsteDagVg(h1)).ok());
    EXPECT_EQ(waarde(QStringLiteral("SELECT reden FROM halfjaar")).toString(), QString());
    EXPECT_EQ(quota.vg(h1)->value_or(0), 120);
}

TEST_F(TaakstellingTijdigheid, AHerverdelingCannotBringATaakstellingBelowZero)
{
    TaakstellingService quota(*store);
    EXPECT_FALSE(quota
                     .registreerHerverdeling(
                         h1, {{QStringLiteral("GM0001"), -1}, {QStringLiteral("GM0003"), 1}},
                         QStringLiteral("x"))
                     .ok())
        << "without a vg there is no taakstelling to shift";
    ASSERT_TRUE(quota.zetVg(h1, 100, tijdigheid::laatsteDagVg(h1)).ok());
    // Aadorp: 10. Shifting 11 away would leave -1.
    auto teVeel = quota.registreerHerverdeling(
        h1, {{QStringLiteral("GM0001"), -11}, {QStringLiteral("GM0003"), 11}}, QStringLiteral("x"));
    ASSERT_FALSE(teVeel.ok());
    EXPECT_EQ(teVeel.error().where, QStringLiteral("GM0001"));
    EXPECT_TRUE(teVeel.error().message.contains(QStringLiteral("-1")))
        << teVeel.error().message.toStdString();
    EXPECT_EQ(waarde(QStringLiteral("SELECT count(*) FROM herverdeling")).toInt(), 0);
    // Down to exactly zero is allowed; one more, in a second registration, is not.
    ASSERT_TRUE(quota
                    .registreerHerverdeling(
                        h1, {{QStringLiteral("GM0001"), -10}, {QStringLiteral("GM0003"), 10}},
                        QStringLiteral("x"))
                    .ok());
    EXPECT_FALSE(quota
                     .registreerHerverdeling(
                         h1, {{QStringLiteral("GM0001"), -1}, {QStringLiteral("GM0002"), 1}},
                         QStringLiteral("x"))
                     .ok());
    auto taken = quota.taakstellingen(h1);
    ASSERT_TRUE(taken.ok());
    ASSERT_EQ(taken->size(), 3);
    EXPECT_EQ(taken->at(0).code, QStringLiteral("GM0001"));
    EXPECT_EQ(taken->at(0).taakstelling + taken->at(0).herverdeling, 0);
    EXPECT_EQ(taken->at(2).taakstelling + taken->at(2).herverdeling, 80);
    EXPECT_TRUE(overtredingen("taakstelling-niet-negatief").isEmpty());
}

TEST_F(TaakstellingTijdigheid, ALateHerverdelingNamesTheBalancesItMovesAndTheyDoMove)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(quota.zetVg(h1, 100, tijdigheid::laatsteDagVg(h1)).ok());
    ASSERT_TRUE(quota.zetVg(h2, 100, tijdigheid::laatsteDagVg(h2)).ok());
    const QList<HerverdelingRegel> regels{{QStringLiteral("GM0001"), 5},
                                          {QStringLiteral("GM0003"), -5}};

    auto opTijd = quota.gevolgVanHerverdeling(h1, regels, QDate(2024, 12, 31));
    ASSERT_TRUE(opTijd.ok());
    EXPECT_EQ(opTijd->tijdigheid, Tijdigheid::OpTijd);
    EXPECT_TRUE(opTijd->tekst().isEmpty());

    auto gevolg = quota.gevolgVanHerverdeling(h1, regels, QDate(2025, 3, 1));
    ASSERT_TRUE(gevolg.ok());
    EXPECT_EQ(gevolg->tijdigheid, Tijdigheid::Begonnen);
    EXPECT_EQ(gevolg->totEnMet, h2);
    ASSERT_EQ(gevolg->wijzigingen.size(), 2);
    EXPECT_EQ(gevolg->wijzigingen.at(0).saldo, -5); // 5 more to house: the balance falls by 5
    EXPECT_EQ(gevolg->wijzigingen.at(1).saldo, 5);
    const QString tekst = gevolg->tekst();
    EXPECT_TRUE(
        tekst.contains(QStringLiteral("GM0001 Aadorp ") + QChar(0x2212) + QStringLiteral("5")))
        << tekst.toStdString();
    EXPECT_TRUE(tekst.contains(QStringLiteral("GM0003 Cadzand +5"))) << tekst.toStdString();
    EXPECT_TRUE(tekst.contains(QStringLiteral("2025-H2"))) << tekst.toStdString();
    EXPECT_EQ(quota.gevolgVanHerverdeling(h1, regels, QDate(2025, 7, 1))->tijdigheid,
              Tijdigheid::Afgesloten);

    // What it says is what happens: the balance carried into 2025-H2 moves by those amounts.
    auto voor = quota.bereken(h2, 0, vandaag);
    ASSERT_TRUE(voor.ok());
    ASSERT_TRUE(quota.registreerHerverdeling(h1, regels, QStringLiteral("laat")).ok());
    auto na = quota.bereken(h2, 0, vandaag);
    ASSERT_TRUE(na.ok());
    for (int i = 0; i < na->rijen.size(); ++i) {
        const QString code = na->rijen.at(i).code;
        const qint64 verschil = na->rijen.at(i).saldoVorig - voor->rijen.at(i).saldoVorig;
        EXPECT_EQ(verschil, code == QLatin1String("GM0001")   ? -5
                            : code == QLatin1String("GM0003") ? 5
                                                              : 0)
            << code.toStdString();
    }
}

TEST_F(TaakstellingTijdigheid, Art30NeedsAReasonAndAKnownGemeenteAndChangesTheTaakstelling)
{
    TaakstellingService quota(*store);
    ASSERT_TRUE(quota.zetVg(h1, 100, tijdigheid::laatsteDagVg(h1)).ok());
    EXPECT_EQ(quota.zetArt30(QStringLiteral("GM0001"), h1, 4000, QString()).error().where,
              QStringLiteral("reason"));
    EXPECT_EQ(quota.zetArt30(QStringLiteral("GM9999"), h1, 4000, QStringLiteral("x")).error().where,
              QStringLiteral("GM9999"));
    EXPECT_EQ(waarde(QStringLiteral("SELECT count(*) FROM inwoners_art30")).toInt(), 0);
    // iG 4,000 against iN 10,000 (the CBS total stays the denominator): ceil(100 * 0.4) = 40.
    ASSERT_TRUE(quota.zetArt30(QStringLiteral("GM0001"), h1, 4000, QStringLiteral("fusie")).ok());
    auto taken = quota.taakstellingen(h1);
    ASSERT_TRUE(taken.ok());
    EXPECT_EQ(taken->at(0).taakstelling, 40);
    EXPECT_EQ(taken->at(1).taakstelling, 20);
}

TEST_F(TaakstellingTijdigheid, TheRulesFindWhatThePathsRefuse)
{
    ASSERT_TRUE(TaakstellingService(*store).zetVg(h1, 100, tijdigheid::laatsteDagVg(h1)).ok());
    EXPECT_TRUE(overtredingen("herverdeling-som-nul").isEmpty());
    EXPECT_TRUE(overtredingen("taakstelling-niet-negatief").isEmpty());
    EXPECT_TRUE(overtredingen("vg-laat-met-reden").isEmpty());
    // By hand, as an old store or a script could: a herverdeling of one line (+5), another
    // that takes 12 from Aadorp's 10, and a vg for 2025-H2 set late without a reason.
    for (const auto &statement : {
             QStringLiteral("INSERT INTO herverdeling VALUES(1, '2025-H1', 'x', 't', "
                            "'2024-12-01'), (2, '2025-H1', 'y', 't', '2024-12-01')"),
             QStringLiteral("INSERT INTO herverdeling_regel VALUES(1, 'GM0002', 5), "
                            "(2, 'GM0001', -12), (2, 'GM0003', 12)"),
             QStringLiteral("INSERT INTO halfjaar(halfjaar, vg, reden, vastgesteld_op) "
                            "VALUES('2025-H2', 100, '', '2025-07-02')"),
         })
        ASSERT_TRUE(sql::run(store->database(), statement).ok());
    const QStringList som = overtredingen("herverdeling-som-nul");
    ASSERT_EQ(som.size(), 1);
    EXPECT_TRUE(som.first().startsWith(QStringLiteral("herverdeling 1 ")))
        << som.first().toStdString();
    // Aadorp: taakstelling 10 - 12 = -2 (the +5 of the first one is Bedum's: 25).
    const QStringList negatief = overtredingen("taakstelling-niet-negatief");
    ASSERT_EQ(negatief.size(), 1);
    EXPECT_TRUE(negatief.first().contains(QStringLiteral("GM0001")));
    EXPECT_TRUE(negatief.first().endsWith(QStringLiteral("= -2")))
        << negatief.first().toStdString();
    const QStringList laat = overtredingen("vg-laat-met-reden");
    ASSERT_EQ(laat.size(), 1);
    EXPECT_TRUE(laat.first().contains(QStringLiteral("2025-H2")));
    ASSERT_TRUE(sql::run(store->database(),
                         QStringLiteral("UPDATE halfjaar SET reden = 'late' WHERE halfjaar = "
                                        "'2025-H2'"))
                    .ok());
    EXPECT_TRUE(overtredingen("vg-laat-met-reden").isEmpty());
}

TEST(Tolerantie, TheToleratedBacklogInPersonsIsTheLargestWithinExactlyAndNeverOverflows)
{
    const Tolerantie zesde{1, 6};
    EXPECT_EQ(zesde.toegestaan(10), 1); // 10 / 6 = 1.67
    EXPECT_EQ(zesde.toegestaan(12), 2);
    EXPECT_EQ(zesde.toegestaan(5), 0);
    EXPECT_EQ(zesde.toegestaan(0), 0);
    EXPECT_EQ(zesde.toegestaan(-6), 0);
    constexpr qint64 m = std::numeric_limits<qint64>::max();
    EXPECT_EQ((Tolerantie{m - 1, m}).toegestaan(m), m - 1);
    EXPECT_EQ((Tolerantie{1, m}).toegestaan(m), 1);
    EXPECT_EQ((Tolerantie{m, m}).toegestaan(m), m);
    for (const Tolerantie t : {zesde, Tolerantie{2, 7}, Tolerantie{0, 1}, Tolerantie{5, 5}}) {
        for (qint64 basis : {1, 6, 7, 40, 1001}) {
            const qint64 x = t.toegestaan(basis);
            EXPECT_TRUE(t.binnen(x, basis));
            EXPECT_FALSE(x < basis && t.binnen(x + 1, basis)) << t.toString().toStdString();
        }
    }
}
