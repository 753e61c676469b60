// valideer() on text: control characters and lengths per field, and the reference person's
// birth date against the permit.
#include "TestSupport.h"

#include "core/validatie/HuishoudenValidatie.h"

#include <gtest/gtest.h>

#include <functional>

using namespace rd;

namespace {

const QDate vandaag(2025, 6, 1);

Huishouden geldig()
{
    Huishouden h = test::voorbeeldHuishouden(1000000001, 2, QDate(2025, 3, 1), 1);
    Huisvestinggesprek g;
    g.datum = QDate(2025, 3, 3);
    g.criteria.append({CriteriumSoort::Werk, QStringLiteral("GM0363"), QStringLiteral("Amsterdam"),
                       QStringLiteral("contract 24u")});
    h.gesprek = g;
    return h;
}

QStringList velden(const Huishouden &h)
{
    QStringList result;
    for (const auto &e : valideer(h, vandaag)) {
        result << e.where;
        EXPECT_FALSE(e.message.isEmpty()) << e.where.toStdString();
    }
    return result;
}

struct TekstVeld
{
    const char *sleutel;
    std::function<void(Huishouden &, const QString &)> zet;
    bool vrijeTekst;
};

// Every text field valideer() checks, with its key and kind.
QList<TekstVeld> tekstVelden()
{
    return {
        {"personen.1.voornamen",
         [](Huishouden &h, const QString &t) { h.personen[1].voornamen = t; }, false},
        {"personen.0.achternaam",
         [](Huishouden &h, const QString &t) { h.personen[0].achternaam = t; }, false},
        {"personen.1.landHerkomst",
         [](Huishouden &h, const QString &t) { h.personen[1].landHerkomst = t; }, false},
        {"personen.1.moedertaal",
         [](Huishouden &h, const QString &t) { h.personen[1].moedertaal = t; }, false},
        {"personen.1.talen",
         [](Huishouden &h, const QString &t) {
             h.personen[1].talen = {QStringLiteral("Dari"), t};
         },
         false},
        {"personen.0.opleiding",
         [](Huishouden &h, const QString &t) { h.personen[0].opleiding = t; }, true},
        {"personen.1.werkervaring",
         [](Huishouden &h, const QString &t) { h.personen[1].werkervaring = t; }, true},
        {"personen.0.fysiekeBeperking",
         [](Huishouden &h, const QString &t) { h.personen[0].fysiekeBeperking = t; }, true},
        {"gesprek.tolkTaal", [](Huishouden &h, const QString &t) { h.gesprek->tolkTaal = t; },
         false},
        {"gesprek.woonbehoefte",
         [](Huishouden &h, const QString &t) { h.gesprek->woonbehoefte = t; }, true},
        {"gesprek.opleidingswens",
         [](Huishouden &h, const QString &t) { h.gesprek->opleidingswens = t; }, true},
        {"gesprek.werkwens", [](Huishouden &h, const QString &t) { h.gesprek->werkwens = t; },
         true},
        {"gesprek.criteria.werk.plaats",
         [](Huishouden &h, const QString &t) { h.gesprek->criteria[0].plaats = t; }, false},
        {"gesprek.criteria.werk.toelichting",
         [](Huishouden &h, const QString &t) { h.gesprek->criteria[0].toelichting = t; }, true},
    };
}

} // namespace

TEST(HuishoudenTekstValidatie, ControlCharactersAreRefusedNamingTheField)
{
    ASSERT_EQ(velden(geldig()), QStringList());
    for (const auto &veld : tekstVelden()) {
        for (const QString &fout :
             {QStringLiteral("Amina\x1b[2J"), QString(QStringLiteral("Am") + QChar(0)),
              QStringLiteral("A\x07mina"), QStringLiteral("Amina\r"), QStringLiteral("\x7f"),
              QString::fromUtf16(u"Amina\u0085")}) {
            Huishouden h = geldig();
            veld.zet(h, fout);
            EXPECT_EQ(velden(h), QStringList{QLatin1String(veld.sleutel)})
                << veld.sleutel << " " << fout.toStdString();
        }
    }
}

TEST(HuishoudenTekstValidatie, FreeTextMayHoldTabsAndLineBreaksOneLineFieldsMayNot)
{
    for (const auto &veld : tekstVelden()) {
        Huishouden h = geldig();
        veld.zet(h, QStringLiteral("first line\n\tsecond line"));
        EXPECT_EQ(velden(h).isEmpty(), veld.vrijeTekst) << veld.sleutel;
    }
}

TEST(HuishoudenTekstValidatie, LengthsAreBoundedPerField)
{
    for (const auto &veld : tekstVelden()) {
        const qsizetype max = veld.vrijeTekst ? 4000 : 200;
        Huishouden genoeg = geldig();
        veld.zet(genoeg, QString(max, QLatin1Char('a')));
        EXPECT_EQ(velden(genoeg), QStringList()) << veld.sleutel << " of " << max;
        Huishouden teLang = geldig();
        veld.zet(teLang, QString(max + 1, QLatin1Char('a')));
        EXPECT_EQ(velden(teLang), QStringList{QLatin1String(veld.sleutel)}) << veld.sleutel;
    }
    Huishouden groot = geldig();
    groot.personen[0].voornamen = QString(50 * 1024 * 1024, QLatin1Char('a'));
    EXPECT_EQ(velden(groot), QStringList{QStringLiteral("personen.0.voornamen")})
        << "a 50 MB given name is refused";
}

TEST(HuishoudenTekstValidatie, AtMostFiftyLanguages)
{
    Huishouden h = geldig();
    for (int i = 0; i < 50; ++i)
        h.personen[0].talen << QStringLiteral("taal %1").arg(i);
    EXPECT_EQ(velden(h), QStringList());
    h.personen[0].talen << QStringLiteral("one more");
    EXPECT_EQ(velden(h), QStringList{QStringLiteral("personen.0.talen")});
}

TEST(HuishoudenTekstValidatie, ReferencePersonBornAfterThePermitIsRefused)
{
    Huishouden h = geldig();
    h.personen[0].geboortedatum = h.vergunning.addDays(1);
    EXPECT_EQ(velden(h), QStringList{QStringLiteral("personen.0.geboortedatum")});
    h.personen[0].geboortedatum = h.vergunning;
    EXPECT_EQ(velden(h), QStringList()) << "born on the permit date is possible";

    Huishouden baby = geldig();
    baby.personen[1].geboortedatum = baby.vergunning.addDays(10);
    EXPECT_EQ(velden(baby), QStringList()) << "a child may be born after the permit";
}
