// The include graph (issue 14): core never includes ui or app, ui never includes app, and the
// folders of one layer include each other without a cycle, so every folder can be read, tested
// and changed on top of the ones below it (docs/naming/README.md, "Folders in layers").

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <gtest/gtest.h>

#include <functional>

namespace {

// folder ("core/koppeling") -> folders it includes -> one file that does, for the message.
using Graaf = QMap<QString, QMap<QString, QString>>;

// The folder of an include path ("core/koppeling/X.h" -> "core/koppeling"); empty for a path
// outside the layers.
QString mapVan(const QString &pad)
{
    const QStringList delen = pad.split(QLatin1Char('/'));
    if (delen.size() < 3)
        return {};
    if (delen[0] != QLatin1String("core") && delen[0] != QLatin1String("ui") &&
        delen[0] != QLatin1String("app"))
        return {};
    return delen[0] + QLatin1Char('/') + delen[1];
}

// Adds the edges of one source text, read as file `bestand` in folder `map`.
void leesIncludes(Graaf &graaf, const QString &map, const QString &bestand, const QString &tekst)
{
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"),
                                            QRegularExpression::MultilineOption);
    auto it = include.globalMatch(tekst);
    while (it.hasNext()) {
        const QString doel = mapVan(it.next().captured(1));
        if (!doel.isEmpty() && doel != map && !graaf[map].contains(doel))
            graaf[map].insert(doel, bestand);
    }
    graaf[map]; // a folder that includes nothing is still a node
}

Graaf leesBron(const QString &root)
{
    Graaf graaf;
    for (const char *laag : {"core", "ui", "app"}) {
        QDirIterator it(QDir(root).filePath(QLatin1String(laag)), {"*.h", "*.cpp"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString pad = it.next();
            const QString rel = QDir(root).relativeFilePath(pad);
            const QString map = mapVan(rel);
            if (map.isEmpty())
                continue; // app/main.cpp and the like: a layer's top, no folder
            QFile f(pad);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            leesIncludes(graaf, map, rel, QString::fromUtf8(f.readAll()));
        }
    }
    return graaf;
}

// Includes that point upwards: core -> ui|app, ui -> app. One line each.
QStringList omhoog(const Graaf &graaf)
{
    auto rang = [](const QString &map) {
        return map.startsWith(QLatin1String("core/")) ? 0
               : map.startsWith(QLatin1String("ui/")) ? 1
                                                      : 2;
    };
    QStringList fouten;
    for (auto it = graaf.cbegin(); it != graaf.cend(); ++it)
        for (auto d = it.value().cbegin(); d != it.value().cend(); ++d)
            if (rang(d.key()) > rang(it.key()))
                fouten << QStringLiteral("%1 includes %2").arg(d.value(), d.key());
    return fouten;
}

// Every cycle's folders, as "a -> b -> ... -> a" with the file of each step; empty when there
// is none. Depth first: a back edge closes a cycle.
QStringList cycli(const Graaf &graaf)
{
    QStringList gevonden;
    QMap<QString, int> staat; // 0 unseen, 1 on the path, 2 done
    QStringList pad;
    std::function<void(const QString &)> bezoek = [&](const QString &map) {
        staat[map] = 1;
        pad << map;
        for (auto d = graaf.value(map).cbegin(); d != graaf.value(map).cend(); ++d) {
            if (staat.value(d.key()) == 1) {
                QStringList ring = pad.mid(pad.indexOf(d.key()));
                ring << d.key();
                QStringList stappen;
                for (qsizetype i = 0; i + 1 < ring.size(); ++i)
                    stappen << QStringLiteral("%1 -> %2 (%3)")
                                   .arg(ring[i], ring[i + 1], graaf[ring[i]][ring[i + 1]]);
                gevonden << stappen.join(QLatin1String(", "));
            } else if (staat.value(d.key()) == 0) {
                bezoek(d.key());
            }
        }
        pad.removeLast();
        staat[map] = 2;
    };
    for (auto it = graaf.cbegin(); it != graaf.cend(); ++it)
        if (staat.value(it.key()) == 0)
            bezoek(it.key());
    return gevonden;
}

} // namespace

TEST(IncludeGraph, FindsAnIncludeUpwardsAndACycle)
{
    Graaf graaf;
    leesIncludes(graaf, QStringLiteral("core/a"), QStringLiteral("core/a/A.cpp"),
                 QStringLiteral("#include \"core/b/B.h\"\n#include <QString>\n"));
    leesIncludes(graaf, QStringLiteral("core/b"), QStringLiteral("core/b/B.cpp"),
                 QStringLiteral("  #  include \"core/c/C.h\"\n"));
    leesIncludes(graaf, QStringLiteral("core/c"), QStringLiteral("core/c/C.cpp"),
                 QStringLiteral("#include \"core/a/A.h\"\n#include \"ui/x/X.h\"\n"));
    leesIncludes(graaf, QStringLiteral("ui/x"), QStringLiteral("ui/x/X.cpp"),
                 QStringLiteral("#include \"core/d/D.h\"\n// #include \"app/cli/Y.h\" is text\n"
                                "#include \"X.h\"\n"));

    EXPECT_EQ(omhoog(graaf), QStringList{QStringLiteral("core/c/C.cpp includes ui/x")});
    const QStringList ring = cycli(graaf);
    ASSERT_EQ(ring.size(), 1);
    EXPECT_EQ(ring[0], QStringLiteral("core/a -> core/b (core/a/A.cpp), core/b -> core/c "
                                      "(core/b/B.cpp), core/c -> core/a (core/c/C.cpp)"));
    // Without the edge back the graph has no cycle, and ui including core is fine.
    graaf[QStringLiteral("core/c")].remove(QStringLiteral("core/a"));
    graaf[QStringLiteral("core/c")].remove(QStringLiteral("ui/x"));
    EXPECT_TRUE(cycli(graaf).isEmpty());
    EXPECT_TRUE(omhoog(graaf).isEmpty());
}

TEST(IncludeGraph, CoreNeverIncludesUiAndNoLayerIncludesTheOneAbove)
{
    const Graaf graaf = leesBron(QStringLiteral(REGIEDESK_SOURCE_DIR));
    ASSERT_TRUE(graaf.contains(QStringLiteral("core/koppeling")));
    ASSERT_TRUE(graaf.contains(QStringLiteral("ui/koppeling")));
    EXPECT_TRUE(graaf[QStringLiteral("ui/koppeling")].contains(QStringLiteral("core/koppeling")));
    const QStringList fouten = omhoog(graaf);
    EXPECT_TRUE(fouten.isEmpty()) << fouten.join(QLatin1Char('\n')).toStdString();
}

TEST(IncludeGraph, NoCycleBetweenFolders)
{
    const Graaf graaf = leesBron(QStringLiteral(REGIEDESK_SOURCE_DIR));
    ASSERT_GT(graaf.size(), 30);
    const QStringList ring = cycli(graaf);
    EXPECT_TRUE(ring.isEmpty()) << ring.join(QLatin1Char('\n')).toStdString();
}
