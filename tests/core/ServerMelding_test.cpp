// The team server's messages in the user's language (issue 16, docs/sync.md): every message the
// server's SQL can raise or record is recognised and, with the Dutch translation installed,
// shown in Dutch with its values; PostgreSQL's noise around ours is dropped; a message that is
// not ours comes through as it was.
#include "core/sync/ServerMelding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace rd;

namespace {

// The server's texts as its SQL (core/sync/sql/, compiled in at :/sync/sql) writes them: each
// RAISE EXCEPTION's, each format(...)'s and each reason assigned, adjacent literals joined, with
// "7" for every value ('%' and '%s').
QStringList serverTeksten()
{
    QStringList uit;
    const QDir map(QStringLiteral(":/sync/sql"));
    const QStringList bestanden = map.entryList({QStringLiteral("*.sql")}, QDir::Files);
    EXPECT_GE(bestanden.size(), 4);
    static const QRegularExpression begin(
        QStringLiteral(R"((?:RAISE EXCEPTION|format\(|reden :=)\s*')"));
    static const QRegularExpression letterlijk(QStringLiteral(R"(^'((?:[^']|'')*)')"));
    static const QRegularExpression ruimte(QStringLiteral(R"(^\s*)"));
    for (const QString &naam : bestanden) {
        QFile f(map.filePath(naam));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << naam.toStdString();
        const QString sql = QString::fromUtf8(f.readAll());
        auto it = begin.globalMatch(sql);
        while (it.hasNext()) {
            qsizetype pos = it.next().capturedEnd() - 1; // at the opening quote
            QString tekst;
            for (;;) {
                const auto m = letterlijk.match(sql.mid(pos, 2000));
                if (!m.hasMatch())
                    break;
                tekst += m.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
                pos += m.capturedLength();
                pos += ruimte.match(sql.mid(pos, 200)).capturedLength();
            }
            if (tekst.contains(QLatin1String("%I")))
                continue; // SQL made by format(), no message
            tekst.remove(QStringLiteral("regiedesk: "));
            tekst.replace(QStringLiteral("%s"), QStringLiteral("7"));
            tekst.replace(QLatin1Char('%'), QStringLiteral("7"));
            // a message passed on (RAISE '%', weigering)
            if (tekst == QLatin1String("7"))
                continue;
            uit << tekst;
        }
    }
    return uit;
}

} // namespace

TEST(ServerMelding, EveryServerMessageIsRecognisedAndSpeaksDutch)
{
    const QStringList teksten = serverTeksten();
    // 001-basis.sql to 004-cijfers.sql hold at least these (a file read wrong finds none)
    ASSERT_GE(teksten.size(), 18) << teksten.join(QLatin1Char('\n')).toStdString();
    QTranslator nl;
    ASSERT_TRUE(nl.load(QStringLiteral(":/i18n/regiedesk_nl.qm")));
    for (const QString &engels : teksten) {
        SCOPED_TRACE(engels.toStdString());
        // without a translation: the same text, recognised whole
        EXPECT_EQ(sync::vertaalServerMelding(engels), engels);
        QCoreApplication::installTranslator(&nl);
        const QString nederlands = sync::vertaalServerMelding(engels);
        QCoreApplication::removeTranslator(&nl);
        EXPECT_NE(nederlands.toStdString(), engels.toStdString())
            << "not recognised, or no Dutch translation";
        EXPECT_EQ(nederlands.count(QLatin1Char('7')), engels.count(QLatin1Char('7')))
            << nederlands.toStdString() << ": a value lost";
    }
}

TEST(ServerMelding, ThePostgresNoiseGoesAndAMessageNotOursStays)
{
    const QString uitPostgres = QStringLiteral(
        "ERROR:  regiedesk: device 12 belongs to another account\n"
        "CONTEXT:  PL/pgSQL function regiedesk.apparaat(text) line 9 at RAISE\n(P0001)");
    EXPECT_EQ(sync::vertaalServerMelding(uitPostgres),
              QStringLiteral("device 12 belongs to another account"));
    // values that look like placeholders are not filled in again
    EXPECT_EQ(sync::vertaalServerMelding(
                  QStringLiteral("a programmabegeleider of AZC %2 changes no household of %1")),
              QStringLiteral("a programmabegeleider of AZC %2 changes no household of %1"));
    QTranslator nl;
    ASSERT_TRUE(nl.load(QStringLiteral(":/i18n/regiedesk_nl.qm")));
    QCoreApplication::installTranslator(&nl);
    const QString geen = sync::vertaalServerMelding(
        QStringLiteral("a regievoerder of region 1 changes no household of region (none)"));
    const QString anders = sync::vertaalServerMelding(
        QStringLiteral("FATAL:  password authentication failed for user \"ans\""));
    QCoreApplication::removeTranslator(&nl);
    EXPECT_FALSE(geen.contains(QStringLiteral("(none)"))) << geen.toStdString();
    EXPECT_TRUE(geen.contains(QStringLiteral("1"))) << geen.toStdString();
    EXPECT_EQ(anders, QStringLiteral("FATAL:  password authentication failed for user \"ans\""));
}
