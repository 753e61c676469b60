// The window's letter dialogs show core's warning for a letter dated more than 14 days after the
// intake interview (handbook 3.2) before anything is printed or saved, and make the letter all
// the same.
#include "SettingsSandbox.h"
#include "TestSupport.h"
#include "core/brief/BriefService.h"
#include "core/instellingen/Instellingen.h"
#include "core/koppeling/KoppelingService.h"
#include "ui/brief/BriefDialog.h"
#include "ui/brief/BriefReeksDialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <gtest/gtest.h>

namespace rd {
namespace {

const QDate vandaag{2026, 11, 29};
const QDate intake{2026, 2, 21};
const QDate koppelDatum{2026, 3, 1};

// Two households at an AZC in Apeldoorn coupled to Rotterdam on 1 March: 1000000101 had its
// intake interview on 21 February, 1000000201 has none recorded.
class BriefWaarschuwingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("brief.sqlite")));
        ASSERT_NE(m_store, nullptr);
        const qint64 azc = test::azcIn(*m_store, QStringLiteral("GM0200"));
        Instellingen instellingen(*m_store);
        ASSERT_TRUE(instellingen.zetAfzender({QStringLiteral("COA"), QStringLiteral("A. de Vries"),
                                              QStringLiteral("088 715 70 00"), QString()}));
        ASSERT_TRUE(
            instellingen.zetAzcContact(azc, QStringLiteral("Azc Apeldoorn, 055 123 45 67")));
        for (qint64 vNummer : {1000000101LL, 1000000201LL}) {
            Huishouden h = test::voorbeeldHuishouden(vNummer, 2, QDate(2026, 2, 20), azc);
            if (vNummer == 1000000101LL) {
                Huisvestinggesprek g;
                g.datum = intake;
                g.azcId = azc;
                h.gesprek = g;
            }
            const qint64 id = test::voegToe(*m_store, h, vandaag);
            ASSERT_NE(id, 0);
            m_ids << id;
            ASSERT_TRUE(KoppelingService(*m_store).koppel(id, QStringLiteral("GM0599"), koppelDatum,
                                                          QStringLiteral("test"), vandaag));
        }
    }

    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    QList<qint64> m_ids;
};

TEST_F(BriefWaarschuwingTest, TheLetterDialogShowsTheWarningBeforePrintingAndStillAllowsIt)
{
    BriefDialog dialoog(*m_store, m_ids.at(0), vandaag);
    dialoog.show();
    const auto *label = dialoog.findChild<QLabel *>(QStringLiteral("briefWaarschuwing"));
    ASSERT_NE(label, nullptr);

    dialoog.setDatum(intake.addDays(14));
    ASSERT_TRUE(dialoog.kanMaken()) << dialoog.fout().toStdString();
    EXPECT_TRUE(dialoog.waarschuwing().isEmpty()) << dialoog.waarschuwing().toStdString();
    EXPECT_FALSE(label->isVisible());

    dialoog.setDatum(intake.addDays(15));
    ASSERT_TRUE(dialoog.kanMaken()) << "a warning, not a refusal";
    EXPECT_TRUE(label->isVisible());
    const auto core = BriefService(*m_store).waarschuwingen(m_ids.at(0), intake.addDays(15));
    ASSERT_TRUE(core.ok());
    ASSERT_EQ(core->size(), 1);
    EXPECT_TRUE(dialoog.waarschuwing().contains(QStringLiteral("Warning")));
    EXPECT_TRUE(dialoog.waarschuwing().contains(core->first().message))
        << dialoog.waarschuwing().toStdString();
    EXPECT_TRUE(dialoog.printKnop()->isEnabled());
    EXPECT_TRUE(dialoog.bewaarKnop()->isEnabled());

    const auto bestanden = dialoog.bewaarPdf(m_dir.path(QStringLiteral("laat.pdf")), false);
    ASSERT_TRUE(bestanden.ok()) << bestanden.error().toString().toStdString();
    EXPECT_EQ(BriefService(*m_store).uitgegeven(m_ids.at(0))->size(), 1);

    // A household without an intake interview: nothing to warn about.
    BriefDialog zonder(*m_store, m_ids.at(1), vandaag);
    ASSERT_TRUE(zonder.kanMaken()) << zonder.fout().toStdString();
    EXPECT_TRUE(zonder.waarschuwing().isEmpty());
}

TEST_F(BriefWaarschuwingTest, TheDaysLettersMarkTheLateHouseholdBeforeMakingAndSumUpAfter)
{
    BriefReeksDialog dialoog(*m_store, 0, vandaag);
    dialoog.setDatum(koppelDatum);
    ASSERT_EQ(dialoog.aantalHuishoudens(), 2);
    QStringList teksten;
    for (int i = 0; i < dialoog.lijst()->count(); ++i)
        teksten << dialoog.lijst()->item(i)->text();
    const int laat = int(teksten.indexOf(QRegularExpression(QStringLiteral(".*1000000101.*"))));
    const int opTijd = int(teksten.indexOf(QRegularExpression(QStringLiteral(".*1000000201.*"))));
    ASSERT_GE(laat, 0);
    ASSERT_GE(opTijd, 0);
    EXPECT_TRUE(teksten.at(laat).contains(QStringLiteral("warning")))
        << teksten.at(laat).toStdString();
    EXPECT_TRUE(
        dialoog.lijst()->item(laat)->toolTip().contains(QStringLiteral("intake interview")));
    EXPECT_FALSE(teksten.at(opTijd).contains(QStringLiteral("warning")));
    const auto *melding = dialoog.findChild<QLabel *>(QStringLiteral("reeksMelding"));
    ASSERT_NE(melding, nullptr);
    EXPECT_TRUE(melding->text().contains(QStringLiteral("Warning for 1 household")))
        << melding->text().toStdString();

    dialoog.setUitvoer(BriefOpdracht::Uitvoer::EenBestand);
    dialoog.setDoel(m_dir.path(QStringLiteral("dag.pdf")));
    const auto uitkomst = dialoog.maak();
    ASSERT_TRUE(uitkomst.ok()) << uitkomst.error().toString().toStdString();
    EXPECT_EQ(uitkomst->brieven, 2);
    ASSERT_EQ(uitkomst->gewaarschuwd.size(), 1);
    EXPECT_TRUE(dialoog.samenvatting().contains(QStringLiteral("1 letter(s) with a warning")) ||
                dialoog.samenvatting().contains(QStringLiteral("1 letter with a warning")))
        << dialoog.samenvatting().toStdString();
    EXPECT_TRUE(dialoog.samenvatting().contains(QStringLiteral("1000000101")));
}

} // namespace
} // namespace rd
