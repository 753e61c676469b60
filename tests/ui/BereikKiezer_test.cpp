// The report's scope: the province level starts at the chosen region's first province, and an
// export's suggested name carries report, period and scope.
#include "SettingsSandbox.h"
#include "TaakstellingTestData.h"
#include "TestSupport.h"

#include "core/domain/Regio.h"
#include "ui/rapport/BereikKiezer.h"
#include "ui/rapport/RapportPanel.h"

#include <QComboBox>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::TaakstellingTestData;

void kiesNiveau(BereikKiezer &kiezer, RapportBereik::Niveau niveau)
{
    QComboBox *combo = kiezer.niveauCombo();
    combo->setCurrentIndex(combo->findData(int(niveau)));
}

TEST(BereikKiezer, ProvinceLevelStartsAtTheChosenRegionsFirstProvince)
{
    for (int r = 1; r <= regio::aantal; ++r) {
        BereikKiezer kiezer;
        kiezer.setRegio(r);
        kiesNiveau(kiezer, RapportBereik::Niveau::Provincie);
        EXPECT_EQ(kiezer.bereik().provincie, regio::provincies(r).first()) << r;
        kiesNiveau(kiezer, RapportBereik::Niveau::Regio);
        EXPECT_EQ(kiezer.bereik().regio, r);
    }
}

TEST(BereikKiezer, ARegionPickedAtTheRegionLevelIsTheChosenRegion)
{
    BereikKiezer kiezer;
    kiezer.setRegio(1);
    kiesNiveau(kiezer, RapportBereik::Niveau::Regio);
    kiezer.waardeCombo()->setCurrentIndex(kiezer.waardeCombo()->findData(4));
    EXPECT_EQ(kiezer.regio(), 4);
    kiesNiveau(kiezer, RapportBereik::Niveau::Provincie);
    EXPECT_EQ(kiezer.bereik().provincie, regio::provincies(4).first());
    // Without a chosen region: the first in the list, as before.
    BereikKiezer zonder;
    kiesNiveau(zonder, RapportBereik::Niveau::Provincie);
    EXPECT_EQ(zonder.bereik().provincie, zonder.waardeCombo()->itemData(0).toString());
}

class RapportNaamTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = TaakstellingTestData::maak(m_dir.path(QStringLiteral("namen.sqlite")));
        ASSERT_NE(m_store, nullptr);
        m_panel.setStore(m_store.get());
        m_panel.setVandaag(TaakstellingTestData::peildatum());
        m_panel.setPeriode(TaakstellingTestData::halfJaar());
        m_panel.setBestandKiezer([this](const QString &, const QString &, const QString &v) {
            m_voorstel = v;
            return QString(); // cancelled: only the suggestion counts
        });
    }

    QString voorstel(RapportSoort soort, const RapportBereik &bereik)
    {
        m_panel.setSoort(soort);
        m_panel.setBereik(bereik);
        m_voorstel.clear();
        m_panel.exporteerCsvMetDialoog();
        return m_voorstel.section(QLatin1Char('/'), -1);
    }

    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    RapportPanel m_panel;
    QString m_voorstel;
};

TEST_F(RapportNaamTest, ExportSuggestsReportPeriodAndScope)
{
    const QString periode = TaakstellingTestData::halfJaar().toString();
    EXPECT_EQ(
        voorstel(RapportSoort::Toezicht, RapportBereik::vanProvincie(QStringLiteral("Gelderland"))),
        QStringLiteral("toezicht-%1-Gelderland.csv").arg(periode));
    EXPECT_EQ(voorstel(RapportSoort::PerGemeente, RapportBereik::land()),
              QStringLiteral("per-gemeente-%1-Nederland.csv").arg(periode));
    EXPECT_EQ(voorstel(RapportSoort::Weigeringen, RapportBereik::vanRegio(5)),
              QStringLiteral("weigeringen-%1-regio-5.csv").arg(periode));
    EXPECT_EQ(
        voorstel(RapportSoort::Huishoudens, RapportBereik::vanGemeente(QStringLiteral("GM0796"))),
        QStringLiteral("huishoudens-%1-s-Hertogenbosch.csv").arg(periode));
}

TEST_F(RapportNaamTest, TheWindowsRegionGivesTheProvinceScopeItsFirstProvince)
{
    m_panel.setStandaard(TaakstellingTestData::halfJaar(), 5);
    BereikKiezer *kiezer = m_panel.findChild<BereikKiezer *>();
    ASSERT_NE(kiezer, nullptr);
    kiesNiveau(*kiezer, RapportBereik::Niveau::Provincie);
    EXPECT_EQ(m_panel.bereik().provincie, regio::provincies(5).first());
}

} // namespace
} // namespace rd
