#pragma once

#include <QWidget>

class QLabel;

namespace rd {

// The message under a field that needs attention: a warning icon and the text, so the
// status never rests on colour alone. Hidden while there is nothing to say.
class VeldFout : public QWidget
{
    Q_OBJECT
public:
    explicit VeldFout(QWidget *parent = nullptr);

    void toon(const QString &melding); // empty: hide
    QString melding() const;

private:
    QLabel *m_tekst;
};

} // namespace rd
