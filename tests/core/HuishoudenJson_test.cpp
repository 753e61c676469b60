// A household as JSON for the team server (issue 16): every field the intake stores survives the
// way there and back, the AZC goes by name, a damaged document names its field, and an intake's
// change keeps what other changes set.
#include "TestSupport.h"

#include "core/huishouden/HuishoudenJson.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/huishouden/IntakeCommand.h"
#include "core/journaal/Journaal.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class HuishoudenJsonTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("j.sqlite")));
        azc = test::azcIn(*store, QStringLiteral("GM0014"));
    }

    // Every field filled with something of its own.
    Huishouden vol() const
    {
        Huishouden h = test::voorbeeldHuishouden(7700000501, 2, QDate(2026, 11, 1), azc);
        h.categorie = Categorie::Hervestiging;
        h.brp = QDate(2026, 11, 10);
        h.gezinsherenigingVanaf = QDate(2027, 2, 1);
        h.notitie = QStringLiteral("spreekt Engels; \"tolk\" bij brief");
        Persoon &p = h.personen.first();
        p.talen = {QStringLiteral("Tigrinya"), QStringLiteral("Engels")};
        p.opleiding = QStringLiteral("verpleegkunde");
        p.werkervaring = QStringLiteral("5 jaar ziekenhuis");
        p.bsn = QStringLiteral("111222333");
        p.fysiekeBeperking = QStringLiteral("loopt met een stok");
        h.personen.last().nareiziger = true;
        Huisvestinggesprek g;
        g.datum = QDate(2026, 11, 12);
        g.azcId = azc;
        g.tolkTaal = QStringLiteral("Tigrinya");
        g.nareizigersVerwacht = 2;
        g.gezinsherenigingStatus = QStringLiteral("aangevraagd");
        g.woonbehoefte = QStringLiteral("benedenwoning");
        g.opleidingswens = QStringLiteral("Nederlands B1");
        g.werkwens = QStringLiteral("zorg");
        g.specifiekeHuisvesting = true;
        g.criteria << PlaatsingsCriterium{CriteriumSoort::Werk,
                                          QStringLiteral("GM0014"),
                                          {},
                                          QStringLiteral("contract 24 uur")}
                   << PlaatsingsCriterium{
                          CriteriumSoort::Behandeling, {}, QStringLiteral("Haren"), QString()};
        h.gesprek = g;
        return h;
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 azc = 0;
};

QByteArray tekst(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_F(HuishoudenJsonTest, EveryFieldGoesThereAndBack)
{
    const Huishouden h = vol();
    const QJsonObject json = huishoudenjson::alsJson(*store, h);
    EXPECT_FALSE(json.contains(QLatin1String("id"))) << "row ids are the store's own";
    EXPECT_NE(tekst(json).indexOf("\"azc\":\""), -1) << "the AZC by its name";
    auto terug = huishoudenjson::uitJson(*store, json);
    ASSERT_TRUE(terug.ok()) << terug.error().toString().toStdString();
    EXPECT_EQ(terug->azcId, azc);
    EXPECT_EQ(terug->gesprek->azcId, azc);
    EXPECT_EQ(terug->personen.first().bsn, QStringLiteral("111222333"));
    EXPECT_EQ(terug->gesprek->criteria.size(), 2);
    // the same document again: nothing lost or changed on the way
    EXPECT_EQ(tekst(huishoudenjson::alsJson(*store, *terug)), tekst(json));
}

TEST_F(HuishoudenJsonTest, ADamagedDocumentNamesItsField)
{
    QJsonObject json = huishoudenjson::alsJson(*store, vol());
    const auto fout = [&](const QJsonObject &o) {
        auto h = huishoudenjson::uitJson(*store, o);
        return h.ok() ? QString() : h.error().where;
    };
    QJsonObject zonder = json;
    zonder.remove(QLatin1String("vergunning"));
    EXPECT_EQ(fout(zonder), QStringLiteral("huishouden.vergunning"));

    QJsonArray personen = json.value(QLatin1String("personen")).toArray();
    QJsonObject tweede = personen.at(1).toObject();
    tweede.insert(QStringLiteral("geboortedatum"), QStringLiteral("31-02-2015"));
    personen.replace(1, tweede);
    QJsonObject slechteDatum = json;
    slechteDatum.insert(QStringLiteral("personen"), personen);
    EXPECT_EQ(fout(slechteDatum), QStringLiteral("huishouden.personen[1].geboortedatum"));

    QJsonObject onbekend = json;
    onbekend.insert(QStringLiteral("azc"), QStringLiteral("AZC Nergenshuizen"));
    EXPECT_EQ(fout(onbekend), QStringLiteral("huishouden.azc"));
    QJsonObject categorie = json;
    categorie.insert(QStringLiteral("categorie"), QStringLiteral("vip"));
    EXPECT_EQ(fout(categorie), QStringLiteral("huishouden.categorie"));
    EXPECT_FALSE(fout(QJsonObject{}).isEmpty());
}

TEST_F(HuishoudenJsonTest, AnIntakeEntryKeepsTheHouseholdItLeftAndTheOneBefore)
{
    const qint64 id = test::voegToe(*store, vol());
    auto h = HuishoudenRepository(*store).laad(id);
    ASSERT_TRUE(h.ok());
    Huishouden na = *h;
    na.personen.first().voornamen = QStringLiteral("Selam");
    IntakeCommand stap(*store, na, QDate(2026, 11, 29));
    ASSERT_TRUE(stap.voerUit().ok());
    auto kop = journaal::kop(*store);
    ASSERT_TRUE(kop.ok());
    auto b = journaal::bijlage(*store, kop->first);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(tekst(b->huishouden), tekst(huishoudenjson::alsJson(*store, na)));
    EXPECT_EQ(tekst(b->vorig), tekst(huishoudenjson::alsJson(*store, *h)));
    // the entry itself names the household only
    auto regels = journaal::lees(*store, JournaalFilter{{}, {}, kop->first - 1, kop->first});
    ASSERT_TRUE(regels.ok());
    ASSERT_EQ(regels->size(), 1);
    EXPECT_EQ(regels->first().data.indexOf("Selam"), -1);
    EXPECT_EQ(regels->first().data.indexOf("111222333"), -1);
}

TEST_F(HuishoudenJsonTest, AnIntakeAppliedKeepsWhatOtherChangesSet)
{
    const qint64 id = test::voegToe(*store, vol());
    auto lokaal = HuishoudenRepository(*store).laad(id);
    ASSERT_TRUE(lokaal.ok());
    lokaal->tekenen = QDate(2026, 11, 20);
    lokaal->huisvestGemeente = QStringLiteral("GM0014");
    lokaal->zelfhuisvester = true;
    Huishouden intake = vol();
    intake.notitie = QStringLiteral("nieuw");
    const Huishouden samen = huishoudenjson::intakeOp(*lokaal, intake);
    EXPECT_EQ(samen.id, id);
    EXPECT_EQ(samen.tekenen, QDate(2026, 11, 20));
    EXPECT_EQ(samen.huisvestGemeente, QStringLiteral("GM0014"));
    EXPECT_TRUE(samen.zelfhuisvester);
    EXPECT_EQ(samen.notitie, QStringLiteral("nieuw")) << "the intake's own fields from the intake";
    EXPECT_EQ(samen.brp, intake.brp);
}
