#pragma once

#include <QLabel>

namespace rd {

// The line under a dialog's fields that says why a value was refused (the field named first):
// dark red, wrapped, hidden until there is something to say, with a name for screen readers and
// tests. One look for every dialog that checks what is typed.
class FoutLabel : public QLabel
{
    Q_OBJECT
public:
    FoutLabel(const QString &objectNaam, const QString &toegankelijkeNaam, QWidget *parent);

    // Shows `tekst`; an empty text hides the line.
    void toon(const QString &tekst);
    // The text shown; empty when hidden.
    QString getoond() const { return isHidden() ? QString() : text(); }
};

} // namespace rd
