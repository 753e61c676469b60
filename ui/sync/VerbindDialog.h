#pragma once

#include "ui/widgets/FoutLabel.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rd {

class Store;

// File ▸ Join a team server… (issue 16, docs/sync.md): the window's `connect`. The server's
// address (postgresql://host/database), the login and its password; joining registers this
// device at the server and records the server in the store (sync::sluitAan), after which the
// status bar shows it and File ▸ Synchronise sends this store's changes from then on. A refusal
// (no server there, a wrong password, no account, a store with local accounts) is said in the
// dialog, which stays open with what was typed; the password is never stored.
class VerbindDialog : public QDialog
{
    Q_OBJECT

public:
    VerbindDialog(Store &store, QWidget *parent = nullptr);

    QLineEdit *adresVeld() const { return m_adres; }
    QLineEdit *gebruikerVeld() const { return m_gebruiker; }
    QLineEdit *wachtwoordVeld() const { return m_wachtwoord; }
    QLabel *foutLabel() const { return m_fout; }
    // The password it joined with (for the sync of this session); empty before.
    QString wachtwoord() const { return m_gebruikt; }

    // Joins with what the fields hold; false (and the reason in the dialog) when refused.
    bool verbind();

private:
    Store &m_store;
    QLineEdit *m_adres;
    QLineEdit *m_gebruiker;
    QLineEdit *m_wachtwoord;
    FoutLabel *m_fout;
    QDialogButtonBox *m_knoppen;
    QString m_gebruikt;
};

} // namespace rd
