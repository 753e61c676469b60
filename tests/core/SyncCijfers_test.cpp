// The figures a province receives (issue 16, server schema 004): a regievoerder's device
// publishes the reports of its region's provinces, computed by core, without any table that
// names persons; a province's device receives those of its own area only and its reports show
// them; the server refuses a publication from anyone else and any table of persons.
#include "SyncTestData.h"

#include "core/account/AccountService.h"
#include "core/rapport/RapportJson.h"
#include "core/rapport/RapportService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace rd;
using namespace rd::test;

namespace {

const HalfJaar dezeHelft(2026, 2);

// The store works as its account at the server, as the window and the CLI do once signed in.
void alsServerAccount(Store &store)
{
    auto account = account::vanServer(store);
    ASSERT_TRUE(account.ok());
    ASSERT_TRUE(account->has_value());
    store.setAccount(*account);
}

SyncTelling syncOp(Store &store)
{
    auto t = sync::synchroniseer(store, {}, vandaag);
    EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().toString().toStdString());
    return t.ok() ? *t : SyncTelling{};
}

QJsonArray tabellen(const Rapport &r)
{
    return rapportjson::naarJson(r).value(QStringLiteral("tabellen")).toArray();
}

// The number in a column of a gemeente's row of the report's table `sleutel`; -1 when absent.
qint64 getal(const Rapport &r, const QString &sleutel, const QString &gemeente,
             const QString &kolom)
{
    for (const RapportTabel &t : r.tabellen) {
        if (t.sleutel != sleutel)
            continue;
        qsizetype c = -1, k = -1;
        for (qsizetype i = 0; i < t.kolommen.size(); ++i) {
            if (t.kolommen.at(i).sleutel == QLatin1String("gemeente_code"))
                c = i;
            if (t.kolommen.at(i).sleutel == kolom)
                k = i;
        }
        for (const QVariantList &rij : t.rijen)
            if (c >= 0 && k >= 0 && rij.at(c).toString() == gemeente)
                return rij.at(k).toLongLong();
    }
    return -1;
}

class SyncCijfers : public SyncTest
{
protected:
    // A province's device: a new store with the reference data only, joined as `account`.
    std::unique_ptr<Store> provincieApparaat(const QString &account, const QString &naam)
    {
        auto s = openStore(dir.path(naam));
        const Status aan = sync::sluitAan(*s, pg->adres(), account, {}, QStringLiteral("pv"));
        EXPECT_TRUE(aan.ok()) << (aan ? "" : aan.error().toString().toStdString());
        alsServerAccount(*s);
        return s;
    }

    qint64 beheerGetal(const QString &sql) { return pgGetal(beheer, sql); }
};

} // namespace

TEST_F(SyncCijfers, ARegievoerderPublishesItsProvincesAndAProvinceReceivesItsOwnAggregatesOnly)
{
    RD_SYNC_BEGIN(4);
    alsServerAccount(*a);
    const QString pv = account(QStringLiteral("pv"), QStringLiteral("provincie"),
                               QStringLiteral("provincie"), QStringLiteral("Groningen"));
    const QString lb = account(QStringLiteral("lb"), QStringLiteral("provincie"),
                               QStringLiteral("provincie"), QStringLiteral("Limburg"));
    ASSERT_TRUE(koppel(*a, huishoudens[0], veendam).ok());
    ASSERT_TRUE(koppel(*a, huishoudens[1], assen).ok());

    // Region 1 has three provinces: 8 reports × 2 half-years each
    const SyncTelling t = syncOp(*a);
    EXPECT_EQ(t.toegepast, 2);
    EXPECT_EQ(t.cijfersGepubliceerd, 3 * 2 * 8);
    EXPECT_EQ(beheerGetal(QStringLiteral("SELECT count(*) FROM regiedesk.cijfer")), 48);
    EXPECT_EQ(beheerGetal(QStringLiteral("SELECT count(DISTINCT provincie) FROM regiedesk.cijfer "
                                         "WHERE provincie IN ('Groningen', 'Fryslân', "
                                         "'Drenthe')")),
              3);
    // no person in them: neither a V-number column nor any household's V-number
    EXPECT_EQ(beheerGetal(QStringLiteral("SELECT count(*) FROM regiedesk.cijfer WHERE "
                                         "inhoud::text LIKE '%v_nummer%' OR inhoud::text LIKE "
                                         "'%77000000%'")),
              0);

    // Groningen's device receives Groningen's 16, and its reports are a's figures
    auto groningen = provincieApparaat(pv, QStringLiteral("groningen.sqlite"));
    const SyncTelling g = syncOp(*groningen);
    EXPECT_EQ(g.ontvangen, 0) << "a province receives no change of a household";
    EXPECT_EQ(g.cijfersOntvangen, 16);
    EXPECT_EQ(g.cijfersGepubliceerd, 0);
    EXPECT_EQ(sql::scalar(groningen->database(), QStringLiteral("SELECT count(*) FROM huishouden"))
                  ->toInt(),
              0);
    const auto bereik = RapportBereik::vanProvincie(QStringLiteral("Groningen"));
    for (RapportSoort soort : rapport::alle()) {
        SCOPED_TRACE(rapport::code(soort).toStdString());
        RapportOpties opties;
        opties.peildatum = vandaag;
        auto bij = RapportService(*groningen).maak(soort, dezeHelft, bereik, opties);
        ASSERT_TRUE(bij.ok()) << bij.error().toString().toStdString();
        auto bron = RapportService(*a).maak(soort, dezeHelft, bereik, opties);
        ASSERT_TRUE(bron.ok());
        EXPECT_EQ(tabellen(*bij), tabellen(*bron));
        ASSERT_TRUE(bij->publicatie.has_value());
        EXPECT_EQ(bij->publicatie->door, ans);
        EXPECT_EQ(bij->publicatie->totSeq, 2);
        EXPECT_TRUE(bij->parameters().join(QLatin1Char('\n')).contains(ans));
        for (const RapportTabel &tabel : bij->tabellen)
            EXPECT_FALSE(rapportjson::noemtPersonen(tabel)) << tabel.sleutel.toStdString();
    }
    auto perGemeente =
        RapportService(*groningen).maak(RapportSoort::PerGemeente, dezeHelft, bereik);
    ASSERT_TRUE(perGemeente.ok());
    EXPECT_EQ(
        getal(*perGemeente, QStringLiteral("gemeenten"), veendam, QStringLiteral("koppelingen")),
        1);
    // Drenthe's figures are not Groningen's to see, here or at the server
    auto drenthe = RapportService(*groningen)
                       .maak(RapportSoort::PerGemeente, dezeHelft,
                             RapportBereik::vanProvincie(QStringLiteral("Drenthe")));
    EXPECT_FALSE(drenthe.ok());
    EXPECT_EQ(sql::scalar(groningen->database(),
                          QStringLiteral("SELECT count(*) FROM cijfer_ontvangen WHERE provincie "
                                         "<> 'Groningen'"))
                  ->toInt(),
              0);
    {
        auto als = serveradres::verbind(pg->adres(), QStringLiteral("cijfers-pv"), {}, pv);
        ASSERT_TRUE(als.ok());
        EXPECT_EQ(pgGetal(*als, QStringLiteral("SELECT count(*) FROM regiedesk.cijfer")), 16);
        QSqlQuery log(*als);
        EXPECT_FALSE(log.exec(QStringLiteral("SELECT count(*) FROM regiedesk.wijziging")))
            << "a province may not even read the change log";
        als->close();
    }
    // Limburg's device: nothing published for it yet, and it says so
    auto limburg = provincieApparaat(lb, QStringLiteral("limburg.sqlite"));
    EXPECT_EQ(syncOp(*limburg).cijfersOntvangen, 0);
    auto leeg = RapportService(*limburg).maak(
        RapportSoort::Toezicht, dezeHelft, RapportBereik::vanProvincie(QStringLiteral("Limburg")));
    ASSERT_FALSE(leeg.ok());
    EXPECT_TRUE(leeg.error().toString().contains(QStringLiteral("published")))
        << leeg.error().toString().toStdString();
}

TEST_F(SyncCijfers, NewFiguresOnlyWhenTheServersLogOrTheDateMovedAndNeverFromAStoreInConflict)
{
    RD_SYNC_BEGIN(4);
    alsServerAccount(*a);
    alsServerAccount(*b);
    const QString pv = account(QStringLiteral("pv"), QStringLiteral("provincie"),
                               QStringLiteral("provincie"), QStringLiteral("Groningen"));
    ASSERT_TRUE(koppel(*a, huishoudens[0], veendam).ok());
    EXPECT_EQ(syncOp(*a).cijfersGepubliceerd, 48);
    EXPECT_EQ(syncOp(*a).cijfersGepubliceerd, 0) << "nothing moved";
    auto groningen = provincieApparaat(pv, QStringLiteral("groningen.sqlite"));
    EXPECT_EQ(syncOp(*groningen).cijfersOntvangen, 16);
    EXPECT_EQ(syncOp(*groningen).cijfersOntvangen, 0) << "nothing new";

    // b receives a's coupling and publishes figures that hold it and its own
    ASSERT_TRUE(koppel(*b, huishoudens[2], veendam).ok());
    EXPECT_EQ(syncOp(*b).cijfersGepubliceerd, 48);
    EXPECT_EQ(syncOp(*groningen).cijfersOntvangen, 16);
    const auto bereik = RapportBereik::vanProvincie(QStringLiteral("Groningen"));
    auto r = RapportService(*groningen).maak(RapportSoort::PerGemeente, dezeHelft, bereik);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(getal(*r, QStringLiteral("gemeenten"), veendam, QStringLiteral("koppelingen")), 2);
    EXPECT_EQ(r->publicatie->door, bob);

    // figures that hold less than the ones kept (a lower change log) are not kept over them
    {
        auto als = serveradres::verbind(pg->adres(), QStringLiteral("cijfers-oud"), {}, ans);
        ASSERT_TRUE(als.ok());
        QSqlQuery q(*als);
        q.prepare(QStringLiteral("SELECT regiedesk.publiceer_cijfer(CAST(? AS uuid), "
                                 "'Groningen', 'per-gemeente', '2026-H2', 1, DATE '2026-11-29', "
                                 "'{\"formaat\": 1}')"));
        q.addBindValue(sync::aansluiting(*a)->value().apparaat);
        ASSERT_TRUE(q.exec() && q.next()) << q.lastError().text().toStdString();
        EXPECT_FALSE(q.value(0).toBool());
        als->close();
        QSqlQuery door(beheer);
        ASSERT_TRUE(door.exec(QStringLiteral("SELECT door FROM regiedesk.cijfer WHERE provincie "
                                             "= 'Groningen' AND rapport = 'per-gemeente' AND "
                                             "periode = '2026-H2'")));
        ASSERT_TRUE(door.next());
        EXPECT_EQ(door.value(0).toString(), bob);
    }

    // a and b couple the same household to different gemeenten: b first, a's is a conflict, and a
    // store with an open conflict publishes nothing
    ASSERT_TRUE(koppel(*b, huishoudens[3], assen).ok());
    ASSERT_TRUE(koppel(*a, huishoudens[3], veendam).ok());
    EXPECT_EQ(syncOp(*b).cijfersGepubliceerd, 48);
    const SyncTelling metConflict = syncOp(*a);
    EXPECT_EQ(metConflict.conflict, 1);
    EXPECT_EQ(metConflict.cijfersGepubliceerd, 0);
    // the next day (the pipeline's reference date moved) b publishes again without a change
    auto volgendeDag = sync::synchroniseer(*b, {}, vandaag.addDays(1));
    ASSERT_TRUE(volgendeDag.ok());
    EXPECT_EQ(volgendeDag->cijfersGepubliceerd, 48);
}

TEST_F(SyncCijfers, TheServerRefusesFiguresFromOutsideTheRegionOfPersonsOrOfALogItDoesNotHave)
{
    RD_SYNC_BEGIN(2);
    const QString rv5 = account(QStringLiteral("rv5"), QStringLiteral("regievoerder"),
                                QStringLiteral("regio"), QStringLiteral("5"));
    const QString gm = account(QStringLiteral("gm"), QStringLiteral("gemeente"),
                               QStringLiteral("gemeente"), QStringLiteral("GM0047"));
    const QString pv = account(QStringLiteral("pv"), QStringLiteral("provincie"),
                               QStringLiteral("provincie"), QStringLiteral("Groningen"));
    const QJsonObject goed{
        {QStringLiteral("formaat"), 1},
        {QStringLiteral("tabellen"),
         QJsonArray{QJsonObject{{QStringLiteral("sleutel"), QStringLiteral("gemeenten")},
                                {QStringLiteral("kolommen"),
                                 QJsonArray{QJsonObject{{QStringLiteral("sleutel"),
                                                         QStringLiteral("gemeente_code")}}}}}}}};
    QJsonObject metPersonen = goed;
    metPersonen[QStringLiteral("tabellen")] = QJsonArray{QJsonObject{
        {QStringLiteral("sleutel"), QStringLiteral("koppelingen")},
        {QStringLiteral("kolommen"),
         QJsonArray{QJsonObject{{QStringLiteral("sleutel"), QStringLiteral("v_nummer")}}}}}};
    // whether `wie` (from a device of its own) may publish `inhoud` for `provincie` up to `tot`;
    // the SQLSTATE when refused
    const auto publiceer = [&](const QString &wie, const QString &provincie, qint64 tot,
                               const QJsonObject &inhoud, bool eigenApparaat = true) -> QString {
        auto als = serveradres::verbind(pg->adres(), QStringLiteral("cijfers-als"), {}, wie);
        EXPECT_TRUE(als.ok());
        if (!als)
            return QStringLiteral("no connection");
        const QString apparaat = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery aan(*als);
        aan.prepare(QStringLiteral("SELECT regiedesk.meld_aan(CAST(? AS uuid), 'test')"));
        aan.addBindValue(apparaat);
        EXPECT_TRUE(aan.exec()) << aan.lastError().text().toStdString();
        QString vreemd;
        {
            QSqlQuery v(beheer);
            EXPECT_TRUE(v.exec(QStringLiteral("SELECT id::text FROM regiedesk.apparaat WHERE "
                                              "account <> '%1' LIMIT 1")
                                   .arg(wie)));
            if (v.next())
                vreemd = v.value(0).toString();
        }
        QSqlQuery q(*als);
        q.prepare(QStringLiteral("SELECT regiedesk.publiceer_cijfer(CAST(? AS uuid), ?, "
                                 "'toezicht', '2026-H2', ?, DATE '2026-11-29', CAST(? AS jsonb))"));
        q.addBindValue(eigenApparaat ? apparaat : vreemd);
        q.addBindValue(provincie);
        q.addBindValue(tot);
        q.addBindValue(QString::fromUtf8(QJsonDocument(inhoud).toJson(QJsonDocument::Compact)));
        const bool gelukt = q.exec() && q.next();
        const QString uit = gelukt ? QString() : q.lastError().nativeErrorCode();
        als->close();
        return uit;
    };
    const QString toegang = QStringLiteral("42501"); // insufficient_privilege
    EXPECT_EQ(publiceer(ans, QStringLiteral("Groningen"), 0, goed), QString());
    EXPECT_EQ(publiceer(ans, QStringLiteral("Limburg"), 0, goed), toegang) << "not its region";
    EXPECT_EQ(publiceer(rv5, QStringLiteral("Groningen"), 0, goed), toegang) << "not its region";
    EXPECT_EQ(publiceer(rv5, QStringLiteral("Limburg"), 0, goed), QString());
    EXPECT_EQ(publiceer(gm, QStringLiteral("Groningen"), 0, goed), toegang) << "a gemeente";
    EXPECT_EQ(publiceer(pv, QStringLiteral("Groningen"), 0, goed), toegang) << "the province";
    EXPECT_EQ(publiceer(ans, QStringLiteral("Groningen"), 0, metPersonen), toegang)
        << "a table of persons";
    EXPECT_EQ(publiceer(ans, QStringLiteral("Groningen"), 0, goed, false), toegang)
        << "another account's device";
    EXPECT_EQ(publiceer(ans, QStringLiteral("Groningen"), 1000000, goed), QStringLiteral("23514"))
        << "a change log the server does not have";
    EXPECT_EQ(publiceer(ans, QStringLiteral("Atlantis"), 0, goed), toegang) << "no province";

    // a province reads its own rows only; a gemeente none at all
    {
        auto als = serveradres::verbind(pg->adres(), QStringLiteral("cijfers-lees"), {}, pv);
        ASSERT_TRUE(als.ok());
        EXPECT_EQ(pgGetal(*als, QStringLiteral("SELECT count(*) FROM regiedesk.cijfer")), 1);
        als->close();
        auto gem = serveradres::verbind(pg->adres(), QStringLiteral("cijfers-gm"), {}, gm);
        ASSERT_TRUE(gem.ok());
        QSqlQuery q(*gem);
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM regiedesk.cijfer")));
        gem->close();
    }
    EXPECT_EQ(beheerGetal(QStringLiteral("SELECT count(*) FROM regiedesk.cijfer")), 2);
}

// Figures the server will not take do not undo the sync: its changes went through and are counted,
// the reason is said beside them, and the next sync publishes.
TEST_F(SyncCijfers, FiguresThatCannotBePublishedAreSaidBesideASyncThatWentThrough)
{
    RD_SYNC_BEGIN(4);
    {
        QSqlQuery q(beheer);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "REVOKE EXECUTE ON FUNCTION regiedesk.publiceer_cijfer(uuid, text, text, text, "
            "bigint, date, jsonb) FROM regiedesk_regievoerder")));
    }
    ASSERT_TRUE(koppel(*a, huishoudens[0], veendam).ok());
    const SyncTelling t = syncOp(*a);
    EXPECT_EQ(t.toegepast, 1);
    EXPECT_EQ(t.cijfersGepubliceerd, 0);
    EXPECT_FALSE(t.cijfersFout.isEmpty());
    EXPECT_EQ(sync::aantalOnverzonden(*a).value(), 0);
    EXPECT_FALSE(sync::aansluiting(*a)->value().laatsteSync.isEmpty());
    EXPECT_EQ(beheerGetal(QStringLiteral("SELECT count(*) FROM regiedesk.cijfer")), 0);
    {
        QSqlQuery q(beheer);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "GRANT EXECUTE ON FUNCTION regiedesk.publiceer_cijfer(uuid, text, text, text, "
            "bigint, date, jsonb) TO regiedesk_regievoerder")));
    }
    const SyncTelling weer = syncOp(*a);
    EXPECT_TRUE(weer.cijfersFout.isEmpty()) << weer.cijfersFout.toStdString();
    EXPECT_EQ(weer.cijfersGepubliceerd, 48);
}
