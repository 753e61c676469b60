#pragma once

#include "core/weigering/Gezinshereniging.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace rd {

// The status lines of the household's timeline panel: the family reunification block with its
// decision (and a button to decide), and whether the household is a zelfhuisvester. It only
// shows what TijdlijnPanel reads from core and asks for changes through its signals; the panel
// pushes the commands.
class HuishoudenStatusRegel : public QWidget
{
    Q_OBJECT
public:
    explicit HuishoudenStatusRegel(QWidget *parent = nullptr);

    // Shows the stand of a household; the reunification line only when it has a family date.
    // `voegtBijVNummer`: the reference V-nummer of the household this one joins (empty: none).
    void toon(const HerenigingStand &stand, bool zelfhuisvester, const QDate &vandaag,
              const QString &voegtBijVNummer = {});
    // No household: nothing to show, nothing to change.
    void leeg();
    // Reflects a stored value without asking for a change.
    void setZelfhuisvester(bool zelfhuisvester);

    bool isZelfhuisvester() const;
    QString herenigingText() const; // empty when the line is not shown
    QCheckBox *zelfhuisvesterBox() const { return m_zelfhuisvester; }
    QPushButton *besluitKnop() const { return m_besluit; }
    QPushButton *voegBijKnop() const { return m_voegBij; }
    QString voegBijText() const;

signals:
    void besluitGevraagd();
    // The user (not the program) ticked or cleared the checkbox.
    void zelfhuisvesterGevraagd(bool zelfhuisvester);
    void voegBijGevraagd();

private:
    QWidget *m_hereniging;
    QLabel *m_herenigingTekst;
    QPushButton *m_besluit;
    QCheckBox *m_zelfhuisvester;
    QLabel *m_voegBijTekst;
    QPushButton *m_voegBij;
};

} // namespace rd
