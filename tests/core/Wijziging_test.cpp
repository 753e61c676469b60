#include "TijdlijnTestData.h"

#include "core/journaal/Journaal.h"
#include "core/journaal/JournaalHuishouden.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/store/Sql.h"
#include "core/tijdlijn/TijdlijnCommand.h"
#include "core/tijdlijn/ZelfhuisvesterCommand.h"
#include "core/weigering/HerenigingCommand.h"
#include "core/weigering/HerenigingVanafCommand.h"
#include "core/weigering/VoegBijCommand.h"
#include "core/weigering/WeigeringCommand.h"
#include "core/werkbestand/Werkbestand.h"
#include "core/werkbestand/Wijziging.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace rd;

// Every change goes through the work file as one Wijziging: it and its change-log entry commit
// together; redo, undo and redo again each append exactly one entry; an undo's entry names the
// redo's entry; the entry carries the household's V-nummer and data to replay it.

namespace {

const qint64 vEen = 7300000001;
const qint64 vTwee = 7300000011;

struct Geval
{
    const char *naam;
    const char *soort;
    const char *dataSleutel; // a key the redo's data must have
    // Prepares the store (e.g. couples the household) and returns the change.
    std::function<Wijziging *(Store &, qint64 een, qint64 twee, test::TijdlijnTest &)> maak;
};

class WijzigingTest : public test::TijdlijnTest, public ::testing::WithParamInterface<Geval>
{
protected:
    void SetUp() override
    {
        test::TijdlijnTest::SetUp();
        een = nieuwHuishouden(vEen, Opties().metPersonen(2).metGezinshereniging(QDate(2026, 7, 1)));
        twee = nieuwHuishouden(vTwee, Opties().metPersonen(1));
        ASSERT_GT(een, 0);
        ASSERT_GT(twee, 0);
        bestand.open(std::move(store));
        bestand.setGebruiker(QStringLiteral("Fatima"));
    }

    Store &s() { return *bestand.store(); }

    QList<JournaalRegel> regels()
    {
        auto r = journaal::lees(s());
        EXPECT_TRUE(r.ok());
        return r ? *r : QList<JournaalRegel>{};
    }

    // The state the entries must not hide: every table but the log's own, as text.
    QString toestand()
    {
        QString uit;
        for (const char *tabel : {"koppeling", "gebeurtenis", "woningweigering", "huishouden"}) {
            auto q = sql::prepare(
                s().database(),
                QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(tabel)));
            EXPECT_TRUE(q.ok());
            if (!q || !q->exec())
                continue;
            while (q->next())
                for (int i = 0; i < q->record().count(); ++i)
                    uit += q->value(i).toString() + QLatin1Char('|');
        }
        return uit;
    }

    Werkbestand bestand;
    qint64 een = 0;
    qint64 twee = 0;
};

void koppelDirect(Store &store, qint64 h)
{
    auto id = KoppelingService(store).koppel(h, QStringLiteral("GM0363"), QDate(2026, 9, 15),
                                             QStringLiteral("achterstand"), QDate(2026, 11, 29));
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
}

const QDate vandaagT(2026, 11, 29);

const QList<Geval> gevallen{
    {"Koppel", "koppel", "huishoudens",
     [](Store &st, qint64 een, qint64, test::TijdlijnTest &) -> Wijziging * {
         // After the reunification block (until 1 October) ends.
         return new KoppelReeks(st, {{een, {}}}, QStringLiteral("GM0363"), 0, QDate(2026, 10, 15),
                                QStringLiteral("achterstand"), QStringLiteral("Amsterdam"),
                                vandaagT);
     }},
    {"Ontkoppel", "ontkoppel", "koppeling",
     [](Store &st, qint64 een, qint64, test::TijdlijnTest &) -> Wijziging * {
         koppelDirect(st, een);
         return new OntkoppelCommand(st, een, QDate(2026, 10, 1), QStringLiteral("verhuisd"),
                                     vandaagT);
     }},
    {"ZetDatum", "datum", "soort",
     [](Store &st, qint64 een, qint64, test::TijdlijnTest &) -> Wijziging * {
         koppelDirect(st, een);
         return new ZetDatumCommand(st, een, GebeurtenisSoort::Tekenen, QDate(2026, 10, 5), {},
                                    vandaagT);
     }},
    {"Gebeurtenis", "gebeurtenis", "rij",
     [](Store &st, qint64 een, qint64, test::TijdlijnTest &) -> Wijziging * {
         koppelDirect(st, een);
         return new GebeurtenisCommand(st, een, GebeurtenisSoort::Woningaanbod, QDate(2026, 10, 1),
                                       {}, QStringLiteral("flat"), vandaagT);
     }},
    {"Zelfhuisvester", "zelfhuisvester", "zelfhuisvester",
     [](Store &st, qint64 een, qint64, test::TijdlijnTest &) -> Wijziging * {
         koppelDirect(st, een); // only in the gemeente it is coupled to
         return new ZelfhuisvesterCommand(st, een, true);
     }},
    {"Weigering", "weigering", "toelichting",
     [](Store &st, qint64 een, qint64, test::TijdlijnTest &) -> Wijziging * {
         koppelDirect(st, een);
         return WeigeringCommand::registreer(st, een, WeigeringSoort::NietVerschenen,
                                             QDate(2026, 10, 1), QStringLiteral("niet gekomen"),
                                             vandaagT);
     }},
    {"Hereniging", "hereniging", "besluit",
     [](Store &st, qint64 een, qint64, test::TijdlijnTest &) -> Wijziging * {
         return new HerenigingCommand(st, een, HerenigingBesluit::Alleenstaand, QDate(2026, 10, 1),
                                      vandaagT);
     }},
    {"HerenigingVanaf", "hereniging-vanaf", "vanaf",
     [](Store &st, qint64 een, qint64, test::TijdlijnTest &) -> Wijziging * {
         return new HerenigingVanafCommand(st, een, QDate(2026, 9, 15), vandaagT);
     }},
    {"VoegBij", "voeg-bij", "voegt_bij_v_nummer",
     [](Store &st, qint64 een, qint64, test::TijdlijnTest &) -> Wijziging * {
         return new VoegBijCommand(st, een, QString::number(vTwee));
     }},
};

} // namespace

TEST_P(WijzigingTest, RedoUndoRedoEachAppendOneEntryInTheChangesTransaction)
{
    const Geval &geval = GetParam();
    Wijziging *w = geval.maak(s(), een, twee, *this);
    const QString voor = toestand();
    const qint64 begin = regels().size();

    const Status gedaanStatus = bestand.voer(w);
    ASSERT_TRUE(gedaanStatus.ok()) << gedaanStatus.error().toString().toStdString();
    auto na = regels();
    ASSERT_EQ(na.size(), begin + 1);
    const JournaalRegel gedaan = na.last();
    EXPECT_EQ(gedaan.soort, QString::fromLatin1(geval.soort));
    EXPECT_EQ(gedaan.huishouden, QString::number(vEen));
    EXPECT_EQ(gedaan.gebruiker, QStringLiteral("Fatima"));
    EXPECT_FALSE(gedaan.apparaat.isEmpty());
    EXPECT_FALSE(gedaan.ongedaan.has_value());
    EXPECT_FALSE(gedaan.samenvatting.isEmpty());
    const QJsonObject data = QJsonDocument::fromJson(gedaan.data).object();
    EXPECT_TRUE(data.contains(QLatin1String(geval.dataSleutel))) << gedaan.data.constData();
    EXPECT_EQ(w->journaalSeq(), gedaan.seq);
    EXPECT_NE(toestand(), voor);

    bestand.undoStack()->undo();
    na = regels();
    ASSERT_EQ(na.size(), begin + 2);
    EXPECT_EQ(na.last().soort, QString::fromLatin1(geval.soort));
    ASSERT_TRUE(na.last().ongedaan.has_value());
    EXPECT_EQ(*na.last().ongedaan, gedaan.seq);
    EXPECT_EQ(na.last().huishouden, QString::number(vEen));

    bestand.undoStack()->redo();
    na = regels();
    ASSERT_EQ(na.size(), begin + 3);
    EXPECT_FALSE(na.last().ongedaan.has_value());
    EXPECT_EQ(na.last().soort, QString::fromLatin1(geval.soort));

    // The chain holds after all three.
    auto controle = journaal::controleer(s());
    ASSERT_TRUE(controle.ok());
    EXPECT_TRUE(controle->ok()) << controle->reden.toStdString();
}

TEST_P(WijzigingTest, AChangeWhoseEntryCannotBeWrittenIsNotMade)
{
    const Geval &geval = GetParam();
    Wijziging *w = geval.maak(s(), een, twee, *this);
    const QString voor = toestand();
    const qint64 begin = regels().size();
    // Any insert into the log now fails, as a full disk or a broken log would.
    ASSERT_TRUE(sql::run(s().database(),
                         QStringLiteral("CREATE TEMP TRIGGER geen_journaal BEFORE INSERT ON "
                                        "main.journaal BEGIN SELECT RAISE(ABORT, 'log full'); "
                                        "END"))
                    .ok());
    const Status status = bestand.voer(w);
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(bestand.undoStack()->count(), 0);
    EXPECT_EQ(toestand(), voor);
    EXPECT_EQ(regels().size(), begin);
}

INSTANTIATE_TEST_SUITE_P(ElkeSoort, WijzigingTest, ::testing::ValuesIn(gevallen),
                         [](const ::testing::TestParamInfo<Geval> &info) {
                             return std::string(info.param.naam);
                         });
