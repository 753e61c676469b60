// realisatie_telling (schema 7) holds, per household registered out whose uitschrijving counts
// for the quota, its date, gemeente, persons and whether it is an exception; triggers keep it in
// step with every writer. It must always equal the handbook's rule in koppelregels::teltMeeSql
// computed afresh, whatever changes: households, persons, couplings, partnership members, also
// when written with plain SQL as another tool would.
#include "TestSupport.h"

#include "core/demo/DemoGenerator.h"
#include "core/domain/HalfJaar.h"
#include "core/regel/KoppelRegels.h"
#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);

QStringList rijen(Store &store, const QString &statement)
{
    QStringList uit;
    QSqlQuery q(store.database());
    EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
    while (q.next()) {
        QStringList velden;
        for (int i = 0; i < 5; ++i)
            velden << q.value(i).toString();
        uit << velden.join(QLatin1Char('|'));
    }
    return uit;
}

QStringList bijgehouden(Store &store)
{
    return rijen(store,
                 QStringLiteral("SELECT huishouden, uitschrijving_datum, gemeente, "
                                "personen, uitzondering FROM realisatie_telling ORDER BY 1"));
}

QStringList afgeleid(Store &store)
{
    return rijen(store,
                 QStringLiteral("SELECT h.id, h.uitschrijving_datum, h.huisvest_gemeente, "
                                "(SELECT count(*) FROM persoon p WHERE p.huishouden = h.id), "
                                "%1 FROM huishouden h WHERE h.uitschrijving_datum IS NOT NULL "
                                "AND %2 ORDER BY 1")
                     .arg(koppelregels::uitzonderingSql(), koppelregels::teltMeeSql()));
}

qint64 willekeurig(Store &store, const QString &statement)
{
    QSqlQuery q(store.database());
    EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
    return q.next() ? q.value(0).toLongLong() : 0;
}

void voerUit(Store &store, const QString &statement, const QVariantList &waarden)
{
    QSqlQuery q(store.database());
    ASSERT_TRUE(q.prepare(statement))
        << statement.toStdString() << " " << q.lastError().text().toStdString();
    for (const QVariant &w : waarden)
        q.addBindValue(w);
    // A change a constraint refuses (a second active coupling, a duplicate member) changes
    // nothing: the table must still be right.
    q.exec();
}

class RealisatieTelling : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("r.sqlite")), false);
        ASSERT_TRUE(store);
        DemoOpties opties;
        opties.seed = 7;
        opties.huishoudens = 600;
        opties.vandaag = vandaag;
        const Status made = maakDemo(*store, opties);
        ASSERT_TRUE(made.ok()) << made.error().toString().toStdString();
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
};

} // namespace

TEST_F(RealisatieTelling, AfterTheDemoItEqualsTheRuleAndIsNotEmpty)
{
    const QStringList rij = bijgehouden(*store);
    EXPECT_GT(rij.size(), 100);
    EXPECT_EQ(rij, afgeleid(*store));
}

TEST_F(RealisatieTelling, EveryKindOfChangeKeepsItEqualToTheRule)
{
    QRandomGenerator rng(42);
    const QString eenUitgeschreven =
        QStringLiteral("SELECT id FROM huishouden WHERE uitschrijving_datum IS NOT NULL ORDER BY "
                       "random() LIMIT 1");
    const QString eenHuishouden =
        QStringLiteral("SELECT id FROM huishouden ORDER BY random() LIMIT 1");
    const QString eenGemeente =
        QStringLiteral("SELECT code FROM gemeente ORDER BY random() LIMIT 1");
    const QString eenKoppeling =
        QStringLiteral("SELECT k.id FROM koppeling k JOIN huishouden h ON h.id = k.huishouden "
                       "WHERE h.uitschrijving_datum IS NOT NULL ORDER BY random() LIMIT 1");
    int soorten[13] = {};
    for (int stap = 0; stap < 500; ++stap) {
        const int soort = int(rng.bounded(13));
        ++soorten[soort];
        const qint64 h = willekeurig(*store, soort == 5 ? eenHuishouden : eenUitgeschreven);
        const qint64 k = willekeurig(*store, eenKoppeling);
        switch (soort) {
        case 0: // registered out on another date, or not at all
            voerUit(*store,
                    QStringLiteral("UPDATE huishouden SET uitschrijving_datum = ? WHERE id = ?"),
                    {rng.bounded(4) == 0
                         ? QVariant()
                         : QVariant(QStringLiteral("2025-0%1-15").arg(1 + rng.bounded(9))),
                     h});
            break;
        case 1: // housed by another gemeente
            voerUit(*store,
                    QStringLiteral("UPDATE huishouden SET huisvest_gemeente = (%1) WHERE id = ?")
                        .arg(eenGemeente),
                    {h});
            break;
        case 2:
            voerUit(
                *store,
                QStringLiteral("UPDATE huishouden SET categorie = CASE categorie WHEN 'regulier' "
                               "THEN 'hervestiging' ELSE 'regulier' END WHERE id = ?"),
                {h});
            break;
        case 3:
            voerUit(*store,
                    QStringLiteral("UPDATE huishouden SET eerste_huisvesting = 1 - "
                                   "eerste_huisvesting WHERE id = ?"),
                    {h});
            break;
        case 4: // a person leaves (not the referent)
            voerUit(*store,
                    QStringLiteral("DELETE FROM persoon WHERE id = (SELECT id FROM persoon WHERE "
                                   "huishouden = ? AND referent = 0 LIMIT 1)"),
                    {h});
            break;
        case 5: // a person moves to a household registered out
            voerUit(*store,
                    QStringLiteral("UPDATE persoon SET huishouden = (%1) WHERE id = (SELECT id "
                                   "FROM persoon WHERE huishouden = ? AND referent = 0 LIMIT 1)")
                        .arg(eenUitgeschreven),
                    {h});
            break;
        case 6: // a coupling undone, or in force again
            voerUit(*store,
                    QStringLiteral("UPDATE koppeling SET ongedaan = 1 - ongedaan WHERE id = ?"),
                    {k});
            break;
        case 7: // a coupling ended, or moved in time
            voerUit(
                *store,
                QStringLiteral("UPDATE koppeling SET ontkoppeld_op = ?, datum = ? WHERE id = ?"),
                {QStringLiteral("2025-03-01"),
                 rng.bounded(2) ? QStringLiteral("2024-01-10") : QStringLiteral("2025-12-01"), k});
            break;
        case 8: // a coupling to another gemeente
            voerUit(*store,
                    QStringLiteral("UPDATE koppeling SET gemeente = (%1) WHERE id = ?")
                        .arg(eenGemeente),
                    {k});
            break;
        case 9:
            voerUit(*store,
                    QStringLiteral("DELETE FROM koppeling WHERE id = ? AND NOT EXISTS (SELECT 1 "
                                   "FROM brief WHERE koppeling = ?)"),
                    {k, k});
            break;
        case 10: { // a partnership gains or loses the member that housed a household
            const QString paar = QStringLiteral(
                "SELECT k.partnerschap, h.huisvest_gemeente FROM koppeling k JOIN huishouden h "
                "ON h.id = k.huishouden WHERE k.partnerschap IS NOT NULL AND "
                "h.uitschrijving_datum IS NOT NULL AND h.huisvest_gemeente <> k.gemeente "
                "AND %1 EXISTS (SELECT 1 FROM partnerschap_lid pl WHERE pl.partnerschap = "
                "k.partnerschap AND pl.gemeente = h.huisvest_gemeente) "
                "ORDER BY random() LIMIT 1");
            const QString lid = paar.arg(QString());
            const QString geenLid = paar.arg(QStringLiteral("NOT"));
            if (rng.bounded(2))
                voerUit(*store,
                        QStringLiteral(
                            "DELETE FROM partnerschap_lid WHERE (partnerschap, gemeente) = (%1)")
                            .arg(lid),
                        {});
            else
                voerUit(*store,
                        QStringLiteral("INSERT INTO partnerschap_lid(partnerschap, gemeente) %1")
                            .arg(geenLid),
                        {});
            break;
        }
        case 12: // a coupling, ended at the housing, to the gemeente that housed it
            voerUit(
                *store,
                QStringLiteral("INSERT INTO koppeling(huishouden, gemeente, datum, reden, door, "
                               "vastgelegd_op, "
                               "ontkoppeld_op, ontkoppel_reden) SELECT h.id, h.huisvest_gemeente, "
                               "date(h.uitschrijving_datum, '-30 days'), 'test', 'test', "
                               "'2026-01-01T00:00:00', "
                               "h.uitschrijving_datum, 'test' FROM huishouden h WHERE h.id = ? "
                               "AND h.huisvest_gemeente IS NOT NULL"),
                {h});
            break;
        case 11: // a household removed as a whole
            voerUit(*store,
                    QStringLiteral("DELETE FROM huishouden WHERE id = ? AND NOT EXISTS (SELECT 1 "
                                   "FROM brief WHERE huishouden = ?)"),
                    {h, h});
            break;
        }
        if (stap % 20 == 19) {
            ASSERT_EQ(bijgehouden(*store), afgeleid(*store))
                << "after step " << stap << ", kind " << soort;
        }
    }
    for (int soort = 0; soort < 13; ++soort)
        EXPECT_GT(soorten[soort], 10) << "kind " << soort;
    EXPECT_EQ(bijgehouden(*store), afgeleid(*store));
}

TEST_F(RealisatieTelling, TheQuotaCountsWhatTheRuleCounts)
{
    // The gemeente and half-year with the most persons counted: the quota's realisation is
    // that sum. Then the table is changed behind the triggers' back and the quota follows it,
    // which shows the quota reads realisatie_telling (the tests above show it is the rule).
    QSqlQuery q(store->database());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT gemeente, substr(uitschrijving_datum, 1, 4), substr(uitschrijving_datum, 6, 2) "
        "<= '06', sum(personen) FROM realisatie_telling GROUP BY 1, 2, 3 ORDER BY 4 DESC "
        "LIMIT 1")));
    ASSERT_TRUE(q.next());
    const QString code = q.value(0).toString();
    const HalfJaar h(q.value(1).toInt(), q.value(2).toBool() ? 1 : 2);
    const qint64 personen = q.value(3).toLongLong();
    ASSERT_GT(personen, 0);
    auto voor = TaakstellingService(*store).bereken(h, 0, vandaag);
    ASSERT_TRUE(voor) << voor.error().toString().toStdString();
    qint64 realisatieVoor = -1;
    for (const auto &rij : voor->rijen) {
        if (rij.code == code)
            realisatieVoor = rij.realisatie;
    }
    EXPECT_EQ(realisatieVoor, personen);
    voerUit(*store,
            QStringLiteral("UPDATE realisatie_telling SET personen = personen + 1000 "
                           "WHERE gemeente = ? AND uitschrijving_datum BETWEEN ? AND ?"),
            {code, sql::date(h.begin()), sql::date(h.eind())});
    auto na = TaakstellingService(*store).bereken(h, 0, vandaag);
    ASSERT_TRUE(na);
    for (const auto &rij : na->rijen) {
        if (rij.code == code) {
            EXPECT_GT(rij.realisatie, realisatieVoor + 999);
        }
    }
}

// A store as schema 6 left it, with a household housed through a coupling and one waiting: the
// upgrade fills realisatie_telling with the first only.
TEST(Migratie7, AVersion6StoreGetsItsRealisationCountedOnUpgrade)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v6.sqlite"));
    test::maakStoreVersie(
        path, 6,
        QStringList() << QStringLiteral("INSERT INTO provincie VALUES('Utrecht', 3)")
                      << QStringLiteral("INSERT INTO gemeente(code, naam, provincie) VALUES"
                                        "('GM0344', 'Utrecht', 'Utrecht')")
                      << QStringLiteral("INSERT INTO azc(id, naam, gemeente) "
                                        "VALUES(4, 'AZC Utrecht', 'GM0344')")
                      << QStringLiteral("INSERT INTO huishouden(id, azc, vergunning_datum, "
                                        "uitschrijving_datum, huisvest_gemeente) VALUES"
                                        "(1, 4, '2025-01-05', '2025-05-01', 'GM0344'), "
                                        "(2, 4, '2025-01-05', NULL, NULL)")
                      << QStringLiteral("INSERT INTO persoon(huishouden, referent, v_nummer, "
                                        "voornamen, achternaam, geboortedatum, geslacht) VALUES"
                                        "(1, 1, '7300000001', 'A', 'B', '1990-01-01', 'V'), "
                                        "(1, 0, '7300000002', 'C', 'B', '2010-01-01', 'M'), "
                                        "(2, 1, '7300000003', 'D', 'E', '1990-01-01', 'M')")
                      << QStringLiteral("INSERT INTO koppeling(huishouden, gemeente, datum, reden, "
                                        "door, vastgelegd_op) VALUES(1, 'GM0344', '2025-01-10', "
                                        "'test', 'test', '2025-01-10T10:00:00')"));
    auto opened = Store::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(bijgehouden(**opened), QStringList{QStringLiteral("1|2025-05-01|GM0344|2|0")});
    EXPECT_EQ(bijgehouden(**opened), afgeleid(**opened));
}
