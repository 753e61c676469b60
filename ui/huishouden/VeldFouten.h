#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

namespace rd {

class VeldFout;

// Where the intake form shows validation errors: a field key (as valideer() names it) maps
// to its input widget, the message label under it and a name for the summary. Showing an
// error sets the label, the widget's tooltip and its accessible description.
// A field counts as "touched" once the user edited it; untouched fields stay quiet until
// setAllesTonen(true) (a stored household, or after Save was tried).
class VeldFouten
{
public:
    void registreer(const QString &key, QWidget *veld, VeldFout *label, const QString &naam);
    QWidget *veld(const QString &key) const { return m_velden.value(key).veld; }
    bool isBekend(const QString &key) const { return m_velden.contains(key); }
    QString naam(const QString &key) const { return m_velden.value(key).naam; }

    void markeerAangeraakt(const QString &key) { m_aangeraakt.insert(key); }
    void vergeetAangeraakt() { m_aangeraakt.clear(); }
    // Person keys after `row` move up by one when a row is removed.
    void verwijderPersoonRij(int row);
    void setAllesTonen(bool alles) { m_allesTonen = alles; }
    bool allesTonen() const { return m_allesTonen; }
    bool isZichtbaar(const QString &key) const
    {
        return m_allesTonen || m_aangeraakt.contains(key);
    }

    // Shows the visible errors at their registered fields and clears the others.
    void toon(const QList<Error> &fouten);
    // All messages per key (visible or not), joined when a field has several.
    static QHash<QString, QString> perVeld(const QList<Error> &fouten);

private:
    struct Veld
    {
        QPointer<QWidget> veld;
        QPointer<VeldFout> label;
        QString naam;
        QString uitleg;       // the tooltip without an error
        QString beschrijving; // the accessible description without an error
    };
    QHash<QString, Veld> m_velden;
    QSet<QString> m_aangeraakt;
    bool m_allesTonen = false;
};

} // namespace rd
