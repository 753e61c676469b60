#include "ui/tijdlijn/TijdlijnDialogen.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <functional>

#include <gtest/gtest.h>

namespace rd {
namespace {

const QDate vandaag(2026, 11, 29);

// Runs `doe` on the refusal dialog once it is shown (vraagWeigering runs it modally).
void bijDialoog(std::function<void(QDialog &)> doe)
{
    QTimer::singleShot(0, [doe] {
        auto *dialoog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialoog) {
            bijDialoog(doe);
            return;
        }
        EXPECT_EQ(dialoog->objectName(), QStringLiteral("weigeringDialoog"));
        doe(*dialoog);
    });
}

QPushButton *okKnop(QDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Handbook 3.4.2 / issue 12: the refusal records the lost rent the gemeente claims, in euro
// with at most two decimals, stored in cents; none when left empty.
TEST(TijdlijnDialogen, TheRefusalDialogRecordsLostRentInCents)
{
    bijDialoog([](QDialog &d) {
        auto *veld = d.findChild<QLineEdit *>(QStringLiteral("huurderving"));
        ASSERT_NE(veld, nullptr);
        EXPECT_FALSE(veld->accessibleName().isEmpty());
        EXPECT_TRUE(okKnop(d)->isEnabled()) << "no claim is allowed";
        veld->setText(QStringLiteral("850,5"));
        EXPECT_TRUE(okKnop(d)->isEnabled());
        okKnop(d)->click();
    });
    const auto keuze = vraagWeigering(nullptr, vandaag);
    ASSERT_TRUE(keuze.has_value());
    ASSERT_TRUE(keuze->huurdervingCent.has_value());
    EXPECT_EQ(*keuze->huurdervingCent, 85050);
}

TEST(TijdlijnDialogen, AnEmptyLostRentIsNone)
{
    bijDialoog([](QDialog &d) { okKnop(d)->click(); });
    const auto keuze = vraagWeigering(nullptr, vandaag);
    ASSERT_TRUE(keuze.has_value());
    EXPECT_FALSE(keuze->huurdervingCent.has_value());
}

// What is not an amount cannot be accepted: OK is disabled and a line says why.
TEST(TijdlijnDialogen, NotAnAmountKeepsOkDisabledAndSaysWhy)
{
    bijDialoog([](QDialog &d) {
        auto *veld = d.findChild<QLineEdit *>(QStringLiteral("huurderving"));
        auto *fout = d.findChild<QLabel *>(QStringLiteral("huurdervingFout"));
        ASSERT_NE(veld, nullptr);
        ASSERT_NE(fout, nullptr);
        veld->setText(QStringLiteral("850,505"));
        EXPECT_FALSE(okKnop(d)->isEnabled());
        EXPECT_TRUE(fout->text().contains(QStringLiteral("850,505")));
        EXPECT_FALSE(fout->isHidden());
        veld->setText(QStringLiteral("twee"));
        EXPECT_FALSE(okKnop(d)->isEnabled());
        veld->setText(QStringLiteral("1000001")); // more than a claim can be
        EXPECT_FALSE(okKnop(d)->isEnabled());
        veld->setText(QStringLiteral("\u20AC 12.05"));
        EXPECT_TRUE(okKnop(d)->isEnabled());
        EXPECT_TRUE(fout->isHidden());
        okKnop(d)->click();
    });
    const auto keuze = vraagWeigering(nullptr, vandaag);
    ASSERT_TRUE(keuze.has_value());
    EXPECT_EQ(keuze->huurdervingCent.value_or(-1), 1205);
}

TEST(TijdlijnDialogen, CancelGivesNoRefusal)
{
    bijDialoog([](QDialog &d) { d.reject(); });
    EXPECT_FALSE(vraagWeigering(nullptr, vandaag).has_value());
}

} // namespace
} // namespace rd
