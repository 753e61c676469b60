// Change-log types in words (issue 13: internal codes shown in words): every type the program
// writes or replays has a name for a person, in English and in Dutch.
#include "core/journaal/JournaalSoort.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace rd;

namespace {

// The types core writes (a Wijziging's type) and replays (Herhaling), read from the sources.
QSet<QString> soortenInDeBron()
{
    QSet<QString> uit;
    const QDir root(QStringLiteral(REGIEDESK_SOURCE_DIR));
    const auto lees = [&](const QString &pad, const QRegularExpression &patroon) {
        QFile f(root.filePath(pad));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << pad.toStdString();
        const QString tekst = QString::fromUtf8(f.readAll());
        for (const auto &m : patroon.globalMatch(tekst))
            uit.insert(m.captured(1));
    };
    lees(QStringLiteral("core/herhaling/Herhaling.cpp"),
         QRegularExpression(QString::fromLatin1(R"re(soort == QLatin1String\("([a-z0-9-]+)"\))re")));
    const QRegularExpression wijziging(
        QString::fromLatin1(R"re(Wijziging\(store, QStringLiteral\("([a-z0-9-]+)"\))re"));
    QDirIterator it(root.filePath(QStringLiteral("core")), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        lees(root.relativeFilePath(it.next()), wijziging);
    return uit;
}

} // namespace

TEST(JournaalSoort, EveryTypeTheProgramWritesHasANameInEnglishAndDutch)
{
    const QSet<QString> bron = soortenInDeBron();
    ASSERT_GE(bron.size(), 20) << "the sources were not read";
    QTranslator nl;
    ASSERT_TRUE(nl.load(QStringLiteral(":/i18n/regiedesk_nl.qm")));
    for (const QString &soort : bron) {
        SCOPED_TRACE(soort.toStdString());
        EXPECT_TRUE(journaal::alleSoorten().contains(soort)) << "not in the list of names";
        const QString engels = journaal::soortNaam(soort);
        EXPECT_NE(engels, soort) << "no name";
        QCoreApplication::installTranslator(&nl);
        const QString nederlands = journaal::soortNaam(soort);
        QCoreApplication::removeTranslator(&nl);
        EXPECT_NE(nederlands, engels) << "no Dutch name";
    }
    EXPECT_EQ(journaal::soortNaam(QStringLiteral("onbekend-soort")),
              QStringLiteral("onbekend-soort"))
        << "an unknown type shows its code";
}
