#pragma once

#include <QDate>
#include <QStringView>

// Field readers shared by the household CSV import's parts (not a public API).
namespace rd {

// QDate::fromString(tekst, Qt::ISODate), with a shortcut for the usual YYYY-MM-DD in digits.
QDate leesIsoDatum(QStringView tekst);

// The number an all-digit text (ASCII digits, up to 18) stands for, or -1.
qint64 cijferGetal(QStringView tekst);

} // namespace rd
