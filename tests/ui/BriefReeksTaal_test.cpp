// The day's letters in each household's own language next to Dutch, or one language forced
// (issue 13).
#include "SettingsSandbox.h"
#include "TaakstellingTestData.h"
#include "TestSupport.h"
#include "core/brief/BriefService.h"
#include "core/huishouden/HuishoudenRepository.h"
#include "core/instellingen/Instellingen.h"
#include "core/store/Sql.h"
#include "ui/brief/BriefReeksDialog.h"

#include <QComboBox>
#include <QDir>

#include <gtest/gtest.h>

namespace rd {
namespace {

using test::TaakstellingTestData;

// TaakstellingTestData's household 1000000101 (mother tongue Tigrinya) is coupled on 2026-03-01.
class BriefReeksTaal : public ::testing::Test
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
        const qint64 azc = test::azcIn(*m_store, QStringLiteral("GM0200"));
        Instellingen instellingen(*m_store);
        ASSERT_TRUE(instellingen.zetAfzender({QStringLiteral("COA, regio Oost"),
                                              QStringLiteral("A. de Vries"),
                                              QStringLiteral("088 715 70 00"), QString()}));
        ASSERT_TRUE(instellingen.zetAzcContact(azc, QStringLiteral("Azc Apeldoorn, 055 1234567")));
        m_map = m_dir.path(QStringLiteral("brieven"));
        ASSERT_TRUE(QDir().mkpath(m_map));
    }

    void zetMoedertaal(const QString &taal)
    {
        ASSERT_TRUE(
            sql::run(m_store->database(),
                     QStringLiteral("UPDATE persoon SET moedertaal = ? WHERE huishouden = ?"),
                     {taal, m_gekoppeld}));
    }

    Result<BriefUitkomst> maak(BriefReeksDialog &dialoog)
    {
        dialoog.setDatum(QDate(2026, 3, 1));
        dialoog.setUitvoer(BriefOpdracht::Uitvoer::PerHuishouden);
        dialoog.setDoel(m_map);
        dialoog.setMelder([](const QString &) {});
        return dialoog.maak();
    }

    QStringList bestanden() const
    {
        QStringList namen = QDir(m_map).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        namen.sort();
        return namen;
    }

    const QDate m_vandaag{2026, 11, 29};
    test::SettingsSandbox m_settings;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_gekoppeld = 0;
    QString m_map;
};

} // namespace

TEST_F(BriefReeksTaal, EachHouseholdsOwnLanguageNextToDutchIsTheDefault)
{
    zetMoedertaal(QStringLiteral("Arabisch"));
    BriefReeksDialog dialoog(*m_store, 0, m_vandaag);
    auto *taal = dialoog.findChild<QComboBox *>(QStringLiteral("reeksTaal"));
    ASSERT_NE(taal, nullptr);
    EXPECT_EQ(taal->currentIndex(), 0);
    EXPECT_TRUE(taal->currentData().toString().isEmpty());
    const auto uitkomst = maak(dialoog);
    ASSERT_TRUE(uitkomst.ok()) << uitkomst.error().toString().toStdString();
    EXPECT_EQ(bestanden(), (QStringList{QStringLiteral("koppelingsbrief-1000000101-ar.pdf"),
                                        QStringLiteral("koppelingsbrief-1000000101-nl.pdf")}));
    EXPECT_TRUE(dialoog.samenvatting().contains(QStringLiteral("2 letter")))
        << dialoog.samenvatting().toStdString();
}

TEST_F(BriefReeksTaal, WithoutATemplateForTheLanguageTheSummarySaysDutchOnly)
{
    BriefReeksDialog dialoog(*m_store, 0, m_vandaag);
    const auto uitkomst = maak(dialoog);
    ASSERT_TRUE(uitkomst.ok()) << uitkomst.error().toString().toStdString();
    EXPECT_EQ(bestanden(), QStringList{QStringLiteral("koppelingsbrief-1000000101-nl.pdf")});
    EXPECT_TRUE(dialoog.samenvatting().contains(QStringLiteral("only in Dutch")))
        << dialoog.samenvatting().toStdString();
    EXPECT_TRUE(dialoog.samenvatting().contains(QStringLiteral("1000000101: Tigrinya")))
        << dialoog.samenvatting().toStdString();
}

TEST_F(BriefReeksTaal, AChosenLanguageIsUsedForEveryLetter)
{
    zetMoedertaal(QStringLiteral("Arabisch"));
    BriefReeksDialog dialoog(*m_store, 0, m_vandaag);
    dialoog.setTaal(QStringLiteral("en"));
    const auto uitkomst = maak(dialoog);
    ASSERT_TRUE(uitkomst.ok()) << uitkomst.error().toString().toStdString();
    EXPECT_EQ(bestanden(), QStringList{QStringLiteral("koppelingsbrief-1000000101-en.pdf")});
    EXPECT_FALSE(dialoog.samenvatting().contains(QStringLiteral("only in Dutch")));
}

} // namespace rd
