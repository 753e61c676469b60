#include "ui/gemeente/GemeenteDialog.h"

#include "core/gemeente/GemeenteCommand.h"
#include "core/gemeente/Referentiedata.h"
#include "core/store/Store.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/gemeente/GemeenteContactVelden.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rd {

namespace {

constexpr int partnerschapRol = Qt::UserRole + 1;

QString metHoofdletter(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
}

// A message with a warning icon, so it never rests on colour alone; hidden while empty.
QLabel *foutRegel(QWidget *parent, const QString &naam, QVBoxLayout *layout)
{
    auto *rij = new QWidget(parent);
    rij->setObjectName(naam + QStringLiteral("Rij"));
    auto *icoon = new QLabel(rij);
    const int maat = parent->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icoon->setPixmap(
        parent->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(maat, maat));
    auto *tekst = new QLabel(rij);
    tekst->setObjectName(naam);
    tekst->setWordWrap(true);
    tekst->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *h = new QHBoxLayout(rij);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(icoon, 0, Qt::AlignTop);
    h->addWidget(tekst, 1);
    rij->hide();
    layout->addWidget(rij);
    return tekst;
}

// The error with the field named as the dialog's label names it, not by its key.
QString veldFout(const Error &fout)
{
    QString veld = fout.where;
    if (veld == QLatin1String("woningprofiel"))
        veld = GemeenteDialog::tr("Housing stock");
    else if (const QString contact = GemeenteContactVelden::veldNaam(veld); !contact.isEmpty())
        veld = contact;
    else if (veld == QLatin1String("notities"))
        veld = GemeenteDialog::tr("Notes");
    return veld.isEmpty() ? fout.message : veld + QStringLiteral(": ") + fout.message;
}

QLineEdit *alleenLezen(QWidget *parent, const QString &naam, const QString &toegankelijk)
{
    auto *veld = new QLineEdit(parent);
    veld->setObjectName(naam);
    veld->setReadOnly(true);
    veld->setAccessibleName(toegankelijk);
    return veld;
}

} // namespace

GemeenteDialog::GemeenteDialog(Store &store, const QString &code, QWidget *parent,
                               Werkbestand *bestand)
    : QDialog(parent), m_store(store), m_bestand(bestand), m_code(code.trimmed())
{
    setObjectName(QStringLiteral("gemeenteDialog"));
    setWindowTitle(tr("Municipality %1").arg(m_code) + QStringLiteral("[*]"));
    setSizeGripEnabled(true);

    // Reference data: read-only.
    m_codeVeld = alleenLezen(this, QStringLiteral("gemeenteCode"), tr("CBS code"));
    m_codeVeld->setToolTip(tr("The municipality's CBS code"));
    m_provincie = alleenLezen(this, QStringLiteral("gemeenteProvincie"), tr("Province"));
    m_regio = alleenLezen(this, QStringLiteral("gemeenteRegio"), tr("Region"));
    m_regio->setToolTip(tr("The COA region, which follows from the province"));
    m_codeVeld->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("GM00000")) * 2);
    m_regio->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000")) * 3);
    auto *referentie = new QHBoxLayout;
    auto addVeld = [referentie, this](const QString &label, QWidget *veld, int rek) {
        auto *l = new QLabel(label, this);
        l->setBuddy(veld);
        referentie->addWidget(l);
        referentie->addWidget(veld, rek);
        referentie->addSpacing(8);
    };
    addVeld(tr("C&ode:"), m_codeVeld, 0);
    addVeld(tr("Pro&vince:"), m_provincie, 1);
    addVeld(tr("Re&gion:"), m_regio, 0);

    // Housing stock.
    auto *profielGroep = new QGroupBox(tr("&Housing stock"), this);
    profielGroep->setObjectName(QStringLiteral("profielGroep"));
    profielGroep->setToolTip(tr("What the municipality can offer; the coupling check warns when "
                                "a household needs something that is not ticked"));
    const QHash<QString, QString> uitleg = {
        {QStringLiteral("klein"),
         tr("One-person dwellings: studios and small flats for a household of one")},
        {QStringLiteral("gezin"), tr("Family homes: dwellings for households of four or more")},
        {QStringLiteral("ouderen"),
         tr("Dwellings suited to the elderly (65 and older): ground floor or with a lift")},
        {QStringLiteral("studenten"),
         tr("Student rooms and housing for young people in education")},
        {QStringLiteral("zorg"), tr("Dwellings adapted to a visible physical limitation, such as "
                                    "wheelchair-accessible homes")},
    };
    auto *profielLayout = new QGridLayout(profielGroep);
    int i = 0;
    for (const auto &c : woningprofiel::codes()) {
        auto *box = new QCheckBox(metHoofdletter(woningprofiel::naam(c)), profielGroep);
        box->setObjectName(QStringLiteral("profiel_") + c);
        box->setToolTip(uitleg.value(c));
        box->setAccessibleName(tr("Housing stock: %1").arg(woningprofiel::naam(c)));
        box->setAccessibleDescription(uitleg.value(c));
        connect(box, &QCheckBox::toggled, this, &GemeenteDialog::werkKnoppenBij);
        profielLayout->addWidget(box, i / 3, i % 3);
        m_profiel.insert(c, box);
        ++i;
    }
    auto *profielHint = new QLabel(
        tr("Nothing ticked: the housing stock is unknown and gives no warning."), profielGroep);
    profielHint->setWordWrap(true);
    profielLayout->addWidget(profielHint, 2, 0, 1, 3);

    // Contact and notes.
    m_contact = new GemeenteContactVelden(this);
    connect(m_contact, &GemeenteContactVelden::gewijzigd, this, &GemeenteDialog::werkKnoppenBij);
    m_notities = new QPlainTextEdit(this);
    m_notities->setObjectName(QStringLiteral("notities"));
    m_notities->setAccessibleName(tr("Notes"));
    m_notities->setToolTip(tr("Working agreements with the municipality"));
    m_notities->setTabChangesFocus(true);
    m_notities->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    connect(m_notities, &QPlainTextEdit::textChanged, this, &GemeenteDialog::werkKnoppenBij);
    auto *notitieHint = new QLabel(this);
    notitieHint->setObjectName(QStringLiteral("notitiesHint"));
    notitieHint->setText(tr("No personal or medical data here: notes are about the municipality, "
                            "never about a status holder."));
    notitieHint->setWordWrap(true);
    auto *contactForm = new QFormLayout;
    auto *notitieLabel = new QLabel(tr("&Notes:"), this);
    notitieLabel->setBuddy(m_notities);
    auto *notitieKolom = new QVBoxLayout;
    notitieKolom->addWidget(m_notities, 1);
    auto *hintRij = new QHBoxLayout;
    auto *hintIcoon = new QLabel(this);
    const int maat = style()->pixelMetric(QStyle::PM_SmallIconSize);
    hintIcoon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(maat));
    hintRij->addWidget(hintIcoon, 0, Qt::AlignTop);
    hintRij->addWidget(notitieHint, 1);
    notitieKolom->addLayout(hintRij);
    contactForm->addRow(notitieLabel, notitieKolom);

    // Partnerships: each change immediate.
    auto *psGroep = new QGroupBox(tr("&Partnerships"), this);
    psGroep->setObjectName(QStringLiteral("partnerschapGroep"));
    m_lidVan = new QListWidget(psGroep);
    m_lidVan->setObjectName(QStringLiteral("partnerschappen"));
    m_lidVan->setAccessibleName(tr("Partnerships it is a member of"));
    m_lidVan->setToolTip(tr("The partnerships this municipality is a member of"));
    m_lidVan->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    connect(m_lidVan, &QListWidget::currentRowChanged, this, &GemeenteDialog::werkKnoppenBij);
    m_verlaat = new QPushButton(tr("&Leave"), psGroep);
    m_verlaat->setObjectName(QStringLiteral("verlaatKnop"));
    m_verlaat->setToolTip(tr("Leave the selected partnership now (the coordinator cannot leave)"));
    m_verlaat->setAutoDefault(false);
    connect(m_verlaat, &QPushButton::clicked, this, [this] { (void)verlaat(); }); // shows its error
    m_andere = new QComboBox(psGroep);
    m_andere->setObjectName(QStringLiteral("anderePartnerschappen"));
    m_andere->setAccessibleName(tr("Partnership to join"));
    m_andere->setToolTip(tr("Other partnerships of this region"));
    m_doeMee = new QPushButton(tr("&Join"), psGroep);
    m_doeMee->setObjectName(QStringLiteral("doeMeeKnop"));
    m_doeMee->setToolTip(tr("Join the chosen partnership now"));
    m_doeMee->setAutoDefault(false);
    connect(m_doeMee, &QPushButton::clicked, this, [this] { (void)doeMee(); }); // shows its error
    auto *psLayout = new QVBoxLayout(psGroep);
    auto *lidRij = new QHBoxLayout;
    lidRij->addWidget(m_lidVan, 1);
    lidRij->addWidget(m_verlaat, 0, Qt::AlignTop);
    psLayout->addLayout(lidRij);
    auto *joinRij = new QHBoxLayout;
    auto *joinLabel = new QLabel(tr("Join ano&ther:"), psGroep);
    joinLabel->setBuddy(m_andere);
    joinRij->addWidget(joinLabel);
    joinRij->addWidget(m_andere, 1);
    joinRij->addWidget(m_doeMee);
    psLayout->addLayout(joinRij);
    m_partnerschapFout = foutRegel(psGroep, QStringLiteral("partnerschapFout"), psLayout);

    m_knoppen = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_knoppen->setObjectName(QStringLiteral("knoppen"));
    m_knoppen->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Save the housing stock, contact and notes"));
    m_knoppen->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving the edits"));
    connect(m_knoppen, &QDialogButtonBox::accepted, this, &GemeenteDialog::accept);
    // The Cancel button is an explicit choice to discard: no question.
    connect(m_knoppen, &QDialogButtonBox::rejected, this, [this] { QDialog::reject(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(referentie);
    layout->addWidget(profielGroep);
    layout->addWidget(m_contact);
    layout->addLayout(contactForm, 1);
    layout->addWidget(psGroep);
    m_fout = foutRegel(this, QStringLiteral("gemeenteFout"), layout);
    layout->addWidget(m_knoppen);

    setTabOrder(m_codeVeld, m_provincie);
    setTabOrder(m_provincie, m_regio);
    QWidget *vorige = m_regio;
    for (const auto &c : woningprofiel::codes()) {
        setTabOrder(vorige, m_profiel.value(c));
        vorige = m_profiel.value(c);
    }
    for (QWidget *veld : m_contact->velden()) {
        setTabOrder(vorige, veld);
        vorige = veld;
    }
    setTabOrder(vorige, m_notities);
    setTabOrder(m_notities, m_lidVan);
    setTabOrder(m_lidVan, m_verlaat);
    setTabOrder(m_verlaat, m_andere);
    setTabOrder(m_andere, m_doeMee);
    setTabOrder(m_doeMee, m_knoppen->button(QDialogButtonBox::Ok));
    setTabOrder(m_knoppen->button(QDialogButtonBox::Ok),
                m_knoppen->button(QDialogButtonBox::Cancel));

    // The notes take what room is left; they need not start tall.
    resize(QSize(qMax(560, minimumSizeHint().width()),
                 minimumSizeHint().height() + fontMetrics().lineSpacing() * 3));
    (void)laad(); // shows its own error
    m_profiel.value(woningprofiel::codes().first())->setFocus();
}

Status GemeenteDialog::laad()
{
    toonFout(m_fout, QString());
    toonFout(m_partnerschapFout, QString());
    auto gegevens = GemeenteService(m_store).laad(m_code);
    if (!gegevens) {
        m_geladen = GemeenteGegevens{};
        toonFout(m_fout, gegevens.error().toString());
        zetBewerkbaar(false);
        return gegevens.error();
    }
    m_geladen = *gegevens;
    const Gemeente &g = m_geladen.gemeente;
    setWindowTitle(tr("Municipality %1 (%2)").arg(g.naam, g.code) + QStringLiteral("[*]"));
    m_codeVeld->setText(g.code);
    m_provincie->setText(g.provincie);
    m_regio->setText(QString::number(g.regio));
    {
        // Filling the fields is not an edit.
        const QSignalBlocker blokNotities(m_notities);
        for (auto it = m_profiel.cbegin(); it != m_profiel.cend(); ++it) {
            const QSignalBlocker blok(it.value());
            it.value()->setChecked(m_geladen.woningprofiel.contains(it.key()));
        }
        m_contact->zet(m_geladen.contact, m_geladen.contactpersoon);
        m_notities->setPlainText(m_geladen.notities);
    }
    toonPartnerschappen(m_geladen.partnerschappen);
    zetBewerkbaar(!m_store.readOnly());
    return {};
}

void GemeenteDialog::toonPartnerschappen(const QList<Partnerschap> &lid)
{
    const QSignalBlocker blok(m_lidVan);
    m_lidVan->clear();
    for (const auto &p : lid) {
        const bool coordinator = p.coordinator == m_code;
        auto *item = new QListWidgetItem(coordinator ? tr("%1 (coordinator)").arg(p.naam) : p.naam,
                                         m_lidVan);
        item->setData(partnerschapRol, p.id);
        item->setToolTip(tr("%n member(s): %1", nullptr, int(p.leden.size()))
                             .arg(p.leden.join(QStringLiteral(", "))));
        if (coordinator) {
            QFont vet = item->font();
            vet.setBold(true);
            item->setFont(vet);
        }
    }
    if (m_lidVan->count() > 0)
        m_lidVan->setCurrentRow(0);

    m_andere->clear();
    auto regio = Referentiedata(m_store).partnerschappen(m_geladen.gemeente.regio);
    if (!regio) {
        toonFout(m_partnerschapFout, regio.error().toString());
    } else {
        for (const auto &p : *regio) {
            if (!p.leden.contains(m_code))
                m_andere->addItem(p.naam, p.id);
        }
    }
    if (m_andere->count() == 0)
        m_andere->setPlaceholderText(tr("No other partnership in this region"));
    werkKnoppenBij();
}

QStringList GemeenteDialog::gekozenProfiel() const
{
    QStringList codes;
    for (const auto &c : woningprofiel::codes()) {
        if (m_profiel.value(c)->isChecked())
            codes << c;
    }
    return codes;
}

bool GemeenteDialog::isGewijzigd() const
{
    if (!m_bewerkbaar)
        return false;
    return gekozenProfiel() != m_geladen.woningprofiel ||
           m_contact->contact() != m_geladen.contact ||
           m_contact->notitie() != m_geladen.contactpersoon ||
           m_notities->toPlainText().trimmed() != m_geladen.notities;
}

Status GemeenteDialog::opslaan()
{
    if (!isGewijzigd())
        return {};
    const Status status =
        voer(new GemeenteProfielCommand(m_store, m_code, gekozenProfiel(), m_contact->notitie(),
                                        m_notities->toPlainText(), m_contact->contact()));
    if (!status) {
        toonFout(m_fout, tr("Not saved: %1").arg(veldFout(status.error())));
        focusOp(status.error().where);
        return status;
    }
    toonFout(m_fout, QString());
    m_geladen.woningprofiel = gekozenProfiel();
    m_geladen.contact = m_contact->contact();
    m_geladen.contactpersoon = m_contact->notitie();
    m_geladen.notities = m_notities->toPlainText().trimmed();
    werkKnoppenBij();
    emit gemeenteGewijzigd(m_code);
    return {};
}

Status GemeenteDialog::voer(Wijziging *stap)
{
    if (m_bestand)
        return m_bestand->voer(stap);
    std::unique_ptr<Wijziging> eigen(stap);
    return eigen->voerUit();
}

Status GemeenteDialog::doeMee()
{
    if (m_andere->currentIndex() < 0)
        return Error{QStringLiteral("partnerschap"), tr("Choose a partnership to join.")};
    const qint64 id = m_andere->currentData().toLongLong();
    const Status status = voer(new PartnerschapLidCommand(m_store, id, m_code, true));
    if (!status) {
        toonFout(m_partnerschapFout, tr("Not joined: %1").arg(status.error().message));
        return status;
    }
    lidmaatschapGewijzigd();
    return {};
}

Status GemeenteDialog::verlaat()
{
    const auto *item = m_lidVan->currentItem();
    if (!item)
        return Error{QStringLiteral("partnerschap"), tr("Select a partnership to leave.")};
    const qint64 id = item->data(partnerschapRol).toLongLong();
    const Status status = voer(new PartnerschapLidCommand(m_store, id, m_code, false));
    if (!status) {
        toonFout(m_partnerschapFout, tr("Not left: %1").arg(status.error().message));
        return status;
    }
    lidmaatschapGewijzigd();
    return {};
}

void GemeenteDialog::lidmaatschapGewijzigd()
{
    // Only the partnerships are read again: unsaved edits of the other fields stay.
    toonFout(m_partnerschapFout, QString());
    auto gegevens = GemeenteService(m_store).laad(m_code);
    if (gegevens) {
        m_geladen.partnerschappen = gegevens->partnerschappen;
        toonPartnerschappen(m_geladen.partnerschappen);
    }
    emit gemeenteGewijzigd(m_code);
}

QString GemeenteDialog::foutTekst() const
{
    return m_fout->parentWidget()->isHidden() ? QString() : m_fout->text();
}

QString GemeenteDialog::partnerschapFoutTekst() const
{
    return m_partnerschapFout->parentWidget()->isHidden() ? QString() : m_partnerschapFout->text();
}

void GemeenteDialog::setAsker(std::shared_ptr<Asker> asker)
{
    m_asker = asker ? std::move(asker) : messageBoxAsker();
}

void GemeenteDialog::accept()
{
    if (opslaan())
        QDialog::accept();
}

void GemeenteDialog::reject()
{
    if (!isGewijzigd()) {
        QDialog::reject();
        return;
    }
    switch (vraagOpslaan()) {
    case QMessageBox::Save:
        if (opslaan())
            QDialog::accept();
        break;
    case QMessageBox::Discard:
        QDialog::reject();
        break;
    default:
        break; // stay open
    }
}

QMessageBox::StandardButton GemeenteDialog::vraagOpslaan()
{
    return m_asker->ask(
        this, tr("Unsaved changes"),
        tr("The changes to %1 have not been saved. Save them?").arg(m_geladen.gemeente.naam),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

void GemeenteDialog::toonFout(QLabel *label, const QString &tekst)
{
    label->setText(tekst);
    label->parentWidget()->setVisible(!tekst.isEmpty());
}

void GemeenteDialog::focusOp(const QString &veld)
{
    if (m_contact->focusOp(veld))
        return;
    if (veld == QLatin1String("notities"))
        m_notities->setFocus(Qt::OtherFocusReason);
    else if (veld == QLatin1String("woningprofiel"))
        m_profiel.value(woningprofiel::codes().first())->setFocus(Qt::OtherFocusReason);
}

void GemeenteDialog::zetBewerkbaar(bool aan)
{
    m_bewerkbaar = aan;
    for (auto *box : std::as_const(m_profiel))
        box->setEnabled(aan);
    m_contact->setBewerkbaar(aan);
    m_notities->setReadOnly(!aan);
    m_lidVan->setEnabled(aan);
    m_andere->setEnabled(aan);
    m_knoppen->button(QDialogButtonBox::Ok)->setEnabled(aan);
    werkKnoppenBij();
}

void GemeenteDialog::werkKnoppenBij()
{
    m_verlaat->setEnabled(m_bewerkbaar && m_lidVan->currentItem() != nullptr);
    m_doeMee->setEnabled(m_bewerkbaar && m_andere->count() > 0);
    setWindowModified(isGewijzigd());
}

} // namespace rd
