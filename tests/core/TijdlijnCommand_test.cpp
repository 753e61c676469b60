#include "TijdlijnTestData.h"

#include "core/gemeente/Referentiedata.h"
#include "core/tijdlijn/TijdlijnCommand.h"
#include "core/tijdlijn/TijdlijnService.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class TijdlijnCommandTest : public test::TijdlijnTest
{
protected:
    std::pair<QDate, QString> waarde(qint64 h, GebeurtenisSoort soort)
    {
        auto d = TijdlijnService(*store).datum(h, soort);
        EXPECT_TRUE(d.ok());
        return d.ok() ? *d : std::pair<QDate, QString>();
    }
    int rijen(qint64 h, GebeurtenisSoort soort)
    {
        auto lijst = TijdlijnService(*store).tijdlijn(h);
        EXPECT_TRUE(lijst.ok());
        int n = 0;
        for (const auto &g : *lijst)
            n += g.soort == soort ? 1 : 0;
        return n;
    }
};

} // namespace

// --- the rows: vergunninghoudergesprek and dwelling offered ---

TEST_F(TijdlijnCommandTest, LetterIsHandedOutNotBeforeTheIntakeInterview)
{
    const qint64 h = nieuwHuishouden(6000000001, Opties().metGesprek());
    TijdlijnService service(*store);
    auto voor = service.voegToe(h, GebeurtenisSoort::Vergunninghoudergesprek,
                                gesprekDatum.addDays(-1), {}, {}, vandaag);
    ASSERT_FALSE(voor.ok());
    EXPECT_EQ(voor.error().where, QStringLiteral("vergunninghoudergesprek"));
    EXPECT_TRUE(
        service.voegToe(h, GebeurtenisSoort::Vergunninghoudergesprek, gesprekDatum, {}, {}, vandaag)
            .ok());

    const qint64 zonderGesprek = nieuwHuishouden(6000000011);
    EXPECT_FALSE(service
                     .voegToe(zonderGesprek, GebeurtenisSoort::Vergunninghoudergesprek,
                              vergunning.addDays(-1), {}, {}, vandaag)
                     .ok())
        << "without an interview the permit still bounds it";
    EXPECT_TRUE(service
                    .voegToe(zonderGesprek, GebeurtenisSoort::Vergunninghoudergesprek, vergunning,
                             {}, {}, vandaag)
                    .ok());
}

TEST_F(TijdlijnCommandTest, DwellingOfferNeedsAnActiveCouplingAndFollowsIt)
{
    const qint64 h = nieuwHuishouden(6000000021);
    TijdlijnService service(*store);
    auto zonder =
        service.voegToe(h, GebeurtenisSoort::Woningaanbod, QDate(2026, 10, 1), {}, {}, vandaag);
    ASSERT_FALSE(zonder.ok());
    EXPECT_EQ(zonder.error().where, QStringLiteral("woningaanbod"));
    koppel(h);
    EXPECT_FALSE(
        service.voegToe(h, GebeurtenisSoort::Woningaanbod, koppelDatum.addDays(-1), {}, {}, vandaag)
            .ok());
    EXPECT_FALSE(
        service.voegToe(h, GebeurtenisSoort::Woningaanbod, koppelDatum, utrecht, {}, vandaag).ok())
        << "a dwelling outside the coupled gemeente";
    auto id = service.voegToe(h, GebeurtenisSoort::Woningaanbod, koppelDatum, {},
                              QStringLiteral("  3 kamers "), vandaag);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto rij = service.rij(*id);
    ASSERT_TRUE(rij.ok() && rij->has_value());
    EXPECT_EQ((*rij)->gemeenteCode, amsterdam) << "defaults to the coupled gemeente";
    EXPECT_EQ((*rij)->toelichting, QStringLiteral("3 kamers"));
    EXPECT_EQ((*rij)->door, QStringLiteral("tester"));
    EXPECT_EQ(*service.huishoudenVan(*id), h);

    ASSERT_TRUE(service.verwijder(*id).ok());
    EXPECT_FALSE(service.rij(*id)->has_value());
    EXPECT_FALSE(service.verwijder(*id).ok()) << "an unknown row is an error";
}

TEST_F(TijdlijnCommandTest, OnlyRowEventsAreAddedAsRows)
{
    const qint64 h = nieuwHuishouden(6000000031);
    koppel(h);
    auto id = TijdlijnService(*store).voegToe(h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1), {},
                                              {}, vandaag);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().where, QStringLiteral("tekenen"));
}

// --- undo ---

TEST_F(TijdlijnCommandTest, UndoRestoresThePreviousDateAndRedoSetsItAgain)
{
    const qint64 h = nieuwHuishouden(6000000041);
    koppel(h);
    ASSERT_TRUE(TijdlijnService(*store)
                    .zetDatum(h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1), {}, vandaag)
                    .ok());
    QUndoStack stack;
    QList<qint64> gehoord;
    auto *c =
        new ZetDatumCommand(*store, h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 5), {}, vandaag);
    c->setGewijzigdMelder([&](qint64 id) { gehoord << id; });
    stack.push(c);
    EXPECT_EQ(waarde(h, GebeurtenisSoort::Tekenen).first, QDate(2026, 10, 5));
    stack.undo();
    EXPECT_EQ(waarde(h, GebeurtenisSoort::Tekenen).first, QDate(2026, 10, 1));
    stack.redo();
    EXPECT_EQ(waarde(h, GebeurtenisSoort::Tekenen).first, QDate(2026, 10, 5));
    EXPECT_EQ(gehoord, (QList<qint64>{h, h, h}));
}

TEST_F(TijdlijnCommandTest, UndoOfUitschrijvingRestoresTheGemeenteToo)
{
    const qint64 h = nieuwHuishouden(6000000051);
    // Coupled to a partnership: housed in either member (issue 12: only there).
    auto sv = Referentiedata(*store).voegPartnerschapToe(QStringLiteral("Amstelland"), amsterdam,
                                                         {amsterdam, amstelveen});
    ASSERT_TRUE(sv.ok());
    ASSERT_TRUE(KoppelingService(*store)
                    .koppelPartnerschap(h, *sv, koppelDatum, QStringLiteral("sv"), vandaag)
                    .ok());
    TijdlijnService service(*store);
    ASSERT_TRUE(
        service.zetDatum(h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1), {}, vandaag).ok());
    ASSERT_TRUE(
        service
            .zetDatum(h, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 3), amstelveen, vandaag)
            .ok());
    QUndoStack stack;
    stack.push(new ZetDatumCommand(*store, h, GebeurtenisSoort::Uitschrijving, QDate(2026, 10, 4),
                                   amsterdam, vandaag));
    EXPECT_EQ(waarde(h, GebeurtenisSoort::Uitschrijving), std::pair(QDate(2026, 10, 4), amsterdam));
    stack.undo();
    EXPECT_EQ(waarde(h, GebeurtenisSoort::Uitschrijving),
              std::pair(QDate(2026, 10, 3), amstelveen));

    stack.push(
        new ZetDatumCommand(*store, h, GebeurtenisSoort::Uitschrijving, QDate(), {}, vandaag));
    EXPECT_EQ(waarde(h, GebeurtenisSoort::Uitschrijving), std::pair(QDate(), QString()))
        << "clearing without a gemeente clears both";
    stack.undo();
    EXPECT_EQ(waarde(h, GebeurtenisSoort::Uitschrijving),
              std::pair(QDate(2026, 10, 3), amstelveen));
}

TEST_F(TijdlijnCommandTest, RefusedRedoIsDroppedAndSaysWhy)
{
    const qint64 h = nieuwHuishouden(6000000061); // not coupled: signing is refused
    QUndoStack stack;
    std::optional<Error> gemeld;
    auto *c =
        new ZetDatumCommand(*store, h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1), {}, vandaag);
    c->setFoutMelder([&](const Error &e) { gemeld = e; });
    stack.push(c);
    EXPECT_EQ(stack.count(), 0);
    ASSERT_TRUE(gemeld.has_value());
    EXPECT_EQ(gemeld->where, QStringLiteral("tekenen"));
    EXPECT_FALSE(waarde(h, GebeurtenisSoort::Tekenen).first.isValid());

    ZetDatumCommand los(*store, h, GebeurtenisSoort::Tekenen, QDate(2026, 10, 1), {}, vandaag);
    los.redo();
    EXPECT_TRUE(los.isObsolete());
    ASSERT_TRUE(los.fout().has_value());
}

TEST_F(TijdlijnCommandTest, AddedRowIsRemovedByUndoAndComesBackUnderItsOwnId)
{
    const qint64 h = nieuwHuishouden(6000000071);
    koppel(h);
    QUndoStack stack;
    QList<qint64> gehoord;
    auto *toevoegen =
        new GebeurtenisCommand(*store, h, GebeurtenisSoort::Woningaanbod, QDate(2026, 10, 1), {},
                               QStringLiteral("flat"), vandaag);
    toevoegen->setGewijzigdMelder([&](qint64 id) { gehoord << id; });
    stack.push(toevoegen);
    ASSERT_EQ(rijen(h, GebeurtenisSoort::Woningaanbod), 1);
    qint64 id = 0;
    const auto lijst = TijdlijnService(*store).tijdlijn(h);
    ASSERT_TRUE(lijst.ok());
    for (const auto &g : *lijst) {
        if (g.soort == GebeurtenisSoort::Woningaanbod)
            id = g.id;
    }
    ASSERT_GT(id, 0);

    // A later step names the row by its id: it must survive undo and redo of the addition.
    stack.push(new GebeurtenisCommand(*store, id, vandaag));
    EXPECT_EQ(rijen(h, GebeurtenisSoort::Woningaanbod), 0);
    stack.undo(); // the removal
    stack.undo(); // the addition
    EXPECT_EQ(rijen(h, GebeurtenisSoort::Woningaanbod), 0);
    stack.redo();
    auto terug = TijdlijnService(*store).rij(id);
    ASSERT_TRUE(terug.ok() && terug->has_value()) << "back under the same id";
    EXPECT_EQ((*terug)->toelichting, QStringLiteral("flat"));
    stack.redo();
    EXPECT_EQ(rijen(h, GebeurtenisSoort::Woningaanbod), 0);
    EXPECT_EQ(stack.count(), 2);
    EXPECT_EQ(gehoord, (QList<qint64>{h, h, h}));
}

TEST_F(TijdlijnCommandTest, RemovalUndoPutsTheRowBackAsItWas)
{
    const qint64 h = nieuwHuishouden(6000000081, Opties().metGesprek());
    store->setGebruiker(QStringLiteral("eerste"));
    auto id = TijdlijnService(*store).voegToe(h, GebeurtenisSoort::Vergunninghoudergesprek,
                                              gesprekDatum, {}, QStringLiteral("brief"), vandaag);
    ASSERT_TRUE(id.ok());
    store->setGebruiker(QStringLiteral("tweede"));
    QUndoStack stack;
    QList<qint64> gehoord;
    auto *weg = new GebeurtenisCommand(*store, *id, vandaag);
    weg->setGewijzigdMelder([&](qint64 huishouden) { gehoord << huishouden; });
    stack.push(weg);
    EXPECT_FALSE(TijdlijnService(*store).rij(*id)->has_value());
    stack.undo();
    auto rij = TijdlijnService(*store).rij(*id);
    ASSERT_TRUE(rij.ok() && rij->has_value());
    EXPECT_EQ((*rij)->datum, gesprekDatum);
    EXPECT_EQ((*rij)->toelichting, QStringLiteral("brief"));
    EXPECT_EQ((*rij)->door, QStringLiteral("eerste")) << "who recorded it is kept";
    EXPECT_EQ(gehoord, (QList<qint64>{h, h}));
}

TEST_F(TijdlijnCommandTest, RemovingAnUnknownRowIsRefused)
{
    QUndoStack stack;
    std::optional<Error> gemeld;
    auto *weg = new GebeurtenisCommand(*store, 4242, vandaag);
    weg->setFoutMelder([&](const Error &e) { gemeld = e; });
    stack.push(weg);
    EXPECT_EQ(stack.count(), 0);
    EXPECT_TRUE(gemeld.has_value());
}
