#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rd {

class FoutLabel;

class Store;

// File ▸ Change my password…: the account signed in on a store with local accounts changes its
// own password, whatever its role (docs/sync.md, accounts): the current password, the new one
// twice. Core's AccountCommand::wijzigEigenWachtwoord checks the current one and the new one's
// length; a refusal (or two new ones that differ) is said under the fields, naming the field,
// and the dialog stays open with nothing changed.
class WachtwoordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WachtwoordDialog(Store &store, QWidget *parent = nullptr);

    void accept() override;
    QString fout() const; // the refusal shown; empty when none

private:
    Store &m_store;
    QLineEdit *m_huidig;
    QLineEdit *m_nieuw;
    QLineEdit *m_herhaal;
    FoutLabel *m_fout;
};

} // namespace rd
