#include "ui/koppeling/KoppelDialog.h"

#include "core/koppeling/KoppelingControle.h"
#include "core/suggestie/SuggestieService.h"
#include "core/taakstelling/TaakstellingService.h"
#include "ui/koppeling/KoppelDoelTekst.h"
#include "ui/widgets/StandaardIcoon.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int codeRole = Qt::UserRole + 1;

QIcon icoon(QStyle::StandardPixmap pixmap)
{
    return standaardIcoon(pixmap);
}

} // namespace

KoppelDialog::KoppelDialog(Store &store, const QList<KoppelKandidaat> &kandidaten,
                           const KoppelDoel &doel, const TaakstellingOverzicht *quota,
                           const QDate &vandaag, QWidget *parent)
    : QDialog(parent), m_store(store), m_kandidaten(kandidaten), m_doel(doel), m_quota(quota),
      m_vandaag(vandaag), m_punten(new QTreeWidget(this)), m_details(new QTextBrowser(this)),
      m_reden(new QLineEdit(this)), m_datum(new QDateEdit(vandaag, this)),
      m_overruleUitleg(new QLabel(this)), m_overrule(new QPlainTextEdit(this)),
      m_samenvatting(new QLabel(this)),
      m_knoppen(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("koppelDialog"));
    // A partnership with the gemeente that will house: its coordinator until a member is chosen.
    const QString doelNaam = koppeldoel::tekst(store, doel);
    setWindowTitle(tr("Couple to %1").arg(doelNaam));

    auto *kop = new QLabel(tr("<b>Couple %n household(s) to %1</b><br>Weigh what is listed below "
                              "before you confirm. Untick a household to leave it out.",
                              nullptr, int(kandidaten.size()))
                               .arg(doelNaam.toHtmlEscaped()),
                           this);
    kop->setWordWrap(true);

    m_punten->setObjectName(QStringLiteral("controlePunten"));
    m_punten->setAccessibleName(tr("What to weigh per household"));
    m_punten->setHeaderLabels({tr("Household / item"), tr("Kind")});
    m_punten->setRootIsDecorated(true);
    m_punten->setWordWrap(true);
    m_punten->header()->setStretchLastSection(false);
    m_punten->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_punten->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_details->setObjectName(QStringLiteral("controleDetails"));
    m_details->setAccessibleName(tr("The items to weigh in full"));
    m_details->setOpenLinks(false);

    m_reden->setObjectName(QStringLiteral("koppelReden"));
    m_reden->setAccessibleName(tr("Reason for the coupling"));
    m_reden->setToolTip(tr("Why this gemeente: kept with the coupling in its history."));
    m_reden->setText(tr("Coupled on the region board"));
    m_datum->setObjectName(QStringLiteral("koppelDatum"));
    m_datum->setAccessibleName(tr("Coupling date"));
    m_datum->setCalendarPopup(true);
    m_datum->setMaximumDate(vandaag);
    m_datum->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_datum->setToolTip(tr("The date of the coupling; not in the future."));

    m_overruleUitleg->setObjectName(QStringLiteral("overruleUitleg"));
    m_overruleUitleg->setWordWrap(true);
    m_overruleUitleg->setText(
        tr("Some ticked households have blocking items. They are coupled only with a written "
           "reason to override, which is stored with the coupling."));
    m_overrule->setObjectName(QStringLiteral("overruleReden"));
    m_overrule->setAccessibleName(tr("Reason to override blocking items"));
    m_overrule->setPlaceholderText(tr("Why couple despite the blocking items?"));
    m_overrule->setTabChangesFocus(true);
    m_overrule->setMaximumHeight(80);
    m_samenvatting->setObjectName(QStringLiteral("koppelSamenvatting"));

    auto *form = new QFormLayout;
    auto *redenLabel = new QLabel(tr("&Reason:"), this);
    redenLabel->setBuddy(m_reden);
    auto *datumLabel = new QLabel(tr("&Date:"), this);
    datumLabel->setBuddy(m_datum);
    form->addRow(redenLabel, m_reden);
    form->addRow(datumLabel, m_datum);

    m_knoppen->button(QDialogButtonBox::Ok)->setText(tr("&Couple"));
    m_knoppen->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("koppelBevestig"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(kop);
    layout->addWidget(m_punten, 2);
    layout->addWidget(m_details, 2);
    layout->addLayout(form);
    layout->addWidget(m_overruleUitleg);
    layout->addWidget(m_overrule);
    layout->addWidget(m_samenvatting);
    layout->addWidget(m_knoppen);
    resize(720, 620);

    connect(m_knoppen, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reden, &QLineEdit::textChanged, this, &KoppelDialog::werkKnoppenBij);
    connect(m_overrule, &QPlainTextEdit::textChanged, this, &KoppelDialog::werkKnoppenBij);
    connect(m_datum, &QDateEdit::dateChanged, this, &KoppelDialog::controleer);
    connect(m_punten, &QTreeWidget::itemChanged, this, &KoppelDialog::werkKnoppenBij);

    controleer();
    m_punten->setFocus();
}

void KoppelDialog::controleer()
{
    const QSignalBlocker blocker(m_punten);
    QHash<qint64, bool> aangevinkt;
    for (int i = 0; i < m_punten->topLevelItemCount(); ++i) {
        const auto *item = m_punten->topLevelItem(i);
        aangevinkt[item->data(0, idRole).toLongLong()] = item->checkState(0) == Qt::Checked;
    }
    m_punten->clear();
    m_codes.clear();
    m_suggestie.clear();
    m_blokkerend.clear();
    m_fout.clear();

    KoppelingControle controle(m_store);
    controle.setQuota(m_quota);
    QString html;
    for (const auto &kandidaat : m_kandidaten) {
        html += QStringLiteral("<p><b>%1</b> (%2)</p><ul>")
                    .arg(kandidaat.naam.toHtmlEscaped(), kandidaat.vNummer);
        auto *item = new QTreeWidgetItem(m_punten);
        item->setText(0, tr("%1 (%2), %n person(s)", nullptr, kandidaat.personen)
                             .arg(kandidaat.naam, kandidaat.vNummer));
        item->setData(0, idRole, kandidaat.huishoudenId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);

        const auto uitkomst = controle.controleer(kandidaat.huishoudenId, m_doel.gemeenteCode,
                                                  m_doel.partnerschapId, datum());
        bool aan = aangevinkt.value(kandidaat.huishoudenId, true);
        if (!uitkomst) {
            m_fout[kandidaat.huishoudenId] = true;
            aan = false;
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            auto *punt = new QTreeWidgetItem(item);
            punt->setIcon(0, icoon(QStyle::SP_MessageBoxCritical));
            punt->setText(0, uitkomst.error().toString());
            punt->setText(1, tr("Cannot be checked"));
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(tr("Cannot be checked"), uitkomst.error().toString().toHtmlEscaped());
        } else {
            QStringList codes;
            for (const auto &p : uitkomst->punten) {
                codes << p.code;
                auto *punt = new QTreeWidgetItem(item);
                const bool blok = p.ernst == ControleErnst::Blokkerend;
                punt->setIcon(
                    0, icoon(blok ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
                punt->setText(0, p.tekst);
                punt->setToolTip(0, p.tekst);
                punt->setText(1, blok ? tr("Blocking") : tr("Warning"));
                punt->setData(0, codeRole, p.code);
                html += QStringLiteral("<li>%1 <b>%2:</b> %3</li>")
                            .arg(blok ? QStringLiteral("⛔") : QStringLiteral("⚠"),
                                 blok ? tr("Blocking") : tr("Warning"), p.tekst.toHtmlEscaped());
            }
            if (uitkomst->punten.isEmpty()) {
                auto *punt = new QTreeWidgetItem(item);
                punt->setIcon(0, icoon(QStyle::SP_DialogApplyButton));
                punt->setText(0, tr("Nothing to weigh: no blocking items, no warnings."));
                punt->setText(1, tr("OK"));
                html += QStringLiteral("<li>✓ %1</li>")
                            .arg(tr("Nothing to weigh: no blocking items, no warnings."));
            }
            const QString suggestie = suggestieTekst(kandidaat.huishoudenId);
            if (!suggestie.isEmpty()) {
                auto *punt = new QTreeWidgetItem(item);
                punt->setIcon(0, icoon(QStyle::SP_MessageBoxInformation));
                punt->setText(0, suggestie);
                punt->setToolTip(0, suggestie);
                punt->setText(1, tr("Suggestion"));
                html += QStringLiteral("<li>%1 <b>%2:</b> %3</li>")
                            .arg(QStringLiteral("ⓘ"), tr("Suggestion"), suggestie.toHtmlEscaped());
            }
            m_codes[kandidaat.huishoudenId] = codes;
            m_blokkerend[kandidaat.huishoudenId] = uitkomst->blokkerend();
            item->setIcon(0, icoon(uitkomst->blokkerend()       ? QStyle::SP_MessageBoxCritical
                                   : uitkomst->punten.isEmpty() ? QStyle::SP_DialogApplyButton
                                                                : QStyle::SP_MessageBoxWarning));
            item->setText(1, uitkomst->blokkerend()       ? tr("Blocking")
                             : uitkomst->punten.isEmpty() ? tr("OK")
                                                          : tr("Warning"));
        }
        item->setCheckState(0, aan ? Qt::Checked : Qt::Unchecked);
        item->setExpanded(true);
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
    werkKnoppenBij();
}

QString KoppelDialog::suggestieTekst(qint64 huishoudenId)
{
    m_suggestie.remove(huishoudenId);
    // Where the chosen target ranks among the household's suggestions (issue 15), and why.
    const auto lijst = SuggestieService(m_store).voor(huishoudenId, datum(), m_quota);
    if (!lijst)
        return {};
    const QLocale locale;
    const Suggestie *eerste = nullptr;
    int geschikt = 0;
    for (const Suggestie &s : *lijst) {
        if (!s.geschikt())
            continue;
        ++geschikt;
        if (!eerste)
            eerste = &s;
    }
    for (const Suggestie &s : *lijst) {
        const bool ditDoel = s.doel.partnerschapId == m_doel.partnerschapId &&
                             (m_doel.partnerschapId > 0 || s.doel.code == m_doel.gemeenteCode);
        if (!ditDoel)
            continue;
        if (!s.geschikt())
            return tr("not among the suggestions: %1").arg(s.reden);
        m_suggestie.insert(huishoudenId, suggestie::alsJson(s, geschikt));
        QString tekst = tr("%1 of %2 (score %3): %4")
                            .arg(QString::number(s.rang), QString::number(geschikt),
                                 locale.toString(s.score, 'f', 2), s.factorTekst());
        if (eerste && eerste != &s)
            tekst += QStringLiteral(". ") +
                     tr("The first suggestion is %1 (score %2).")
                         .arg(eerste->doel.naam, locale.toString(eerste->score, 'f', 2));
        return tekst;
    }
    return tr("not among the suggestions: outside the region of the household's AZC");
}

void KoppelDialog::werkKnoppenBij()
{
    const int blok = aantalBlokkerend();
    m_overruleUitleg->setVisible(blok > 0);
    m_overrule->setVisible(blok > 0);
    const int gekozen = int(verzoeken().size());
    QString tekst = tr("%n household(s) will be coupled.", nullptr, gekozen);
    if (m_reden->text().trimmed().isEmpty())
        tekst += QLatin1Char(' ') + tr("A reason is required.");
    if (blok > 0 && m_overrule->toPlainText().trimmed().isEmpty())
        tekst += QLatin1Char(' ') +
                 tr("%n household(s) with blocking items need a reason to override, or untick "
                    "them.",
                    nullptr, blok);
    m_samenvatting->setText(tekst);
    m_knoppen->button(QDialogButtonBox::Ok)->setEnabled(kanBevestigen());
}

QList<KoppelVerzoek> KoppelDialog::verzoeken() const
{
    QList<KoppelVerzoek> lijst;
    const QString overrule = m_overrule->toPlainText().trimmed();
    for (int i = 0; i < m_punten->topLevelItemCount(); ++i) {
        const auto *item = m_punten->topLevelItem(i);
        const qint64 id = item->data(0, idRole).toLongLong();
        if (item->checkState(0) != Qt::Checked || m_fout.value(id))
            continue;
        lijst << KoppelVerzoek{id, m_blokkerend.value(id) ? overrule : QString(),
                               m_suggestie.value(id)};
    }
    return lijst;
}

int KoppelDialog::aantalBlokkerend() const
{
    int n = 0;
    for (const auto &verzoek : verzoeken())
        n += m_blokkerend.value(verzoek.huishoudenId) ? 1 : 0;
    return n;
}

bool KoppelDialog::kanBevestigen() const
{
    if (verzoeken().isEmpty() || m_reden->text().trimmed().isEmpty())
        return false;
    return aantalBlokkerend() == 0 || !m_overrule->toPlainText().trimmed().isEmpty();
}

QString KoppelDialog::reden() const
{
    return m_reden->text().trimmed();
}

QDate KoppelDialog::datum() const
{
    return m_datum->date();
}

QStringList KoppelDialog::puntCodes(qint64 huishoudenId) const
{
    return m_codes.value(huishoudenId);
}

void KoppelDialog::setAangevinkt(qint64 huishoudenId, bool aan)
{
    for (int i = 0; i < m_punten->topLevelItemCount(); ++i) {
        auto *item = m_punten->topLevelItem(i);
        if (item->data(0, idRole).toLongLong() == huishoudenId)
            item->setCheckState(0, aan ? Qt::Checked : Qt::Unchecked);
    }
}

void KoppelDialog::setReden(const QString &reden)
{
    m_reden->setText(reden);
}

void KoppelDialog::setOverruleReden(const QString &reden)
{
    m_overrule->setPlainText(reden);
}

void KoppelDialog::setDatum(const QDate &datum)
{
    m_datum->setDate(datum);
}

} // namespace rd
