// standaardIcoon: the style's icon, looked up once per style (item models ask for it with every
// paint of a row).
#include "ui/widgets/StandaardIcoon.h"

#include <QApplication>
#include <QStyleFactory>

#include <gtest/gtest.h>

using namespace rd;

TEST(StandaardIcoon, OneLookUpPerStyleAndKindAndAnotherStyleItsOwnIcons)
{
    const QIcon eerste = standaardIcoon(QStyle::SP_MessageBoxWarning);
    ASSERT_FALSE(eerste.isNull());
    EXPECT_EQ(standaardIcoon(QStyle::SP_MessageBoxWarning).cacheKey(), eerste.cacheKey())
        << "the same icon, not looked up again";
    EXPECT_NE(standaardIcoon(QStyle::SP_MessageBoxCritical).cacheKey(), eerste.cacheKey())
        << "each kind its own";

    const QString was = QApplication::style()->name();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Windows")));
    const QIcon ander = standaardIcoon(QStyle::SP_MessageBoxWarning);
    EXPECT_FALSE(ander.isNull());
    EXPECT_NE(ander.cacheKey(), eerste.cacheKey()) << "another style: looked up in it";
    QApplication::setStyle(QStyleFactory::create(was));
}
