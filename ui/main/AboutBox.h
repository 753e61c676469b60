#pragma once

#include <QCoreApplication>

class QWidget;

namespace rd {

// Help → About: version, purpose, and where the population figures come from (CBS).
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
public:
    static QString text();
    static void show(QWidget *parent);
};

} // namespace rd
