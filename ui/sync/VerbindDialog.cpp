#include "ui/sync/VerbindDialog.h"

#include "core/sync/ServerAdres.h"
#include "core/sync/Sync.h"

#include "ui/widgets/FoutLabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace rd {

VerbindDialog::VerbindDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_adres(new QLineEdit(this)),
      m_gebruiker(new QLineEdit(this)), m_wachtwoord(new QLineEdit(this)),
      m_fout(new FoutLabel(QStringLiteral("verbindFout"), tr("Connection error"), this)),
      m_knoppen(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Join a team server"));
    m_adres->setObjectName(QStringLiteral("verbindAdres"));
    m_adres->setPlaceholderText(QStringLiteral("postgresql://server.coa.local/regiedesk"));
    m_adres->setAccessibleName(tr("Server address"));
    m_gebruiker->setObjectName(QStringLiteral("verbindGebruiker"));
    m_gebruiker->setAccessibleName(tr("Login"));
    m_wachtwoord->setObjectName(QStringLiteral("verbindWachtwoord"));
    m_wachtwoord->setEchoMode(QLineEdit::Password);
    m_wachtwoord->setAccessibleName(tr("Password"));

    auto *uitleg = new QLabel(
        tr("This store's changes from now on are sent to the team server, and your colleagues' "
           "changes come in, each time you synchronise. Your account at the server decides what "
           "you may change and receive. The address and login come from your IT department."),
        this);
    uitleg->setWordWrap(true);
    auto *velden = new QFormLayout;
    velden->addRow(tr("&Server address:"), m_adres);
    velden->addRow(tr("&Login:"), m_gebruiker);
    velden->addRow(tr("&Password:"), m_wachtwoord);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(uitleg);
    layout->addLayout(velden);
    layout->addWidget(m_fout);
    layout->addWidget(m_knoppen);
    m_knoppen->button(QDialogButtonBox::Ok)->setText(tr("&Join"));
    connect(m_knoppen, &QDialogButtonBox::accepted, this, [this] {
        if (verbind())
            accept();
    });
    connect(m_knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

bool VerbindDialog::verbind()
{
    const auto toon = [this](const QString &tekst) {
        m_fout->toon(tekst);
        return false;
    };
    auto adres = serveradres::lees(m_adres->text().trimmed());
    if (!adres) {
        m_adres->setFocus();
        return toon(adres.error().toString());
    }
    const QString login = m_gebruiker->text().trimmed();
    if (login.isEmpty()) {
        m_gebruiker->setFocus();
        return toon(tr("Login: the name of your account at the team server"));
    }
    const QString naam = QSysInfo::machineHostName();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = sync::sluitAan(m_store, *adres, login, m_wachtwoord->text(),
                                    naam.isEmpty() ? QStringLiteral("regiedesk") : naam);
    QApplication::restoreOverrideCursor();
    if (!s)
        return toon(s.error().toString());
    m_gebruikt = m_wachtwoord->text();
    m_fout->hide();
    return true;
}

} // namespace rd
