// One action per shortcut: every shortcut of the window (its actions and its panels' actions,
// every QShortcut, every button with a shortcut of its own) is listed, and two in the same
// context fail the test. Ctrl+F belongs to the window's find action alone.
#include "VensterTestData.h"

#include "ui/main/MainWindow.h"
#include "ui/main/WerkPanel.h"
#include "ui/taakstelling/RegioBoardPanel.h"
#include "ui/wachtrij/WachtrijPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QHash>
#include <QLineEdit>
#include <QShortcut>

#include <gtest/gtest.h>

namespace rd {
namespace {

struct Sneltoets
{
    QString wie;           // for the failure message
    QKeySequence toets;    // one key sequence
    const QObject *bereik; // where it is active: nullptr for the whole window
};

QString naamVan(const QObject *o)
{
    QString naam = QString::fromLatin1(o->metaObject()->className());
    if (const auto *a = qobject_cast<const QAction *>(o))
        naam += QStringLiteral(" \"%1\"").arg(a->text());
    else if (const auto *b = qobject_cast<const QAbstractButton *>(o))
        naam += QStringLiteral(" \"%1\"").arg(b->text());
    if (!o->objectName().isEmpty())
        naam += QStringLiteral(" (%1)").arg(o->objectName());
    return naam;
}

const QObject *bereikVan(Qt::ShortcutContext context, const QObject *eigenaar)
{
    return context == Qt::WindowShortcut || context == Qt::ApplicationShortcut ? nullptr : eigenaar;
}

// Every shortcut that can fire in the window, each key sequence once per owner.
QList<Sneltoets> sneltoetsen(QWidget *window)
{
    QList<Sneltoets> lijst;
    QList<QAction *> acties = window->findChildren<QAction *>();
    for (QAction *a : window->actions())
        if (!acties.contains(a))
            acties << a;
    for (const QAction *a : acties) {
        if (a->associatedObjects().isEmpty())
            continue; // in no menu, toolbar or widget: it cannot fire
        for (const QKeySequence &k : a->shortcuts())
            lijst << Sneltoets{naamVan(a), k, bereikVan(a->shortcutContext(), a->parent())};
    }
    for (const QShortcut *s : window->findChildren<QShortcut *>())
        for (const QKeySequence &k : s->keys())
            lijst << Sneltoets{naamVan(s), k, bereikVan(s->context(), s->parent())};
    // A button's own shortcut (its mnemonic, Alt+letter from the text, is not one: Qt moves
    // the focus between buttons that share a mnemonic).
    for (const QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (!b->shortcut().isEmpty() && b->shortcut() != QKeySequence::mnemonic(b->text()))
            lijst << Sneltoets{naamVan(b), b->shortcut(), nullptr};
    return lijst;
}

TEST(MainWindowShortcutsTest, EveryShortcutOfTheWindowHasOneActionInItsContext)
{
    test::VensterTestData data;
    auto window = data.open();
    ASSERT_TRUE(window);
    window->huishoudenDock()->show();
    const QList<Sneltoets> lijst = sneltoetsen(window.get());
    ASSERT_GT(lijst.size(), 15) << "the window's actions were not found";
    QHash<QString, QStringList> perToets;
    for (const Sneltoets &s : lijst) {
        const QString sleutel = s.toets.toString(QKeySequence::PortableText) + QLatin1Char('@') +
                                QString::number(quintptr(s.bereik), 16);
        perToets[sleutel] << s.wie;
    }
    for (auto it = perToets.cbegin(); it != perToets.cend(); ++it)
        EXPECT_EQ(it.value().size(), 1)
            << it.key().section(QLatin1Char('@'), 0, 0).toStdString() << " is claimed by "
            << it.value().join(QStringLiteral(", ")).toStdString();
}

TEST(MainWindowShortcutsTest, CtrlSSavesTheHouseholdThroughTheWindowsActionOnly)
{
    test::VensterTestData data;
    auto window = data.open();
    ASSERT_TRUE(window);
    QStringList ctrlS;
    for (const Sneltoets &s : sneltoetsen(window.get()))
        if (s.toets == QKeySequence(QKeySequence::Save))
            ctrlS << s.wie;
    ASSERT_EQ(ctrlS.size(), 1) << ctrlS.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(ctrlS.first().contains(QStringLiteral("opslaanHuishoudenAction")))
        << ctrlS.first().toStdString();
}

TEST(MainWindowShortcutsTest, CtrlFBelongsToTheWindowsFindActionNotToAFilterField)
{
    test::VensterTestData data;
    auto window = data.open();
    ASSERT_TRUE(window);
    const QKeySequence ctrlF(Qt::CTRL | Qt::Key_F);
    QList<QAction *> eigenaars;
    for (QAction *a : window->findChildren<QAction *>())
        if (a->shortcuts().contains(ctrlF) && !a->associatedObjects().isEmpty())
            eigenaars << a;
    ASSERT_EQ(eigenaars.size(), 1) << "one find action for the window";
    // Not an action of the queue's or the board's filter field or panel.
    const QWidget *panelen[] = {window->werkPanel()->wachtrij(), window->werkPanel()->board()};
    for (const QObject *o = eigenaars.first(); o; o = o->parent())
        for (const QWidget *panel : panelen)
            EXPECT_NE(o, panel) << "Ctrl+F is claimed inside a panel";
    for (const QWidget *panel : panelen)
        for (const QShortcut *s : panel->findChildren<QShortcut *>())
            EXPECT_FALSE(s->keys().contains(ctrlF));
    EXPECT_FALSE(window->werkPanel()->board()->filter()->placeholderText().contains(
        QStringLiteral("Ctrl+F)")))
        << "the board filter names its own key";
}

} // namespace
} // namespace rd
