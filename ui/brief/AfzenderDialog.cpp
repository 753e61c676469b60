#include "ui/brief/AfzenderDialog.h"

#include "core/gemeente/Referentiedata.h"
#include "core/instellingen/AfzenderCommand.h"
#include "core/instellingen/Instellingen.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace rd {

namespace {

QLabel *foutLabel(QWidget *ouder, const QString &veld)
{
    auto *label = new QLabel(ouder);
    label->setObjectName(QStringLiteral("afzenderFout_") + veld.section(QLatin1Char('.'), -1));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b31b1b;"));
    label->hide();
    return label;
}

// Never a null string: the store binds a null QString as SQL NULL, an empty one as ''.
QString tekstVan(const QString &invoer)
{
    const QString tekst = invoer.trimmed();
    return tekst.isNull() ? QStringLiteral("") : tekst;
}

} // namespace

AfzenderDialog::AfzenderDialog(Store &store, int regio, QWidget *parent)
    : QDialog(parent), m_store(store), m_azcs(new QTableWidget(this)),
      m_algemeneFout(foutLabel(this, QStringLiteral("algemeen")))
{
    setObjectName(QStringLiteral("afzenderDialoog"));
    setWindowTitle(tr("Letter sender"));
    m_organisatie = maakVeld(QStringLiteral("organisatie"),
                             tr("The sender line of the letter, e.g. COA, regio Noord-Nederland"));
    m_regievoerder = maakVeld(QStringLiteral("regievoerder"),
                              tr("The regievoerder the status holder can contact (required)"));
    m_telefoon =
        maakVeld(QStringLiteral("telefoon"), tr("Phone number (phone or e-mail required)"));
    m_email = maakVeld(QStringLiteral("email"), tr("E-mail address (phone or e-mail required)"));
    m_organisatie->setAccessibleName(tr("Organisation"));
    m_regievoerder->setAccessibleName(tr("Regievoerder"));
    m_telefoon->setAccessibleName(tr("Phone"));
    m_email->setAccessibleName(tr("E-mail"));

    auto *form = new QFormLayout;
    const auto rij = [&](const QString &label, QLineEdit *veld, const QString &sleutel) {
        form->addRow(label, veld);
        auto *fout = foutLabel(this, sleutel);
        form->addRow(QString(), fout);
        m_fouten.insert(sleutel, fout);
    };
    rij(tr("&Organisation:"), m_organisatie, QStringLiteral("afzender.organisatie"));
    rij(tr("&Regievoerder:"), m_regievoerder, QStringLiteral("afzender.regievoerder"));
    rij(tr("&Phone:"), m_telefoon, QStringLiteral("afzender.telefoon"));
    rij(tr("&E-mail:"), m_email, QStringLiteral("afzender.email"));

    Instellingen instellingen(store);
    if (const auto afzender = instellingen.afzender()) {
        m_organisatie->setText(afzender->organisatie);
        m_regievoerder->setText(afzender->regievoerder);
        m_telefoon->setText(afzender->telefoon);
        m_email->setText(afzender->email);
    }

    m_azcs->setObjectName(QStringLiteral("afzenderAzcs"));
    m_azcs->setAccessibleName(tr("AZC locations and their contact lines"));
    m_azcs->setToolTip(tr("The contact line (address, phone) of each AZC location, printed on "
                          "the letters of its residents; double-click to edit"));
    m_azcs->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_azcs->setColumnCount(2);
    m_azcs->setHorizontalHeaderLabels({tr("AZC location"), tr("Contact")});
    m_azcs->verticalHeader()->hide();
    m_azcs->horizontalHeader()->setStretchLastSection(true);
    m_azcs->setSelectionBehavior(QAbstractItemView::SelectRows);
    if (const auto azcs = Referentiedata(store).azcs(regio)) {
        m_azcs->setRowCount(int(azcs->size()));
        for (int r = 0; r < azcs->size(); ++r) {
            const Azc &azc = azcs->at(r);
            auto *naam = new QTableWidgetItem(azc.naam);
            naam->setFlags(naam->flags() & ~Qt::ItemIsEditable);
            naam->setData(Qt::UserRole, azc.id);
            const auto contact = instellingen.azcContact(azc.id);
            const QString tekst = contact ? *contact : QString();
            m_azcs->setItem(r, 0, naam);
            m_azcs->setItem(r, 1, new QTableWidgetItem(tekst));
            m_oudeContacten << tekst;
        }
    }
    m_azcs->resizeColumnToContents(0);

    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *azcLabel = new QLabel(tr("AZC &locations of the region:"), this);
    azcLabel->setBuddy(m_azcs);
    layout->addWidget(azcLabel);
    layout->addWidget(m_azcs, 1);
    layout->addWidget(m_algemeneFout);
    layout->addWidget(knoppen);
    connect(knoppen, &QDialogButtonBox::accepted, this, &AfzenderDialog::accept);
    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(600, 560);
}

QLineEdit *AfzenderDialog::maakVeld(const QString &naam, const QString &uitleg)
{
    auto *veld = new QLineEdit(this);
    veld->setObjectName(QStringLiteral("afzender_") + naam);
    veld->setToolTip(uitleg);
    return veld;
}

void AfzenderDialog::wisFouten()
{
    for (QLabel *label : std::as_const(m_fouten)) {
        label->clear();
        label->hide();
    }
    m_algemeneFout->clear();
    m_algemeneFout->hide();
}

QString AfzenderDialog::foutBij(const QString &veld) const
{
    const QLabel *label = m_fouten.value(veld, m_algemeneFout);
    return label->isHidden() ? QString() : label->text();
}

Status AfzenderDialog::bewaar()
{
    wisFouten();
    const Afzender afzender{tekstVan(m_organisatie->text()), tekstVan(m_regievoerder->text()),
                            tekstVan(m_telefoon->text()), tekstVan(m_email->text())};
    QList<AzcContact> contacten; // only the lines that changed
    for (int r = 0; r < m_azcs->rowCount(); ++r) {
        const QString contact = tekstVan(m_azcs->item(r, 1)->text());
        if (contact != m_oudeContacten.value(r))
            contacten << AzcContact{m_azcs->item(r, 0)->data(Qt::UserRole).toLongLong(),
                                    m_azcs->item(r, 0)->text(), contact};
    }
    // The sender and the contact lines together, with their change-log entry, or nothing.
    if (const Status s = AfzenderCommand(m_store, afzender, contacten).voerUit(); !s) {
        if (s.error().where.startsWith(QLatin1String("afzender"))) {
            QLabel *label = m_fouten.value(s.error().where, m_algemeneFout);
            label->setText(QStringLiteral("⚠ ") + s.error().message);
            label->show();
            if (auto *veld = findChild<QLineEdit *>(QStringLiteral("afzender_") +
                                                    s.error().where.section(QLatin1Char('.'), -1)))
                veld->setFocus();
        } else {
            m_algemeneFout->setText(tr("⚠ %1: %2").arg(s.error().where, s.error().message));
            m_algemeneFout->show();
        }
        return s;
    }
    for (int r = 0; r < m_azcs->rowCount(); ++r)
        m_oudeContacten[r] = tekstVan(m_azcs->item(r, 1)->text());
    return {};
}

void AfzenderDialog::accept()
{
    if (bewaar())
        QDialog::accept();
}

} // namespace rd
