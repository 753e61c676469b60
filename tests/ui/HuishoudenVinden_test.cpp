// Find anyone, know who is open (issue 13), in the window offscreen: Ctrl+F finds a household in
// any status by name, V-nummer or BSN and opens it; the household panel's header names it; a
// coupling keeps the panel on the coupled household; an alert points at its household in the
// queue or the deadlines view; the note round-trips through the form.
#include "SettingsSandbox.h"
#include "TestSupport.h"

#include "core/huishouden/HuishoudenRepository.h"
#include "core/huishouden/HuishoudenZoeker.h"
#include "core/koppeling/KoppelingService.h"
#include "ui/fase/TermijnWerk.h"
#include "ui/huishouden/HuishoudenForm.h"
#include "ui/huishouden/HuishoudenMime.h"
#include "ui/huishouden/NotitieSectie.h"
#include "ui/huishouden/PersonenModel.h"
#include "ui/koppeling/KoppelDialog.h"
#include "ui/koppeling/KoppelPicker.h"
#include "ui/main/HuishoudenZoekDialog.h"
#include "ui/main/KoppelWerk.h"
#include "ui/main/MainWindow.h"
#include "ui/signaal/SignalenModel.h"
#include "ui/signaal/SignalenPanel.h"
#include "ui/taakstelling/RegioBoardModel.h"
#include "ui/taakstelling/RegioBoardPanel.h"
#include "ui/taakstelling/TaakstellingPanel.h"
#include "ui/tijdlijn/RegioTijdlijnModel.h"
#include "ui/tijdlijn/RegioTijdlijnPanel.h"
#include "ui/tijdlijn/TijdlijnModel.h"
#include "ui/tijdlijn/TijdlijnPanel.h"

#include "core/taakstelling/TaakstellingService.h"
#include "core/tijdlijn/TijdlijnService.h"
#include "core/weigering/WeigeringService.h"
#include "ui/main/WerkPanel.h"
#include "ui/wachtrij/WachtrijModel.h"
#include "ui/wachtrij/WachtrijPanel.h"
#include <QDockWidget>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace rd;

// Failures print the text, not its bytes.
static void PrintTo(const QString &tekst, std::ostream *uit)
{
    *uit << '"' << tekst.toStdString() << '"';
}

namespace {

const QDate vandaag(2026, 11, 29);
const QString amsterdam = QStringLiteral("GM0363");

// Region 3, one household in each status: Helen Tewelde waits (permit 2026-11-10, 5 days
// overdue) with a child whose BSN is 123456782; Émile Çelik is coupled to Amsterdam (phase 2,
// 5 days overdue); Yonas Gebremedhin was housed there; Samira Haddad's mediation stopped.
// Two more wait: Amina Testperson (4400000101) and Amina Testperson (4400000111).
class HuishoudenVindenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto eigen = test::openStore(dir.path(QStringLiteral("vinden.sqlite")), true);
        ASSERT_TRUE(eigen);
        Store &s = *eigen;
        ASSERT_TRUE(
            TaakstellingService(s)
                .zetVg(HalfJaar(2026, 2), 20000, tijdigheid::laatsteDagVg(HalfJaar(2026, 2)))
                .ok());
        azc = test::azcIn(s, amsterdam);
        wachtend = nieuw(s, 4400000001, QStringLiteral("Helen"), QStringLiteral("Tewelde"),
                         QDate(2026, 11, 10), 2);
        gekoppeld = nieuw(s, 4400000011, QStringLiteral("Émile"), QStringLiteral("Çelik"),
                          QDate(2026, 9, 1));
        koppel(s, gekoppeld);
        gehuisvest = nieuw(s, 4400000021, QStringLiteral("Yonas"), QStringLiteral("Gebremedhin"),
                           QDate(2026, 9, 1));
        koppel(s, gehuisvest);
        for (const auto soort : {GebeurtenisSoort::Tekenen, GebeurtenisSoort::Verhuizing})
            ASSERT_TRUE(TijdlijnService(s)
                            .zetDatum(gehuisvest, soort, QDate(2026, 10, 20), {}, vandaag)
                            .ok());
        gestopt = nieuw(s, 4400000031, QStringLiteral("Samira"), QStringLiteral("Haddad"),
                        QDate(2026, 9, 1));
        koppel(s, gestopt);
        WeigeringService w(s);
        auto eerste = w.registreer(gestopt, WeigeringSoort::Geweigerd, QDate(2026, 10, 1),
                                   QStringLiteral("te ver"), {}, vandaag);
        ASSERT_TRUE(eerste.ok());
        ASSERT_TRUE(w.beoordeel(*eerste, Oordeel::Onterecht, QDate(2026, 10, 5),
                                QStringLiteral("geen-dwingende-reden"), vandaag)
                        .ok());
        ASSERT_TRUE(w.registreer(gestopt, WeigeringSoort::Geweigerd, QDate(2026, 10, 20),
                                 QStringLiteral("te klein"), {}, vandaag)
                        .ok());
        anderEen = test::voegToe(
            s, test::voorbeeldHuishouden(4400000101, 1, QDate(2026, 11, 12), azc), vandaag);
        anderTwee = test::voegToe(
            s, test::voorbeeldHuishouden(4400000111, 1, QDate(2026, 11, 13), azc), vandaag);

        window = std::make_unique<MainWindow>();
        window->setVandaag(vandaag);
        window->setStore(std::move(eigen));
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        const bool actief = QTest::qWaitForWindowActive(window.get()); // shortcuts need it
        Q_UNUSED(actief) // asserted by the one test that presses a shortcut
        werk = window->werkPanel();
        werk->koppelWerk()->setBevestiger([](KoppelDialog &) { return true; });
        werk->koppelWerk()->setFoutMelder(
            [](const QString &tekst) { ADD_FAILURE() << tekst.toStdString(); });
    }

    qint64 nieuw(Store &s, qint64 vNummer, const QString &voornaam, const QString &achternaam,
                 const QDate &vergunning, int personen = 1)
    {
        Huishouden h = test::voorbeeldHuishouden(vNummer, personen, vergunning, azc);
        for (Persoon &p : h.personen)
            p.achternaam = achternaam;
        h.personen[0].voornamen = voornaam;
        if (personen > 1)
            h.personen[1].bsn = QStringLiteral("123456782");
        return test::voegToe(s, h, vandaag);
    }

    void koppel(Store &s, qint64 id)
    {
        auto k = KoppelingService(s).koppel(id, amsterdam, QDate(2026, 9, 15),
                                            QStringLiteral("achterstand"), vandaag);
        ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    }

    QString kop() const { return werk->kop()->text(); }
    qint64 open() const { return werk->formulier()->huishoudenId(); }
    qint64 huidigInWachtrij() const
    {
        return werk->wachtrij()
            ->table()
            ->currentIndex()
            .data(WachtrijModel::HuishoudenIdRole)
            .toLongLong();
    }
    qint64 huidigInTermijnen() const
    {
        auto *tijdlijn = werk->termijnWerk()->tijdlijn();
        return tijdlijn->model()->huishoudenId(tijdlijn->view()->currentIndex());
    }
    QString kopVan(qint64 id) const
    {
        auto t = HuishoudenZoeker(*window->store()).huishouden(id, vandaag);
        return t.ok() && t->has_value() ? huishoudenstatus::kop(**t) : QString();
    }

    // Types into the find dialog opened by Household → Find household, as a person would.
    HuishoudenZoekDialog *zoek(const QString &tekst)
    {
        window->findChild<QAction *>(QStringLiteral("zoekHuishoudenAction"))->trigger();
        auto *dialoog = werk->zoekDialoog();
        EXPECT_TRUE(dialoog->isVisible());
        dialoog->zoekVeld()->clear();
        QTest::keyClicks(dialoog->zoekVeld(), tekst);
        return dialoog;
    }

    QList<qint64> gevonden(const QString &tekst)
    {
        QList<qint64> ids;
        auto *dialoog = zoek(tekst);
        for (const auto &t : dialoog->treffers())
            ids << t.huishoudenId;
        dialoog->reject();
        return ids;
    }

    test::SettingsSandbox settings;
    test::TempDir dir;
    std::unique_ptr<MainWindow> window;
    WerkPanel *werk = nullptr;
    qint64 azc = 0;
    qint64 wachtend = 0, gekoppeld = 0, gehuisvest = 0, gestopt = 0, anderEen = 0, anderTwee = 0;
};

TEST_F(HuishoudenVindenTest, CtrlFIsOneActionAndThePlaceholdersDoNotPromiseIt)
{
    int metCtrlF = 0;
    for (const QAction *a : window->findChildren<QAction *>())
        metCtrlF += a->shortcuts().contains(QKeySequence(QKeySequence::Find)) ? 1 : 0;
    EXPECT_EQ(metCtrlF, 1);
    auto *actie = window->findChild<QAction *>(QStringLiteral("zoekHuishoudenAction"));
    ASSERT_NE(actie, nullptr);
    EXPECT_EQ(actie->shortcut(), QKeySequence(QKeySequence::Find));
    for (const QLineEdit *veld : window->findChildren<QLineEdit *>())
        EXPECT_FALSE(veld->placeholderText().contains(QStringLiteral("Ctrl+F")))
            << veld->objectName().toStdString();
    ASSERT_TRUE(window->isActiveWindow()) << "a shortcut needs the active window";
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *dialoog = werk->zoekDialoog();
    EXPECT_TRUE(dialoog->isVisible()) << "Ctrl+F opens Find household";
    EXPECT_EQ(dialoog->focusWidget(), dialoog->zoekVeld()) << "typing goes to the search field";
}

TEST_F(HuishoudenVindenTest, FindsEveryStatusByNameVNummerAndBsn)
{
    EXPECT_EQ(gevonden(QStringLiteral("tewelde")), QList<qint64>{wachtend});
    EXPECT_EQ(gevonden(QStringLiteral("celik")), QList<qint64>{gekoppeld});
    EXPECT_EQ(gevonden(QStringLiteral("GEBREMEDHIN")), QList<qint64>{gehuisvest});
    EXPECT_EQ(gevonden(QStringLiteral("samira had")), QList<qint64>{gestopt});
    EXPECT_EQ(gevonden(QStringLiteral("4400000011")), QList<qint64>{gekoppeld});
    EXPECT_EQ(gevonden(QStringLiteral("V 4400000021")), QList<qint64>{gehuisvest});
    EXPECT_EQ(gevonden(QStringLiteral("4400000031")), QList<qint64>{gestopt});
    EXPECT_EQ(gevonden(QStringLiteral("123456782")), QList<qint64>{wachtend});

    auto *dialoog = zoek(QStringLiteral("celik"));
    ASSERT_EQ(dialoog->lijst()->topLevelItemCount(), 1);
    const QTreeWidgetItem *rij = dialoog->lijst()->topLevelItem(0);
    EXPECT_EQ(rij->text(HuishoudenZoekDialog::Naam), QStringLiteral("Émile Çelik"));
    EXPECT_EQ(rij->text(HuishoudenZoekDialog::Status),
              QStringLiteral("phase 2: finding a dwelling (5 days overdue)"));
    EXPECT_EQ(rij->text(HuishoudenZoekDialog::Gemeente), QStringLiteral("Amsterdam"));
    EXPECT_EQ(dialoog->meldingTekst(), QStringLiteral("1 household(s) found."));
    dialoog->reject();

    auto *niets = zoek(QStringLiteral("zzzz"));
    EXPECT_EQ(niets->lijst()->topLevelItemCount(), 0);
    EXPECT_EQ(niets->meldingTekst(), QStringLiteral("No household found."));
    niets->reject();
}

TEST_F(HuishoudenVindenTest, DownAndEnterOpenTheHouseholdAndSelectItInTheQueue)
{
    // "amina" finds the two other waiting households, sorted by name then V-nummer.
    auto *dialoog = zoek(QStringLiteral("amina"));
    ASSERT_EQ(dialoog->treffers().size(), 2);
    EXPECT_EQ(dialoog->huidig(), anderEen);
    QTest::keyClick(dialoog->zoekVeld(), Qt::Key_Down);
    EXPECT_EQ(dialoog->huidig(), anderTwee);
    QTest::keyClick(dialoog->zoekVeld(), Qt::Key_Up);
    QTest::keyClick(dialoog->zoekVeld(), Qt::Key_Down);
    QTest::keyClick(dialoog->zoekVeld(), Qt::Key_Return);
    EXPECT_FALSE(dialoog->isVisible());
    EXPECT_EQ(open(), anderTwee);
    EXPECT_EQ(huidigInWachtrij(), anderTwee);
    EXPECT_EQ(kop(), kopVan(anderTwee));

    // Hidden by the queue's own search: that search is cleared so the row can be selected.
    werk->wachtrij()->zoekVeld()->setText(QStringLiteral("amina"));
    auto *weer = zoek(QStringLiteral("tewelde"));
    QTest::keyClick(weer->zoekVeld(), Qt::Key_Enter);
    EXPECT_EQ(open(), wachtend);
    EXPECT_EQ(huidigInWachtrij(), wachtend);
    EXPECT_TRUE(werk->wachtrij()->zoekVeld()->text().isEmpty());
}

TEST_F(HuishoudenVindenTest, ACoupledHouseholdFoundIsSelectedInTheDeadlinesView)
{
    auto *dialoog = zoek(QStringLiteral("4400000011"));
    QTest::keyClick(dialoog->zoekVeld(), Qt::Key_Return);
    EXPECT_EQ(open(), gekoppeld);
    EXPECT_EQ(werk->midden()->currentWidget(), werk->termijnWerk()->tijdlijn());
    EXPECT_EQ(huidigInTermijnen(), gekoppeld);
    EXPECT_EQ(kop(), QStringLiteral("Émile Çelik · V 4400000011 · phase 2: finding a dwelling "
                                    "(5 days overdue) · coupled to Amsterdam"));

    // A housed household has no open case: it opens, nothing else is pointed at.
    auto *huis = zoek(QStringLiteral("gebremedhin"));
    QTest::keyClick(huis->zoekVeld(), Qt::Key_Return);
    EXPECT_EQ(open(), gehuisvest);
    EXPECT_EQ(kop(), QStringLiteral("Yonas Gebremedhin · V 4400000021 · housed in Amsterdam"));
}

TEST_F(HuishoudenVindenTest, TheHeaderNamesTheHouseholdAndFollowsASave)
{
    EXPECT_EQ(kop(), QStringLiteral("No household chosen"));
    // On a small screen the household panel starts collapsed; the header shows with it.
    window->huishoudenDock()->show();
    werk->openHuishouden(wachtend);
    EXPECT_EQ(kop(),
              QStringLiteral("Helen Tewelde · V 4400000001 · phase 1: coupling (5 days overdue)"));
    EXPECT_TRUE(werk->kop()->isVisible());

    // Renamed in the form and saved: the header says the new name.
    auto *personen = werk->formulier()->personenModel();
    ASSERT_TRUE(personen->setData(personen->index(0, PersonenModel::Voornamen),
                                  QStringLiteral("Heleen"), Qt::EditRole));
    ASSERT_TRUE(werk->formulier()->opslaan().ok());
    EXPECT_TRUE(kop().startsWith(QStringLiteral("Heleen Tewelde · V 4400000001")))
        << kop().toStdString();

    werk->nieuwHuishouden();
    EXPECT_EQ(kop(), QStringLiteral("New household (not saved yet)"));
}

TEST_F(HuishoudenVindenTest, AfterADropThePanelStaysOnTheCoupledHousehold)
{
    // The open household is the queue's current row; the drop couples it.
    ASSERT_TRUE(werk->wachtrij()->kiesHuishouden(anderEen));
    ASSERT_EQ(open(), anderEen);
    auto *model = werk->wachtrij()->model();
    QMimeData *data = model->mimeData({model->index(model->rijVoor(anderEen), 0)});
    auto *board = werk->board();
    const QModelIndex doel = board->model()->indexVoorGemeente(amsterdam);
    ASSERT_TRUE(board->model()->dropMimeData(data, Qt::CopyAction, -1, -1, doel));
    delete data;
    ASSERT_TRUE(KoppelingService(*window->store()).actief(anderEen)->has_value());
    EXPECT_LT(model->rijVoor(anderEen), 0) << "it left the queue";
    EXPECT_EQ(open(), anderEen) << "the panel did not move to the next row";
    EXPECT_EQ(huidigInWachtrij(), 0) << "no other row was made current";
    EXPECT_TRUE(kop().contains(QStringLiteral("phase 2: finding a dwelling (70 days left)")))
        << kop().toStdString();
    EXPECT_TRUE(kop().endsWith(QStringLiteral("coupled to Amsterdam"))) << kop().toStdString();

    // Undone: back in the queue, the panel still on it, the header in phase 1 again.
    werk->koppelWerk()->undoStack()->undo();
    EXPECT_GE(model->rijVoor(anderEen), 0);
    EXPECT_EQ(open(), anderEen);
    EXPECT_TRUE(kop().contains(QStringLiteral("phase 1: coupling"))) << kop().toStdString();
}

TEST_F(HuishoudenVindenTest, AfterCtrlKThePanelStaysOnTheCoupledHousehold)
{
    ASSERT_TRUE(werk->wachtrij()->kiesHuishouden(anderTwee));
    ASSERT_EQ(open(), anderTwee);
    werk->koppelWerk()->setKiezer([](KoppelPicker &picker) {
        QTest::keyClicks(picker.zoekVeld(), QStringLiteral("amsterd"));
        return picker.gekozen().gemeenteCode == QStringLiteral("GM0363");
    });
    window->findChild<QAction *>(QStringLiteral("koppelAanAction"))->trigger(); // Ctrl+K
    ASSERT_TRUE(KoppelingService(*window->store()).actief(anderTwee)->has_value());
    EXPECT_EQ(open(), anderTwee);
    EXPECT_EQ(kop(), kopVan(anderTwee));
    EXPECT_TRUE(kop().endsWith(QStringLiteral("coupled to Amsterdam")));
}

TEST_F(HuishoudenVindenTest, ClickingAnAlertSelectsItsHouseholdInTheQueueOrTheDeadlines)
{
    auto *signalen = werk->signalen();
    ASSERT_TRUE(signalen->isVisible());
    const auto rijVan = [signalen](qint64 id) {
        for (int r = 0; r < signalen->model()->rowCount(); ++r)
            if (signalen->model()->signaal(r).huishoudenId == id)
                return r;
        return -1;
    };
    const auto klik = [signalen](int rij) {
        QTableView *tabel = signalen->table();
        const QModelIndex index = tabel->model()->index(rij, 0);
        tabel->scrollTo(index);
        QTest::mouseClick(tabel->viewport(), Qt::LeftButton, {}, tabel->visualRect(index).center());
    };
    const int wacht = rijVan(wachtend);
    ASSERT_GE(wacht, 0) << "phase 1 of Helen Tewelde is overdue";
    klik(wacht);
    EXPECT_EQ(open(), wachtend);
    EXPECT_EQ(huidigInWachtrij(), wachtend);

    const int koppel = rijVan(gekoppeld);
    ASSERT_GE(koppel, 0) << "phase 2 of Émile Çelik is overdue";
    QTest::qWait(QApplication::doubleClickInterval() + 20); // not a double click
    klik(koppel);
    EXPECT_EQ(open(), gekoppeld);
    EXPECT_EQ(huidigInTermijnen(), gekoppeld);
    EXPECT_EQ(werk->midden()->currentWidget(), werk->termijnWerk()->tijdlijn());
}

TEST_F(HuishoudenVindenTest, TheNoteRoundTripsAndIsShownInTheTimeline)
{
    werk->openHuishouden(wachtend);
    NotitieSectie *notitie = werk->formulier()->notitieSectie();
    ASSERT_NE(notitie, nullptr);
    EXPECT_TRUE(notitie->hint()->text().contains(QStringLiteral("No medical data")));
    const QString tekst = QStringLiteral("Wil graag bij zus in Zaandam wonen.\nBellen na 14:00.");
    notitie->veld()->setPlainText(tekst);
    EXPECT_TRUE(werk->formulier()->isGewijzigd());
    EXPECT_EQ(notitie->teller()->text(),
              QStringLiteral("%1 of %2 characters")
                  .arg(QLocale().toString(52), QLocale().toString(maxNotitieLengte)));
    EXPECT_TRUE(werk->formulier()->opslaanKnop()->isEnabled());
    werk->formulier()->opslaanKnop()->click();
    EXPECT_FALSE(werk->formulier()->isGewijzigd());
    EXPECT_EQ(HuishoudenRepository(*window->store()).laad(wachtend)->notitie, tekst);

    // Another household and back: the field shows what is stored.
    werk->openHuishouden(gekoppeld);
    EXPECT_TRUE(notitie->veld()->toPlainText().isEmpty());
    werk->openHuishouden(wachtend);
    EXPECT_EQ(notitie->veld()->toPlainText(), tekst);

    QApplication::processEvents(); // the timeline refreshes once the event loop turns
    const auto *model = werk->termijnWerk()->huishoudenTijdlijn()->model();
    int rij = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(TijdlijnModel::SoortRole).toInt() ==
            int(GebeurtenisSoort::Notitie))
            rij = r;
    ASSERT_GE(rij, 0) << "the note's change is on the timeline";
    EXPECT_EQ(model->index(rij, TijdlijnModel::Naam).data().toString(),
              QStringLiteral("Note changed"));
    EXPECT_EQ(model->index(rij, TijdlijnModel::Door).data().toString(),
              window->store()->gebruiker());
    EXPECT_TRUE(model->index(rij, 0).data(Qt::ToolTipRole).toString().contains(tekst));

    // Too long: the field says so and Save waits.
    notitie->veld()->setPlainText(QString(maxNotitieLengte + 1, QLatin1Char('x')));
    EXPECT_FALSE(werk->formulier()->opslaanKnop()->isEnabled());
    EXPECT_FALSE(werk->formulier()->veldMelding(QStringLiteral("notitie")).isEmpty());
}

} // namespace
