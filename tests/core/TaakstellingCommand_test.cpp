// The quota's inputs as undoable steps in the change log (issue 14): vg, art. 30, herverdeling.
// Each redo, undo and redo appends one entry, and undo puts the stored rows back exactly.
#include "TijdlijnTestData.h"

#include "core/journaal/Journaal.h"
#include "core/store/Sql.h"
#include "core/taakstelling/TaakstellingCommand.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QSqlRecord>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const HalfJaar later(2027, 2);

class TaakstellingCommandTest : public test::TijdlijnTest
{
protected:
    // Every quota input table as text: what undo must restore.
    QString invoer()
    {
        QString uit;
        for (const char *tabel :
             {"halfjaar", "inwoners_art30", "herverdeling", "herverdeling_regel"}) {
            auto q = sql::prepare(
                store->database(),
                QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(tabel)));
            EXPECT_TRUE(q.ok());
            if (!q || !q->exec())
                continue;
            uit += QLatin1String(tabel) + QLatin1Char(':');
            while (q->next())
                for (int i = 0; i < q->record().count(); ++i)
                    uit += q->value(i).toString() + QLatin1Char('|');
        }
        return uit;
    }

    QList<JournaalRegel> regels()
    {
        auto r = journaal::lees(*store);
        EXPECT_TRUE(r.ok());
        return r ? *r : QList<JournaalRegel>{};
    }

    // Pushes the step, then undo and redo: three entries of `soort`, state back and forth.
    void rondje(Wijziging *stap, const QString &soort)
    {
        const QString voor = invoer();
        const qsizetype begin = regels().size();
        QUndoStack stack;
        QString fout;
        stap->setFoutMelder([&fout](const Error &e) { fout = e.toString(); });
        stack.push(stap); // a refused step is deleted here
        ASSERT_EQ(stack.count(), 1) << fout.toStdString();
        const QString na = invoer();
        EXPECT_NE(na, voor);
        stack.undo();
        EXPECT_EQ(invoer(), voor) << "undo puts every row back as it was";
        stack.redo();
        EXPECT_EQ(invoer(), na) << "redo gives the same rows again";
        const auto lijst = regels();
        ASSERT_EQ(lijst.size(), begin + 3);
        for (qsizetype i = begin; i < lijst.size(); ++i)
            EXPECT_EQ(lijst.at(i).soort, soort);
        EXPECT_EQ(lijst.at(begin + 1).ongedaan, std::optional<qint64>(lijst.at(begin).seq));
        EXPECT_FALSE(lijst.at(begin + 2).ongedaan.has_value());
    }
};

} // namespace

TEST_F(TaakstellingCommandTest, ANewVgIsRemovedByUndo)
{
    rondje(new VgCommand(*store, later, 20000, vandaag), QStringLiteral("vg"));
}

TEST_F(TaakstellingCommandTest, AChangedVgGetsItsEarlierValueDateAndReasonBack)
{
    ASSERT_TRUE(TaakstellingService(*store).zetVg(later, 18000, QDate(2026, 10, 1)).ok());
    rondje(new VgCommand(*store, later, 21000, vandaag), QStringLiteral("vg"));
    EXPECT_EQ(TaakstellingService(*store).vg(later)->value_or(-1), 21000);
}

TEST_F(TaakstellingCommandTest, Art30IsSetAndTakenBack)
{
    rondje(new Art30Command(*store, amsterdam, later, 900000, QStringLiteral("provincie")),
           QStringLiteral("art30"));
    ASSERT_TRUE(TaakstellingService(*store)
                    .zetArt30(utrecht, later, 350000, QStringLiteral("eerste"))
                    .ok());
    rondje(new Art30Command(*store, utrecht, later, 360000, QStringLiteral("tweede")),
           QStringLiteral("art30"));
}

TEST_F(TaakstellingCommandTest, AHerverdelingIsRemovedByUndoAndComesBackUnderItsId)
{
    // A half-year whose population (1 January 2025) is shipped, with its vg set in time.
    const HalfJaar nu(2026, 2);
    ASSERT_TRUE(TaakstellingService(*store).zetVg(nu, 20000, QDate(2026, 1, 5)).ok());
    auto *stap = new HerverdelingCommand(*store, nu, {{amsterdam, 5}, {utrecht, -5}},
                                         QStringLiteral("afspraak"));
    qint64 id = 0;
    stap->setGewijzigdMelder([&](qint64) {}); // (no household: not heard)
    rondje(stap, QStringLiteral("herverdeling"));
    if (!HasFatalFailure())
        id = stap->herverdelingId();
    EXPECT_GT(id, 0);
}

TEST_F(TaakstellingCommandTest, ARefusedInputIsNoStepAndNoEntry)
{
    // No vg for the half-year: the herverdeling cannot be checked against the quota.
    QUndoStack stack;
    stack.push(new HerverdelingCommand(*store, later, {{amsterdam, 5}, {utrecht, -5}},
                                       QStringLiteral("afspraak")));
    EXPECT_EQ(stack.count(), 0);
    EXPECT_TRUE(regels().isEmpty());
}
