#include "ui/account/AccountDialog.h"

#include "core/account/AccountCommand.h"
#include "core/account/AccountService.h"
#include "core/domain/Account.h"
#include "core/store/Store.h"

#include "ui/widgets/FoutLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace rd {

AccountDialog::AccountDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_model(new QStandardItemModel(this)),
      m_tabel(new QTableView(this)), m_naam(new QLineEdit(this)), m_rol(new QComboBox(this)),
      m_scopeLabel(new QLabel(this)), m_scope(new QLineEdit(this)),
      m_wachtwoord(new QLineEdit(this)), m_herhaal(new QLineEdit(this)),
      m_fout(new FoutLabel(QStringLiteral("accountFout"), tr("Account error"), this)),
      m_uitleg(new QLabel(this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Local accounts"));
    m_uitleg->setWordWrap(true);
    m_tabel->setObjectName(QStringLiteral("accountTabel"));
    m_tabel->setModel(m_model);
    m_tabel->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabel->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tabel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabel->setTabKeyNavigation(false);
    m_tabel->verticalHeader()->hide();
    m_tabel->horizontalHeader()->setStretchLastSection(true);

    m_naam->setObjectName(QStringLiteral("accountNaam"));
    m_naam->setMaxLength(63);
    m_naam->setPlaceholderText(tr("lower case, e.g. j.devries"));
    m_rol->setObjectName(QStringLiteral("accountRol"));
    for (const QString &naam : rol::namen())
        m_rol->addItem(naam, naam);
    m_scope->setObjectName(QStringLiteral("accountScope"));
    m_scopeLabel->setBuddy(m_scope);
    for (QLineEdit *veld : {m_wachtwoord, m_herhaal})
        veld->setEchoMode(QLineEdit::Password);
    m_wachtwoord->setObjectName(QStringLiteral("accountWachtwoord"));
    m_herhaal->setObjectName(QStringLiteral("accountHerhaal"));

    auto *velden = new QFormLayout;
    velden->addRow(tr("&Name:"), m_naam);
    velden->addRow(tr("&Role:"), m_rol);
    velden->addRow(m_scopeLabel, m_scope);
    velden->addRow(tr("&Password:"), m_wachtwoord);
    velden->addRow(tr("Repeat pass&word:"), m_herhaal);

    auto *toevoegen = new QPushButton(tr("&Add account"), this);
    toevoegen->setObjectName(QStringLiteral("accountToevoegen"));
    m_wachtwoordKnop = new QPushButton(tr("&Set password of selected"), this);
    m_wachtwoordKnop->setObjectName(QStringLiteral("accountWachtwoordKnop"));
    m_verwijderKnop = new QPushButton(tr("Re&move selected…"), this);
    m_verwijderKnop->setObjectName(QStringLiteral("accountVerwijder"));
    auto *acties = new QHBoxLayout;
    acties->addWidget(toevoegen);
    acties->addWidget(m_wachtwoordKnop);
    acties->addWidget(m_verwijderKnop);
    acties->addStretch();
    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_uitleg);
    layout->addWidget(m_tabel, 1);
    layout->addLayout(velden);
    layout->addLayout(acties);
    layout->addWidget(m_fout);
    layout->addWidget(knoppen);

    connect(m_rol, &QComboBox::currentIndexChanged, this, &AccountDialog::zetScopeVeld);
    connect(toevoegen, &QPushButton::clicked, this, [this] { (void)voegToe(); });
    connect(m_wachtwoordKnop, &QPushButton::clicked, this, [this] { (void)zetWachtwoord(); });
    connect(m_verwijderKnop, &QPushButton::clicked, this, [this] { (void)verwijder(); });
    zetScopeVeld();
    laad();
    resize(620, 520);
}

QString AccountDialog::fout() const
{
    return m_fout->getoond();
}

void AccountDialog::laad()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Role and scope")});
    auto lijst = account::lijst(m_store);
    const bool heeft = lijst && !lijst->isEmpty();
    if (lijst) {
        for (const Account &a : std::as_const(*lijst))
            m_model->appendRow({new QStandardItem(a.naam), new QStandardItem(a.omschrijving())});
    }
    m_uitleg->setText(
        heeft ? tr("Everyone who opens this store signs in with one of these accounts; what they "
                   "may change follows from its role. Only a beheerder changes the accounts.")
              : tr("This store has no accounts: whoever opens it may change everything. Make a "
                   "first account, a beheerder, and from then on everyone signs in."));
    m_tabel->resizeColumnToContents(0);
    m_wachtwoordKnop->setEnabled(heeft);
    m_verwijderKnop->setEnabled(heeft);
}

void AccountDialog::zetScopeVeld()
{
    const auto r = rol::uitNaam(m_rol->currentData().toString());
    const Rol gekozenRol = r.value_or(Rol::Beheerder);
    m_scope->setEnabled(gekozenRol != Rol::Beheerder);
    switch (gekozenRol) {
    case Rol::Beheerder:
        m_scopeLabel->setText(tr("Sc&ope:"));
        m_scope->setPlaceholderText(tr("none: a beheerder sees everything"));
        m_scope->clear();
        break;
    case Rol::Regievoerder:
        m_scopeLabel->setText(tr("Re&gion:"));
        m_scope->setPlaceholderText(tr("1 to 5"));
        break;
    case Rol::Programmabegeleider:
        m_scopeLabel->setText(tr("A&ZC location:"));
        m_scope->setPlaceholderText(tr("the AZC location's name"));
        break;
    case Rol::Gemeente:
        m_scopeLabel->setText(tr("&Gemeente:"));
        m_scope->setPlaceholderText(tr("its code, e.g. GM0363"));
        break;
    case Rol::Provincie:
        m_scopeLabel->setText(tr("Pro&vince:"));
        m_scope->setPlaceholderText(tr("e.g. Gelderland"));
        break;
    }
}

QString AccountDialog::gekozen() const
{
    const QModelIndex i = m_tabel->currentIndex();
    return i.isValid() ? m_model->index(i.row(), 0).data().toString() : QString();
}

Result<QString> AccountDialog::wachtwoord() const
{
    if (m_wachtwoord->text() != m_herhaal->text())
        return Error{tr("Repeat password"), tr("the two passwords differ")};
    return m_wachtwoord->text();
}

Status AccountDialog::meld(const Status &s)
{
    m_fout->toon(s ? QString() : s.error().toString());
    if (s) {
        m_wachtwoord->clear();
        m_herhaal->clear();
    }
    laad();
    return s;
}

Status AccountDialog::voegToe()
{
    // the one scope field fills what the chosen role needs (core checks it, naming the field)
    const QString rol = m_rol->currentData().toString();
    const QString scope = m_scope->text();
    Account::Invoer invoer{m_naam->text(), rol, {}, {}, {}, {}};
    switch (rol::uitNaam(rol).value_or(Rol::Beheerder)) {
    case Rol::Beheerder:
        break;
    case Rol::Regievoerder:
        invoer.regio = scope;
        break;
    case Rol::Programmabegeleider:
        invoer.azc = scope;
        break;
    case Rol::Gemeente:
        invoer.gemeente = scope;
        break;
    case Rol::Provincie:
        invoer.provincie = scope;
        break;
    }
    auto gelezen = Account::uitInvoer(invoer);
    if (!gelezen)
        return meld(gelezen.error());
    const Account nieuw = *gelezen;
    auto pw = wachtwoord();
    if (!pw)
        return meld(pw.error());
    const auto heeft = account::heeftAccounts(m_store);
    const bool eerste = heeft && !*heeft;
    std::unique_ptr<AccountCommand> stap(AccountCommand::maak(m_store, nieuw, *pw));
    const Status s = stap->voerUit();
    if (s && eerste) {
        // From now on the store asks who works on it: the window works as this first account.
        auto wie = account::meldAan(m_store, nieuw.naam, [&] { return *pw; });
        if (wie && wie->has_value())
            emit aangemeld();
    }
    if (s)
        m_naam->clear();
    return meld(s);
}

Status AccountDialog::zetWachtwoord()
{
    const QString naam = gekozen();
    if (naam.isEmpty())
        return meld(Error{tr("Name"), tr("select an account in the list first")});
    auto pw = wachtwoord();
    if (!pw)
        return meld(pw.error());
    std::unique_ptr<AccountCommand> stap(AccountCommand::zetWachtwoord(m_store, naam, *pw));
    return meld(stap->voerUit());
}

Status AccountDialog::verwijder()
{
    const QString naam = gekozen();
    if (naam.isEmpty())
        return meld(Error{tr("Name"), tr("select an account in the list first")});
    const bool ja = m_bevestig
                        ? m_bevestig(naam)
                        : QMessageBox::question(this, tr("Remove account"),
                                                tr("Remove the account %1? Whoever uses it can no "
                                                   "longer sign in.")
                                                    .arg(naam)) == QMessageBox::Yes;
    if (!ja)
        return Error{tr("Name"), tr("not removed")};
    std::unique_ptr<AccountCommand> stap(AccountCommand::verwijder(m_store, naam));
    return meld(stap->voerUit());
}

} // namespace rd
