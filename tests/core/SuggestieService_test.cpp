// Suggestions read from the store (issue 15): the targets of a region with the quota's figures,
// partnerships summed over their members, the hard rules exactly as the checks before a coupling
// block, and the weights as a step with its change-log entry.
#include "TestSupport.h"

#include "core/gemeente/GemeenteService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/herhaling/Herhaling.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/instellingen/Instellingen.h"
#include "core/journaal/Journaal.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/KoppelingControle.h"
#include "core/store/Store.h"
#include "core/suggestie/GewichtenCommand.h"
#include "core/suggestie/SuggestieService.h"
#include "core/taakstelling/TaakstellingService.h"
#include "core/taakstelling/Tijdigheid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const QString amsterdam = QStringLiteral("GM0363");
const QString amstelveen = QStringLiteral("GM0362");

class SuggestieServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("s.sqlite")));
        ASSERT_TRUE(store);
        const HalfJaar h2(2026, 2);
        ASSERT_TRUE(
            TaakstellingService(*store).zetVg(h2, 20000, tijdigheid::laatsteDagVg(h2)).ok());
        const qint64 azc = test::azcIn(*store, amsterdam); // region 3
        gewoon =
            test::voegToe(*store, test::voorbeeldHuishouden(7100000001, 3, {2026, 11, 1}, azc));
        Huishouden werk = test::voorbeeldHuishouden(7100000011, 1, {2026, 11, 2}, azc);
        Huisvestinggesprek g;
        g.datum = QDate(2026, 11, 10);
        g.criteria = {{CriteriumSoort::Werk, amstelveen, {}, QStringLiteral("contract")}};
        werk.gesprek = g;
        gebonden = test::voegToe(*store, werk);
        Huishouden blok = test::voorbeeldHuishouden(7100000021, 2, {2026, 11, 3}, azc);
        blok.gezinsherenigingVanaf = vandaag.addDays(-10);
        geblokkeerd = test::voegToe(*store, blok);
        elders = test::voegToe(
            *store, test::voorbeeldHuishouden(7100000031, 2, {2026, 11, 4},
                                              test::azcIn(*store, QStringLiteral("GM0014"))));
        auto p = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Amstelland"), amsterdam,
                                                            {amsterdam, amstelveen});
        ASSERT_TRUE(p.ok());
        partnerschap = *p;
        ASSERT_TRUE(
            GemeenteService(*store).werkBij(amsterdam, {QStringLiteral("klein")}, {}, {}).ok());
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 gewoon = 0, gebonden = 0, geblokkeerd = 0, elders = 0, partnerschap = 0;
};

const SuggestieDoel *vind(const QList<SuggestieDoel> &doelen, const QString &code, qint64 p = 0)
{
    for (const auto &d : doelen) {
        if (d.code == code && d.partnerschapId == p)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST_F(SuggestieServiceTest, TheTargetsCarryTheQuotasFiguresAndAPartnershipTheSumOfItsMembers)
{
    auto doelen = SuggestieService(*store).doelen(3, vandaag);
    ASSERT_TRUE(doelen.ok()) << doelen.error().toString().toStdString();
    auto quota = TaakstellingService(*store).bereken(HalfJaar(2026, 2), 3, vandaag);
    ASSERT_TRUE(quota.ok());
    int gemeenten = 0;
    for (const auto &rij : quota->rijen) {
        const SuggestieDoel *d = vind(*doelen, rij.code);
        ASSERT_NE(d, nullptr) << rij.code.toStdString();
        EXPECT_EQ(d->opgave, rij.opgave);
        EXPECT_EQ(d->prognose, rij.prognose);
        EXPECT_EQ(d->regio, 3);
        ++gemeenten;
    }
    EXPECT_EQ(doelen->size(), gemeenten + 1) << "the gemeenten and the one partnership";
    const SuggestieDoel *a = vind(*doelen, amsterdam);
    const SuggestieDoel *b = vind(*doelen, amstelveen);
    const SuggestieDoel *samen = vind(*doelen, amsterdam, partnerschap);
    ASSERT_TRUE(a && b && samen);
    EXPECT_GT(a->opgave, 0);
    EXPECT_EQ(samen->opgave, a->opgave + b->opgave);
    EXPECT_EQ(samen->prognose, a->prognose + b->prognose);
    EXPECT_EQ(samen->regio, 3);
    EXPECT_EQ(a->profiel, QSet<QString>{QStringLiteral("klein")});
    EXPECT_TRUE(samen->profiel.isEmpty()) << "a member's profile is unknown";
    ASSERT_TRUE(
        GemeenteService(*store).werkBij(amstelveen, {QStringLiteral("gezin")}, {}, {}).ok());
    doelen = SuggestieService(*store).doelen(3, vandaag);
    ASSERT_TRUE(doelen.ok());
    EXPECT_EQ(vind(*doelen, amsterdam, partnerschap)->profiel,
              (QSet<QString>{QStringLiteral("klein"), QStringLiteral("gezin")}));
}

// The ranking excludes exactly what the checks before a coupling block, with the same code, for
// every household and every target of the country.
TEST_F(SuggestieServiceTest, ExcludedIsWhatTheChecksBlockForEveryHouseholdAndTarget)
{
    auto doelen = SuggestieService(*store).doelen(0, vandaag);
    ASSERT_TRUE(doelen.ok());
    ASSERT_GT(doelen->size(), 342);
    const KoppelingControle controle(*store);
    int uitgesloten = 0;
    for (const qint64 id : {gewoon, gebonden, geblokkeerd, elders}) {
        auto h = HuishoudenRepository(*store).laad(id);
        ASSERT_TRUE(h.ok());
        auto azc = Referentiedata(*store).azc(h->azcId);
        ASSERT_TRUE(azc.ok() && azc->has_value());
        const auto lijst = suggestie::rangschik(suggestie::invoer(*h, (*azc)->regio, vandaag),
                                                *doelen, Gewichten(), vandaag);
        ASSERT_EQ(lijst.size(), 342 + 1);
        for (const Suggestie &s : lijst) {
            auto uitkomst = controle.controleer(
                id, s.doel.partnerschapId > 0 ? QString() : s.doel.code, s.doel.partnerschapId,
                vandaag, KoppelingControle::Omvang::AlleenBlokkerend);
            ASSERT_TRUE(uitkomst.ok()) << uitkomst.error().toString().toStdString();
            QStringList codes;
            for (const auto &p : uitkomst->punten) {
                if (p.ernst == ControleErnst::Blokkerend)
                    codes << p.code;
            }
            if (s.geschikt()) {
                EXPECT_TRUE(codes.isEmpty()) << id << " " << s.doel.code.toStdString();
            } else {
                ++uitgesloten;
                EXPECT_TRUE(codes.contains(s.uitgesloten))
                    << id << " " << s.doel.code.toStdString() << " " << s.uitgesloten.toStdString()
                    << " / " << codes.join(',').toStdString();
            }
        }
    }
    EXPECT_GT(uitgesloten, 700) << "the other regions, the tie and the block";
}

TEST_F(SuggestieServiceTest, ATiedHouseholdGetsOnlyItsGemeenteAndThePartnershipHoldingIt)
{
    auto lijst = SuggestieService(*store).voor(gebonden, vandaag);
    ASSERT_TRUE(lijst.ok());
    QStringList geschikt;
    for (const auto &s : *lijst) {
        if (s.geschikt())
            geschikt << (s.doel.partnerschapId ? QStringLiteral("SV") : s.doel.code);
    }
    geschikt.sort();
    EXPECT_EQ(geschikt, (QStringList{amstelveen, QStringLiteral("SV")}));
    auto blok = SuggestieService(*store).voor(geblokkeerd, vandaag);
    ASSERT_TRUE(blok.ok());
    EXPECT_TRUE(
        std::none_of(blok->begin(), blok->end(), [](const Suggestie &s) { return s.geschikt(); }));
    EXPECT_EQ(blok->first().uitgesloten, QStringLiteral("gezinshereniging"));
    EXPECT_FALSE(SuggestieService(*store).voor(999999, vandaag).ok());
}

TEST_F(SuggestieServiceTest, TheWeightsAreAStepWithItsEntryUndoableAndReplayed)
{
    SuggestieService service(*store);
    auto standaard = service.gewichten();
    ASSERT_TRUE(standaard.ok());
    EXPECT_DOUBLE_EQ(standaard->achterstand, Gewichten().achterstand);

    Gewichten nieuw;
    nieuw.achterstand = 1.5;
    nieuw.binding = 0;
    QUndoStack stack;
    auto *stap = new GewichtenCommand(*store, nieuw);
    stack.push(stap);
    ASSERT_TRUE(stap->gedaan());
    auto gelezen = service.gewichten();
    ASSERT_TRUE(gelezen.ok());
    EXPECT_DOUBLE_EQ(gelezen->achterstand, 1.5);
    EXPECT_DOUBLE_EQ(gelezen->binding, 0);
    auto regels = journaal::lees(*store);
    ASSERT_TRUE(regels.ok());
    ASSERT_EQ(regels->size(), 1);
    EXPECT_EQ(regels->last().soort, QStringLiteral("gewichten"));

    auto kopie = test::openStore(dir.path(QStringLiteral("kopie.sqlite")));
    ASSERT_TRUE(kopie);
    ASSERT_TRUE(herhaling::speelAf(*kopie, *regels).ok());
    auto herhaald = SuggestieService(*kopie).gewichten();
    ASSERT_TRUE(herhaald.ok());
    EXPECT_DOUBLE_EQ(herhaald->achterstand, 1.5);

    stack.undo();
    EXPECT_DOUBLE_EQ(service.gewichten()->achterstand, Gewichten().achterstand);

    Gewichten fout;
    fout.tempo = -1;
    const Status s = GewichtenCommand(*store, fout).voerUit();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, suggestie::gewichtSleutel(Factor::Tempo));
    ASSERT_TRUE(Instellingen(*store)
                    .zetWaarde(suggestie::gewichtSleutel(Factor::Woning), QStringLiteral("veel"))
                    .ok());
    auto kapot = service.gewichten();
    ASSERT_FALSE(kapot.ok());
    EXPECT_EQ(kapot.error().where, suggestie::gewichtSleutel(Factor::Woning));
}

// A coupling made with the suggestions at hand keeps the rank, the score and each factor's value
// and weight in its change-log entry, and a replay keeps them too.
TEST_F(SuggestieServiceTest, ACouplingFromASuggestionKeepsItsRankFactorsAndWeightsInTheLog)
{
    auto lijst = SuggestieService(*store).voor(gewoon, vandaag);
    ASSERT_TRUE(lijst.ok());
    const Suggestie &eerste = lijst->first();
    ASSERT_EQ(eerste.rang, 1);
    const QJsonObject json = suggestie::alsJson(eerste, 80);
    EXPECT_EQ(json.value(QStringLiteral("rang")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("van")).toInt(), 80);
    EXPECT_EQ(json.value(QStringLiteral("score")).toString(),
              QString::number(eerste.score, 'f', 4));
    const QJsonObject factoren = json.value(QStringLiteral("factoren")).toObject();
    ASSERT_EQ(factoren.size(), factor::alle().size());
    EXPECT_EQ(factoren.value(QStringLiteral("achterstand"))
                  .toObject()
                  .value(QStringLiteral("gewicht"))
                  .toString(),
              QStringLiteral("0.5000"));

    const KoppelVerzoek verzoek(gewoon, {}, json);
    ASSERT_TRUE(KoppelReeks(*store, {verzoek}, eerste.doel.code, eerste.doel.partnerschapId,
                            vandaag, QStringLiteral("suggestie 1"), eerste.doel.naam, vandaag)
                    .voerUit()
                    .ok());
    auto regels = journaal::lees(*store);
    ASSERT_TRUE(regels.ok() && !regels->isEmpty());
    const auto bewaard = [](const JournaalRegel &r) {
        return QJsonDocument::fromJson(r.data)
            .object()
            .value(QStringLiteral("huishoudens"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("suggestie"))
            .toObject();
    };
    EXPECT_EQ(bewaard(regels->last()), json);

    auto kopie = test::openStore(dir.path(QStringLiteral("kopie2.sqlite")));
    ASSERT_TRUE(kopie);
    test::azcIn(*kopie, amsterdam);
    test::voegToe(*kopie, test::voorbeeldHuishouden(7100000001, 3, {2026, 11, 1},
                                                    test::azcIn(*kopie, amsterdam)));
    const Status s = herhaling::speelAf(*kopie, {regels->last()});
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    auto herhaald = journaal::lees(*kopie);
    ASSERT_TRUE(herhaald.ok() && !herhaald->isEmpty());
    EXPECT_EQ(bewaard(herhaald->last()), json);
}
