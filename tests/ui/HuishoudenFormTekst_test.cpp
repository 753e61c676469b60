// The intake form shows valideer()'s text rules at the field: a control character in a name
// or an answer, an answer that is too long, a reference person born after the permit.
#include "TestSupport.h"
#include "ui/huishouden/HuishoudenForm.h"
#include "ui/huishouden/PersonenModel.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

#include <gtest/gtest.h>

namespace rd {
namespace {

const QDate vandaag(2026, 11, 29);
const QDate vergunning(2026, 10, 1);

class HuishoudenFormTekstTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::openStore(m_dir.path(QStringLiteral("form.sqlite")));
        ASSERT_NE(m_store, nullptr);
        m_form.setStore(m_store.get());
        m_form.setVandaag(vandaag);
        Huishouden h = test::voorbeeldHuishouden(2000000001, 2, vergunning,
                                                 test::azcIn(*m_store, QStringLiteral("GM0363")));
        h.gesprek = Huisvestinggesprek{};
        h.gesprek->datum = vergunning.addDays(3);
        ASSERT_TRUE(m_form.laad(test::voegToe(*m_store, h, vandaag)).ok());
        ASSERT_TRUE(m_form.fouten().isEmpty());
    }

    bool heeftFout(const QString &key) const
    {
        for (const auto &f : m_form.fouten())
            if (f.where == key)
                return true;
        return false;
    }
    bool kanOpslaan() const { return m_form.opslaanKnop()->isEnabled(); }

    // Types `tekst` into the line edit of `key` as a paste would.
    void typ(const QString &key, const QString &tekst)
    {
        auto *edit = qobject_cast<QLineEdit *>(m_form.veld(key));
        ASSERT_NE(edit, nullptr) << key.toStdString();
        edit->setText(tekst);
        emit edit->textEdited(tekst);
    }

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    HuishoudenForm m_form;
};

TEST_F(HuishoudenFormTekstTest, ControlCharacterInANameIsMarkedInItsCell)
{
    auto *model = m_form.personenModel();
    const QModelIndex cel = model->index(1, PersonenModel::Voornamen);
    const QString key = PersonenModel::veldSleutel(1, PersonenModel::Voornamen);
    ASSERT_TRUE(model->setData(cel, QStringLiteral("Ka\x1b[31mrim")));
    EXPECT_TRUE(heeftFout(key));
    EXPECT_TRUE(model->data(cel, Qt::DecorationRole).isValid()) << "the cell shows the warning";
    EXPECT_TRUE(model->data(cel, Qt::ToolTipRole).toString().contains(QLatin1String("U+001B")));
    EXPECT_TRUE(m_form.veldMelding(key).contains(QLatin1String("U+001B")));
    EXPECT_EQ(m_form.veld(key), m_form.personenTabel());
    EXPECT_FALSE(kanOpslaan());
    ASSERT_TRUE(model->setData(cel, QStringLiteral("Karim")));
    EXPECT_FALSE(heeftFout(key));
    EXPECT_FALSE(model->data(cel, Qt::DecorationRole).isValid());
    EXPECT_TRUE(kanOpslaan());
}

TEST_F(HuishoudenFormTekstTest, ControlCharacterInAnAnswerIsShownAtTheField)
{
    const QString key = QStringLiteral("gesprek.werkwens");
    typ(key, QStringLiteral("joinery\x07"));
    EXPECT_TRUE(heeftFout(key));
    const QString melding = m_form.veldMelding(key);
    EXPECT_TRUE(melding.contains(QLatin1String("U+0007"))) << melding.toStdString();
    EXPECT_TRUE(m_form.veld(key)->toolTip().contains(melding));
    EXPECT_TRUE(m_form.veld(key)->accessibleDescription().contains(melding));
    EXPECT_FALSE(kanOpslaan());
    typ(key, QStringLiteral("joinery"));
    EXPECT_FALSE(heeftFout(key));
    EXPECT_TRUE(kanOpslaan());
}

TEST_F(HuishoudenFormTekstTest, TabsAndLineBreaksInFreeTextAreFineTooLongIsNot)
{
    const QString key = QStringLiteral("gesprek.woonbehoefte");
    auto *edit = qobject_cast<QPlainTextEdit *>(m_form.veld(key));
    ASSERT_NE(edit, nullptr);
    edit->setPlainText(QStringLiteral("ground floor\n\tnear a school"));
    EXPECT_FALSE(heeftFout(key));
    EXPECT_TRUE(kanOpslaan());
    edit->setPlainText(QString(4001, QLatin1Char('a')));
    EXPECT_TRUE(heeftFout(key));
    EXPECT_FALSE(m_form.veldMelding(key).isEmpty());
    EXPECT_FALSE(kanOpslaan());
}

TEST_F(HuishoudenFormTekstTest, ReferencePersonBornAfterThePermitIsMarked)
{
    auto *model = m_form.personenModel();
    const QModelIndex cel = model->index(0, PersonenModel::Geboortedatum);
    const QString key = PersonenModel::veldSleutel(0, PersonenModel::Geboortedatum);
    ASSERT_TRUE(model->setData(cel, vergunning.addDays(1)));
    EXPECT_TRUE(heeftFout(key));
    EXPECT_TRUE(model->data(cel, Qt::DecorationRole).isValid());
    EXPECT_FALSE(kanOpslaan());
    ASSERT_TRUE(model->setData(cel, QDate(1990, 5, 17)));
    EXPECT_FALSE(heeftFout(key));
    EXPECT_TRUE(kanOpslaan());
}

} // namespace
} // namespace rd
