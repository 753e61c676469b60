// isoDatum writes a date exactly as QDate::toString(Qt::ISODate) does.
#include "core/common/IsoDatum.h"

#include <gtest/gtest.h>

using namespace rd;

TEST(IsoDatum, EveryDayOfFourCenturiesAsQtWritesIt)
{
    int gezien = 0;
    for (QDate d(1900, 1, 1); d <= QDate(2300, 12, 31); d = d.addDays(1)) {
        ASSERT_EQ(isoDatum(d), d.toString(Qt::ISODate)) << d.toString().toStdString();
        ++gezien;
    }
    EXPECT_EQ(gezien, QDate(1900, 1, 1).daysTo(QDate(2300, 12, 31)) + 1);
}

TEST(IsoDatum, EdgesAndInvalidDatesAsQtWritesThem)
{
    for (const QDate &d : {QDate(0, 1, 1), QDate(1, 1, 1), QDate(9999, 12, 31), QDate(10000, 1, 1),
                           QDate(-1, 12, 31), QDate(2026, 2, 30), QDate()})
        EXPECT_EQ(isoDatum(d), d.toString(Qt::ISODate)) << d.year();
    EXPECT_EQ(isoDatum(QDate(2026, 11, 29)), QStringLiteral("2026-11-29"));
    EXPECT_TRUE(isoDatum(QDate()).isEmpty());
}
