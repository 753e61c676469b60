#include "ui/brief/BriefReeksDialog.h"

#include "core/brief/BriefService.h"
#include "core/brief/BriefSjabloon.h"
#include "core/huishouden/HuishoudenRepository.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rd {

BriefReeksDialog::BriefReeksDialog(Store &store, int regio, const QDate &vandaag, QWidget *parent)
    : QDialog(parent), m_store(store), m_regio(regio), m_vandaag(vandaag),
      m_datum(new QDateEdit(vandaag, this)), m_lijst(new QListWidget(this)),
      m_lijstMelding(new QLabel(this)), m_taal(new QComboBox(this)),
      m_eenBestand(new QRadioButton(tr("&One PDF with every letter"), this)),
      m_perHuishouden(new QRadioButton(tr("One PDF &per household, in a folder"), this)),
      m_doel(new QLineEdit(this)), m_bladeren(new QPushButton(tr("&Browse…"), this)),
      m_maak(new QPushButton(tr("&Make letters"), this))
{
    setObjectName(QStringLiteral("briefReeksDialoog"));
    // Finishes a letters batch an earlier run left half done (cheap: one query when none did).
    // Its problems do not stop this dialog: the batch it finishes is named again by the next
    // run of herstel() (every letters command and dialog starts with one).
    (void)BriefReeks(m_store).herstel();
    setWindowTitle(tr("Coupling letters for a day"));
    m_datum->setObjectName(QStringLiteral("reeksDatum"));
    m_datum->setAccessibleName(tr("Coupling date"));
    m_datum->setToolTip(tr("The households whose coupling was made on this day"));
    m_datum->setCalendarPopup(true);
    m_lijst->setObjectName(QStringLiteral("reeksHuishoudens"));
    m_lijst->setAccessibleName(tr("Households coupled on this day"));
    m_lijst->setToolTip(tr("Untick a household to leave it out"));
    m_lijstMelding->setObjectName(QStringLiteral("reeksMelding"));
    m_lijstMelding->setWordWrap(true);
    m_taal->setObjectName(QStringLiteral("reeksTaal"));
    m_taal->setAccessibleName(tr("Letter language"));
    m_taal->setToolTip(tr("Each household's letter in Dutch and, beside it, in the language "
                          "recorded at intake; or one language for every letter"));
    // No data: each household in its own language next to Dutch (BriefOpdracht::eigenTaal).
    m_taal->addItem(tr("Each household's own language, next to Dutch"), QString());
    for (const QString &taal : briefsjabloon::talen()) {
        const auto sjabloon = briefsjabloon::laad(taal);
        m_taal->addItem(QStringLiteral("%1 (%2)").arg(sjabloon ? sjabloon->taalNaam : taal, taal),
                        taal);
    }
    m_eenBestand->setObjectName(QStringLiteral("reeksEenBestand"));
    m_perHuishouden->setObjectName(QStringLiteral("reeksPerHuishouden"));
    m_eenBestand->setChecked(true);
    auto *groep = new QButtonGroup(this);
    groep->addButton(m_eenBestand);
    groep->addButton(m_perHuishouden);
    m_doel->setObjectName(QStringLiteral("reeksDoel"));
    m_doel->setAccessibleName(tr("Output file or folder"));
    m_bladeren->setObjectName(QStringLiteral("reeksBladeren"));
    m_maak->setObjectName(QStringLiteral("reeksMaak"));
    m_maak->setDefault(true);
    m_maak->setToolTip(tr("Write the letters and record them in the case timelines"));

    auto *doelRij = new QHBoxLayout;
    doelRij->addWidget(m_doel, 1);
    doelRij->addWidget(m_bladeren);
    auto *form = new QFormLayout;
    form->addRow(tr("Coupled &on:"), m_datum);
    form->addRow(tr("&Households:"), m_lijst);
    form->addRow(QString(), m_lijstMelding);
    form->addRow(tr("&Language:"), m_taal);
    form->addRow(tr("Output:"), m_eenBestand);
    form->addRow(QString(), m_perHuishouden);
    form->addRow(tr("&File or folder:"), doelRij);
    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Close, this);
    knoppen->addButton(m_maak, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(knoppen);

    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_datum, &QDateEdit::dateChanged, this, &BriefReeksDialog::laad);
    connect(m_lijst, &QListWidget::itemChanged, this, &BriefReeksDialog::werkKnoppenBij);
    connect(m_doel, &QLineEdit::textChanged, this, &BriefReeksDialog::werkKnoppenBij);
    connect(m_eenBestand, &QRadioButton::toggled, this, [this] { m_doel->clear(); });
    connect(m_bladeren, &QPushButton::clicked, this, &BriefReeksDialog::kiesDoel);
    connect(m_maak, &QPushButton::clicked, this, &BriefReeksDialog::maakMetMelding);
    laad();
    resize(560, 520);
}

void BriefReeksDialog::laad()
{
    m_lijst->clear();
    const auto ids = m_heeftSelectie ? Result<QList<qint64>>(m_selectie)
                                     : BriefService(m_store).gekoppeldOp(m_datum->date(), m_regio);
    if (!ids) {
        m_lijstMelding->setText(ids.error().toString());
        werkKnoppenBij();
        return;
    }
    HuishoudenRepository repository(m_store);
    BriefService service(m_store);
    int gewaarschuwd = 0;
    for (qint64 id : *ids) {
        QString tekst = tr("Household %1").arg(id);
        if (const auto h = repository.laad(id); h && h->referent())
            tekst = tr("%1 (%2), %Ln person(s)", nullptr, h->aantalPersonen())
                        .arg(h->referent()->naam(), h->referent()->vNummer);
        // The letters are dated today: a warning is shown before they are made.
        QStringList waarschuwingen;
        if (const auto w = service.waarschuwingen(id, m_vandaag)) {
            for (const Error &fout : *w)
                waarschuwingen << fout.message;
        }
        if (!waarschuwingen.isEmpty()) {
            ++gewaarschuwd;
            tekst = tr("⚠ %1 — warning: %2").arg(tekst, waarschuwingen.join(QStringLiteral("; ")));
        }
        auto *item = new QListWidgetItem(tekst, m_lijst);
        item->setData(Qt::UserRole, id);
        item->setToolTip(waarschuwingen.join(QLatin1Char('\n')));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    const int aantal = int(ids->size());
    QString melding;
    if (m_heeftSelectie)
        melding = tr("%Ln selected household(s).", nullptr, aantal);
    else
        melding = ids->isEmpty() ? tr("No household in this region was coupled on "
                                      "this day.")
                                 : tr("%Ln household(s) coupled on this day.", nullptr, aantal);
    if (gewaarschuwd > 0)
        melding += QLatin1Char(' ') +
                   tr("⚠ Warning for %Ln household(s), marked in the list; their letters "
                      "are made all the same.",
                      nullptr, gewaarschuwd);
    m_lijstMelding->setText(melding);
    werkKnoppenBij();
}

void BriefReeksDialog::setHuishoudens(const QList<qint64> &huishoudens)
{
    m_selectie = huishoudens;
    m_heeftSelectie = true;
    m_datum->setEnabled(false);
    setWindowTitle(tr("Coupling letters for the selected cases"));
    m_lijst->setAccessibleName(tr("Selected households"));
    laad();
}

void BriefReeksDialog::setDatum(const QDate &datum)
{
    if (datum == m_datum->date())
        laad();
    else
        m_datum->setDate(datum);
}

QList<qint64> BriefReeksDialog::gekozen() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_lijst->count(); ++i) {
        const QListWidgetItem *item = m_lijst->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

int BriefReeksDialog::aantalHuishoudens() const
{
    return m_lijst->count();
}

void BriefReeksDialog::setTaal(const QString &taal)
{
    m_taal->setCurrentIndex(std::max(0, m_taal->findData(taal)));
}

void BriefReeksDialog::setUitvoer(BriefOpdracht::Uitvoer uitvoer)
{
    (uitvoer == BriefOpdracht::Uitvoer::EenBestand ? m_eenBestand : m_perHuishouden)
        ->setChecked(true);
}

void BriefReeksDialog::setDoel(const QString &doel)
{
    m_doel->setText(doel);
}

void BriefReeksDialog::werkKnoppenBij()
{
    m_maak->setEnabled(!gekozen().isEmpty() && !m_doel->text().trimmed().isEmpty() &&
                       m_taal->count() > 0);
}

void BriefReeksDialog::kiesDoel()
{
    const QString map = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString pad;
    if (m_eenBestand->isChecked()) {
        const QString voorstel = QDir(map).filePath(
            QStringLiteral("koppelingsbrieven-%1.pdf").arg(m_datum->date().toString(Qt::ISODate)));
        pad = QFileDialog::getSaveFileName(this, tr("Save coupling letters"), voorstel,
                                           tr("PDF files (*.pdf)"));
    } else {
        pad = QFileDialog::getExistingDirectory(this, tr("Folder for the coupling letters"), map);
    }
    if (!pad.isEmpty())
        m_doel->setText(pad);
}

Result<BriefUitkomst> BriefReeksDialog::maak()
{
    BriefOpdracht opdracht;
    opdracht.huishoudens = gekozen();
    const QString taal = m_taal->currentData().toString();
    opdracht.eigenTaal = taal.isEmpty();
    if (!opdracht.eigenTaal)
        opdracht.taal = taal;
    opdracht.datum = m_vandaag;
    opdracht.uitvoer = m_eenBestand->isChecked() ? BriefOpdracht::Uitvoer::EenBestand
                                                 : BriefOpdracht::Uitvoer::PerHuishouden;
    opdracht.doel = m_doel->text().trimmed();
    // Chosen in a file dialog (which asks before replacing) or typed in: the regievoerder makes
    // the day's letters again into the same place, as before.
    opdracht.force = true;
    QProgressDialog voortgang(tr("Writing coupling letters…"), tr("Cancel"), 0,
                              int(opdracht.huishoudens.size()), this);
    voortgang.setObjectName(QStringLiteral("reeksVoortgang"));
    voortgang.setWindowTitle(tr("Coupling letters"));
    voortgang.setWindowModality(Qt::WindowModal);
    voortgang.setMinimumDuration(300);
    voortgang.setAutoClose(false);
    const auto stap = [this, &voortgang](int gedaan, int totaal) {
        voortgang.setMaximum(totaal);
        voortgang.setValue(gedaan);
        QApplication::processEvents();
        if (m_hook && !m_hook(gedaan, totaal))
            return false;
        return !voortgang.wasCanceled();
    };
    auto uitkomst = BriefReeks(m_store).maak(opdracht, stap, m_vandaag);
    voortgang.reset();
    if (!uitkomst) {
        m_samenvatting = tr("No letters were written: %1").arg(uitkomst.error().toString());
        return uitkomst;
    }
    if (uitkomst->afgebroken) {
        m_samenvatting = tr("Cancelled: nothing was written and nothing recorded.");
        return uitkomst;
    }
    QStringList regels{tr("%Ln letter(s) written and recorded.", nullptr, uitkomst->brieven)};
    if (!uitkomst->gewaarschuwd.isEmpty()) {
        regels << tr("%Ln letter(s) with a warning:", nullptr, int(uitkomst->gewaarschuwd.size()));
        for (const Error &waarschuwing : uitkomst->gewaarschuwd)
            regels << QStringLiteral("• ") + waarschuwing.toString();
    }
    if (!uitkomst->alleenNederlands.isEmpty()) {
        regels << tr("%Ln household(s) only in Dutch: there is no letter template for their "
                     "language:",
                     nullptr, int(uitkomst->alleenNederlands.size()));
        for (const Error &h : uitkomst->alleenNederlands)
            regels << QStringLiteral("• %1: %2")
                          .arg(h.where,
                               h.message.isEmpty() ? tr("no language recorded") : h.message);
    }
    if (!uitkomst->geweigerd.isEmpty()) {
        regels << tr("%Ln household(s) got no letter:", nullptr, int(uitkomst->geweigerd.size()));
        for (const Error &fout : uitkomst->geweigerd)
            regels << QStringLiteral("• ") + fout.toString();
    }
    m_samenvatting = regels.join(QLatin1Char('\n'));
    if (uitkomst->brieven > 0)
        emit brievenVastgelegd(opdracht.huishoudens);
    return uitkomst;
}

void BriefReeksDialog::maakMetMelding()
{
    const auto uitkomst = maak();
    if (m_meld)
        m_meld(m_samenvatting);
    else if (!uitkomst)
        QMessageBox::warning(this, windowTitle(), m_samenvatting);
    else
        QMessageBox::information(this, windowTitle(), m_samenvatting);
}

} // namespace rd
