#include "ui/brief/BriefDialog.h"

#include "core/brief/BriefCommand.h"
#include "core/brief/BriefReeks.h"
#include "core/brief/BriefService.h"
#include "core/pdf/PaginaSchrijver.h"
#include "ui/brief/BriefDruk.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace rd {

namespace {

// "<dir>/<name>-<taal>.pdf" beside the chosen file, for the second language.
QString padVoorTaal(const QString &pad, const QString &taal)
{
    const QFileInfo info(pad);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("pdf") : info.suffix();
    return info.dir().filePath(
        QStringLiteral("%1-%2.%3").arg(info.completeBaseName(), taal, suffix));
}

} // namespace

BriefDialog::BriefDialog(Store &store, qint64 huishoudenId, const QDate &vandaag, QWidget *parent)
    : QDialog(parent), m_store(store), m_huishoudenId(huishoudenId), m_vandaag(vandaag),
      m_taal(new QComboBox(this)), m_metTweede(new QCheckBox(tr("&Also in:"), this)),
      m_tweedeTaal(new QComboBox(this)),
      m_afschrift(new QCheckBox(tr("Include the &copy for the AZC location"), this)),
      m_datum(new QDateEdit(vandaag, this)), m_kop(new QLabel(this)), m_foutLabel(new QLabel(this)),
      m_waarschuwingLabel(new QLabel(this)), m_voorbeeld(new QPushButton(tr("Pre&view…"), this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_bewaar(new QPushButton(tr("&Save as PDF…"), this))
{
    setObjectName(QStringLiteral("briefDialoog"));
    // Finishes a letters batch an earlier run left half done (cheap: one query when none did).
    // Its problems do not stop this dialog: the batch it finishes is named again by the next
    // run of herstel() (every letters command and dialog starts with one).
    (void)BriefReeks(m_store).herstel();
    setWindowTitle(tr("Coupling letter"));
    const QStringList talen = briefsjabloon::talen();
    for (const QString &taal : talen) {
        const auto sjabloon = briefsjabloon::laad(taal);
        const QString naam = sjabloon ? sjabloon->taalNaam : taal;
        m_taal->addItem(QStringLiteral("%1 (%2)").arg(naam, taal), taal);
        m_tweedeTaal->addItem(QStringLiteral("%1 (%2)").arg(naam, taal), taal);
    }
    m_taal->setObjectName(QStringLiteral("briefTaal"));
    m_taal->setAccessibleName(tr("Letter language"));
    m_taal->setToolTip(tr("The language of the letter; Dutch is the authoritative text"));
    m_taal->setCurrentIndex(std::max(0, m_taal->findData(QStringLiteral("nl"))));
    m_metTweede->setObjectName(QStringLiteral("briefMetTweedeTaal"));
    m_metTweede->setToolTip(tr("Also produce the letter in the status holder's own language, "
                               "beside the Dutch one"));
    m_tweedeTaal->setObjectName(QStringLiteral("briefTweedeTaal"));
    m_tweedeTaal->setAccessibleName(tr("Second letter language"));
    m_tweedeTaal->setEnabled(false);
    // The first language that is not the first choice: the holder's language.
    for (int i = 0; i < m_tweedeTaal->count(); ++i) {
        if (m_tweedeTaal->itemData(i) != m_taal->currentData()) {
            m_tweedeTaal->setCurrentIndex(i);
            break;
        }
    }
    m_afschrift->setObjectName(QStringLiteral("briefAfschrift"));
    m_afschrift->setChecked(true);
    m_afschrift->setToolTip(tr("Add a copy marked for the AZC location after each letter"));
    m_datum->setObjectName(QStringLiteral("briefDatum"));
    m_datum->setAccessibleName(tr("Letter date"));
    m_datum->setToolTip(tr("The day the letter is handed out at the vergunninghoudergesprek"));
    m_datum->setCalendarPopup(true);
    m_datum->setMaximumDate(vandaag);
    m_kop->setObjectName(QStringLiteral("briefKop"));
    m_kop->setWordWrap(true);
    m_foutLabel->setObjectName(QStringLiteral("briefFout"));
    m_foutLabel->setWordWrap(true);
    m_foutLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_foutLabel->setStyleSheet(QStringLiteral("color: #b31b1b;"));
    m_waarschuwingLabel->setObjectName(QStringLiteral("briefWaarschuwing"));
    m_waarschuwingLabel->setWordWrap(true);
    m_waarschuwingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waarschuwingLabel->hide();
    m_voorbeeld->setObjectName(QStringLiteral("briefVoorbeeld"));
    m_voorbeeld->setToolTip(tr("Show the pages as they print (nothing is recorded)"));
    m_print->setObjectName(QStringLiteral("briefPrint"));
    m_print->setToolTip(tr("Print the letters and record them in the case timeline"));
    m_bewaar->setObjectName(QStringLiteral("briefBewaar"));
    m_bewaar->setToolTip(tr("Save the letters as PDF and record them in the case timeline"));

    auto *tweede = new QHBoxLayout;
    tweede->addWidget(m_metTweede);
    tweede->addWidget(m_tweedeTaal, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_taal);
    form->addRow(QString(), tweede);
    form->addRow(QString(), m_afschrift);
    form->addRow(tr("&Date:"), m_datum);
    auto *knoppen = new QDialogButtonBox(this);
    knoppen->addButton(m_voorbeeld, QDialogButtonBox::ActionRole);
    knoppen->addButton(m_print, QDialogButtonBox::ActionRole);
    knoppen->addButton(m_bewaar, QDialogButtonBox::ActionRole);
    QPushButton *sluit = knoppen->addButton(QDialogButtonBox::Close);
    sluit->setObjectName(QStringLiteral("briefSluit"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kop);
    layout->addLayout(form);
    layout->addWidget(m_foutLabel);
    layout->addWidget(m_waarschuwingLabel);
    layout->addStretch(1);
    layout->addWidget(knoppen);

    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_metTweede, &QCheckBox::toggled, m_tweedeTaal, &QWidget::setEnabled);
    connect(m_datum, &QDateEdit::dateChanged, this, &BriefDialog::laadGegevens);
    connect(m_voorbeeld, &QPushButton::clicked, this, &BriefDialog::toonVoorbeeld);
    connect(m_print, &QPushButton::clicked, this, &BriefDialog::printMetDialoog);
    connect(m_bewaar, &QPushButton::clicked, this, &BriefDialog::bewaarMetDialoog);
    laadGegevens();
    resize(520, sizeHint().height());
}

void BriefDialog::laadGegevens()
{
    m_gegevens.reset();
    m_fout = {};
    if (m_taal->count() == 0) {
        m_fout = Error{QStringLiteral("sjabloon"), tr("no letter templates were found")};
    } else if (auto g =
                   BriefService(m_store).gegevens(m_huishoudenId, m_datum->date(), m_vandaag)) {
        m_gegevens = std::move(g).value();
    } else {
        m_fout = g.error();
    }
    if (m_gegevens) {
        const BriefLid &ref = m_gegevens->referent();
        m_kop->setText(tr("%1 (%2), %Ln person(s), coupled to %3 on %4", nullptr,
                          int(m_gegevens->leden.size()))
                           .arg(ref.voornamen + QLatin1Char(' ') + ref.achternaam, ref.vNummer,
                                m_gegevens->partnerschapNaam.isEmpty()
                                    ? m_gegevens->gemeenteNaam
                                    : m_gegevens->partnerschapNaam,
                                QLocale().toString(m_gegevens->koppelDatum, QLocale::ShortFormat)));
        m_foutLabel->clear();
        m_foutLabel->hide();
        QStringList waarschuwingen;
        for (const Error &w : std::as_const(m_gegevens->waarschuwingen))
            waarschuwingen << w.message;
        // Not by colour alone either: the text says it is a warning; the letter can be made.
        m_waarschuwingLabel->setText(
            waarschuwingen.isEmpty()
                ? QString()
                : tr("⚠ Warning: %1").arg(waarschuwingen.join(QStringLiteral("; "))));
        m_waarschuwingLabel->setAccessibleName(m_waarschuwingLabel->text());
        m_waarschuwingLabel->setVisible(!waarschuwingen.isEmpty());
    } else {
        m_waarschuwingLabel->clear();
        m_waarschuwingLabel->hide();
        m_kop->setText(tr("No coupling letter can be made for this household."));
        // Status not by colour alone: the text says it is a refusal.
        m_foutLabel->setText(tr("⚠ Missing: %1").arg(fout()));
        m_foutLabel->setAccessibleName(m_foutLabel->text());
        m_foutLabel->show();
    }
    for (QPushButton *knop : {m_voorbeeld, m_print, m_bewaar})
        knop->setEnabled(kanMaken());
}

QString BriefDialog::fout() const
{
    return kanMaken() ? QString() : m_fout.toString();
}

QString BriefDialog::waarschuwing() const
{
    return m_waarschuwingLabel->text();
}

QStringList BriefDialog::gekozenTalen() const
{
    QStringList talen{m_taal->currentData().toString()};
    const QString tweede = m_tweedeTaal->currentData().toString();
    if (m_metTweede->isChecked() && !tweede.isEmpty() && !talen.contains(tweede))
        talen << tweede;
    return talen;
}

void BriefDialog::setTalen(const QString &eerste, const QString &tweede)
{
    m_taal->setCurrentIndex(std::max(0, m_taal->findData(eerste)));
    m_metTweede->setChecked(!tweede.isEmpty());
    if (!tweede.isEmpty())
        m_tweedeTaal->setCurrentIndex(std::max(0, m_tweedeTaal->findData(tweede)));
}

void BriefDialog::setAfschrift(bool afschrift)
{
    m_afschrift->setChecked(afschrift);
}

void BriefDialog::setDatum(const QDate &datum)
{
    m_datum->setDate(datum);
}

Result<QList<BriefSjabloon>> BriefDialog::sjablonen() const
{
    QList<BriefSjabloon> uit;
    for (const QString &taal : gekozenTalen()) {
        auto sjabloon = briefsjabloon::laad(taal);
        if (!sjabloon)
            return sjabloon.error();
        uit << *sjabloon;
    }
    return uit;
}

Result<QStringList> BriefDialog::bewaarPdf(const QString &pad, bool force)
{
    if (!m_gegevens)
        return m_fout;
    QStringList bestanden;
    const QStringList talen = gekozenTalen();
    for (int i = 0; i < talen.size(); ++i) {
        BriefOpdracht opdracht;
        opdracht.huishoudens = {m_huishoudenId};
        opdracht.taal = talen.at(i);
        opdracht.datum = m_datum->date();
        opdracht.uitvoer = BriefOpdracht::Uitvoer::EenBestand;
        opdracht.doel = i == 0 ? pad : padVoorTaal(pad, talen.at(i));
        opdracht.afschrift = m_afschrift->isChecked();
        opdracht.force = force;
        auto uitkomst = BriefReeks(m_store).maak(opdracht, {}, m_vandaag);
        if (!uitkomst)
            return uitkomst.error();
        if (!uitkomst->geweigerd.isEmpty())
            return uitkomst->geweigerd.first();
        bestanden += uitkomst->bestanden;
        if (uitkomst->brieven > 0)
            emit brievenVastgelegd(m_huishoudenId);
    }
    return bestanden;
}

Status BriefDialog::legVast(const QList<BriefSjabloon> &sjablonen)
{
    QList<UitgegevenBrief> brieven;
    for (const BriefSjabloon &sjabloon : sjablonen) {
        UitgegevenBrief brief;
        brief.huishoudenId = m_huishoudenId;
        brief.koppelingId = m_gegevens->koppelingId;
        brief.datum = m_gegevens->datum;
        brief.taal = sjabloon.taal;
        brief.versie = sjabloon.versie;
        brieven << brief;
    }
    // One change with its change-log entry; a letter handed out is no undo step.
    BriefCommand stap(m_store, brieven, m_vandaag);
    if (const Status s = stap.voerUit(); !s)
        return s;
    emit brievenVastgelegd(m_huishoudenId);
    return {};
}

Status BriefDialog::print(QPrinter &printer)
{
    if (!m_gegevens)
        return m_fout;
    auto gekozen = sjablonen();
    if (!gekozen)
        return gekozen.error();
    printer.setPageLayout(pdf::a4()); // the PDF's page, so print and PDF break alike
    PaginaSchrijver schrijver(printer);
    if (!schrijver.actief())
        return Error{printer.printerName(), tr("the printer could not be started")};
    if (const Status s =
            briefdruk::teken(schrijver, *gekozen, *m_gegevens, m_afschrift->isChecked());
        !s)
        return s;
    if (const Status s = schrijver.sluit(); !s)
        return s;
    return legVast(*gekozen);
}

void BriefDialog::tekenVoorbeeld(QPrinter *printer)
{
    if (!m_gegevens || !printer)
        return;
    const auto gekozen = sjablonen();
    if (!gekozen)
        return;
    PaginaSchrijver schrijver(*printer);
    if (schrijver.actief()) {
        // The preview shows what could be drawn; printing and the PDF report their failures.
        Status s = briefdruk::teken(schrijver, *gekozen, *m_gegevens, m_afschrift->isChecked());
        if (const Status gesloten = schrijver.sluit(); s && !gesloten)
            s = gesloten;
        if (!s)
            qWarning("letter preview: %s", qUtf8Printable(s.error().toString()));
    }
}

void BriefDialog::toonVoorbeeld()
{
    if (!m_gegevens)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(pdf::a4()); // the preview shows the PDF's pages
    QPrintPreviewDialog voorbeeld(&printer, this);
    voorbeeld.setObjectName(QStringLiteral("briefPreview"));
    voorbeeld.setWindowTitle(tr("Coupling letter — preview"));
    connect(&voorbeeld, &QPrintPreviewDialog::paintRequested, this, &BriefDialog::tekenVoorbeeld);
    // Printing from the preview accepts it: those letters were handed out, so record them.
    if (voorbeeld.exec() == QDialog::Accepted) {
        if (const auto gekozen = sjablonen(); gekozen) {
            if (const Status s = legVast(*gekozen); !s)
                meldFout(tr("Print"), s.error());
        }
    }
}

void BriefDialog::printMetDialoog()
{
    if (!m_gegevens)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialoog(&printer, this);
    dialoog.setWindowTitle(tr("Print coupling letter"));
    if (dialoog.exec() != QDialog::Accepted)
        return;
    if (const Status s = print(printer); !s)
        meldFout(tr("Print"), s.error());
}

void BriefDialog::bewaarMetDialoog()
{
    if (!m_gegevens)
        return;
    const QString map = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString voorstel =
        QDir(map).filePath(QStringLiteral("koppelingsbrief-%1-%2.pdf")
                               .arg(m_gegevens->referent().vNummer, gekozenTalen().constFirst()));
    const QString pad = m_kiesBestand
                            ? m_kiesBestand(voorstel)
                            : QFileDialog::getSaveFileName(this, tr("Save coupling letter"),
                                                           voorstel, tr("PDF files (*.pdf)"));
    if (pad.isEmpty())
        return;
    // The file dialog asked before replacing the file (the second language's file beside it is
    // replaced with it, as the same letter in another language).
    const auto bestanden = bewaarPdf(pad, true);
    if (!bestanden) {
        meldFout(tr("Save as PDF"), bestanden.error());
        return;
    }
    m_kop->setText(tr("Saved and recorded: %1")
                       .arg(QDir::toNativeSeparators(bestanden->join(QStringLiteral(", ")))));
}

void BriefDialog::meldFout(const QString &titel, const Error &fout)
{
    m_foutLabel->setText(tr("⚠ %1").arg(fout.toString()));
    m_foutLabel->show();
    if (!m_kiesBestand) // tests run without message boxes
        QMessageBox::warning(this, titel, fout.toString());
}

} // namespace rd
