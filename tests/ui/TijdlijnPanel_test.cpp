#include "TestSupport.h"

#include "core/koppeling/KoppelingService.h"
#include "core/weigering/Gezinshereniging.h"
#include "core/weigering/WeigeringService.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/tijdlijn/TijdlijnModel.h"
#include "ui/tijdlijn/TijdlijnPanel.h"
#include "ui/weigering/WeigeringenModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace rd {
namespace {

const QDate vandaag(2026, 11, 29);
const QDate vergunning(2026, 9, 1);
const QDate koppelDatum(2026, 9, 15);
const QString amsterdam = QStringLiteral("GM0363");

// A household with its permit on 1 Sep 2026, coupled to Amsterdam on 15 Sep, shown in the
// panel on the window's undo stack.
class TijdlijnPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("tijdlijn.sqlite")));
        ASSERT_NE(m_store, nullptr);
        m_azc = test::azcIn(*m_store, amsterdam);
        m_id = nieuw(7000000001, {});
        ASSERT_TRUE(KoppelingService(*m_store)
                        .koppel(m_id, amsterdam, koppelDatum, QStringLiteral("t"), vandaag)
                        .ok());
        m_panel.setStore(m_store.get());
        m_panel.setVandaag(vandaag);
        m_bestand.setStore(m_store.get());
        m_panel.setWerkbestand(&m_bestand);
        ASSERT_TRUE(m_panel.laad(m_id).ok());
    }

    qint64 nieuw(qint64 vNummer, const QDate &hereniging)
    {
        Huishouden h = test::voorbeeldHuishouden(vNummer, 2, vergunning, m_azc);
        h.gezinsherenigingVanaf = hereniging;
        return test::voegToe(*m_store, h, vandaag);
    }

    int rijVan(GebeurtenisSoort soort) const { return m_panel.model()->rijVan(soort); }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_azc = 0;
    qint64 m_id = 0;
    Werkbestand m_bestand;
    QUndoStack &m_stack = *m_bestand.undoStack();
    TijdlijnPanel m_panel;
};

TEST_F(TijdlijnPanelTest, ShowsTheServiceTimelineInDateOrder)
{
    QAbstractItemModelTester tester(m_panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto kern = TijdlijnService(*m_store).tijdlijn(m_id);
    ASSERT_TRUE(kern.ok());
    ASSERT_EQ(m_panel.model()->rowCount(), kern->size());
    EXPECT_EQ(m_panel.model()->index(0, TijdlijnModel::Naam).data().toString(),
              gebeurtenis::naam(GebeurtenisSoort::Vergunning));
    EXPECT_GE(rijVan(GebeurtenisSoort::Koppeling), 0);
    EXPECT_EQ(m_panel.model()
                  ->index(rijVan(GebeurtenisSoort::Koppeling), TijdlijnModel::Gemeente)
                  .data()
                  .toString(),
              QStringLiteral("Amsterdam"));
}

TEST_F(TijdlijnPanelTest, SettingADateIsOneUndoableStepOnTheSharedStack)
{
    QSignalSpy gewijzigd(&m_panel, &TijdlijnPanel::gewijzigd);
    ASSERT_EQ(rijVan(GebeurtenisSoort::Tekenen), -1);
    ASSERT_TRUE(m_panel.zetDatum(GebeurtenisSoort::Tekenen, QDate(2026, 11, 2)));
    EXPECT_EQ(m_stack.count(), 1);
    ASSERT_GE(rijVan(GebeurtenisSoort::Tekenen), 0);
    EXPECT_EQ(m_panel.model()->gebeurtenis(rijVan(GebeurtenisSoort::Tekenen)).datum,
              QDate(2026, 11, 2));
    ASSERT_GE(gewijzigd.count(), 1);
    EXPECT_EQ(gewijzigd.last().at(0).toLongLong(), m_id);

    m_stack.undo();
    EXPECT_EQ(rijVan(GebeurtenisSoort::Tekenen), -1);
    auto kern = TijdlijnService(*m_store).datum(m_id, GebeurtenisSoort::Tekenen);
    ASSERT_TRUE(kern.ok());
    EXPECT_FALSE(kern->first.isValid());
    m_stack.redo();
    EXPECT_GE(rijVan(GebeurtenisSoort::Tekenen), 0);
}

TEST_F(TijdlijnPanelTest, RefusedDateShowsItsErrorAndChangesNothing)
{
    const int rijen = m_panel.model()->rowCount();
    // A lease signed before the coupling breaks the order of the phases.
    EXPECT_FALSE(m_panel.zetDatum(GebeurtenisSoort::Tekenen, QDate(2026, 9, 10)));
    EXPECT_EQ(m_stack.count(), 0);
    EXPECT_FALSE(m_panel.foutText().isEmpty());
    EXPECT_EQ(m_panel.model()->rowCount(), rijen);
    EXPECT_EQ(rijVan(GebeurtenisSoort::Tekenen), -1);
    // The next change that succeeds clears the error.
    ASSERT_TRUE(m_panel.zetDatum(GebeurtenisSoort::Tekenen, QDate(2026, 10, 10)));
    EXPECT_TRUE(m_panel.foutText().isEmpty());
}

TEST_F(TijdlijnPanelTest, AddingAndRemovingAnEventAreUndoable)
{
    ASSERT_TRUE(m_panel.voegGebeurtenisToe(GebeurtenisSoort::Woningaanbod, QDate(2026, 10, 1),
                                           QStringLiteral("Flat in Noord")));
    EXPECT_EQ(m_stack.count(), 1);
    const int rij = rijVan(GebeurtenisSoort::Woningaanbod);
    ASSERT_GE(rij, 0);
    EXPECT_EQ(m_panel.model()->index(rij, TijdlijnModel::Toelichting).data().toString(),
              QStringLiteral("Flat in Noord"));
    const qint64 id = m_panel.model()->gebeurtenis(rij).id;
    ASSERT_GT(id, 0);

    ASSERT_TRUE(m_panel.verwijderGebeurtenis(id));
    EXPECT_EQ(m_stack.count(), 2);
    EXPECT_EQ(rijVan(GebeurtenisSoort::Woningaanbod), -1);
    m_stack.undo();
    ASSERT_GE(rijVan(GebeurtenisSoort::Woningaanbod), 0);
    EXPECT_EQ(m_panel.model()->gebeurtenis(rijVan(GebeurtenisSoort::Woningaanbod)).id, id);
    m_stack.undo();
    EXPECT_EQ(rijVan(GebeurtenisSoort::Woningaanbod), -1);
}

TEST_F(TijdlijnPanelTest, RegisteringAndJudgingARefusalGoThroughTheStackWithTheirDueDates)
{
    QAbstractItemModelTester tester(m_panel.weigeringenModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(m_panel.registreerWeigering(WeigeringSoort::NietVerschenen, QDate(2026, 11, 20),
                                            QStringLiteral("not at the signing")));
    EXPECT_EQ(m_stack.count(), 1);
    ASSERT_EQ(m_panel.weigeringenModel()->rowCount(), 1);
    const Woningweigering w = m_panel.weigeringenModel()->weigering(0);
    EXPECT_EQ(w.oordeel, Oordeel::Open);
    const QString oordeelTekst =
        m_panel.weigeringenModel()->index(0, WeigeringenModel::Oordeel).data().toString();
    EXPECT_TRUE(
        oordeelTekst.contains(QLocale().toString(w.oordeelUiterlijk(), QLocale::ShortFormat)))
        << oordeelTekst.toStdString();
    EXPECT_GE(rijVan(GebeurtenisSoort::Weigering), 0);

    ASSERT_TRUE(
        m_panel.beoordeel(w.id, Oordeel::Terecht, QDate(2026, 11, 25), QStringLiteral("werk")));
    EXPECT_EQ(m_stack.count(), 2);
    EXPECT_EQ(m_panel.weigeringenModel()->weigering(0).oordeel, Oordeel::Terecht);
    const QString kandidaat =
        m_panel.weigeringenModel()->index(0, WeigeringenModel::NieuweKandidaat).data().toString();
    EXPECT_TRUE(kandidaat.contains(
        QLocale().toString(m_panel.weigeringenModel()->weigering(0).nieuweKandidaatUiterlijk(),
                           QLocale::ShortFormat)));

    ASSERT_TRUE(m_panel.nieuweKandidaat(w.id, QDate(2026, 11, 28)));
    EXPECT_EQ(m_stack.count(), 3);
    EXPECT_EQ(m_panel.weigeringenModel()->weigering(0).nieuweKandidaatDatum, QDate(2026, 11, 28));

    m_stack.undo();
    m_stack.undo();
    EXPECT_EQ(m_panel.weigeringenModel()->weigering(0).oordeel, Oordeel::Open);
    m_stack.undo();
    EXPECT_EQ(m_panel.weigeringenModel()->rowCount(), 0);
}

TEST_F(TijdlijnPanelTest, JudgementWithAReasonNotOnTheListIsRefused)
{
    ASSERT_TRUE(m_panel.registreerWeigering(WeigeringSoort::Geweigerd, QDate(2026, 11, 20)));
    const qint64 id = m_panel.weigeringenModel()->weigering(0).id;
    EXPECT_FALSE(
        m_panel.beoordeel(id, Oordeel::Terecht, QDate(2026, 11, 25), QStringLiteral("te klein")));
    EXPECT_EQ(m_stack.count(), 1);
    EXPECT_FALSE(m_panel.foutText().isEmpty());
    EXPECT_EQ(m_panel.weigeringenModel()->weigering(0).oordeel, Oordeel::Open);
}

// Handbook 3.4.2: mediation stops at the refusal that follows an unjustified one, on its date,
// unless that refusal is judged justified; undoing the refusal lets mediation continue.
TEST_F(TijdlijnPanelTest, ARefusalAfterAnUnjustifiedOneShowsMediationStopped)
{
    const QString reden = weigering::redenen(Oordeel::Onterecht).first();
    ASSERT_TRUE(m_panel.registreerWeigering(WeigeringSoort::Geweigerd, QDate(2026, 10, 1)));
    ASSERT_TRUE(m_panel.beoordeel(m_panel.weigeringenModel()->weigering(0).id, Oordeel::Onterecht,
                                  QDate(2026, 10, 5), reden));
    EXPECT_TRUE(m_panel.waarschuwingText().isEmpty());
    ASSERT_TRUE(m_panel.registreerWeigering(WeigeringSoort::Geweigerd, QDate(2026, 11, 1)));
    EXPECT_TRUE(m_panel.waarschuwingText().contains(QStringLiteral("Mediation stopped")))
        << "the stop is on the second refusal's date, before any judgement";
    ASSERT_TRUE(m_panel.beoordeel(m_panel.weigeringenModel()->weigering(1).id, Oordeel::Onterecht,
                                  QDate(2026, 11, 5), reden));
    EXPECT_TRUE(m_panel.waarschuwingText().contains(QStringLiteral("Mediation stopped")));
    m_stack.undo(); // the judgement
    EXPECT_TRUE(m_panel.waarschuwingText().contains(QStringLiteral("Mediation stopped")));
    ASSERT_TRUE(m_panel.beoordeel(m_panel.weigeringenModel()->weigering(1).id, Oordeel::Terecht,
                                  QDate(2026, 11, 5),
                                  weigering::redenen(Oordeel::Terecht).first()));
    EXPECT_TRUE(m_panel.waarschuwingText().isEmpty()) << "a justified refusal does not stop it";
    m_stack.undo(); // the justified judgement
    EXPECT_TRUE(m_panel.waarschuwingText().contains(QStringLiteral("Mediation stopped")));
    m_stack.undo(); // the second refusal
    EXPECT_TRUE(m_panel.waarschuwingText().isEmpty());
}

TEST_F(TijdlijnPanelTest, ReunificationLineShowsTheBlockAndTheDecision)
{
    EXPECT_TRUE(m_panel.herenigingText().isEmpty());
    const qint64 gezin = nieuw(7000000101, QDate(2026, 7, 1));
    ASSERT_TRUE(m_panel.laad(gezin).ok());
    auto stand = GezinsherenigingService(*m_store).stand(gezin, vandaag);
    ASSERT_TRUE(stand.ok());
    EXPECT_TRUE(m_panel.herenigingText().contains(
        QLocale().toString(stand->blokTot, QLocale::ShortFormat)));
    EXPECT_TRUE(m_panel.herenigingText().contains(QStringLiteral("not taken")));
    QSignalSpy gewijzigd(&m_panel, &TijdlijnPanel::gewijzigd);
    ASSERT_TRUE(m_panel.besluit(HerenigingBesluit::Wachten, vandaag));
    EXPECT_TRUE(m_panel.herenigingText().contains(hereniging::naam(HerenigingBesluit::Wachten)));
    EXPECT_EQ(gewijzigd.count(), 1);
    EXPECT_EQ(m_stack.count(), 1); // a HerenigingCommand on the shared stack
}

TEST_F(TijdlijnPanelTest, ReunificationDecisionIsUndoableThroughTheStack)
{
    const qint64 gezin = nieuw(7000000201, QDate(2026, 7, 1));
    ASSERT_TRUE(m_panel.laad(gezin).ok());
    ASSERT_TRUE(m_panel.besluit(HerenigingBesluit::Alleenstaand, vandaag));
    ASSERT_EQ(m_stack.count(), 1);
    EXPECT_EQ(GezinsherenigingService(*m_store).stand(gezin, vandaag)->besluit,
              HerenigingBesluit::Alleenstaand);

    m_stack.undo();
    auto stand = GezinsherenigingService(*m_store).stand(gezin, vandaag);
    ASSERT_TRUE(stand.ok());
    EXPECT_EQ(stand->besluit, HerenigingBesluit::Geen);
    EXPECT_FALSE(stand->besluitDatum.isValid());
    EXPECT_TRUE(m_panel.herenigingText().contains(QStringLiteral("not taken")));
    m_stack.redo();
    EXPECT_TRUE(
        m_panel.herenigingText().contains(hereniging::naam(HerenigingBesluit::Alleenstaand)));
}

TEST_F(TijdlijnPanelTest, ReunificationDecisionBeforeTheBlockEndsIsRefusedAndNotStacked)
{
    const qint64 gezin = nieuw(7000000211, QDate(2026, 10, 1)); // block ends 1 Jan 2027
    ASSERT_TRUE(m_panel.laad(gezin).ok());
    EXPECT_FALSE(m_panel.besluit(HerenigingBesluit::Wachten, vandaag));
    EXPECT_EQ(m_stack.count(), 0);
    EXPECT_FALSE(m_panel.foutText().isEmpty());
    EXPECT_EQ(GezinsherenigingService(*m_store).stand(gezin, vandaag)->besluit,
              HerenigingBesluit::Geen);
}

TEST_F(TijdlijnPanelTest, ZelfhuisvesterCheckboxReflectsTheStore)
{
    auto *box = m_panel.findChild<QCheckBox *>(QStringLiteral("zelfhuisvester"));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box, m_panel.zelfhuisvesterBox());
    EXPECT_FALSE(box->accessibleName().isEmpty());
    EXPECT_FALSE(box->toolTip().isEmpty());
    EXPECT_TRUE(box->isEnabled());
    EXPECT_FALSE(box->isChecked());

    ASSERT_TRUE(TijdlijnService(*m_store).zetZelfhuisvester(m_id, true).ok());
    ASSERT_TRUE(m_panel.laad(m_id).ok());
    EXPECT_TRUE(box->isChecked());

    const qint64 ander = nieuw(7000000301, {});
    ASSERT_TRUE(m_panel.laad(ander).ok());
    EXPECT_FALSE(box->isChecked());
    ASSERT_TRUE(m_panel.laad(0).ok());
    EXPECT_FALSE(box->isEnabled());
}

TEST_F(TijdlijnPanelTest, MarkingZelfhuisvesterIsOneUndoableStep)
{
    QCheckBox *box = m_panel.zelfhuisvesterBox();
    QSignalSpy gewijzigd(&m_panel, &TijdlijnPanel::gewijzigd);
    box->click(); // the user's way: the panel pushes the command
    ASSERT_EQ(m_stack.count(), 1);
    EXPECT_TRUE(*TijdlijnService(*m_store).isZelfhuisvester(m_id));
    EXPECT_TRUE(box->isChecked());
    EXPECT_TRUE(m_panel.foutText().isEmpty());
    EXPECT_EQ(gewijzigd.count(), 1);

    m_stack.undo();
    EXPECT_FALSE(*TijdlijnService(*m_store).isZelfhuisvester(m_id));
    EXPECT_FALSE(box->isChecked());
    m_stack.redo();
    EXPECT_TRUE(box->isChecked());

    ASSERT_TRUE(m_panel.zetZelfhuisvester(false));
    EXPECT_EQ(m_stack.count(), 2);
    EXPECT_FALSE(*TijdlijnService(*m_store).isZelfhuisvester(m_id));
    EXPECT_FALSE(m_panel.isZelfhuisvester());
}

TEST_F(TijdlijnPanelTest, MarkingAnUncoupledHouseholdIsRefusedAndTheCheckboxReset)
{
    const qint64 los = nieuw(7000000401, {});
    ASSERT_TRUE(m_panel.laad(los).ok());
    QCheckBox *box = m_panel.zelfhuisvesterBox();
    box->click();
    EXPECT_EQ(m_stack.count(), 0);
    EXPECT_FALSE(m_panel.foutText().isEmpty());
    EXPECT_FALSE(box->isChecked()) << "the checkbox shows the stored value after a refusal";
    EXPECT_FALSE(*TijdlijnService(*m_store).isZelfhuisvester(los));

    EXPECT_FALSE(m_panel.zetZelfhuisvester(true));
    EXPECT_FALSE(m_panel.isZelfhuisvester());
}

TEST_F(TijdlijnPanelTest, NareizigersJoinAHouseholdByVNummerAsAnUndoableStep)
{
    const qint64 hoofd = nieuw(7000000101, {});
    const int voor = m_stack.count();
    ASSERT_TRUE(m_panel.voegBij(QStringLiteral("7000000101")));
    EXPECT_EQ(m_stack.count(), voor + 1);
    EXPECT_EQ(GezinsherenigingService(*m_store).stand(m_id)->voegtBij, hoofd);
    auto *tekst = m_panel.findChild<QLabel *>(QStringLiteral("voegBijTekst"));
    ASSERT_NE(tekst, nullptr);
    EXPECT_TRUE(tekst->text().contains(QStringLiteral("7000000101")));

    EXPECT_FALSE(m_panel.voegBij(QStringLiteral("7999999999"))) << "unknown V-nummer";
    EXPECT_TRUE(m_panel.foutText().contains(QStringLiteral("7999999999")));
    EXPECT_EQ(m_stack.count(), voor + 1);

    m_stack.undo();
    EXPECT_EQ(GezinsherenigingService(*m_store).stand(m_id)->voegtBij, 0);
    EXPECT_FALSE(tekst->text().contains(QStringLiteral("7000000101")));
}

// The lost rent the dialog gives goes with the refusal (one undoable step) and shows in euro
// with two decimals in the refusals table.
TEST_F(TijdlijnPanelTest, LostRentGoesWithTheRefusalAndShowsInEuro)
{
    struct Taal
    {
        QLocale was;
        Taal() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }
        ~Taal() { QLocale::setDefault(was); }
    } taal;
    ASSERT_TRUE(
        m_panel.registreerWeigering(WeigeringSoort::Geweigerd, QDate(2026, 10, 1), {}, 85050));
    ASSERT_EQ(m_stack.count(), 1);
    const WeigeringenModel *model = m_panel.weigeringenModel();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->weigering(0).huurdervingCent.value_or(-1), 85050);
    EXPECT_EQ(model->index(0, WeigeringenModel::Huurderving).data().toString(),
              QStringLiteral("850,50"));
    EXPECT_EQ(model->headerData(WeigeringenModel::Huurderving, Qt::Horizontal).toString(),
              QStringLiteral("Lost rent (\u20AC)"));
    auto opgeslagen = WeigeringService(*m_store).weigeringen(m_id);
    ASSERT_TRUE(opgeslagen.ok());
    ASSERT_EQ(opgeslagen->size(), 1);
    EXPECT_EQ(opgeslagen->first().huurdervingCent.value_or(-1), 85050);
    m_stack.undo();
    EXPECT_EQ(model->rowCount(), 0);
    m_stack.redo();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->weigering(0).huurdervingCent.value_or(-1), 85050);
}

} // namespace
} // namespace rd
