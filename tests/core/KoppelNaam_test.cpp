// How a coupling's target is named (issue 13): no "Samenwerking: Samenwerking ...", no double
// full stop, the gemeente that houses named, and check codes in words.
#include "core/koppeling/ControleCode.h"
#include "core/koppeling/KoppelNaam.h"

#include <gtest/gtest.h>

using namespace rd;

TEST(KoppelNaam, APartnershipNamedSamenwerkingGetsNoSecondPrefix)
{
    EXPECT_EQ(koppelnaam::partnerschap(QStringLiteral("Samenwerking Ede e.o.")),
              QStringLiteral("Samenwerking Ede e.o."));
    EXPECT_EQ(koppelnaam::partnerschap(QStringLiteral("Drechtsteden")),
              QStringLiteral("Partnership Drechtsteden"));
    EXPECT_TRUE(koppelnaam::zegtSoort(QStringLiteral("samenwerkingsverband Rijnmond")));
    EXPECT_FALSE(koppelnaam::zegtSoort(QStringLiteral("Rijnmond")));
}

TEST(KoppelNaam, TheGemeenteThatHousesIsNamedWithItsCode)
{
    const QString tekst = koppelnaam::partnerschapMetHuisvester(
        QStringLiteral("Samenwerking Ede e.o."), QStringLiteral("Ede"), QStringLiteral("GM0228"));
    EXPECT_EQ(tekst, QStringLiteral("Samenwerking Ede e.o., housed by Ede (GM0228)"));
    EXPECT_EQ(tekst.count(QStringLiteral("Samenwerking")), 1);
    EXPECT_EQ(koppelnaam::lid(QStringLiteral("Ede"), QStringLiteral("GM0228"),
                              QStringLiteral("Samenwerking Ede e.o.")),
              QStringLiteral("Ede (GM0228), member of Samenwerking Ede e.o."));
}

TEST(KoppelNaam, ASentenceEndingInANameWithAFullStopGetsNoSecond)
{
    EXPECT_EQ(koppelnaam::zin(QStringLiteral("2 households coupled to Samenwerking Ede e.o.")),
              QStringLiteral("2 households coupled to Samenwerking Ede e.o."));
    EXPECT_EQ(koppelnaam::zin(QStringLiteral("Coupled to Ede")), QStringLiteral("Coupled to Ede."));
    EXPECT_FALSE(koppelnaam::zin(QStringLiteral("Ede e.o.")).endsWith(QStringLiteral("..")));
}

TEST(ControleCode, EveryCheckCodeIsShownInWords)
{
    // The codes of KoppelingControle (KoppelingControle.h).
    for (const char *code : {"criterium-elders", "gezinshereniging", "buiten-regio",
                             "groot-huishouden", "voorsprong", "woningprofiel"}) {
        const QString woorden = controlecode::omschrijving(QString::fromLatin1(code));
        EXPECT_NE(woorden, QString::fromLatin1(code)) << code;
        EXPECT_FALSE(woorden.contains(QString::fromLatin1(code))) << code;
        EXPECT_TRUE(woorden.contains(QLatin1Char(' '))) << code; // words, not a code
    }
    EXPECT_EQ(controlecode::omschrijvingen(
                  {QStringLiteral("criterium-elders"), QStringLiteral("buiten-regio")}),
              QStringLiteral("placement criterion tied to another gemeente, gemeente outside the "
                             "AZC's region"));
}
