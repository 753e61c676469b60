#pragma once

#include <QStyle>

class QLabel;
class QPushButton;
class QString;
class QTableView;
class QWidget;

namespace rd::tijdlijnui {

// The building blocks of TijdlijnPanel.
// A read-only table of whole rows, one selected at a time.
QTableView *maakTabel(QWidget *parent, const QString &naam, const QString &toegankelijk);
QPushButton *maakKnop(QWidget *parent, const QString &tekst, const QString &naam,
                      const QString &uitleg);
// A line with an icon before the text, so a warning is not told by colour alone.
QWidget *metIcoon(QWidget *parent, QStyle::StandardPixmap icoon, QLabel *tekst);

} // namespace rd::tijdlijnui
