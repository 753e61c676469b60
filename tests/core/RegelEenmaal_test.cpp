// Rules in one place (issue 14): the household's region and the active coupling are written
// once (core/regel/HuishoudenSql.h, view koppeling_actief); a copy of either in a service's SQL
// is found here, naming its file, so the two cannot drift apart again.
#include "core/regel/HuishoudenSql.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <gtest/gtest.h>

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
    QStringList uit;
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
        if (rel == QLatin1String("core/regel/HuishoudenSql.h") ||
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
