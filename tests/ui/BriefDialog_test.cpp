#include "SettingsSandbox.h"
#include "TaakstellingTestData.h"
#include "TestSupport.h"
#include "core/brief/BriefBatch.h"
#include "core/brief/BriefService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/instellingen/Instellingen.h"
#include "core/output/OutputFile.h"
#include "ui/brief/BriefDialog.h"
#include "ui/brief/BriefReeksDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::TaakstellingTestData;

// TaakstellingTestData's household 1000000101 is coupled to Rotterdam on 2026-03-01 and waits; one
// more household waits without a coupling. The sender and the AZC's contact are set.
class BriefDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = TaakstellingTestData::maak(m_dir.path(QStringLiteral("brief.sqlite")));
        ASSERT_NE(m_store, nullptr);
        const auto gekoppeld =
            HuishoudenRepository(*m_store).zoekOpVNummer(QStringLiteral("1000000101"));
        ASSERT_TRUE(gekoppeld.ok() && gekoppeld->has_value());
        m_gekoppeld = **gekoppeld;
        m_azc = test::azcIn(*m_store, QStringLiteral("GM0200"));
        m_ongekoppeld = test::voegToe(
            *m_store, test::voorbeeldHuishouden(1000000201, 2, QDate(2026, 2, 1), m_azc));
        Instellingen instellingen(*m_store);
        const Status afzender = instellingen.zetAfzender(
            {QStringLiteral("COA, regio Oost"), QStringLiteral("A. de Vries"),
             QStringLiteral("088 715 70 00"), QStringLiteral("")});
        ASSERT_TRUE(afzender.ok()) << afzender.error().toString().toStdString();
        const Status contact =
            instellingen.zetAzcContact(m_azc, QStringLiteral("Azc Apeldoorn, 055 123 45 67"));
        ASSERT_TRUE(contact.ok()) << contact.error().toString().toStdString();
    }

    QList<UitgegevenBrief> uitgegeven(qint64 id) const
    {
        const auto brieven = BriefService(*m_store).uitgegeven(id);
        EXPECT_TRUE(brieven.ok()) << (brieven ? "" : brieven.error().toString().toStdString());
        return brieven ? *brieven : QList<UitgegevenBrief>{};
    }

    const QDate m_vandaag{2026, 11, 29};
    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_gekoppeld = 0;
    qint64 m_ongekoppeld = 0;
    qint64 m_azc = 0;
};

TEST_F(BriefDialogTest, HouseholdWithoutCouplingGetsCoresReasonAndNoPrintOrSave)
{
    BriefDialog dialoog(*m_store, m_ongekoppeld, m_vandaag);
    const auto core = BriefService(*m_store).gegevens(m_ongekoppeld, m_vandaag, m_vandaag);
    ASSERT_FALSE(core.ok());
    EXPECT_FALSE(dialoog.kanMaken());
    EXPECT_TRUE(dialoog.fout().contains(core.error().message));
    EXPECT_FALSE(dialoog.bewaarKnop()->isEnabled());
    EXPECT_FALSE(dialoog.printKnop()->isEnabled());
    EXPECT_FALSE(dialoog.voorbeeldKnop()->isEnabled());
    EXPECT_FALSE(dialoog.bewaarPdf(m_dir.path(QStringLiteral("x.pdf")), false).ok());
    EXPECT_FALSE(QFileInfo::exists(m_dir.path(QStringLiteral("x.pdf"))));
}

TEST_F(BriefDialogTest, MissingAzcContactIsNamedAsTheMissingField)
{
    ASSERT_TRUE(Instellingen(*m_store).zetAzcContact(m_azc, QStringLiteral("")).ok());
    const auto core = BriefService(*m_store).gegevens(m_gekoppeld, m_vandaag, m_vandaag);
    ASSERT_FALSE(core.ok());
    BriefDialog dialoog(*m_store, m_gekoppeld, m_vandaag);
    EXPECT_FALSE(dialoog.kanMaken());
    EXPECT_TRUE(dialoog.fout().contains(core.error().where));
    EXPECT_TRUE(dialoog.fout().contains(core.error().message));
    EXPECT_FALSE(dialoog.bewaarKnop()->isEnabled());
}

TEST_F(BriefDialogTest, SaveAsPdfWritesTheLetterAndRecordsItInTheTimeline)
{
    BriefDialog dialoog(*m_store, m_gekoppeld, m_vandaag);
    ASSERT_TRUE(dialoog.kanMaken()) << dialoog.fout().toStdString();
    ASSERT_TRUE(dialoog.bewaarKnop()->isEnabled());
    const QString pad = m_dir.path(QStringLiteral("brief.pdf"));
    dialoog.setBestandKiezer([&](const QString &) { return pad; });
    QSignalSpy vastgelegd(&dialoog, &BriefDialog::brievenVastgelegd);
    dialoog.bewaarKnop()->click();
    EXPECT_TRUE(test::fileBytes(pad).startsWith("%PDF"));
    const QString tekst = test::pdfText(pad);
    EXPECT_TRUE(tekst.contains(QStringLiteral("1000000101")));
    EXPECT_TRUE(tekst.contains(QStringLiteral("Rotterdam")));
    const auto brieven = uitgegeven(m_gekoppeld);
    ASSERT_EQ(brieven.size(), 1);
    EXPECT_EQ(brieven.first().taal, QStringLiteral("nl"));
    EXPECT_EQ(brieven.first().datum, m_vandaag);
    ASSERT_EQ(vastgelegd.count(), 1);
    EXPECT_EQ(vastgelegd.first().first().toLongLong(), m_gekoppeld);
}

TEST_F(BriefDialogTest, SecondLanguageGivesASecondFileAndASecondRecordedLetter)
{
    BriefDialog dialoog(*m_store, m_gekoppeld, m_vandaag);
    dialoog.setTalen(QStringLiteral("nl"), QStringLiteral("ar"));
    ASSERT_EQ(dialoog.gekozenTalen(), QStringList({QStringLiteral("nl"), QStringLiteral("ar")}));
    const auto bestanden = dialoog.bewaarPdf(m_dir.path(QStringLiteral("brief.pdf")), false);
    ASSERT_TRUE(bestanden.ok()) << bestanden.error().toString().toStdString();
    ASSERT_EQ(bestanden->size(), 2);
    for (const QString &bestand : *bestanden)
        EXPECT_TRUE(test::fileBytes(bestand).startsWith("%PDF")) << bestand.toStdString();
    const auto brieven = uitgegeven(m_gekoppeld);
    ASSERT_EQ(brieven.size(), 2);
    EXPECT_EQ(brieven.at(0).taal + brieven.at(1).taal, QStringLiteral("nlar"));
}

TEST_F(BriefDialogTest, PreviewPaintsThePagesButRecordsNothing)
{
    BriefDialog dialoog(*m_store, m_gekoppeld, m_vandaag);
    ASSERT_TRUE(dialoog.kanMaken()) << dialoog.fout().toStdString();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pad = m_dir.path(QStringLiteral("voorbeeld.pdf"));
    printer.setOutputFileName(pad);
    dialoog.tekenVoorbeeld(&printer);
    EXPECT_TRUE(test::pdfText(pad).contains(QStringLiteral("1000000101")));
    EXPECT_TRUE(uitgegeven(m_gekoppeld).isEmpty());
}

TEST_F(BriefDialogTest, PrintRecordsTheLetters)
{
    BriefDialog dialoog(*m_store, m_gekoppeld, m_vandaag);
    dialoog.setAfschrift(false);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.path(QStringLiteral("print.pdf")));
    const Status s = dialoog.print(printer);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_EQ(uitgegeven(m_gekoppeld).size(), 1);
}

TEST_F(BriefDialogTest, BatchListsTheDaysCouplingsAsCoreDoes)
{
    BriefReeksDialog dialoog(*m_store, 0, m_vandaag);
    dialoog.setDatum(QDate(2026, 3, 1));
    const auto core = BriefService(*m_store).gekoppeldOp(QDate(2026, 3, 1), 0);
    ASSERT_TRUE(core.ok());
    ASSERT_FALSE(core->isEmpty());
    EXPECT_EQ(dialoog.gekozen(), *core);
    dialoog.setDatum(QDate(2026, 3, 2));
    EXPECT_EQ(dialoog.aantalHuishoudens(), 0);
}

TEST_F(BriefDialogTest, BatchForASelectionListsExactlyThoseHouseholdsWhateverTheirDay)
{
    BriefReeksDialog dialoog(*m_store, 0, m_vandaag);
    dialoog.setHuishoudens({m_gekoppeld, m_ongekoppeld});
    EXPECT_EQ(dialoog.gekozen(), QList<qint64>({m_gekoppeld, m_ongekoppeld}));
    EXPECT_FALSE(dialoog.findChild<QWidget *>(QStringLiteral("reeksDatum"))->isEnabled());

    // The household without a coupling is refused by core and named; the other gets its
    // letter.
    const QString pad = m_dir.path(QStringLiteral("selectie.pdf"));
    dialoog.setDoel(pad);
    dialoog.setMelder([](const QString &) {});
    const auto uitkomst = dialoog.maak();
    ASSERT_TRUE(uitkomst.ok()) << uitkomst.error().toString().toStdString();
    EXPECT_EQ(uitkomst->brieven, 1);
    ASSERT_EQ(uitkomst->geweigerd.size(), 1);
    EXPECT_EQ(uitkomst->geweigerd.at(0).where, QStringLiteral("1000000201"));
    EXPECT_TRUE(QFileInfo::exists(pad));
    EXPECT_EQ(uitgegeven(m_gekoppeld).size(), 1);
    EXPECT_TRUE(uitgegeven(m_ongekoppeld).isEmpty());
}

TEST_F(BriefDialogTest, BatchCancelledWritesNothingAndRecordsNothing)
{
    BriefReeksDialog dialoog(*m_store, 0, m_vandaag);
    dialoog.setDatum(QDate(2026, 3, 1));
    const QString pad = m_dir.path(QStringLiteral("reeks.pdf"));
    dialoog.setDoel(pad);
    dialoog.setVoortgangHook([](int, int) { return false; });
    const auto uitkomst = dialoog.maak();
    ASSERT_TRUE(uitkomst.ok()) << uitkomst.error().toString().toStdString();
    EXPECT_TRUE(uitkomst->afgebroken);
    EXPECT_FALSE(QFileInfo::exists(pad));
    EXPECT_TRUE(QDir(m_dir.path(QString())).entryList({QStringLiteral("*.pdf")}).isEmpty());
    EXPECT_TRUE(uitgegeven(m_gekoppeld).isEmpty());
    EXPECT_TRUE(dialoog.samenvatting().contains(QStringLiteral("nothing")));
}

TEST_F(BriefDialogTest, BatchPerHouseholdWritesAFileEachAndSummarises)
{
    BriefReeksDialog dialoog(*m_store, 0, m_vandaag);
    dialoog.setDatum(QDate(2026, 3, 1));
    const QString map = m_dir.path(QStringLiteral("brieven"));
    ASSERT_TRUE(QDir().mkpath(map));
    dialoog.setUitvoer(BriefOpdracht::Uitvoer::PerHuishouden);
    dialoog.setDoel(map);
    QString melding;
    dialoog.setMelder([&](const QString &tekst) { melding = tekst; });
    QSignalSpy vastgelegd(&dialoog, &BriefReeksDialog::brievenVastgelegd);
    ASSERT_TRUE(dialoog.maakKnop()->isEnabled());
    dialoog.maakKnop()->click();
    EXPECT_EQ(QDir(map).entryList({QStringLiteral("*.pdf")}).size(), dialoog.gekozen().size());
    EXPECT_EQ(uitgegeven(m_gekoppeld).size(), 1);
    EXPECT_EQ(melding, dialoog.samenvatting());
    EXPECT_FALSE(melding.isEmpty());
    EXPECT_EQ(vastgelegd.count(), 1);
}

TEST_F(BriefDialogTest, OpeningALetterDialogFinishesAnInterruptedBatch)
{
    // A batch killed after its letter was recorded, before the file was moved into place.
    const QString doel = m_dir.path(QStringLiteral("onderbroken.pdf"));
    const auto g = BriefService(*m_store).gegevens(m_gekoppeld, m_vandaag, m_vandaag);
    ASSERT_TRUE(g) << g.error().toString().toStdString();
    UitgegevenBrief b;
    b.huishoudenId = m_gekoppeld;
    b.koppelingId = g->koppelingId;
    b.datum = m_vandaag;
    b.taal = QStringLiteral("nl");
    b.versie = QStringLiteral("test");
    for (int dialoog = 0; dialoog < 2; ++dialoog) {
        {
            BriefBatch batch(*m_store);
            ASSERT_TRUE(batch.begin(m_dir.path({})));
            ASSERT_TRUE(OutputFile::save(batch.bestand(QStringLiteral("0.pdf")), "%PDF", false));
            ASSERT_TRUE(batch.schrijfManifest());
            ASSERT_TRUE(batch.legVast({b}, {{QStringLiteral("0.pdf"), doel}}, true, m_vandaag));
        }
        ASSERT_FALSE(QFileInfo::exists(doel));
        if (dialoog == 0)
            BriefDialog(*m_store, m_gekoppeld, m_vandaag);
        else
            BriefReeksDialog(*m_store, 0, m_vandaag);
        EXPECT_EQ(test::fileBytes(doel), QByteArray("%PDF")) << dialoog;
        ASSERT_TRUE(QFile::remove(doel));
    }
}

} // namespace
} // namespace rd
