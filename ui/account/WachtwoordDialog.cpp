#include "ui/account/WachtwoordDialog.h"

#include "core/account/AccountCommand.h"
#include "core/account/Wachtwoord.h"
#include "core/store/Store.h"

#include "ui/widgets/FoutLabel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace rd {

WachtwoordDialog::WachtwoordDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_huidig(new QLineEdit(this)), m_nieuw(new QLineEdit(this)),
      m_herhaal(new QLineEdit(this)),
      m_fout(new FoutLabel(QStringLiteral("wachtwoordFout"), tr("Password error"), this))
{
    setObjectName(QStringLiteral("wachtwoordDialog"));
    setWindowTitle(tr("Change my password"));
    const QString naam = store.account() ? store.account()->naam : QString();
    auto *uitleg = new QLabel(tr("The password of %1 on this store. The new one has at least %2 "
                                 "characters; you sign in with it from now on.")
                                  .arg(naam, QString::number(wachtwoord::minimumLengte)),
                              this);
    uitleg->setWordWrap(true);
    m_huidig->setObjectName(QStringLiteral("huidigWachtwoord"));
    m_nieuw->setObjectName(QStringLiteral("nieuwWachtwoord"));
    m_herhaal->setObjectName(QStringLiteral("herhaalWachtwoord"));
    for (QLineEdit *veld : {m_huidig, m_nieuw, m_herhaal}) {
        veld->setEchoMode(QLineEdit::Password);
        veld->setMinimumWidth(240); // room for a long password's dots
    }

    auto *velden = new QFormLayout;
    velden->addRow(tr("&Current password:"), m_huidig);
    velden->addRow(tr("&New password:"), m_nieuw);
    velden->addRow(tr("&Repeat new password:"), m_herhaal);
    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    knoppen->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    connect(knoppen, &QDialogButtonBox::accepted, this, &WachtwoordDialog::accept);
    connect(knoppen, &QDialogButtonBox::rejected, this, &WachtwoordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(uitleg);
    layout->addLayout(velden);
    layout->addWidget(m_fout);
    layout->addWidget(knoppen);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_huidig->setFocus();
}

QString WachtwoordDialog::fout() const
{
    return m_fout->getoond();
}

void WachtwoordDialog::accept()
{
    Status s;
    if (m_nieuw->text() != m_herhaal->text()) {
        s = Error{tr("Repeat new password"), tr("the two new passwords differ; nothing changed")};
    } else {
        std::unique_ptr<AccountCommand> stap(
            AccountCommand::wijzigEigenWachtwoord(m_store, m_huidig->text(), m_nieuw->text()));
        s = stap->voerUit();
    }
    if (s) {
        QDialog::accept();
        return;
    }
    m_fout->toon(s.error().toString());
    adjustSize();
    // the field to type again: the current password when it was wrong, else the new ones
    const bool huidigFout =
        s.error().where == QCoreApplication::translate("Account", "current password");
    for (QLineEdit *veld : {m_huidig, m_nieuw, m_herhaal})
        if (huidigFout ? veld == m_huidig : veld != m_huidig)
            veld->clear();
    (huidigFout ? m_huidig : m_nieuw)->setFocus();
}

} // namespace rd
