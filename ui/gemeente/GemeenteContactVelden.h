#pragma once

#include "core/gemeente/GemeenteContact.h"

#include <QGroupBox>
#include <QList>
#include <QString>

class QLabel;
class QLineEdit;

namespace rd {

// The gemeente's contact in the gemeente panel: name, phone and e-mail, printed on the coupling
// letter, and the older free-text contact note (kept as written, never printed). Checked as
// typed with the rules GemeenteService saves by (GemeenteService::controleerContact): the first
// problem is shown under the fields, with the field's name.
class GemeenteContactVelden : public QGroupBox
{
    Q_OBJECT
public:
    explicit GemeenteContactVelden(QWidget *parent = nullptr);

    // Fills the fields; that is not an edit (no gewijzigd()).
    void zet(const GemeenteContact &contact, const QString &notitie);
    GemeenteContact contact() const; // trimmed
    QString notitie() const;         // trimmed

    void setBewerkbaar(bool aan);
    // Gives the field `veld` the focus ("contact.naam", "contact.telefoon", "contact.email",
    // "contactpersoon"); false when it is not one of these.
    bool focusOp(const QString &veld);
    // The label of a field as the panel names it in a message; empty when not one of these.
    static QString veldNaam(const QString &veld);
    // The problem shown under the fields; empty when the contact may be saved.
    QString foutTekst() const;
    // In tab order: name, phone, e-mail, note.
    QList<QWidget *> velden() const;

signals:
    void gewijzigd();

private:
    void controleer();

    QLineEdit *m_naam;
    QLineEdit *m_telefoon;
    QLineEdit *m_email;
    QLineEdit *m_notitie;
    QLabel *m_fout;
};

} // namespace rd
