#include "ui/account/AanmeldDialog.h"

#include "core/account/AccountService.h"
#include "core/store/Store.h"

#include "ui/widgets/FoutLabel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

AanmeldDialog::AanmeldDialog(Store &store, const QString &naam, QWidget *parent)
    : QDialog(parent), m_store(store), m_naam(new QLineEdit(naam, this)),
      m_wachtwoord(new QLineEdit(this)),
      m_fout(new FoutLabel(QStringLiteral("aanmeldFout"), tr("Sign-in error"), this))
{
    setWindowTitle(tr("Sign in — Regiedesk"));
    auto *uitleg = new QLabel(tr("%1 has accounts. Sign in with your account's name and "
                                 "password; what you may change follows from its role.")
                                  .arg(QFileInfo(store.path()).fileName()),
                              this);
    uitleg->setWordWrap(true);
    m_naam->setMaxLength(63);
    m_wachtwoord->setEchoMode(QLineEdit::Password);

    auto *velden = new QFormLayout;
    velden->addRow(tr("&Name:"), m_naam);
    velden->addRow(tr("&Password:"), m_wachtwoord);
    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    knoppen->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(knoppen, &QDialogButtonBox::accepted, this, &AanmeldDialog::accept);
    connect(knoppen, &QDialogButtonBox::rejected, this, &AanmeldDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(uitleg);
    layout->addLayout(velden);
    layout->addWidget(m_fout);
    layout->addWidget(knoppen);
    (naam.isEmpty() ? m_naam : m_wachtwoord)->setFocus();
    setMinimumWidth(440);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

void AanmeldDialog::accept()
{
    const QString naam = m_naam->text().trimmed();
    const QString wachtwoord = m_wachtwoord->text();
    auto wie = account::meldAan(m_store, naam, [&] { return wachtwoord; });
    m_wachtwoord->clear();
    if (!wie || !wie->has_value()) {
        m_fout->toon(wie ? tr("This store has no accounts.") : wie.error().message);
        adjustSize(); // the message's line below the fields, the text above them whole
        m_wachtwoord->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rd
