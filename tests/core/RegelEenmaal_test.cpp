// Rules in one place (issue 14): the household's region, the active coupling and the phase's due
// date are written once (core/regel/HuishoudenSql, view koppeling_actief); a copy of any of them
// in a service's SQL is found here, naming its file, so they cannot drift apart again.
#include "core/fase/Fase.h"
#include "core/regel/HuishoudenSql.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <gtest/gtest.h>

using namespace rd;

namespace {

// The SQL text of a source: its string literals joined, white space collapsed, so a copy split
// over lines is found as well.
QString sqlVan(const QString &bron)
{
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QString sql;
    auto it = literal.globalMatch(bron);
    while (it.hasNext())
        sql += it.next().captured(1);
    return sql.simplified();
}

// The copies of the two rules in `sql`: their names, empty when there is none.
QStringList kopieen(const QString &sql)
{
    static const QRegularExpression regio(
        QStringLiteral(R"(JOIN azc \w+ ON \w+\.id = \w+\.azc\s*LEFT JOIN gemeente \w+ ON .*?)"
                       R"(LEFT JOIN provincie)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression actief(
        QStringLiteral(
            R"(JOIN koppeling \w+ ON \w+\.huishouden = \w+\.id AND \w+\.ontkoppeld_op IS NULL)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression verval(
        QStringLiteral(
            R"(WHEN \w+\.tekenen_datum IS NOT NULL THEN .*?WHEN \w+\.datum IS NOT NULL)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList uit;
    if (verval.match(sql).hasMatch())
        uit << QStringLiteral("the phase's due date");
    if (regio.match(sql).hasMatch())
        uit << QStringLiteral("the household's region");
    if (actief.match(sql).hasMatch())
        uit << QStringLiteral("the active coupling");
    return uit;
}

} // namespace

TEST(RegelEenmaal, TheDefinitionsAreWhatTheCheckLooksFor)
{
    // The check finds the rules as written once, and the old copies.
    EXPECT_EQ(kopieen(QStringLiteral(RD_SQL_REGIO_VAN_HUISHOUDEN)),
              QStringList{QStringLiteral("the household's region")});
    EXPECT_EQ(kopieen(sqlVan(QStringLiteral(
                  "\"LEFT JOIN koppeling k ON k.huishouden = h.id \"\n  \"AND k.ontkoppeld_op "
                  "IS NULL \""))),
              QStringList{QStringLiteral("the active coupling")});
    EXPECT_TRUE(kopieen(QStringLiteral(RD_SQL_ACTIEVE_KOPPELING_VAN_HUISHOUDEN)).isEmpty());
    EXPECT_EQ(kopieen(regel::faseVervalSql("date(%1, ?)")),
              QStringList{QStringLiteral("the phase's due date")});
}

TEST(RegelEenmaal, NoServiceWritesEitherRuleAgain)
{
    const QDir root(QStringLiteral(REGIEDESK_SOURCE_DIR));
    QStringList gevonden;
    int gelezen = 0;
    QDirIterator it(root.filePath(QStringLiteral("core")), {"*.cpp", "*.h"}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString pad = it.next();
        const QString rel = root.relativeFilePath(pad);
        // The definitions themselves, and the schema's migrations, which never change.
        if (rel.startsWith(QLatin1String("core/regel/HuishoudenSql.")) ||
            rel.startsWith(QLatin1String("core/store/Migration")))
            continue;
        QFile f(pad);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << rel.toStdString();
        ++gelezen;
        for (const QString &regel : kopieen(sqlVan(QString::fromUtf8(f.readAll()))))
            gevonden << rel + QStringLiteral(": ") + regel;
    }
    EXPECT_GT(gelezen, 100);
    EXPECT_TRUE(gevonden.isEmpty()) << gevonden.join(QLatin1Char('\n')).toStdString();
}

TEST(RegelEenmaal, ThePhasesDueDateCountsFromTheLatestStartItHas)
{
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("verval"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    ASSERT_TRUE(db.open());
    {
        const QString sql =
            QStringLiteral("SELECT ") + regel::faseVervalSql("date(%1, ?)") +
            QStringLiteral(" FROM (SELECT ? AS tekenen_datum, ? AS vergunning_datum) h, "
                           "(SELECT ? AS datum) k");
        const auto verval = [&](const QVariant &tekenen, const QVariant &koppeling) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.prepare(sql));
            for (const QVariant &v :
                 {QVariant(QStringLiteral("+%1 days").arg(fase::normDagenVerhuizing)),
                  QVariant(QStringLiteral("+%1 days").arg(fase::normDagenWoonruimte)),
                  QVariant(QStringLiteral("+%1 days").arg(fase::normDagenKoppeling)), tekenen,
                  QVariant(QStringLiteral("2026-01-05")), koppeling})
                q.addBindValue(v);
            EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
            return q.next() ? q.value(0).toString() : QString();
        };
        const QVariant geen(QMetaType::fromType<QString>());
        // Permit only: the coupling is due; coupled: the home; lease signed: the move.
        EXPECT_EQ(verval(geen, geen),
                  QDate(2026, 1, 5).addDays(fase::normDagenKoppeling).toString(Qt::ISODate));
        EXPECT_EQ(verval(geen, QStringLiteral("2026-01-12")),
                  QDate(2026, 1, 12).addDays(fase::normDagenWoonruimte).toString(Qt::ISODate));
        EXPECT_EQ(verval(QStringLiteral("2026-03-01"), QStringLiteral("2026-01-12")),
                  QDate(2026, 3, 1).addDays(fase::normDagenVerhuizing).toString(Qt::ISODate));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("verval"));
}
