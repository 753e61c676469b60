#include "TijdlijnTestData.h"

#include "core/weigering/WeigeringCommand.h"
#include "core/weigering/WeigeringService.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class WeigeringCommandTest : public test::TijdlijnTest
{
protected:
    void SetUp() override
    {
        test::TijdlijnTest::SetUp();
        huishouden = nieuwHuishouden(8000000001);
        koppel(huishouden);
    }

    std::optional<Woningweigering> lees(qint64 id)
    {
        auto w = WeigeringService(*store).weigering(id);
        EXPECT_TRUE(w.ok());
        return w.ok() ? *w : std::nullopt;
    }

    template <typename Commando> Commando *luister(Commando *c)
    {
        c->setGewijzigdMelder([this](qint64 id) { gehoord << id; });
        c->setFoutMelder([this](const Error &e) { fouten << e; });
        return c;
    }

    qint64 huishouden = 0;
    QList<qint64> gehoord;
    QList<Error> fouten;
};

} // namespace

TEST_F(WeigeringCommandTest, UndoRemovesTheRefusalAndRedoBringsItBackUnderItsId)
{
    QUndoStack stack;
    auto *registreer = luister(
        WeigeringCommand::registreer(*store, huishouden, WeigeringSoort::NietVerschenen,
                                     QDate(2026, 10, 1), QStringLiteral("niet gekomen"), vandaag));
    stack.push(registreer);
    const qint64 id = registreer->weigeringId();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(lees(id).has_value());

    // A later step names the refusal by id: it must survive undo and redo of the registration.
    stack.push(
        luister(WeigeringCommand::beoordeel(*store, id, Oordeel::Onterecht, QDate(2026, 10, 3),
                                            QStringLiteral("geen-dwingende-reden"), vandaag)));
    stack.undo();
    stack.undo();
    EXPECT_FALSE(lees(id).has_value());
    stack.redo();
    stack.redo();
    auto terug = lees(id);
    ASSERT_TRUE(terug.has_value());
    EXPECT_EQ(terug->soort, WeigeringSoort::NietVerschenen);
    EXPECT_EQ(terug->toelichting, QStringLiteral("niet gekomen"));
    EXPECT_EQ(terug->oordeel, Oordeel::Onterecht);
    EXPECT_EQ(stack.count(), 2);
    EXPECT_TRUE(fouten.isEmpty());
    EXPECT_EQ(gehoord, QList<qint64>(6, huishouden)) << "every change is heard";
}

TEST_F(WeigeringCommandTest, UndoOfAJudgementOpensItAgain)
{
    auto id = WeigeringService(*store).registreer(huishouden, WeigeringSoort::Geweigerd,
                                                  QDate(2026, 10, 1), {}, {}, vandaag);
    ASSERT_TRUE(id.ok());
    QUndoStack stack;
    stack.push(luister(WeigeringCommand::beoordeel(
        *store, *id, Oordeel::Terecht, QDate(2026, 10, 4), QStringLiteral("familie"), vandaag)));
    EXPECT_EQ(lees(*id)->oordeel, Oordeel::Terecht);
    stack.undo();
    const auto open = lees(*id);
    EXPECT_EQ(open->oordeel, Oordeel::Open);
    EXPECT_FALSE(open->oordeelDatum.isValid());
    EXPECT_TRUE(open->oordeelReden.isEmpty());
    stack.redo();
    EXPECT_EQ(lees(*id)->oordeelReden, QStringLiteral("familie"));
    EXPECT_EQ(gehoord, QList<qint64>(3, huishouden));
}

TEST_F(WeigeringCommandTest, UndoOfANewCandidateClearsTheDate)
{
    WeigeringService service(*store);
    auto id = service.registreer(huishouden, WeigeringSoort::Geweigerd, QDate(2026, 10, 1), {}, {},
                                 vandaag);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(
        service
            .beoordeel(*id, Oordeel::Terecht, QDate(2026, 10, 4), QStringLiteral("werk"), vandaag)
            .ok());
    QUndoStack stack;
    stack.push(
        luister(WeigeringCommand::nieuweKandidaat(*store, *id, QDate(2026, 10, 10), vandaag)));
    EXPECT_EQ(lees(*id)->nieuweKandidaatDatum, QDate(2026, 10, 10));
    stack.undo();
    EXPECT_FALSE(lees(*id)->nieuweKandidaatDatum.isValid());
    EXPECT_EQ(lees(*id)->oordeel, Oordeel::Terecht) << "only the candidate is undone";
    stack.redo();
    EXPECT_EQ(lees(*id)->nieuweKandidaatDatum, QDate(2026, 10, 10));
}

TEST_F(WeigeringCommandTest, RefusedRedoIsDroppedAndSaysWhy)
{
    const qint64 los = nieuwHuishouden(8000000011); // not coupled
    QUndoStack stack;
    stack.push(luister(WeigeringCommand::registreer(*store, los, WeigeringSoort::Geweigerd,
                                                    QDate(2026, 10, 1), {}, vandaag)));
    EXPECT_EQ(stack.count(), 0);
    ASSERT_EQ(fouten.size(), 1);
    EXPECT_EQ(fouten.at(0).where, QStringLiteral("huishouden"));
    EXPECT_TRUE(gehoord.isEmpty());
    EXPECT_TRUE(WeigeringService(*store).weigeringen(los)->isEmpty());

    std::unique_ptr<WeigeringCommand> beoordeel(WeigeringCommand::beoordeel(
        *store, 4242, Oordeel::Terecht, QDate(2026, 10, 1), QStringLiteral("werk"), vandaag));
    beoordeel->redo();
    EXPECT_TRUE(beoordeel->isObsolete());
    ASSERT_TRUE(beoordeel->fout().has_value());
    EXPECT_EQ(beoordeel->fout()->where, QStringLiteral("oordeel"));
}

TEST_F(WeigeringCommandTest, UndoingAJudgementWithACandidateIsRefusedByTheService)
{
    WeigeringService service(*store);
    auto id = service.registreer(huishouden, WeigeringSoort::Geweigerd, QDate(2026, 10, 1), {}, {},
                                 vandaag);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(
        service
            .beoordeel(*id, Oordeel::Terecht, QDate(2026, 10, 4), QStringLiteral("werk"), vandaag)
            .ok());
    ASSERT_TRUE(service.nieuweKandidaat(*id, QDate(2026, 10, 6), vandaag).ok());
    const auto s = service.heropen(*id);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, QStringLiteral("nieuweKandidaat"));
    EXPECT_EQ(lees(*id)->oordeel, Oordeel::Terecht);
}

// A refusal received in between (a sync, which passes by the undo stack) may take the id of one
// whose registration was undone: the redo brings the refusal back under a new id, and the
// judgement redone after it finds it by its uuid, never the other refusal that has its old id.
TEST_F(WeigeringCommandTest, ARedoWhoseIdWasTakenInBetweenComesBackUnderANewIdAndKeepsItsSteps)
{
    QUndoStack stack;
    auto *registreer = luister(
        WeigeringCommand::registreer(*store, huishouden, WeigeringSoort::NietVerschenen,
                                     QDate(2026, 10, 1), QStringLiteral("niet gekomen"), vandaag));
    stack.push(registreer);
    const qint64 oud = registreer->weigeringId();
    stack.push(
        luister(WeigeringCommand::beoordeel(*store, oud, Oordeel::Onterecht, QDate(2026, 10, 3),
                                            QStringLiteral("geen-dwingende-reden"), vandaag)));
    stack.undo();
    stack.undo();
    ASSERT_FALSE(lees(oud).has_value());
    const qint64 buren = nieuwHuishouden(8000000011); // another household's refusal
    koppel(buren);
    auto ander =
        WeigeringService(*store).registreer(buren, WeigeringSoort::Geweigerd, QDate(2026, 10, 2),
                                            QStringLiteral("te klein"), {}, vandaag);
    ASSERT_TRUE(ander.ok()) << ander.error().toString().toStdString();
    ASSERT_EQ(*ander, oud) << "the test needs the old id taken";

    stack.redo();
    stack.redo();
    EXPECT_TRUE(fouten.isEmpty()) << fouten.value(0).toString().toStdString();
    const qint64 nieuw = registreer->weigeringId();
    EXPECT_NE(nieuw, oud);
    auto terug = lees(nieuw);
    ASSERT_TRUE(terug.has_value());
    EXPECT_EQ(terug->toelichting, QStringLiteral("niet gekomen"));
    EXPECT_EQ(terug->oordeel, Oordeel::Onterecht) << "the judgement found it by its uuid";
    auto andere = lees(oud);
    ASSERT_TRUE(andere.has_value());
    EXPECT_EQ(andere->toelichting, QStringLiteral("te klein"));
    EXPECT_EQ(andere->oordeel, Oordeel::Open) << "the other refusal untouched";

    stack.undo();
    stack.undo();
    EXPECT_FALSE(lees(nieuw).has_value());
    EXPECT_TRUE(lees(oud).has_value()) << "undo removes its own refusal only";
}
