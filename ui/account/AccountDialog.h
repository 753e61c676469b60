#pragma once

#include "core/common/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace rd {

class FoutLabel;

class Store;

// The local accounts of a store used without a team server (docs/sync.md, accounts, roles and
// scopes), managed in the window as `regiedesk-cli accounts` does: the list (name, role and
// scope, never a hash), adding one (name, role, its scope, a password typed twice), setting an
// account's password and removing one, each through core's AccountCommand with its checks
// (only a beheerder; the first account a beheerder; the last beheerder stays; a joined store has
// the server's accounts). A refusal is said under the fields, naming the field. Once a first
// account is made the window signs in as it (aangemeld), as the store asks every program to
// from then on.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountDialog(Store &store, QWidget *parent = nullptr);

    QTableView *tabel() const { return m_tabel; }
    QString fout() const; // the refusal shown; empty when none

    // Tests answer the removal's question instead of a message box (true: remove).
    using Bevestiger = std::function<bool(const QString &naam)>;
    void setBevestiger(Bevestiger bevestig) { m_bevestig = std::move(bevestig); }

public slots:
    Status voegToe();       // the form's account
    Status zetWachtwoord(); // the selected account's password, from the password fields
    Status verwijder();     // the selected account (asked first in the window)

signals:
    void aangemeld(); // the window now works as the first account made here

private:
    void laad();
    void zetScopeVeld();
    QString gekozen() const;
    Result<QString> wachtwoord() const;
    Status meld(const Status &s);

    Store &m_store;
    QStandardItemModel *m_model;
    QTableView *m_tabel;
    QLineEdit *m_naam;
    QComboBox *m_rol;
    QLabel *m_scopeLabel;
    QLineEdit *m_scope;
    QLineEdit *m_wachtwoord;
    QLineEdit *m_herhaal;
    FoutLabel *m_fout;
    QLabel *m_uitleg;
    QPushButton *m_wachtwoordKnop;
    QPushButton *m_verwijderKnop;
    Bevestiger m_bevestig;
};

} // namespace rd
