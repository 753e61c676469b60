#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rd {

class FoutLabel;

class Store;

// Signing in on a store with local accounts (docs/sync.md): a name and a password, checked by
// core (account::meldAan), which sets the account on the store when they match. A wrong pair is
// said under the fields, the password emptied and asked again; cancelled, nothing is set and
// the window does not open the store.
class AanmeldDialog : public QDialog
{
    Q_OBJECT
public:
    AanmeldDialog(Store &store, const QString &naam, QWidget *parent = nullptr);

    void accept() override;

private:
    Store &m_store;
    QLineEdit *m_naam;
    QLineEdit *m_wachtwoord;
    FoutLabel *m_fout;
};

} // namespace rd
