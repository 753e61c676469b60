#pragma once

#include "core/common/Result.h"
#include "core/gemeente/GemeenteService.h"
#include "ui/widgets/Asker.h"

#include <QDialog>
#include <QHash>
#include <QMessageBox>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rd {

class Werkbestand;
class Wijziging;

class GemeenteContactVelden;
class Store;

// What the regievoerder keeps about one gemeente: its housing stock (the profile the coupling
// check weighs), its contact (name, phone, e-mail for the coupling letter, and a free-text
// note), notes, and its partnership memberships. Profile, contact and notes are saved together
// with OK, in one transaction; joining or leaving a partnership is an immediate, separate
// change. Every change is a step (GemeenteProfielCommand, PartnerschapLidCommand) through the
// work file when one is given (undoable from the window, in the change log), else run at once
// (still in the change log).
class GemeenteDialog : public QDialog
{
    Q_OBJECT
public:
    GemeenteDialog(Store &store, const QString &code, QWidget *parent = nullptr,
                   Werkbestand *bestand = nullptr);

    // Reads the gemeente and fills every field (called by the constructor); an error is shown
    // in the dialog and the fields are disabled.
    Status laad();
    // Stores profile, contact and notes in one change; an error is shown and the field it names
    // gets the focus. Nothing changed: nothing is written.
    Status opslaan();
    // Profile, contact or notes differ from what was loaded or last saved.
    bool isGewijzigd() const;

    // Joins the partnership chosen in the combo; leaves the one selected in the list. Each is
    // one change of its own; a refusal is shown beside the partnerships.
    Status doeMee();
    Status verlaat();

    QString code() const { return m_code; }
    QString foutTekst() const;             // the save error shown, empty when none
    QString partnerschapFoutTekst() const; // the membership error shown, empty when none

    // Replaces the Save/Discard/Cancel question asked when closing with unsaved edits.
    // Who asks whether to save on closing; a message box unless another is injected.
    void setAsker(std::shared_ptr<Asker> asker);

    void accept() override; // saves first; stays open when saving fails
    void reject() override; // asks when there are unsaved edits

signals:
    // After a successful save or membership change, so the board can reload.
    void gemeenteGewijzigd(const QString &code);

private:
    Status voer(Wijziging *stap);
    QStringList gekozenProfiel() const;
    void toonPartnerschappen(const QList<Partnerschap> &lid);
    void lidmaatschapGewijzigd();
    void toonFout(QLabel *label, const QString &tekst);
    void focusOp(const QString &veld);
    void werkKnoppenBij();
    void zetBewerkbaar(bool aan);
    QMessageBox::StandardButton vraagOpslaan();

    Store &m_store;
    Werkbestand *m_bestand;
    QString m_code;
    GemeenteGegevens m_geladen;
    bool m_bewerkbaar = false;
    std::shared_ptr<Asker> m_asker = messageBoxAsker();

    QLineEdit *m_codeVeld;
    QLineEdit *m_provincie;
    QLineEdit *m_regio;
    QHash<QString, QCheckBox *> m_profiel;
    GemeenteContactVelden *m_contact;
    QPlainTextEdit *m_notities;
    QListWidget *m_lidVan;
    QPushButton *m_verlaat;
    QComboBox *m_andere;
    QPushButton *m_doeMee;
    QLabel *m_partnerschapFout;
    QLabel *m_fout;
    QDialogButtonBox *m_knoppen;
};

} // namespace rd
