#pragma once

#include "core/domain/HalfJaar.h"

#include <QComboBox>
#include <QDate>

namespace rd {

// The half-years from 2023-H1 up to the one after today's, newest first; today's is the default.
class HalfJaarCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit HalfJaarCombo(const QDate &vandaag = QDate::currentDate(), QWidget *parent = nullptr);

    static HalfJaar eerste() { return HalfJaar(2023, 1); }

    HalfJaar halfJaar() const;
    bool setHalfJaar(const HalfJaar &halfJaar); // false (and unchanged) when not in the list

signals:
    void halfJaarChanged(const rd::HalfJaar &halfJaar);
};

} // namespace rd
