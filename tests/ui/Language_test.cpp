#include "SettingsSandbox.h"
#include "ui/taakstelling/TaakstellingTableModel.h"
#include "ui/widgets/Language.h"
#include "ui/widgets/Numbers.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <gtest/gtest.h>

namespace rd {
namespace {

class LanguageTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        language::uninstall(*QCoreApplication::instance());
        QLocale::setDefault(m_locale);
    }

    test::SettingsSandbox m_settings;
    QLocale m_locale;
};

TEST_F(LanguageTest, BothTranslationsAreCompiledIn)
{
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList();
    EXPECT_TRUE(files.contains(QStringLiteral("regiedesk_nl.qm"))) << files.join(',').toStdString();
    EXPECT_TRUE(files.contains(QStringLiteral("regiedesk_en.qm"))) << files.join(',').toStdString();
}

TEST_F(LanguageTest, DutchTranslatesTheColumnHeadersAndEnglishKeepsTheSource)
{
    TaakstellingTableModel model;
    ASSERT_TRUE(language::install(*QCoreApplication::instance(), QStringLiteral("nl")));
    EXPECT_EQ(model.headerData(TaakstellingTableModel::Taakstelling, Qt::Horizontal).toString(),
              QStringLiteral("Taakstelling"));
    EXPECT_EQ(model.headerData(TaakstellingTableModel::Opgave, Qt::Horizontal).toString(),
              QStringLiteral("Opgave"));
    EXPECT_EQ(numbers::aantal(12345), QStringLiteral("12.345"));

    ASSERT_TRUE(language::install(*QCoreApplication::instance(), QStringLiteral("en")));
    EXPECT_EQ(model.headerData(TaakstellingTableModel::Taakstelling, Qt::Horizontal).toString(),
              QStringLiteral("Quota"));
    EXPECT_EQ(numbers::aantal(12345), QStringLiteral("12,345"));
}

TEST_F(LanguageTest, DutchIsTheDefaultAndOnlyKnownLanguagesAreSaved)
{
    EXPECT_EQ(language::saved(), QStringLiteral("nl"));
    language::save(QStringLiteral("en"));
    EXPECT_EQ(language::saved(), QStringLiteral("en"));
    language::save(QStringLiteral("fr"));
    EXPECT_EQ(language::saved(), QStringLiteral("en"));
}

TEST(Numbers, NegativeNumbersUseARealMinusSign)
{
    EXPECT_EQ(numbers::metTeken(-7), QString(QChar(0x2212)) + QStringLiteral("7"));
    EXPECT_EQ(numbers::metTeken(7), QStringLiteral("+7"));
    EXPECT_EQ(numbers::metTeken(0), QStringLiteral("0"));
}

} // namespace
} // namespace rd
