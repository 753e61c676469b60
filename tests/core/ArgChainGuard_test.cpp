// Guard for issue 11: no chained `.arg(a).arg(b)` anywhere in the sources. The second call
// substitutes into whatever "%N" is left after the first, including a "%1" that came in with a
// file name or a gemeente name. All substitutions happen in one call, `.arg(a, b, c)` with
// QStrings (QString::number for numbers), so a chain is always a mistake and the guard needs
// no judgement of what an argument holds.
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

// The text with comments and the insides of string and character literals (raw strings too)
// blanked, line breaks kept: what is left is code, at the same line numbers.
QString alleenCode(const QString &bron)
{
    QString uit = bron;
    const qsizetype n = bron.size();
    const auto blank = [&uit](qsizetype van, qsizetype tot) {
        for (qsizetype i = van; i < tot; ++i) {
            if (uit.at(i) != QLatin1Char('\n'))
                uit[i] = QLatin1Char(' ');
        }
    };
    // The identifier or number that ends just before `i` (a literal's prefix such as u8).
    const auto woordVoor = [&bron](qsizetype i) {
        qsizetype begin = i;
        while (begin > 0 &&
               (bron.at(begin - 1).isLetterOrNumber() || bron.at(begin - 1) == QLatin1Char('_')))
            --begin;
        return QStringView(bron).mid(begin, i - begin);
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = bron.at(i);
        const QChar volgend = i + 1 < n ? bron.at(i + 1) : QChar();
        if (c == QLatin1Char('/') && volgend == QLatin1Char('/')) {
            qsizetype eind = bron.indexOf(QLatin1Char('\n'), i);
            eind = eind < 0 ? n : eind;
            blank(i, eind);
            i = eind;
        } else if (c == QLatin1Char('/') && volgend == QLatin1Char('*')) {
            qsizetype eind = bron.indexOf(QLatin1String("*/"), i + 2);
            eind = eind < 0 ? n : eind + 2;
            blank(i, eind);
            i = eind;
        } else if (c == QLatin1Char('R') && volgend == QLatin1Char('"') &&
                   QStringList{QString(), QStringLiteral("u8"), QStringLiteral("u"),
                               QStringLiteral("U"), QStringLiteral("L")}
                       .contains(woordVoor(i))) {
            const qsizetype open = bron.indexOf(QLatin1Char('('), i + 2);
            if (open < 0)
                return uit;
            const QString sluit =
                QLatin1Char(')') + bron.mid(i + 2, open - i - 2) + QLatin1Char('"');
            qsizetype eind = bron.indexOf(sluit, open);
            eind = eind < 0 ? n : eind + sluit.size();
            blank(i + 2, eind - 1);
            i = eind;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            // A ' after the digits of a number is a digit separator (20'000'000), not a literal.
            if (const QStringView voor = woordVoor(i);
                c == QLatin1Char('\'') && !voor.isEmpty() && voor.front().isDigit()) {
                ++i;
                continue;
            }
            qsizetype j = i + 1;
            while (j < n && bron.at(j) != c && bron.at(j) != QLatin1Char('\n'))
                j += bron.at(j) == QLatin1Char('\\') ? 2 : 1;
            blank(i + 1, std::min(j, n));
            i = j + 1;
        } else {
            ++i;
        }
    }
    return uit;
}

// The position just after `.arg(` when it starts at `i` (spaces allowed around), else -1.
qsizetype naArgOpen(const QString &code, qsizetype i)
{
    const auto spaties = [&code](qsizetype j) {
        while (j < code.size() && code.at(j).isSpace())
            ++j;
        return j;
    };
    i = spaties(i);
    if (!QStringView(code).mid(i).startsWith(QLatin1String(".arg")))
        return -1;
    i = spaties(i + 4);
    return i < code.size() && code.at(i) == QLatin1Char('(') ? i + 1 : -1;
}

// The line numbers (from 1) where a `.arg(...)` is directly followed by another `.arg(`.
QList<int> ketens(const QString &bron)
{
    const QString code = alleenCode(bron);
    QList<int> regels;
    for (qsizetype i = code.indexOf(QLatin1String(".arg")); i >= 0;
         i = code.indexOf(QLatin1String(".arg"), i + 1)) {
        qsizetype j = naArgOpen(code, i);
        if (j < 0)
            continue;
        for (int diepte = 1; j < code.size() && diepte > 0; ++j) {
            if (code.at(j) == QLatin1Char('('))
                ++diepte;
            else if (code.at(j) == QLatin1Char(')'))
                --diepte;
        }
        if (naArgOpen(code, j) >= 0)
            regels << int(QStringView(code).left(i).count(QLatin1Char('\n'))) + 1;
    }
    return regels;
}

} // namespace

TEST(ArgChainGuard, FindsChainsOnOneLineAndSplitOverLines)
{
    EXPECT_EQ(ketens(QStringLiteral("auto a = tr(\"%1 %2\").arg(x).arg(y);")), QList<int>{1});
    EXPECT_EQ(ketens(QStringLiteral("f();\nauto a = tr(\"%1 %2\")\n    .arg(g(x, h(y)))\n"
                                    "    .arg(y, z);")),
              QList<int>{3});
    EXPECT_EQ(ketens(QStringLiteral("s.arg(1).arg ( 2 ).arg(3)")), (QList<int>{1, 1}));
}

TEST(ArgChainGuard, IgnoresOneCallCommentsStringsAndOtherNames)
{
    EXPECT_TRUE(
        ketens(QStringLiteral("auto a = tr(\"%1 %2\").arg(x, QString::number(n));")).isEmpty());
    EXPECT_TRUE(ketens(QStringLiteral("a.arg(x) + b.arg(y);")).isEmpty());
    EXPECT_TRUE(ketens(QStringLiteral("// old: .arg(a).arg(b)\n/* .arg(a).arg(b) */")).isEmpty());
    EXPECT_TRUE(ketens(QStringLiteral("auto s = \".arg(a).arg(b)\"; char q = '\"';")).isEmpty());
    EXPECT_TRUE(ketens(QStringLiteral("auto r = R\"x(.arg(\")\".arg(b))x\";")).isEmpty());
    EXPECT_TRUE(ketens(QStringLiteral("auto r = u8R\"(.arg(a).arg(b))\";")).isEmpty());
    EXPECT_EQ(ketens(QStringLiteral("FOOBAR\"s\"; x.arg(a).arg(b);")), QList<int>{1})
        << "an identifier ending in R is no raw string";
    EXPECT_TRUE(ketens(QStringLiteral("n = 20'000'000; x.arg(n); c = u'0'; y.arguments(1).arg(2);"))
                    .isEmpty());
}

TEST(ArgChainGuard, NoChainedArgInTheSources)
{
    const QDir root(QStringLiteral(REGIEDESK_SOURCE_DIR));
    QStringList gevonden;
    int bestanden = 0;
    for (const char *map : {"core", "ui", "app", "tests"}) {
        QDirIterator it(root.filePath(QLatin1String(map)),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString pad = it.next();
            QFile file(pad);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << pad.toStdString();
            ++bestanden;
            for (int regel : ketens(QString::fromUtf8(file.readAll())))
                gevonden << QStringLiteral("%1:%2").arg(root.relativeFilePath(pad),
                                                        QString::number(regel));
        }
    }
    EXPECT_GT(bestanden, 100) << "the sources were not found under " REGIEDESK_SOURCE_DIR;
    EXPECT_TRUE(gevonden.isEmpty())
        << "chained .arg(...).arg(...): use one call .arg(a, b) with QStrings "
           "(QString::number for numbers):\n"
        << gevonden.join(QLatin1Char('\n')).toStdString();
}
