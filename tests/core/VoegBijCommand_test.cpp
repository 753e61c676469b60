#include "TijdlijnTestData.h"

#include "core/weigering/Gezinshereniging.h"
#include "core/weigering/VoegBijCommand.h"

#include <QUndoStack>

using namespace rd;

namespace {

class VoegBijCommandTest : public test::TijdlijnTest
{
};

} // namespace

TEST_F(VoegBijCommandTest, LinkingNareizigersIsAnUndoableStepByVNummer)
{
    const qint64 hoofd = nieuwHuishouden(4700000001, Opties().metPersonen(1));
    const qint64 nareizigers = nieuwHuishouden(4700000011, Opties().metPersonen(3));
    QUndoStack stack;
    QList<qint64> gemeld;
    auto *commando = new VoegBijCommand(*store, nareizigers, QStringLiteral("4700000001"));
    commando->setGewijzigdMelder([&gemeld](qint64 id) { gemeld << id; });
    stack.push(commando);
    ASSERT_EQ(stack.count(), 1);
    GezinsherenigingService service(*store);
    EXPECT_EQ(service.stand(nareizigers)->voegtBij, hoofd);
    EXPECT_EQ(service.stand(hoofd)->nareizigers, QList<qint64>{nareizigers});
    stack.undo();
    EXPECT_EQ(service.stand(nareizigers)->voegtBij, 0);
    stack.redo();
    EXPECT_EQ(service.stand(nareizigers)->voegtBij, hoofd);
    EXPECT_EQ(gemeld, (QList<qint64>{nareizigers, nareizigers, nareizigers}));
}

TEST_F(VoegBijCommandTest, AnUnknownVNummerOrItselfIsRefusedAndDropped)
{
    const qint64 nareizigers = nieuwHuishouden(4700000021, Opties().metPersonen(2));
    QUndoStack stack;
    std::optional<Error> fout;
    auto *onbekend = new VoegBijCommand(*store, nareizigers, QStringLiteral("4799999999"));
    onbekend->setFoutMelder([&fout](const Error &e) { fout = e; });
    stack.push(onbekend);
    EXPECT_EQ(stack.count(), 0);
    ASSERT_TRUE(fout.has_value());
    EXPECT_TRUE(fout->message.contains(QStringLiteral("4799999999")));

    fout.reset();
    auto *zelf = new VoegBijCommand(*store, nareizigers, QStringLiteral("4700000021"));
    zelf->setFoutMelder([&fout](const Error &e) { fout = e; });
    stack.push(zelf);
    EXPECT_EQ(stack.count(), 0);
    ASSERT_TRUE(fout.has_value());
    EXPECT_EQ(fout->where, QStringLiteral("voegtBij"));
}

TEST_F(VoegBijCommandTest, UnlinkingIsUndoneByTheFormerLink)
{
    const qint64 hoofd = nieuwHuishouden(4700000031, Opties().metPersonen(1));
    const qint64 nareizigers = nieuwHuishouden(4700000041, Opties().metPersonen(2));
    ASSERT_TRUE(GezinsherenigingService(*store).voegBij(nareizigers, hoofd).ok());
    QUndoStack stack;
    stack.push(new VoegBijCommand(*store, nareizigers, QString()));
    ASSERT_EQ(stack.count(), 1);
    EXPECT_EQ(GezinsherenigingService(*store).stand(nareizigers)->voegtBij, 0);
    stack.undo();
    EXPECT_EQ(GezinsherenigingService(*store).stand(nareizigers)->voegtBij, hoofd);
}
