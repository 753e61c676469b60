// Every role × change × scope in the local store's core (issue 16, docs/sync.md): with an account
// signed in, the changes its role may make in its own scope are made, every other is refused
// before anything is written, in every path (each change's entry is checked as it is appended).
// The same table holds the team server to the same answers (ServerRechten_test.cpp).
#include "RechtenTabel.h"
#include "TestSupport.h"

#include "core/account/AccountCommand.h"
#include "core/casus/CasusService.h"
#include "core/domain/Account.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/huishouden/HuishoudenZoeker.h"
#include "core/huishouden/IntakeCommand.h"
#include "core/import/HuishoudenCsv.h"
#include "core/import/ImportCommand.h"
#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/rapport/RapportService.h"
#include "core/store/Sql.h"
#include "core/suggestie/GewichtenCommand.h"
#include "core/taakstelling/TaakstellingCommand.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/wachtrij/WachtrijService.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace rd;
using namespace rd::test;

namespace {

const QDate vandaag(2026, 11, 29);
const QString groningen = QStringLiteral("GM0014"); // region 1
const QString eindhoven = QStringLiteral("GM0772"); // region 5

// What the template store holds (ids are the same in each copy).
struct Basis
{
    qint64 azc1 = 0, azc5 = 0;
    qint64 h1 = 0, h5 = 0, gekoppeld1 = 0;
};

// The account of a role with its scope (as in RechtenTabel.h).
Account accountVan(Rol rol)
{
    Account a;
    a.naam = QStringLiteral("test");
    a.rol = rol;
    if (rol == Rol::Regievoerder)
        a.regio = 1;
    else if (rol == Rol::Programmabegeleider)
        a.azc = QStringLiteral("AZC test ") + groningen;
    else if (rol == Rol::Gemeente)
        a.gemeente = groningen;
    else if (rol == Rol::Provincie)
        a.provincie = QStringLiteral("Groningen");
    return a;
}

Huishouden nieuw(qint64 vNummer, qint64 azc)
{
    return voorbeeldHuishouden(vNummer, 2, vandaag.addDays(-5), azc);
}

using Maak = std::function<Wijziging *(Store &, const Basis &)>;

// The changes of RechtenTabel.h, in its order, as the commands the window and CLI run.
QList<Maak> wijzigingen()
{
    return {
        [](Store &s, const Basis &b) -> Wijziging * {
            return new KoppelReeks(s, {{b.h1, {}}}, groningen, 0, vandaag, QStringLiteral("t"), {},
                                   vandaag);
        },
        [](Store &s, const Basis &b) -> Wijziging * {
            return new KoppelReeks(s, {{b.h5, {}}}, eindhoven, 0, vandaag, QStringLiteral("t"), {},
                                   vandaag);
        },
        [](Store &s, const Basis &b) -> Wijziging * {
            return new OntkoppelCommand(s, b.gekoppeld1, vandaag, QStringLiteral("t"), vandaag);
        },
        [](Store &s, const Basis &b) -> Wijziging * {
            return new IntakeCommand(s, nieuw(7900000001, b.azc1), vandaag);
        },
        [](Store &s, const Basis &b) -> Wijziging * {
            return new IntakeCommand(s, nieuw(7900000011, b.azc5), vandaag);
        },
        [](Store &s, const Basis &) -> Wijziging * {
            return new HerverdelingCommand(s, HalfJaar(2026, 2), {{groningen, 2}, {eindhoven, -2}},
                                           QStringLiteral("t"));
        },
        [](Store &s, const Basis &) -> Wijziging * {
            return new VgCommand(s, HalfJaar(2027, 1), 11000, vandaag, QStringLiteral("laat"));
        },
        [](Store &s, const Basis &) -> Wijziging * {
            rd::Gewichten g;
            g.achterstand = 0.6;
            g.tempo = 0.1;
            return new GewichtenCommand(s, g);
        },
    };
}

class Toegang : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto s = openStore(dir.path(QStringLiteral("basis.sqlite")));
        basis.azc1 = azcIn(*s, groningen);
        basis.azc5 = azcIn(*s, eindhoven);
        basis.h1 = voegToe(*s, nieuw(7700000001, basis.azc1));
        basis.h5 = voegToe(*s, nieuw(7700000011, basis.azc5));
        basis.gekoppeld1 = voegToe(*s, nieuw(7700000021, basis.azc1));
        ASSERT_TRUE(KoppelReeks(*s, {{basis.gekoppeld1, {}}}, groningen, 0, vandaag,
                                QStringLiteral("t"), {}, vandaag)
                        .voerUit()
                        .ok());
        // the half-year a herverdeling shifts has its vg
        ASSERT_TRUE(VgCommand(*s, HalfJaar(2026, 2), 12000, vandaag, QStringLiteral("laat"))
                        .voerUit()
                        .ok());
    }

    // A fresh copy of the template, signed in as `rol` (none: the single local user).
    std::unique_ptr<Store> kopie(std::optional<Rol> rol)
    {
        const QString pad = dir.path(QStringLiteral("kopie%1.sqlite").arg(++kopieen));
        EXPECT_TRUE(QFile::copy(dir.path(QStringLiteral("basis.sqlite")), pad));
        auto s = openStore(pad, false);
        if (rol)
            s->setAccount(accountVan(*rol));
        return s;
    }

    // Runs `stap` and checks the outcome: made with its entry, or refused with nothing written.
    void verwacht(Store &s, Wijziging *stap, bool mag, const char *wat)
    {
        SCOPED_TRACE(wat);
        std::unique_ptr<Wijziging> eigen(stap);
        const auto kop = journaal::kop(s);
        ASSERT_TRUE(kop.ok());
        const QString voor = canoniekeDump(s);
        const Status gedaan = stap->voerUit();
        const auto na = journaal::kop(s);
        ASSERT_TRUE(na.ok());
        if (mag) {
            ASSERT_TRUE(gedaan.ok()) << gedaan.error().toString().toStdString();
            EXPECT_EQ(na->first, kop->first + 1);
        } else {
            ASSERT_FALSE(gedaan.ok()) << "the store took it";
            EXPECT_EQ(gedaan.error().where.toStdString(), "not allowed")
                << gedaan.error().toString().toStdString();
            EXPECT_EQ(na->first, kop->first);
            EXPECT_TRUE(canoniekeDump(s) == voor) << "something changed";
        }
    }

    TempDir dir;
    Basis basis;
    int kopieen = 0;
};

const Rol rollen[] = {Rol::Beheerder, Rol::Regievoerder, Rol::Programmabegeleider, Rol::Gemeente,
                      Rol::Provincie};

} // namespace

TEST_F(Toegang, EachRoleMakesOnlyTheChangesOfItsScope)
{
    const QList<Maak> lijst = wijzigingen();
    ASSERT_EQ(lijst.size(), AantalRechten);
    int geprobeerd = 0;
    for (size_t r = 0; r < rechtenTabel.size(); ++r) {
        const Rol rol = rollen[r];
        SCOPED_TRACE(rechtenTabel[r].rol);
        ASSERT_EQ(rol::naam(rol), QLatin1String(rechtenTabel[r].rol));
        for (qsizetype i = 0; i < lijst.size(); ++i) {
            auto s = kopie(rol);
            verwacht(*s, lijst.at(i)(*s, basis), rechtenTabel[r].mag.at(size_t(i)),
                     QStringLiteral("change %1").arg(i).toUtf8().constData());
            ++geprobeerd;
        }
    }
    EXPECT_EQ(geprobeerd, int(rechtenTabel.size()) * AantalRechten);
}

TEST_F(Toegang, WithoutAnAccountTheSingleLocalUserMakesEveryChange)
{
    for (const Maak &maak : wijzigingen()) {
        auto s = kopie(std::nullopt);
        verwacht(*s, maak(*s, basis), true, "no account");
    }
}

// An intake that moves a household between AZCs is judged on both: a programmabegeleider moves
// none of another AZC's households into its own, nor its own out; a regievoerder likewise across
// regions.
TEST_F(Toegang, AnIntakeThatMovesAHouseholdIsJudgedOnTheAzcBeforeAndAfter)
{
    for (Rol rol : {Rol::Programmabegeleider, Rol::Regievoerder}) {
        SCOPED_TRACE(rol::naam(rol).toStdString());
        auto s = kopie(rol);
        auto h5 = HuishoudenRepository(*s).laad(basis.h5);
        ASSERT_TRUE(h5.ok());
        Huishouden naarEigen = *h5;
        naarEigen.azcId = basis.azc1;
        verwacht(*s, new IntakeCommand(*s, naarEigen, vandaag), false, "into its scope");

        auto h1 = HuishoudenRepository(*s).laad(basis.h1);
        ASSERT_TRUE(h1.ok());
        Huishouden naarAnder = *h1;
        naarAnder.azcId = basis.azc5;
        verwacht(*s, new IntakeCommand(*s, naarAnder, vandaag), false, "out of its scope");
        Huishouden blijft = *h1;
        blijft.notitie = QStringLiteral("spreekt ook Engels");
        verwacht(*s, new IntakeCommand(*s, blijft, vandaag), true, "within its scope");
    }
}

// An import is judged on the AZC of every household in it.
TEST_F(Toegang, AnImportIsJudgedOnEveryHouseholdsAzc)
{
    // a file with one household at each AZC, and one with the Groningen one only
    const QString beide = dir.path(QStringLiteral("beide.csv"));
    const QString eigen = dir.path(QStringLiteral("eigen.csv"));
    {
        auto s = openStore(dir.path(QStringLiteral("bron.sqlite")));
        const qint64 a1 = azcIn(*s, groningen);
        voegToe(*s, nieuw(7800000001, a1));
        ASSERT_TRUE(exporteerHuishoudens(*s, eigen, false).ok());
        voegToe(*s, nieuw(7800000011, azcIn(*s, eindhoven)));
        ASSERT_TRUE(exporteerHuishoudens(*s, beide, false).ok());
    }
    for (Rol rol : {Rol::Programmabegeleider, Rol::Regievoerder}) {
        SCOPED_TRACE(rol::naam(rol).toStdString());
        auto s = kopie(rol);
        verwacht(*s, ImportCommand::huishoudens(*s, fileBytes(beide), beide, vandaag), false,
                 "one household outside");
        verwacht(*s, ImportCommand::huishoudens(*s, fileBytes(eigen), eigen, vandaag), true,
                 "all inside");
    }
    auto s = kopie(Rol::Gemeente);
    verwacht(*s, ImportCommand::huishoudens(*s, fileBytes(eigen), eigen, vandaag), false,
             "a gemeente");
}

// Accounts are the beheerder's: only it, or anybody while the store has none.
TEST_F(Toegang, OnlyABeheerderMakesAccounts)
{
    Account nieuwAccount = accountVan(Rol::Regievoerder);
    nieuwAccount.naam = QStringLiteral("karin");
    for (Rol rol : rollen) {
        SCOPED_TRACE(rol::naam(rol).toStdString());
        auto s = kopie(rol);
        // the first account must be a beheerder: make one without an account signed in
        const auto wie = s->account();
        s->setAccount(std::nullopt);
        Account beheer = accountVan(Rol::Beheerder);
        beheer.naam = QStringLiteral("beheer");
        ASSERT_TRUE(AccountCommand::maak(*s, beheer, QStringLiteral("lang genoeg wachtwoord"))
                        ->voerUit()
                        .ok());
        s->setAccount(wie);
        verwacht(*s, AccountCommand::maak(*s, nieuwAccount, QStringLiteral("nog een wachtwoord")),
                 rol == Rol::Beheerder, "make an account");
    }
}

// What the server decides on the scope it files an entry under, core decides on the same: an
// entry about no household, or one without a region, is no regievoerder's.
TEST(ToegangRegel, AScopeWithoutARegionOrAzcIsNobodysButTheBeheerders)
{
    Account rv;
    rv.naam = QStringLiteral("rv");
    rv.rol = Rol::Regievoerder;
    rv.regio = 1;
    Account pb;
    pb.naam = QStringLiteral("pb");
    pb.rol = Rol::Programmabegeleider;
    pb.azc = QStringLiteral("AZC Ter Apel");
    const InvoerBereik zonder{};
    const InvoerBereik regio1{1, QStringLiteral("AZC Ter Apel"), {}};
    const InvoerBereik regio2{2, QStringLiteral("AZC Zwolle"), {}};
    EXPECT_TRUE(toegang::magSchrijven(rv, QStringLiteral("koppel"), {regio1}).ok());
    EXPECT_FALSE(toegang::magSchrijven(rv, QStringLiteral("koppel"), {}).ok());
    EXPECT_FALSE(toegang::magSchrijven(rv, QStringLiteral("koppel"), {zonder}).ok());
    // every household counts, not only the first
    EXPECT_FALSE(toegang::magSchrijven(rv, QStringLiteral("koppel"), {regio1, regio2}).ok());
    EXPECT_FALSE(toegang::magSchrijven(pb, QStringLiteral("intake"), {regio1, regio2}).ok());
    EXPECT_TRUE(toegang::magSchrijven(pb, QStringLiteral("intake"), {regio1, regio1}).ok());
    // a type nobody but the beheerder makes, and one that does not exist
    for (const char *soort :
         {"tolerantie", "afzender", "art30", "import-inwoners", "demo", "account", "onbekend"}) {
        SCOPED_TRACE(soort);
        EXPECT_FALSE(toegang::magSchrijven(rv, QLatin1String(soort), {}).ok());
        EXPECT_FALSE(toegang::magSchrijven(pb, QLatin1String(soort), {}).ok());
        Account bh;
        bh.naam = QStringLiteral("bh");
        EXPECT_TRUE(toegang::magSchrijven(bh, QLatin1String(soort), {}).ok());
    }
    const Status nee = toegang::magSchrijven(rv, QStringLiteral("koppel"), {regio2});
    ASSERT_FALSE(nee.ok());
    EXPECT_TRUE(nee.error().message.contains(QStringLiteral("region 1")));
    EXPECT_TRUE(nee.error().message.contains(QStringLiteral("region 2")));
}

TEST(ToegangRegel, AnAccountHasExactlyTheScopeItsRoleNeeds)
{
    Account a;
    a.naam = QStringLiteral("x");
    a.rol = Rol::Regievoerder;
    EXPECT_EQ(a.controleer().error().where, QStringLiteral("regio"));
    a.regio = 6;
    EXPECT_EQ(a.controleer().error().where, QStringLiteral("regio"));
    a.regio = 3;
    EXPECT_TRUE(a.controleer().ok());
    a.azc = QStringLiteral("AZC Budel");
    EXPECT_EQ(a.controleer().error().where, QStringLiteral("azc"));
    a = Account{};
    a.naam = QStringLiteral("x");
    a.rol = Rol::Gemeente;
    a.gemeente = QStringLiteral("0363");
    EXPECT_EQ(a.controleer().error().where, QStringLiteral("gemeente"));
    a.gemeente = QStringLiteral("GM0363");
    EXPECT_TRUE(a.controleer().ok());
    for (const QString &naam :
         {QString(), QStringLiteral("ans de vries"), QStringLiteral("a'b"),
          QStringLiteral("ans\x1b[2J"), QStringLiteral("josé"), QString(64, QLatin1Char('a'))}) {
        a.naam = naam;
        EXPECT_EQ(a.controleer().error().where, QStringLiteral("naam")) << naam.toStdString();
    }
    a.naam = QStringLiteral("ans.de-vries_2");
    EXPECT_TRUE(a.controleer().ok());
    for (const QString &n : rol::namen())
        EXPECT_EQ(rol::naam(*rol::uitNaam(n)), n);
    EXPECT_FALSE(rol::uitNaam(QStringLiteral("admin")).has_value());
}

// What each role may see of the reports (domain.md, reports: a gemeente its own, a province its
// own area): every role × scope, through the report service itself.
TEST_F(Toegang, EachRoleSeesTheReportsOfItsScopeOnly)
{
    const QList<RapportBereik> bereiken{
        RapportBereik::land(),
        RapportBereik::vanRegio(1),
        RapportBereik::vanRegio(5),
        RapportBereik::vanProvincie(QStringLiteral("Groningen")),
        RapportBereik::vanProvincie(QStringLiteral("Utrecht")),
        RapportBereik::vanGemeente(groningen),
        RapportBereik::vanGemeente(eindhoven),
    };
    //                      land, regio 1, regio 5, Groningen, Utrecht, GM0014, GM0772
    const QList<std::pair<Rol, QList<bool>>> tabel{
        {Rol::Beheerder, {true, true, true, true, true, true, true}},
        {Rol::Regievoerder, {false, true, false, true, false, true, false}},
        {Rol::Programmabegeleider, {false, false, false, false, false, false, false}},
        {Rol::Gemeente, {false, false, false, false, false, true, false}},
        {Rol::Provincie, {false, false, false, true, false, true, false}},
    };
    auto s = kopie(std::nullopt);
    for (const auto &[rol, mag] : tabel) {
        SCOPED_TRACE(rol::naam(rol).toStdString());
        s->setAccount(accountVan(rol));
        for (qsizetype i = 0; i < bereiken.size(); ++i) {
            SCOPED_TRACE(i);
            const auto rapport = RapportService(*s).maak(RapportSoort::PerGemeente,
                                                         HalfJaar(2026, 2), bereiken.at(i));
            if (mag.at(i)) {
                EXPECT_TRUE(rapport.ok()) << rapport.error().toString().toStdString();
            } else {
                ASSERT_FALSE(rapport.ok());
                EXPECT_EQ(rapport.error().where.toStdString(), "not allowed")
                    << rapport.error().toString().toStdString();
            }
        }
    }
    // without an account, everything (the single local user)
    s->setAccount(std::nullopt);
    EXPECT_TRUE(RapportService(*s)
                    .maak(RapportSoort::PerGemeente, HalfJaar(2026, 2), RapportBereik::land())
                    .ok());
}

// What each role sees of the households (docs/sync.md): the queue, the case list, its counts and
// the search show only the households of the account's scope.
TEST_F(Toegang, EachRoleSeesTheHouseholdsOfItsScopeOnly)
{
    using Ids = QSet<qint64>;
    const Ids alle{basis.h1, basis.h5, basis.gekoppeld1};
    const Ids regio1{basis.h1, basis.gekoppeld1};
    const Ids gekoppeld{basis.gekoppeld1};
    // role, households seen, of them waiting in the queue
    const QList<std::tuple<Rol, Ids, Ids>> tabel{
        {Rol::Beheerder, alle, {basis.h1, basis.h5}},
        {Rol::Regievoerder, regio1, {basis.h1}},
        {Rol::Programmabegeleider, regio1, {basis.h1}},
        {Rol::Gemeente, gekoppeld, {}},
        {Rol::Provincie, gekoppeld, {}},
    };
    auto s = kopie(std::nullopt);
    for (const auto &[rol, gezien, wachtend] : tabel) {
        SCOPED_TRACE(rol::naam(rol).toStdString());
        s->setAccount(accountVan(rol));
        auto rijen = WachtrijService(*s).wachtrij(0, vandaag);
        ASSERT_TRUE(rijen.ok());
        Ids inWachtrij;
        for (const WachtrijRij &r : *rijen)
            inWachtrij << r.huishoudenId;
        EXPECT_EQ(inWachtrij, wachtend);

        auto cases = CasusService(*s).cases(CasusFilter{}, vandaag);
        ASSERT_TRUE(cases.ok());
        Ids inCases;
        for (const CasusRij &r : *cases)
            inCases << r.huishoudenId;
        EXPECT_EQ(inCases, gezien);
        auto telling = CasusService(*s).tel();
        ASSERT_TRUE(telling.ok());
        EXPECT_EQ(telling->huishoudens, gezien.size());

        auto gevonden = HuishoudenZoeker(*s).zoek(QStringLiteral("77"));
        ASSERT_TRUE(gevonden.ok());
        Ids inZoek;
        for (const ZoekTreffer &t : gevonden->treffers)
            inZoek << t.huishoudenId;
        EXPECT_EQ(inZoek, gezien);
    }
}

// What each role sees of the quota figures (docs/sync.md): realisation and pipeline are counted
// from the households a store holds, so each role gets the gemeenten of its scope only, with the
// same figures the beheerder computes for them; another region is refused, and a role with no
// figures (a programmabegeleider, a province joined to a team server) is refused whole.
TEST_F(Toegang, EachRoleSeesTheQuotaFiguresOfItsScopeOnly)
{
    const HalfJaar h(2026, 2);
    auto s = kopie(std::nullopt);
    auto alles = TaakstellingService(*s).bereken(h, 0, vandaag);
    ASSERT_TRUE(alles.ok()) << alles.error().toString().toStdString();
    QHash<QString, TaakstellingStand> stand;
    QSet<QString> regio1, provincieGroningen;
    for (const TaakstellingStand &r : alles->rijen) {
        stand.insert(r.code, r);
        if (r.regio == 1)
            regio1 << r.code;
        if (r.provincie == QStringLiteral("Groningen"))
            provincieGroningen << r.code;
    }
    ASSERT_GT(regio1.size(), provincieGroningen.size() + 1);
    ASSERT_EQ(stand.value(groningen).gekoppeldNietGehuisvest, 2); // the coupled household
    const QSet<QString> allen(stand.keyBegin(), stand.keyEnd());
    // role, gemeenten of the whole country, of region 1, whether region 5 may be asked for
    const QList<std::tuple<Rol, QSet<QString>, QSet<QString>, bool>> tabel{
        {Rol::Beheerder, allen, regio1, true},
        {Rol::Regievoerder, regio1, regio1, false},
        {Rol::Gemeente, {groningen}, {groningen}, false},
        {Rol::Provincie, provincieGroningen, provincieGroningen, false},
    };
    for (const auto &[rol, land, regio, regio5] : tabel) {
        SCOPED_TRACE(rol::naam(rol).toStdString());
        s->setAccount(accountVan(rol));
        for (const auto &[vraag, verwacht] : {std::pair{0, land}, std::pair{1, regio}}) {
            auto o = TaakstellingService(*s).bereken(h, vraag, vandaag);
            ASSERT_TRUE(o.ok()) << o.error().toString().toStdString();
            QSet<QString> codes;
            for (const TaakstellingStand &r : o->rijen) {
                codes << r.code;
                const TaakstellingStand &b = stand.value(r.code);
                EXPECT_EQ(r.opgave, b.opgave) << r.code.toStdString();
                EXPECT_EQ(r.realisatie, b.realisatie) << r.code.toStdString();
                EXPECT_EQ(r.prognose, b.prognose) << r.code.toStdString();
            }
            EXPECT_EQ(codes, verwacht) << vraag;
            EXPECT_EQ(o->vg, alles->vg);
        }
        auto vijf = TaakstellingService(*s).bereken(h, 5, vandaag);
        EXPECT_EQ(vijf.ok() ? "" : vijf.error().where.toStdString(), regio5 ? "" : "not allowed");
    }
    s->setAccount(accountVan(Rol::Programmabegeleider)); // no quota figures at all
    auto pb = TaakstellingService(*s).bereken(h, 1, vandaag);
    EXPECT_EQ(pb.ok() ? "" : pb.error().where.toStdString(), "not allowed");
    ASSERT_TRUE(sql::doe(s->database(),
                         QStringLiteral("INSERT INTO sync_server (id, url, account, apparaat, "
                                        "vanaf_seq) VALUES (1, 'postgresql://x/y', 'p', ?, 0)"),
                         {QStringLiteral("00000000-0000-0000-0000-000000000001")})
                    .ok());
    s->setAccount(accountVan(Rol::Provincie));
    auto verbonden = TaakstellingService(*s).bereken(h, 0, vandaag);
    ASSERT_EQ(verbonden.ok() ? "" : verbonden.error().where.toStdString(), "not allowed");
    EXPECT_TRUE(verbonden.error().message.contains(QStringLiteral("reports the regievoerders")));
}
