#include "ui/tijdlijn/TijdlijnOnderdelen.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace rd::tijdlijnui {

QTableView *maakTabel(QWidget *parent, const QString &naam, const QString &toegankelijk)
{
    auto *tabel = new QTableView(parent);
    tabel->setObjectName(naam);
    tabel->setAccessibleName(toegankelijk);
    tabel->setSelectionBehavior(QAbstractItemView::SelectRows);
    tabel->setSelectionMode(QAbstractItemView::SingleSelection);
    tabel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabel->setAlternatingRowColors(true);
    tabel->setWordWrap(false);
    tabel->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    tabel->verticalHeader()->hide();
    tabel->horizontalHeader()->setStretchLastSection(true);
    tabel->horizontalHeader()->setHighlightSections(false);
    return tabel;
}

QPushButton *maakKnop(QWidget *parent, const QString &tekst, const QString &naam,
                      const QString &uitleg)
{
    auto *knop = new QPushButton(tekst, parent);
    knop->setObjectName(naam);
    knop->setToolTip(uitleg);
    return knop;
}

QWidget *metIcoon(QWidget *parent, QStyle::StandardPixmap icoon, QLabel *tekst)
{
    auto *regel = new QWidget(parent);
    auto *plaatje = new QLabel(regel);
    const int maat = parent->style()->pixelMetric(QStyle::PM_SmallIconSize);
    plaatje->setPixmap(parent->style()->standardIcon(icoon).pixmap(maat, maat));
    auto *layout = new QHBoxLayout(regel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plaatje, 0, Qt::AlignTop);
    layout->addWidget(tekst, 1);
    return regel;
}

} // namespace rd::tijdlijnui
