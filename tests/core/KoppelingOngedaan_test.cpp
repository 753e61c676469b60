// Issue 12, items 5 and 6: an undone coupling never happened (no count or report reads it, the
// history shows it marked), and a coupling is based on the intake interview (never dated before
// it, in every path). Also: the gemeente that houses for a partnership coupling.
#include "TijdlijnTestData.h"

#include "core/brief/BriefService.h"
#include "core/controle/RegelControle.h"
#include "core/fase/FaseStatistiek.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/instellingen/Instellingen.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/rapport/RapportService.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/tijdlijn/TijdlijnService.h"

#include <QUndoStack>

using namespace rd;

namespace {

class KoppelingOngedaan : public test::TijdlijnTest
{
protected:
    KoppelReeks *reeks(qint64 huishouden, const QDate &datum = koppelDatum)
    {
        return new KoppelReeks(*store, {{huishouden, {}}}, amsterdam, 0, datum,
                               QStringLiteral("achterstand"), QStringLiteral("Amsterdam"), vandaag);
    }

    // The "Per gemeente" table row of a gemeente in 2026-H2: couplings and uncouplings.
    std::pair<qint64, qint64> perGemeente(const QString &code)
    {
        auto r = RapportService(*store).maak(RapportSoort::PerGemeente, HalfJaar(2026, 2),
                                             RapportBereik::land());
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        for (const auto &rij : r->tabellen.at(1).rijen) {
            if (rij.at(0).toString() == code)
                return {rij.at(2).toLongLong(), rij.at(5).toLongLong()};
        }
        return {0, 0};
    }

    QStringList regels()
    {
        auto gevonden = regelcontrole::controleer(*store, vandaag);
        EXPECT_TRUE(gevonden.ok());
        QStringList codes;
        for (const auto &o : *gevonden)
            codes << o.regel;
        return codes;
    }
};

} // namespace

TEST_F(KoppelingOngedaan, CoupleThenUndoLeavesNoCouplingInThePerGemeenteReport)
{
    const qint64 id = nieuwHuishouden(4800000001);
    QUndoStack stack;
    stack.push(reeks(id));
    ASSERT_EQ(stack.count(), 1);
    EXPECT_EQ(perGemeente(amsterdam), (std::pair<qint64, qint64>{1, 0}));
    stack.undo();
    EXPECT_EQ(perGemeente(amsterdam), (std::pair<qint64, qint64>{0, 0}))
        << "koppelingen 0, ontkoppeld 0: it never happened";

    auto historie = KoppelingService(*store).historie(id);
    ASSERT_TRUE(historie.ok());
    ASSERT_EQ(historie->size(), 1) << "the history keeps the step, marked";
    EXPECT_TRUE(historie->first().ongedaan);
    EXPECT_FALSE(historie->first().actief());
    EXPECT_TRUE(regels().isEmpty());

    auto fasen = FaseStatistiek(*store).perGemeente(0, QDate(2026, 7, 1), QDate(2026, 12, 31));
    ASSERT_TRUE(fasen.ok());
    EXPECT_TRUE(fasen->isEmpty()) << "no phase 1 ended at an undone coupling";

    // Redo couples again: a coupling that counts, after the same checks.
    stack.redo();
    EXPECT_EQ(perGemeente(amsterdam), (std::pair<qint64, qint64>{1, 0}));
    auto actief = KoppelingService(*store).actief(id);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_FALSE((*actief)->ongedaan);
}

TEST_F(KoppelingOngedaan, ARealUncouplingStaysInTheHistoryAndIsReportedAsSuch)
{
    const qint64 id = nieuwHuishouden(4800000011);
    koppel(id, amsterdam);
    ASSERT_TRUE(KoppelingService(*store)
                    .ontkoppel(id, QDate(2026, 10, 1), QStringLiteral("woning geweigerd"), vandaag)
                    .ok());
    EXPECT_EQ(perGemeente(amsterdam), (std::pair<qint64, qint64>{1, 1}));
    EXPECT_FALSE(KoppelingService(*store).historie(id)->first().ongedaan);
}

TEST_F(KoppelingOngedaan, AnUndoneCouplingIsInNoPipelineAndGetsNoLetter)
{
    ASSERT_TRUE(TaakstellingService(*store)
                    .zetVg(HalfJaar(2026, 2), 20000, tijdigheid::laatsteDagVg(HalfJaar(2026, 2)))
                    .ok());
    ASSERT_TRUE(Instellingen(*store).zetAfzender(
        {QStringLiteral("COA"), QStringLiteral("P"), QStringLiteral("088"), QString()}));
    ASSERT_TRUE(Instellingen(*store).zetAzcContact(azc, QStringLiteral("balie")));
    const qint64 id = nieuwHuishouden(4800000021, Opties().metPersonen(3));
    QUndoStack stack;
    stack.push(reeks(id));
    ASSERT_TRUE(BriefService(*store).gegevens(id, vandaag, vandaag).ok());
    stack.undo();
    EXPECT_FALSE(BriefService(*store).gegevens(id, vandaag, vandaag).ok());
    EXPECT_TRUE(BriefService(*store).gekoppeldOp(koppelDatum)->isEmpty());
    auto o = TaakstellingService(*store).bereken(HalfJaar(2026, 2), 0, vandaag);
    ASSERT_TRUE(o.ok());
    for (const auto &rij : o->rijen) {
        EXPECT_EQ(rij.gekoppeldNietGehuisvest, 0) << rij.code.toStdString();
        EXPECT_EQ(rij.pijplijnProductie, 0) << rij.code.toStdString();
    }
}

TEST_F(KoppelingOngedaan, ACouplingUnderWhichALeaseWasSignedCannotBeUndone)
{
    const qint64 id = nieuwHuishouden(4800000031);
    QUndoStack stack;
    std::optional<Error> fout;
    auto *r = reeks(id);
    r->setFoutMelder([&fout](const Error &e) { fout = e; });
    stack.push(r);
    // Signed by another path (the command line): the coupling happened.
    ASSERT_TRUE(TijdlijnService(*store)
                    .zetDatum(id, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1), {}, vandaag)
                    .ok());
    stack.undo();
    ASSERT_TRUE(fout.has_value());
    EXPECT_EQ(fout->where, QStringLiteral("4800000031"));
    EXPECT_TRUE(fout->message.contains(QStringLiteral("2026-10-01")));
    auto actief = KoppelingService(*store).actief(id);
    ASSERT_TRUE(actief.ok() && actief->has_value());
    EXPECT_FALSE((*actief)->ongedaan);
}

TEST_F(KoppelingOngedaan, AnUndoneCouplingStillInForceBreaksTheRule)
{
    const qint64 id = nieuwHuishouden(4800000041);
    koppel(id, amsterdam);
    ASSERT_TRUE(
        sql::run(store->database(), QStringLiteral("UPDATE koppeling SET ongedaan = 1")).ok());
    EXPECT_EQ(regels(), QStringList{QStringLiteral("ongedaan-actief")});
}

TEST_F(KoppelingOngedaan, ACouplingBeforeTheIntakeIsRefusedInEveryPathNamingTheDate)
{
    // The intake interview is on gesprekDatum (2026-09-03).
    const qint64 id = nieuwHuishouden(4800000051, Opties().metGesprek());
    const QDate ervoor(2026, 9, 2);
    auto direct =
        KoppelingService(*store).koppel(id, amsterdam, ervoor, QStringLiteral("x"), vandaag);
    ASSERT_FALSE(direct.ok());
    EXPECT_TRUE(direct.error().message.contains(QStringLiteral("2026-09-03")));
    EXPECT_TRUE(direct.error().message.contains(QStringLiteral("2026-09-02")));

    QUndoStack stack;
    std::optional<Error> fout;
    auto *r = reeks(id, ervoor);
    r->setFoutMelder([&fout](const Error &e) { fout = e; });
    stack.push(r);
    EXPECT_EQ(stack.count(), 0) << "the window's drop is refused too";
    ASSERT_TRUE(fout.has_value());
    EXPECT_TRUE(fout->message.contains(QStringLiteral("2026-09-03")));

    // On the day of the intake it may.
    koppel(id, amsterdam, gesprekDatum);
    // The intake form cannot move the interview after the coupling either.
    auto h = HuishoudenRepository(*store).laad(id);
    ASSERT_TRUE(h.ok());
    h->gesprek->datum = QDate(2026, 9, 4);
    const Status later = HuishoudenRepository(*store).werkBij(*h, vandaag);
    ASSERT_FALSE(later.ok());
    EXPECT_EQ(later.error().where, QStringLiteral("gesprek.datum"));
    EXPECT_TRUE(later.error().message.contains(QStringLiteral("2026-09-03")));
    EXPECT_TRUE(regels().isEmpty());

    // Made by hand, the rule finds it.
    ASSERT_TRUE(sql::run(store->database(),
                         QStringLiteral("UPDATE huisvestinggesprek SET datum = '2026-09-20'"))
                    .ok());
    EXPECT_EQ(regels(), QStringList{QStringLiteral("koppeling-voor-gesprek")});
}

TEST_F(KoppelingOngedaan, APartnershipCouplingNamesTheCoordinatorUntilAMemberIsChosen)
{
    auto sv = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Amstelland"), amsterdam,
                                                         {amsterdam, amstelveen});
    ASSERT_TRUE(sv.ok());
    ASSERT_TRUE(Instellingen(*store).zetAfzender(
        {QStringLiteral("COA"), QStringLiteral("P"), QStringLiteral("088"), QString()}));
    ASSERT_TRUE(Instellingen(*store).zetAzcContact(azc, QStringLiteral("balie")));
    const qint64 id = nieuwHuishouden(4800000061);
    ASSERT_TRUE(KoppelingService(*store)
                    .koppelPartnerschap(id, *sv, koppelDatum, QStringLiteral("sv"), vandaag)
                    .ok());
    EXPECT_EQ((*KoppelingService(*store).actief(id))->huisvestGemeente, amsterdam);
    EXPECT_EQ(BriefService(*store).gegevens(id, vandaag, vandaag)->gemeenteCode, amsterdam);

    // Amstelveen offers the dwelling: the member is chosen.
    ASSERT_TRUE(TijdlijnService(*store)
                    .voegToe(id, GebeurtenisSoort::Woningaanbod, QDate(2026, 10, 1), amstelveen, {},
                             vandaag)
                    .ok());
    EXPECT_EQ((*KoppelingService(*store).actief(id))->huisvestGemeente, amstelveen);
    auto brief = BriefService(*store).gegevens(id, vandaag, vandaag);
    ASSERT_TRUE(brief.ok()) << brief.error().toString().toStdString();
    EXPECT_EQ(brief->gemeenteCode, amstelveen);
    EXPECT_EQ(brief->partnerschapNaam, QStringLiteral("Amstelland"));

    auto r = RapportService(*store).maak(RapportSoort::PerGemeente, HalfJaar(2026, 2),
                                         RapportBereik::land());
    ASSERT_TRUE(r.ok());
    const RapportTabel &t = r->tabellen.first();
    const auto kolom = [&t](const char *sleutel) {
        for (int i = 0; i < t.kolommen.size(); ++i) {
            if (t.kolommen.at(i).sleutel == QLatin1String(sleutel))
                return i;
        }
        return -1;
    };
    ASSERT_EQ(t.rijen.size(), 1);
    EXPECT_EQ(t.rijen.first().at(kolom("gemeente_code")).toString(), amsterdam);
    EXPECT_EQ(t.rijen.first().at(kolom("huisvest_gemeente")).toString(), amstelveen);
    EXPECT_EQ(t.rijen.first().at(kolom("categorie")).toString(), QStringLiteral("regulier"));
}
