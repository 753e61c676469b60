#pragma once

#include "core/gemeente/Referentiedata.h"

#include <QComboBox>

namespace rd {

// An editable choice of gemeente by name, completing on any part of the name; holds the
// CBS code. Typing a code ("GM0363") works too.
class GemeenteCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit GemeenteCombo(QWidget *parent = nullptr);

    void setGemeenten(const QList<Gemeente> &gemeenten);
    QString code() const;    // empty when blank or unknown
    bool isOnbekend() const; // text typed that names no gemeente
    void setCode(const QString &code);

signals:
    void gewijzigd();

private:
    int zoek(const QString &text) const;
};

} // namespace rd
