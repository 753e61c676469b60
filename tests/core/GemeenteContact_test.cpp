// The gemeente's contact for the coupling letter: name, phone and e-mail as fields of their own,
// checked (ContactControle, TekstControle), saved through GemeenteService in one transaction and
// held to the same rules by the rule checker.
#include "TestSupport.h"

#include "core/controle/RegelControle.h"
#include "core/gemeente/GemeenteService.h"
#include "core/store/Sql.h"
#include "core/validatie/ContactControle.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDate vandaag(2026, 11, 29);
const QString amsterdam = QStringLiteral("GM0363");

const GemeenteContact geldig{QStringLiteral("Team Statushouders"), QStringLiteral("020 552 3000"),
                             QStringLiteral("statushouders@amsterdam.nl")};

class GemeenteContactTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = test::openStore(dir.path(QStringLiteral("contact.sqlite")));
        ASSERT_TRUE(store);
    }

    GemeenteGegevens laad(const QString &code = amsterdam) const
    {
        auto g = GemeenteService(*store).laad(code);
        EXPECT_TRUE(g.ok()) << g.error().toString().toStdString();
        return g ? *g : GemeenteGegevens{};
    }

    Status metContact(const GemeenteContact &contact)
    {
        return GemeenteService(*store).werkBij(amsterdam, {QStringLiteral("gezin")},
                                               QStringLiteral("note"), QStringLiteral("notes"),
                                               contact);
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
};

} // namespace

TEST(ContactControle, TelephoneNumbersOfDigitsSpacesHyphensAndALeadingPlus)
{
    for (const char *goed : {"020 552 3000", "020-5523000", "+31 20 552 3000", "14 020",
                             "088-715 70 00", "0031205523000"})
        EXPECT_TRUE(telefoonFout(QString::fromLatin1(goed)).isEmpty()) << goed;
    for (const char *fout : {"020 552 300x", "020/5523000", "31+20 552 3000", "(020) 5523000",
                             "1234", "+31 20 552 3000 12345", "tel. 020 552 3000"})
        EXPECT_FALSE(telefoonFout(QString::fromLatin1(fout)).isEmpty()) << fout;
    // A control character is named by its code.
    EXPECT_TRUE(telefoonFout(QStringLiteral("020\t5523000")).contains(QStringLiteral("U+0009")));
    EXPECT_TRUE(
        telefoonFout(QStringLiteral("020 552 3000\x1b[2J")).contains(QStringLiteral("U+001B")));
}

TEST(ContactControle, EmailAddressesOfTheFormNameAtDomain)
{
    for (const char *goed : {"statushouders@amsterdam.nl", "j.de-vries+wonen@gemeente.utrecht.nl",
                             "a@b.co", "info@gm0363.example"})
        EXPECT_TRUE(emailFout(QString::fromLatin1(goed)).isEmpty()) << goed;
    for (const char *fout :
         {"statushouders", "statushouders@amsterdam", "@amsterdam.nl", "a@@amsterdam.nl",
          "a b@amsterdam.nl", ".a@amsterdam.nl", "a..b@amsterdam.nl", "a.@amsterdam.nl",
          "a@-amsterdam.nl", "a@amsterdam-.nl", "a@amsterdam..nl", "a@amsterdam.nl.",
          "mailto:a@amsterdam.nl"})
        EXPECT_FALSE(emailFout(QString::fromLatin1(fout)).isEmpty()) << fout;
    EXPECT_TRUE(emailFout(QStringLiteral("a@amsterdam.nl\n")).contains(QStringLiteral("U+000A")));
    EXPECT_FALSE(emailFout(QString(250, QLatin1Char('a')) + QStringLiteral("@b.nl")).isEmpty());
}

TEST_F(GemeenteContactTest, TheContactRoundTripsTrimmedWithTheOtherFields)
{
    EXPECT_TRUE(laad().contact.isLeeg());
    ASSERT_TRUE(
        metContact({QStringLiteral("  Team Statushouders "), QStringLiteral(" 020 552 3000"),
                    QStringLiteral("statushouders@amsterdam.nl  ")}));
    const GemeenteGegevens g = laad();
    EXPECT_EQ(g.contact, geldig);
    EXPECT_EQ(g.contactpersoon, QStringLiteral("note")) << "the free-text note stays apart";
    EXPECT_EQ(g.notities, QStringLiteral("notes"));
    EXPECT_EQ(g.woningprofiel, QStringList{QStringLiteral("gezin")});
    // alle() reads it too (the board).
    auto alle = GemeenteService(*store).alle(3);
    ASSERT_TRUE(alle.ok());
    const auto it = std::find_if(alle->cbegin(), alle->cend(), [](const GemeenteGegevens &x) {
        return x.gemeente.code == amsterdam;
    });
    ASSERT_NE(it, alle->cend());
    EXPECT_EQ(it->contact, geldig);

    // Without a contact the stored one stays; an empty one clears it.
    ASSERT_TRUE(GemeenteService(*store).werkBij(amsterdam, {}, QString(), QString()));
    EXPECT_EQ(laad().contact, geldig);
    ASSERT_TRUE(metContact(GemeenteContact{}));
    EXPECT_TRUE(laad().contact.isLeeg());
}

TEST_F(GemeenteContactTest, AMalformedContactIsRefusedNamingThePartAndNothingIsWritten)
{
    ASSERT_TRUE(metContact(geldig));
    const struct
    {
        GemeenteContact contact;
        const char *veld;
    } gevallen[] = {
        {{QStringLiteral("Team\x1b[31m"), {}, {}}, "contact.naam"},
        {{QStringLiteral("Team\nStatushouders"), {}, {}}, "contact.naam"},
        {{QString(201, QLatin1Char('x')), {}, {}}, "contact.naam"},
        {{{}, QStringLiteral("bel 020 552 3000"), {}}, "contact.telefoon"},
        {{{}, QStringLiteral("020\x07"), {}}, "contact.telefoon"},
        {{{}, {}, QStringLiteral("statushouders@amsterdam")}, "contact.email"},
        {{{}, {}, QStringLiteral("statushouders\r@amsterdam.nl")}, "contact.email"},
    };
    for (const auto &geval : gevallen) {
        const Status s = GemeenteService(*store).werkBij(amsterdam, {QStringLiteral("klein")},
                                                         QStringLiteral("other note"),
                                                         QStringLiteral("other"), geval.contact);
        ASSERT_FALSE(s) << geval.veld;
        EXPECT_EQ(s.error().where, QLatin1String(geval.veld));
        EXPECT_FALSE(s.error().message.isEmpty());
        // One transaction: neither the contact nor the other fields changed.
        const GemeenteGegevens g = laad();
        EXPECT_EQ(g.contact, geldig) << geval.veld;
        EXPECT_EQ(g.contactpersoon, QStringLiteral("note")) << geval.veld;
        EXPECT_EQ(g.woningprofiel, QStringList{QStringLiteral("gezin")}) << geval.veld;
    }
}

TEST_F(GemeenteContactTest, TheRuleCheckerFindsAContactThePanelWouldRefuse)
{
    const auto gevonden = [this](const char *regel) {
        auto alle = regelcontrole::controleer(*store, vandaag);
        EXPECT_TRUE(alle.ok());
        QList<Overtreding> uit;
        for (const Overtreding &o : alle ? *alle : QList<Overtreding>()) {
            if (o.regel == QLatin1String(regel))
                uit << o;
        }
        return uit;
    };
    ASSERT_TRUE(metContact(geldig));
    EXPECT_TRUE(gevonden("gemeente-contact").isEmpty());
    // A hand edit (or an older version) put a terminal escape and a bad address in the store.
    ASSERT_TRUE(sql::run(store->database(),
                         QStringLiteral("UPDATE gemeente SET contact_email = 'wonen at "
                                        "amsterdam' WHERE code = ?"),
                         {amsterdam}));
    ASSERT_TRUE(sql::run(store->database(),
                         QStringLiteral("UPDATE gemeente SET contact_naam = ? WHERE code = ?"),
                         {QStringLiteral("Team\x1b[2J"), QStringLiteral("GM0344")}));
    const QList<Overtreding> fout = gevonden("gemeente-contact");
    ASSERT_EQ(fout.size(), 2);
    EXPECT_TRUE(fout.at(0).tekst.contains(QStringLiteral("GM0344")));
    EXPECT_TRUE(fout.at(0).tekst.contains(QStringLiteral("contact.naam")));
    EXPECT_TRUE(fout.at(1).tekst.contains(QStringLiteral("Amsterdam")));
    EXPECT_TRUE(fout.at(1).tekst.contains(QStringLiteral("contact.email")));
}
