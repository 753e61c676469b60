// Typing a date: digits go in without first selecting a section.
#include "ui/huishouden/DatumVeld.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QTest>

#include <gtest/gtest.h>

namespace rd {
namespace {

class DatumVeldTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_veld.setStandaardDatum(QDate(2026, 6, 15));
        m_veld.show();
        m_veld.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_veld));
    }
    DatumVeld m_veld;
};

TEST_F(DatumVeldTest, DigitsTypedOnTheUncheckedBoxCheckItAndFillTheDate)
{
    ASSERT_FALSE(m_veld.datum().isValid());
    m_veld.setFocus(Qt::TabFocusReason);
    QTest::keyClicks(m_veld.bekend(), QStringLiteral("03122026"));
    EXPECT_TRUE(m_veld.bekend()->isChecked());
    EXPECT_EQ(m_veld.datum(), QDate(2026, 12, 3));
}

TEST_F(DatumVeldTest, TheEditorSelectsTheDaySectionWhenItGetsTheFocus)
{
    m_veld.setDatum(QDate(2025, 1, 20));
    for (const Qt::FocusReason reden : {Qt::MouseFocusReason, Qt::OtherFocusReason}) {
        m_veld.bekend()->setFocus();
        QApplication::processEvents();
        m_veld.editor()->setFocus(reden);
        QApplication::processEvents();
        EXPECT_EQ(m_veld.editor()->currentSection(), QDateTimeEdit::DaySection);
    }
    QTest::keyClicks(m_veld.editor(), QStringLiteral("3-12-2026"));
    EXPECT_EQ(m_veld.datum(), QDate(2026, 12, 3));

    m_veld.bekend()->setFocus();
    QApplication::processEvents();
    m_veld.editor()->setFocus(Qt::MouseFocusReason);
    QApplication::processEvents();
    QTest::keyClicks(m_veld.editor(), QStringLiteral("03122026"));
    EXPECT_EQ(m_veld.datum(), QDate(2026, 12, 3));
}

} // namespace
} // namespace rd
