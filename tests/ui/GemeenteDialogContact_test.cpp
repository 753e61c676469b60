// The gemeente panel's contact for the coupling letter: name, phone and e-mail, checked as typed
// with core's rules, saved through GemeenteService with the rest, shown again when reopened.
#include "TestSupport.h"

#include "core/gemeente/GemeenteService.h"
#include "ui/gemeente/GemeenteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QString amsterdam = QStringLiteral("GM0363");

class GemeenteDialogContactTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("contact.sqlite")));
        ASSERT_TRUE(store);
        ASSERT_TRUE(GemeenteService(*store).werkBij(amsterdam, {QStringLiteral("klein")},
                                                    QStringLiteral("J. de Vries, 020-1234567"),
                                                    QStringLiteral("Call on Monday")));
    }

    static QLineEdit *veld(GemeenteDialog &d, const char *naam)
    {
        auto *v = d.findChild<QLineEdit *>(QLatin1String(naam));
        EXPECT_NE(v, nullptr) << naam;
        return v;
    }

    static QString fout(GemeenteDialog &d)
    {
        const auto *label = d.findChild<QLabel *>(QStringLiteral("contactFout"));
        return label && !label->isHidden() ? label->text() : QString();
    }

    GemeenteGegevens opgeslagen() const
    {
        auto g = GemeenteService(*store).laad(amsterdam);
        EXPECT_TRUE(g.ok());
        return g ? *g : GemeenteGegevens{};
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
};

} // namespace

TEST_F(GemeenteDialogContactTest, TheContactIsSavedThroughTheServiceAndShownWhenReopened)
{
    {
        GemeenteDialog d(*store, amsterdam);
        // The old free-text contact stays a note of its own, as written.
        EXPECT_EQ(veld(d, "contactpersoon")->text(), QStringLiteral("J. de Vries, 020-1234567"));
        EXPECT_TRUE(veld(d, "contactNaam")->text().isEmpty());
        EXPECT_FALSE(d.isGewijzigd());
        veld(d, "contactNaam")->setText(QStringLiteral(" Team Statushouders "));
        veld(d, "contactTelefoon")->setText(QStringLiteral("+31 20 552 3000"));
        veld(d, "contactEmail")->setText(QStringLiteral("statushouders@amsterdam.nl"));
        EXPECT_TRUE(d.isGewijzigd());
        EXPECT_TRUE(fout(d).isEmpty()) << fout(d).toStdString();
        QSignalSpy gewijzigd(&d, &GemeenteDialog::gemeenteGewijzigd);
        d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        EXPECT_EQ(gewijzigd.count(), 1);
        EXPECT_TRUE(d.foutTekst().isEmpty()) << d.foutTekst().toStdString();
    }
    const GemeenteGegevens g = opgeslagen();
    EXPECT_EQ(g.contact, (GemeenteContact{QStringLiteral("Team Statushouders"),
                                          QStringLiteral("+31 20 552 3000"),
                                          QStringLiteral("statushouders@amsterdam.nl")}));
    EXPECT_EQ(g.contactpersoon, QStringLiteral("J. de Vries, 020-1234567"));
    EXPECT_EQ(g.woningprofiel, QStringList{QStringLiteral("klein")});

    GemeenteDialog opnieuw(*store, amsterdam);
    EXPECT_EQ(veld(opnieuw, "contactNaam")->text(), QStringLiteral("Team Statushouders"));
    EXPECT_EQ(veld(opnieuw, "contactTelefoon")->text(), QStringLiteral("+31 20 552 3000"));
    EXPECT_EQ(veld(opnieuw, "contactEmail")->text(), QStringLiteral("statushouders@amsterdam.nl"));
    EXPECT_FALSE(opnieuw.isGewijzigd());
}

TEST_F(GemeenteDialogContactTest, AMalformedFieldIsNamedAsTypedAndNotSaved)
{
    GemeenteDialog d(*store, amsterdam);
    d.show();
    veld(d, "contactEmail")->setText(QStringLiteral("statushouders at amsterdam"));
    EXPECT_TRUE(fout(d).contains(QStringLiteral("Contact e-mail"))) << fout(d).toStdString();
    EXPECT_FALSE(d.opslaan().ok());
    EXPECT_TRUE(d.foutTekst().contains(QStringLiteral("Contact e-mail")))
        << d.foutTekst().toStdString();
    EXPECT_EQ(d.focusWidget(), veld(d, "contactEmail"));
    EXPECT_TRUE(opgeslagen().contact.isLeeg()) << "nothing written";

    veld(d, "contactEmail")->setText(QStringLiteral("statushouders@amsterdam.nl"));
    EXPECT_TRUE(fout(d).isEmpty());
    veld(d, "contactTelefoon")->setText(QStringLiteral("020 552 30OO")); // letters O, not zeros
    EXPECT_TRUE(fout(d).contains(QStringLiteral("Contact phone"))) << fout(d).toStdString();
    veld(d, "contactTelefoon")->setText(QStringLiteral("020 552 3000"));
    veld(d, "contactNaam")->setText(QStringLiteral("Team\x1b[2J"));
    EXPECT_TRUE(fout(d).contains(QStringLiteral("U+001B"))) << fout(d).toStdString();
    veld(d, "contactNaam")->setText(QStringLiteral("Team"));
    EXPECT_TRUE(fout(d).isEmpty());
    EXPECT_TRUE(d.opslaan().ok());
    EXPECT_EQ(opgeslagen().contact.telefoon, QStringLiteral("020 552 3000"));
}
