// Edit ▸ Suggestion weights… (issue 15): the dialog shows the weights in force, OK sets them as
// one undoable step in the change log, undo puts the old ones back; the menu opens it.
#include "VensterTestData.h"

#include "core/journaal/Journaal.h"
#include "core/suggestie/SuggestieService.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/main/MainWindow.h"
#include "ui/suggestie/GewichtenDialog.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace rd {

TEST(GewichtenDialog, ShowsTheWeightsInForceAndSetsThemAsOneUndoableStep)
{
    test::VensterTestData data;
    auto window = data.open();
    ASSERT_NE(window, nullptr);
    Werkbestand &bestand = *window->werkbestand();
    ASSERT_NE(window->findChild<QAction *>(QStringLiteral("gewichtenAction")), nullptr);

    GewichtenDialog dialoog(bestand);
    ASSERT_NE(dialoog.veld(Factor::Achterstand), nullptr);
    EXPECT_DOUBLE_EQ(dialoog.veld(Factor::Achterstand)->value(), Gewichten().achterstand);
    EXPECT_DOUBLE_EQ(dialoog.veld(Factor::Achterstand)->maximum(), 10);
    dialoog.veld(Factor::Achterstand)->setValue(2.5);
    dialoog.veld(Factor::Binding)->setValue(0);
    const int stappen = bestand.undoStack()->count();
    ASSERT_TRUE(dialoog.bewaar().ok());
    EXPECT_EQ(bestand.undoStack()->count(), stappen + 1);
    auto gezet = SuggestieService(*bestand.store()).gewichten();
    ASSERT_TRUE(gezet.ok());
    EXPECT_DOUBLE_EQ(gezet->achterstand, 2.5);
    EXPECT_DOUBLE_EQ(gezet->binding, 0);
    EXPECT_DOUBLE_EQ(gezet->tempo, Gewichten().tempo) << "the others unchanged";
    auto regels = journaal::lees(*bestand.store());
    ASSERT_TRUE(regels.ok());
    EXPECT_EQ(regels->last().soort, QStringLiteral("gewichten"));

    GewichtenDialog opnieuw(bestand);
    EXPECT_DOUBLE_EQ(opnieuw.veld(Factor::Achterstand)->value(), 2.5) << "shows what is in force";

    bestand.undoStack()->undo();
    auto terug = SuggestieService(*bestand.store()).gewichten();
    ASSERT_TRUE(terug.ok());
    EXPECT_DOUBLE_EQ(terug->achterstand, Gewichten().achterstand);
}

} // namespace rd
