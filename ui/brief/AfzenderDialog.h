#pragma once

#include "core/common/Result.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace rd {

class Store;

// The coupling letter's sender (Instellingen::afzender: organisation, regievoerder, phone,
// e-mail) and the contact line of each AZC location of the region, printed on the letters.
// Core checks the sender; its message shows under the field it names.
class AfzenderDialog : public QDialog
{
    Q_OBJECT
public:
    AfzenderDialog(Store &store, int regio, QWidget *parent = nullptr);

    // Saves the sender and the changed contact lines; on an error the field's message shows
    // and nothing of the sender is saved.
    Status bewaar();
    // The message under a field ("afzender.regievoerder", ...); empty when none.
    QString foutBij(const QString &veld) const;

    QLineEdit *organisatie() const { return m_organisatie; }
    QLineEdit *regievoerder() const { return m_regievoerder; }
    QLineEdit *telefoon() const { return m_telefoon; }
    QLineEdit *email() const { return m_email; }
    QTableWidget *azcTabel() const { return m_azcs; }

public slots:
    void accept() override;

private:
    QLineEdit *maakVeld(const QString &naam, const QString &uitleg);
    void wisFouten();

    Store &m_store;
    QLineEdit *m_organisatie;
    QLineEdit *m_regievoerder;
    QLineEdit *m_telefoon;
    QLineEdit *m_email;
    QTableWidget *m_azcs;
    QHash<QString, QLabel *> m_fouten; // field key -> its message label
    QLabel *m_algemeneFout;
    QList<QString> m_oudeContacten; // per table row, to save only what changed
};

} // namespace rd
