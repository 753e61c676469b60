#include "TestSupport.h"

#include "TestAsker.h"
#include "core/gemeente/GemeenteService.h"
#include "core/gemeente/Referentiedata.h"
#include "core/journaal/Journaal.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/gemeente/GemeenteDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QString amsterdam = QStringLiteral("GM0363");  // region 3
const QString amstelveen = QStringLiteral("GM0362"); // region 3
const QString aalsmeer = QStringLiteral("GM0358");   // region 3
const QString diemen = QStringLiteral("GM0384");     // region 3
const QString utrecht = QStringLiteral("GM0344");    // region 3
const QString groningen = QStringLiteral("GM0014");  // region 1

class GemeenteDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("gemeente.sqlite")));
        ASSERT_TRUE(store);
        Referentiedata ref(*store);
        auto a = ref.voegPartnerschapToe(QStringLiteral("Amstelland"), amstelveen,
                                         {amsterdam, aalsmeer});
        auto d = ref.voegPartnerschapToe(QStringLiteral("Diemen-Amsterdam"), amsterdam,
                                         {amsterdam, diemen});
        auto u =
            ref.voegPartnerschapToe(QStringLiteral("Utrecht-Diemen"), utrecht, {utrecht, diemen});
        auto n = ref.voegPartnerschapToe(QStringLiteral("Noord"), groningen,
                                         {groningen, QStringLiteral("GM0037")});
        ASSERT_TRUE(a.ok() && d.ok() && u.ok() && n.ok());
        amstelland = *a;
        diemenAmsterdam = *d;
        utrechtDiemen = *u;
        ASSERT_TRUE(GemeenteService(*store)
                        .werkBij(amsterdam, {QStringLiteral("klein"), QStringLiteral("zorg")},
                                 QStringLiteral("J. de Vries"), QStringLiteral("Call on Monday"))
                        .ok());
    }

    GemeenteGegevens opgeslagen(const QString &code) const
    {
        auto g = GemeenteService(*store).laad(code);
        EXPECT_TRUE(g.ok());
        return g ? *g : GemeenteGegevens{};
    }

    static QCheckBox *profiel(GemeenteDialog &d, const QString &code)
    {
        return d.findChild<QCheckBox *>(QStringLiteral("profiel_") + code);
    }
    static QLineEdit *contact(GemeenteDialog &d)
    {
        return d.findChild<QLineEdit *>(QStringLiteral("contactpersoon"));
    }
    static QPlainTextEdit *notities(GemeenteDialog &d)
    {
        return d.findChild<QPlainTextEdit *>(QStringLiteral("notities"));
    }
    static QListWidget *lidVan(GemeenteDialog &d)
    {
        return d.findChild<QListWidget *>(QStringLiteral("partnerschappen"));
    }
    static QComboBox *andere(GemeenteDialog &d)
    {
        return d.findChild<QComboBox *>(QStringLiteral("anderePartnerschappen"));
    }
    static void kiesLid(GemeenteDialog &d, const QString &tekstBegin)
    {
        auto *lijst = lidVan(d);
        for (int i = 0; i < lijst->count(); ++i) {
            if (lijst->item(i)->text().startsWith(tekstBegin))
                lijst->setCurrentRow(i);
        }
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    qint64 amstelland = 0;
    qint64 diemenAmsterdam = 0;
    qint64 utrechtDiemen = 0;
};

} // namespace

TEST_F(GemeenteDialogTest, ShowsWhatTheServiceHolds)
{
    GemeenteDialog d(*store, amsterdam);
    EXPECT_EQ(d.objectName(), QStringLiteral("gemeenteDialog"));
    EXPECT_TRUE(d.windowTitle().contains(QStringLiteral("Amsterdam")));
    EXPECT_EQ(d.findChild<QLineEdit *>(QStringLiteral("gemeenteCode"))->text(), amsterdam);
    EXPECT_EQ(d.findChild<QLineEdit *>(QStringLiteral("gemeenteProvincie"))->text(),
              QStringLiteral("Noord-Holland"));
    EXPECT_EQ(d.findChild<QLineEdit *>(QStringLiteral("gemeenteRegio"))->text(),
              QStringLiteral("3"));
    EXPECT_TRUE(d.findChild<QLineEdit *>(QStringLiteral("gemeenteCode"))->isReadOnly());
    for (const auto &c : woningprofiel::codes()) {
        auto *box = profiel(d, c);
        ASSERT_NE(box, nullptr) << c.toStdString();
        EXPECT_EQ(box->isChecked(), c == QLatin1String("klein") || c == QLatin1String("zorg"));
        EXPECT_FALSE(box->toolTip().isEmpty());
        EXPECT_FALSE(box->accessibleName().isEmpty());
    }
    EXPECT_EQ(contact(d)->text(), QStringLiteral("J. de Vries"));
    EXPECT_EQ(notities(d)->toPlainText(), QStringLiteral("Call on Monday"));
    EXPECT_FALSE(d.isGewijzigd());

    // Member of two partnerships, coordinator of one; the third of the region can be joined.
    ASSERT_EQ(lidVan(d)->count(), 2);
    EXPECT_EQ(lidVan(d)->item(0)->text(), QStringLiteral("Amstelland"));
    EXPECT_TRUE(lidVan(d)->item(1)->text().startsWith(QStringLiteral("Diemen-Amsterdam")));
    EXPECT_TRUE(lidVan(d)->item(1)->text().contains(QStringLiteral("coordinator")));
    ASSERT_EQ(andere(d)->count(), 1);
    EXPECT_EQ(andere(d)->itemText(0), QStringLiteral("Utrecht-Diemen"));
}

TEST_F(GemeenteDialogTest, UnknownGemeenteShowsTheErrorAndAllowsNoEdits)
{
    GemeenteDialog d(*store, QStringLiteral("GM9999"));
    EXPECT_TRUE(d.foutTekst().contains(QStringLiteral("GM9999")));
    EXPECT_FALSE(profiel(d, QStringLiteral("klein"))->isEnabled());
    EXPECT_FALSE(d.isGewijzigd());
    EXPECT_FALSE(d.laad().ok());
}

TEST_F(GemeenteDialogTest, TogglingCheckboxesAndSavingStoresTheCodes)
{
    GemeenteDialog d(*store, amsterdam);
    QSignalSpy gewijzigd(&d, &GemeenteDialog::gemeenteGewijzigd);
    profiel(d, QStringLiteral("zorg"))->setChecked(false);
    profiel(d, QStringLiteral("studenten"))->setChecked(true);
    profiel(d, QStringLiteral("gezin"))->setChecked(true);
    contact(d)->setText(QStringLiteral("  Housing team  "));
    notities(d)->setPlainText(QStringLiteral("New agreement"));
    EXPECT_TRUE(d.isGewijzigd());

    const Status s = d.opslaan();
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    const auto g = opgeslagen(amsterdam);
    EXPECT_EQ(g.woningprofiel, QStringList({QStringLiteral("klein"), QStringLiteral("gezin"),
                                            QStringLiteral("studenten")}));
    EXPECT_EQ(g.contactpersoon, QStringLiteral("Housing team"));
    EXPECT_EQ(g.notities, QStringLiteral("New agreement"));
    EXPECT_FALSE(d.isGewijzigd());
    ASSERT_EQ(gewijzigd.count(), 1);
    EXPECT_EQ(gewijzigd.at(0).at(0).toString(), amsterdam);
}

TEST_F(GemeenteDialogTest, OkSavesAndCloses)
{
    GemeenteDialog d(*store, amsterdam);
    d.show();
    profiel(d, QStringLiteral("ouderen"))->setChecked(true);
    d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(d.result(), QDialog::Accepted);
    EXPECT_FALSE(d.isVisible());
    EXPECT_TRUE(opgeslagen(amsterdam).woningprofiel.contains(QStringLiteral("ouderen")));
}

TEST_F(GemeenteDialogTest, RefusedSaveShowsTheErrorAndKeepsTheDialogOpen)
{
    GemeenteDialog d(*store, amsterdam);
    d.show();
    contact(d)->setText(QStringLiteral("x"));
    notities(d)->setPlainText(QString(GemeenteService::maxNotities + 1, QLatin1Char('n')));
    QSignalSpy gewijzigd(&d, &GemeenteDialog::gemeenteGewijzigd);
    d.accept();
    EXPECT_TRUE(d.isVisible());
    EXPECT_FALSE(d.foutTekst().isEmpty());
    EXPECT_TRUE(d.foutTekst().startsWith(QStringLiteral("Not saved: Notes:")))
        << d.foutTekst().toStdString();
    EXPECT_EQ(gewijzigd.count(), 0);
    EXPECT_EQ(opgeslagen(amsterdam).contactpersoon, QStringLiteral("J. de Vries"));
    EXPECT_TRUE(d.isGewijzigd());
}

TEST_F(GemeenteDialogTest, JoiningAddsTheMembershipAndEmitsTheChange)
{
    GemeenteDialog d(*store, amsterdam);
    QSignalSpy gewijzigd(&d, &GemeenteDialog::gemeenteGewijzigd);
    ASSERT_EQ(andere(d)->currentText(), QStringLiteral("Utrecht-Diemen"));
    d.findChild<QPushButton *>(QStringLiteral("doeMeeKnop"))->click();

    EXPECT_TRUE(d.partnerschapFoutTekst().isEmpty());
    EXPECT_EQ(opgeslagen(amsterdam).partnerschappen.size(), 3);
    EXPECT_EQ(lidVan(d)->count(), 3);
    EXPECT_EQ(andere(d)->count(), 0);
    EXPECT_FALSE(d.findChild<QPushButton *>(QStringLiteral("doeMeeKnop"))->isEnabled());
    ASSERT_EQ(gewijzigd.count(), 1);
    EXPECT_EQ(gewijzigd.at(0).at(0).toString(), amsterdam);
}

TEST_F(GemeenteDialogTest, LeavingRemovesTheMembershipWithoutTouchingUnsavedEdits)
{
    ASSERT_TRUE(GemeenteService(*store).voegLidToe(amstelland, diemen).ok());
    GemeenteDialog d(*store, amsterdam);
    contact(d)->setText(QStringLiteral("Unsaved contact"));
    QSignalSpy gewijzigd(&d, &GemeenteDialog::gemeenteGewijzigd);
    kiesLid(d, QStringLiteral("Amstelland"));
    d.findChild<QPushButton *>(QStringLiteral("verlaatKnop"))->click();

    EXPECT_TRUE(d.partnerschapFoutTekst().isEmpty()) << d.partnerschapFoutTekst().toStdString();
    const auto g = opgeslagen(amsterdam);
    ASSERT_EQ(g.partnerschappen.size(), 1);
    EXPECT_EQ(g.partnerschappen.first().id, diemenAmsterdam);
    EXPECT_EQ(lidVan(d)->count(), 1);
    EXPECT_GE(andere(d)->findText(QStringLiteral("Amstelland")), 0);
    EXPECT_EQ(gewijzigd.count(), 1);
    // The membership change stored nothing else, and the edit is still there to save.
    EXPECT_EQ(g.contactpersoon, QStringLiteral("J. de Vries"));
    EXPECT_EQ(contact(d)->text(), QStringLiteral("Unsaved contact"));
    EXPECT_TRUE(d.isGewijzigd());
}

TEST_F(GemeenteDialogTest, LeavingAsCoordinatorShowsTheRefusalAndChangesNothing)
{
    ASSERT_TRUE(GemeenteService(*store).voegLidToe(diemenAmsterdam, amstelveen).ok());
    GemeenteDialog d(*store, amsterdam);
    QSignalSpy gewijzigd(&d, &GemeenteDialog::gemeenteGewijzigd);
    kiesLid(d, QStringLiteral("Diemen-Amsterdam"));
    d.findChild<QPushButton *>(QStringLiteral("verlaatKnop"))->click();

    EXPECT_FALSE(d.partnerschapFoutTekst().isEmpty());
    EXPECT_TRUE(d.partnerschapFoutTekst().contains(QStringLiteral("Diemen-Amsterdam")));
    EXPECT_EQ(opgeslagen(amsterdam).partnerschappen.size(), 2);
    EXPECT_EQ(lidVan(d)->count(), 2);
    EXPECT_EQ(gewijzigd.count(), 0);
}

TEST_F(GemeenteDialogTest, ClosingWithoutEditsAsksNothing)
{
    GemeenteDialog d(*store, amsterdam);
    int gevraagd = 0;
    d.setAsker(test::antwoordt([&] {
        ++gevraagd;
        return QMessageBox::Cancel;
    }));
    d.show();
    d.reject();
    EXPECT_EQ(gevraagd, 0);
    EXPECT_FALSE(d.isVisible());
}

TEST_F(GemeenteDialogTest, ClosingWithEditsAndChoosingCancelKeepsTheDialogOpen)
{
    GemeenteDialog d(*store, amsterdam);
    const auto asker = test::antwoordt([] { return QMessageBox::Cancel; });
    d.setAsker(asker);
    d.show();
    profiel(d, QStringLiteral("gezin"))->setChecked(true);
    d.close();
    EXPECT_EQ(asker->gevraagd, 1);
    // The question names the gemeente and offers all three ways out, Save first.
    EXPECT_TRUE(asker->tekst.contains(QStringLiteral("Amsterdam"))) << asker->tekst.toStdString();
    EXPECT_EQ(asker->knoppen, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    EXPECT_EQ(asker->standaard, QMessageBox::Save);
    EXPECT_TRUE(d.isVisible());
    EXPECT_TRUE(d.isGewijzigd());
    EXPECT_FALSE(opgeslagen(amsterdam).woningprofiel.contains(QStringLiteral("gezin")));
}

TEST_F(GemeenteDialogTest, ClosingWithEditsAndChoosingDiscardClosesWithoutSaving)
{
    GemeenteDialog d(*store, amsterdam);
    d.setAsker(test::antwoordt([] { return QMessageBox::Discard; }));
    d.show();
    notities(d)->setPlainText(QStringLiteral("Thrown away"));
    d.reject();
    EXPECT_FALSE(d.isVisible());
    EXPECT_EQ(d.result(), QDialog::Rejected);
    EXPECT_EQ(opgeslagen(amsterdam).notities, QStringLiteral("Call on Monday"));
}

TEST_F(GemeenteDialogTest, ClosingWithEditsAndChoosingSaveStoresThemAndCloses)
{
    GemeenteDialog d(*store, amsterdam);
    d.setAsker(test::antwoordt([] { return QMessageBox::Save; }));
    QSignalSpy gewijzigd(&d, &GemeenteDialog::gemeenteGewijzigd);
    d.show();
    notities(d)->setPlainText(QStringLiteral("Kept"));
    d.reject();
    EXPECT_FALSE(d.isVisible());
    EXPECT_EQ(d.result(), QDialog::Accepted);
    EXPECT_EQ(opgeslagen(amsterdam).notities, QStringLiteral("Kept"));
    EXPECT_EQ(gewijzigd.count(), 1);
}

TEST_F(GemeenteDialogTest, CancelButtonDiscardsWithoutAsking)
{
    GemeenteDialog d(*store, amsterdam);
    int gevraagd = 0;
    d.setAsker(test::antwoordt([&] {
        ++gevraagd;
        return QMessageBox::Save;
    }));
    d.show();
    contact(d)->setText(QStringLiteral("Not kept"));
    d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    EXPECT_EQ(gevraagd, 0);
    EXPECT_FALSE(d.isVisible());
    EXPECT_EQ(opgeslagen(amsterdam).contactpersoon, QStringLiteral("J. de Vries"));
}

TEST_F(GemeenteDialogTest, EditingBackToTheStoredValuesIsNoChange)
{
    GemeenteDialog d(*store, amsterdam);
    profiel(d, QStringLiteral("gezin"))->setChecked(true);
    contact(d)->setText(QStringLiteral("Other"));
    EXPECT_TRUE(d.isGewijzigd());
    profiel(d, QStringLiteral("gezin"))->setChecked(false);
    contact(d)->setText(QStringLiteral("J. de Vries "));
    EXPECT_FALSE(d.isGewijzigd());
}

TEST_F(GemeenteDialogTest, EveryInputHasAnAccessibleNameAndIsReachableByTab)
{
    GemeenteDialog d(*store, amsterdam);
    d.show();
    QList<QWidget *> invoer;
    for (auto *w : d.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
            qobject_cast<QCheckBox *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QListWidget *>(w))
            invoer << w;
    }
    ASSERT_GE(invoer.size(), 11);
    for (auto *w : invoer) {
        EXPECT_FALSE(w->accessibleName().isEmpty()) << w->objectName().toStdString();
        EXPECT_NE(w->focusPolicy() & Qt::TabFocus, 0) << w->objectName().toStdString();
    }
    // Tab visits them in reading order: reference data, profile, contact, notes, partnerships.
    QStringList volgorde;
    QWidget *w = d.findChild<QLineEdit *>(QStringLiteral("gemeenteCode"));
    for (int i = 0; i < 200 && w && volgorde.size() < 17; ++i) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(&d) && w->isEnabled() &&
            !w->objectName().isEmpty())
            volgorde << w->objectName();
        w = w->nextInFocusChain();
    }
    EXPECT_EQ(volgorde,
              QStringList({QStringLiteral("gemeenteCode"), QStringLiteral("gemeenteProvincie"),
                           QStringLiteral("gemeenteRegio"), QStringLiteral("profiel_klein"),
                           QStringLiteral("profiel_gezin"), QStringLiteral("profiel_ouderen"),
                           QStringLiteral("profiel_studenten"), QStringLiteral("profiel_zorg"),
                           QStringLiteral("contactNaam"), QStringLiteral("contactTelefoon"),
                           QStringLiteral("contactEmail"), QStringLiteral("contactpersoon"),
                           QStringLiteral("notities"), QStringLiteral("partnerschappen"),
                           QStringLiteral("verlaatKnop"), QStringLiteral("anderePartnerschappen"),
                           QStringLiteral("doeMeeKnop")}))
        << volgorde.join(QLatin1Char(' ')).toStdString();
}

TEST_F(GemeenteDialogTest, AStoreOpenedReadOnlyShowsTheDataButAllowsNoChanges)
{
    auto alleenLezen = Store::open(store->path(), Store::Mode::ReadOnly);
    ASSERT_TRUE(alleenLezen.ok()) << alleenLezen.error().toString().toStdString();
    GemeenteDialog d(**alleenLezen, amsterdam);
    EXPECT_TRUE(profiel(d, QStringLiteral("klein"))->isChecked());
    EXPECT_FALSE(profiel(d, QStringLiteral("klein"))->isEnabled());
    EXPECT_TRUE(contact(d)->isReadOnly());
    for (const char *naam : {"contactNaam", "contactTelefoon", "contactEmail"})
        EXPECT_TRUE(d.findChild<QLineEdit *>(QLatin1String(naam))->isReadOnly()) << naam;
    EXPECT_FALSE(d.findChild<QPushButton *>(QStringLiteral("doeMeeKnop"))->isEnabled());
    EXPECT_FALSE(d.findChild<QPushButton *>(QStringLiteral("verlaatKnop"))->isEnabled());
    EXPECT_FALSE(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_F(GemeenteDialogTest, ThroughTheWorkFileEachChangeIsAnUndoableStepInTheChangeLog)
{
    Werkbestand bestand;
    bestand.setStore(store.get());
    QSignalSpy gemeenten(&bestand, &Werkbestand::gemeentenGewijzigd);
    const GemeenteGegevens voor = opgeslagen(amsterdam);
    {
        GemeenteDialog d(*store, amsterdam, nullptr, &bestand);
        notities(d)->setPlainText(QStringLiteral("New agreement"));
        ASSERT_TRUE(d.opslaan().ok());
        d.findChild<QPushButton *>(QStringLiteral("doeMeeKnop"))->click();
        ASSERT_TRUE(d.partnerschapFoutTekst().isEmpty()) << d.partnerschapFoutTekst().toStdString();
    }
    ASSERT_EQ(bestand.undoStack()->count(), 2);
    EXPECT_EQ(gemeenten.count(), 2);
    EXPECT_EQ(opgeslagen(amsterdam).notities, QStringLiteral("New agreement"));
    EXPECT_EQ(opgeslagen(amsterdam).partnerschappen.size(), 3);
    auto regels = journaal::lees(*store);
    ASSERT_TRUE(regels.ok());
    ASSERT_EQ(regels->size(), 2);
    EXPECT_EQ(regels->at(0).soort, QStringLiteral("gemeente"));
    EXPECT_TRUE(regels->at(0).data.contains("New agreement"));
    EXPECT_EQ(regels->at(1).soort, QStringLiteral("partnerschap-lid"));

    // Ctrl+Z twice: the membership and then the profile as they were.
    bestand.undoStack()->undo();
    EXPECT_EQ(opgeslagen(amsterdam).partnerschappen.size(), 2);
    bestand.undoStack()->undo();
    EXPECT_EQ(opgeslagen(amsterdam).notities, voor.notities);
    EXPECT_EQ(opgeslagen(amsterdam).woningprofiel, voor.woningprofiel);
    EXPECT_EQ(opgeslagen(amsterdam).contactpersoon, voor.contactpersoon);
    EXPECT_EQ(gemeenten.count(), 4);
    regels = journaal::lees(*store);
    ASSERT_EQ(regels->size(), 4);
    EXPECT_EQ(regels->at(2).ongedaan, std::optional<qint64>(2));
    EXPECT_EQ(regels->at(3).ongedaan, std::optional<qint64>(1));
}

TEST_F(GemeenteDialogTest, ARefusedMembershipChangeIsNoStepAndNoEntry)
{
    Werkbestand bestand;
    bestand.setStore(store.get());
    GemeenteDialog d(*store, amstelveen, nullptr, &bestand);
    kiesLid(d, QStringLiteral("Amstelland")); // the coordinator cannot leave
    d.findChild<QPushButton *>(QStringLiteral("verlaatKnop"))->click();
    EXPECT_FALSE(d.partnerschapFoutTekst().isEmpty());
    EXPECT_EQ(bestand.undoStack()->count(), 0);
    EXPECT_EQ(journaal::kop(*store)->first, 0);
}
