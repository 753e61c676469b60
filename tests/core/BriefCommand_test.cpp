// Coupling letters handed out are one change with their change-log entry (issue 14), in the
// dialog, the letter series and on the command line alike; undo never takes them back.
#include "BriefTestData.h"

#include "core/brief/BriefCommand.h"
#include "core/brief/BriefService.h"
#include "core/herhaling/Herhaling.h"
#include "core/journaal/Journaal.h"
#include "core/journaal/JournaalHuishouden.h"
#include "core/store/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class BriefCommandTest : public test::BriefTest
{
protected:
    UitgegevenBrief brief(qint64 id, const QString &taal)
    {
        auto g = BriefService(*store).gegevens(id, briefDatum, vandaag);
        EXPECT_TRUE(g) << qPrintable(g.error().toString());
        UitgegevenBrief b;
        b.huishoudenId = id;
        b.koppelingId = g ? g->koppelingId : 0;
        b.datum = briefDatum;
        b.taal = taal;
        b.versie = QStringLiteral("2026.1");
        return b;
    }

    QList<JournaalRegel> regels()
    {
        auto r = journaal::lees(*store);
        EXPECT_TRUE(r.ok());
        return r ? *r : QList<JournaalRegel>{};
    }

    qint64 aantal(const char *tabel)
    {
        auto n = sql::scalar(store->database(),
                             QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(tabel)));
        return n ? n->toLongLong() : -1;
    }
};

} // namespace

TEST_F(BriefCommandTest, TwoLettersForOneHouseholdAreOneEntryInItsHistoryAndUndoRefuses)
{
    const qint64 id = gekoppeld(1000000901, 2, QStringLiteral("Omar"), QStringLiteral("Ali"));
    store->setGebruiker(QStringLiteral("Fatima"));
    const qint64 voor = regels().size();

    QUndoStack stack;
    auto *stap = new BriefCommand(
        *store, {brief(id, QStringLiteral("nl")), brief(id, QStringLiteral("ar"))}, vandaag);
    QString waarom;
    stap->setFoutMelder([&](const Error &e) { waarom = e.toString(); });
    stack.push(stap);
    ASSERT_TRUE(stap->gedaan()) << (stap->fout() ? stap->fout()->toString().toStdString() : "");
    EXPECT_EQ(stap->ids().size(), 2);
    EXPECT_EQ(aantal("brief"), 2);

    auto lijst = regels();
    ASSERT_EQ(lijst.size(), voor + 1);
    const JournaalRegel &r = lijst.last();
    EXPECT_EQ(r.soort, QStringLiteral("brief"));
    EXPECT_EQ(r.huishouden, QStringLiteral("1000000901"));
    EXPECT_EQ(r.gebruiker, QStringLiteral("Fatima"));
    const QJsonArray brieven =
        QJsonDocument::fromJson(r.data).object().value(QStringLiteral("brieven")).toArray();
    ASSERT_EQ(brieven.size(), 2);
    EXPECT_EQ(brieven.at(1).toObject().value(QStringLiteral("taal")).toString(),
              QStringLiteral("ar"));
    auto eigen = journaal::vanHuishouden(*store, id);
    ASSERT_TRUE(eigen.ok());
    ASSERT_FALSE(eigen->isEmpty());
    EXPECT_EQ(eigen->last().seq, r.seq);

    // A letter handed out stays handed out: undo says why and writes nothing.
    stack.undo();
    EXPECT_FALSE(waarom.isEmpty());
    EXPECT_EQ(aantal("brief"), 2);
    EXPECT_EQ(regels().size(), voor + 1);
}

TEST_F(BriefCommandTest, ARefusedLetterWritesNeitherTheLetterNorAnEntry)
{
    const qint64 id = gekoppeld(1000000911, 1, QStringLiteral("Lina"), QStringLiteral("Haddad"));
    UitgegevenBrief fout = brief(id, QStringLiteral("nl"));
    fout.koppelingId += 999; // not the household's coupling
    const qint64 voor = regels().size();
    BriefCommand stap(*store, {brief(id, QStringLiteral("ar")), fout}, vandaag);
    EXPECT_FALSE(stap.voerUit().ok());
    EXPECT_EQ(aantal("brief"), 0);
    EXPECT_EQ(regels().size(), voor);
    BriefCommand leeg(*store, {}, vandaag);
    EXPECT_FALSE(leeg.voerUit().ok());
    EXPECT_EQ(regels().size(), voor);
}

TEST_F(BriefCommandTest, ASeriesIsOneEntryNamingEachHouseholdAndReplays)
{
    const qint64 a = gekoppeld(1000000921, 1, QStringLiteral("Anna"), QStringLiteral("Zeeman"));
    const qint64 b = gekoppeld(1000000931, 2, QStringLiteral("Bram"), QStringLiteral("Bakker"));
    const QString pad = store->path();
    const QString kopie = dir.path(QStringLiteral("begin.sqlite"));
    const qint64 voor = regels().size();
    store.reset();
    ASSERT_TRUE(QFile::copy(pad, kopie));
    store = test::openStore(pad, false);
    ASSERT_TRUE(store);

    BriefCommand stap(*store, {brief(a, QStringLiteral("nl")), brief(b, QStringLiteral("nl"))},
                      vandaag);
    ASSERT_TRUE(stap.voerUit().ok());
    const auto lijst = regels();
    ASSERT_EQ(lijst.size(), voor + 1);
    EXPECT_TRUE(lijst.last().huishouden.isEmpty());
    const QByteArray data = lijst.last().data;
    EXPECT_TRUE(data.contains("1000000921"));
    EXPECT_TRUE(data.contains("1000000931"));

    // Replayed on the copy it started from: the same letters and events.
    auto doel = test::openStore(kopie, false);
    ASSERT_TRUE(doel);
    const Status s = herhaling::speelAf(*doel, lijst.mid(voor));
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    auto letters = sql::scalar(doel->database(),
                               QStringLiteral("SELECT group_concat(huishouden || taal, ',') FROM "
                                              "(SELECT huishouden, taal FROM brief ORDER BY id)"));
    ASSERT_TRUE(letters.ok());
    EXPECT_EQ(letters->toString(),
              QStringLiteral("%1nl,%2nl").arg(QString::number(a), QString::number(b)));
}
