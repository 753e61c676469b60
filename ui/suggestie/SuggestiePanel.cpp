#include "ui/suggestie/SuggestiePanel.h"

#include "core/suggestie/SuggestieService.h"
#include "core/werkbestand/Werkbestand.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace rd {

namespace {

constexpr int doelRole = Qt::UserRole + 1;

// Enter on a row asks for the coupling, as a double click does.
class SuggestieTabel : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> kies;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && kies) {
            kies();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

SuggestiePanel::SuggestiePanel(QWidget *parent)
    : QWidget(parent), m_kop(new QLabel(this)), m_model(new QStandardItemModel(this)),
      m_tabel(new SuggestieTabel(this)), m_opnieuw(new QTimer(this))
{
    setObjectName(QStringLiteral("suggestiePanel"));
    m_kop->setWordWrap(true);
    m_tabel->setObjectName(QStringLiteral("suggestieTabel"));
    m_tabel->setAccessibleName(tr("Suggested gemeenten and partnerships"));
    m_tabel->setModel(m_model);
    m_tabel->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabel->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tabel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabel->setTabKeyNavigation(false);
    m_tabel->verticalHeader()->hide();
    m_tabel->horizontalHeader()->setStretchLastSection(true);
    static_cast<SuggestieTabel *>(m_tabel)->kies = [this] { vraagKoppeling(); };
    connect(m_tabel, &QTableView::doubleClicked, this, &SuggestiePanel::vraagKoppeling);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kop);
    layout->addWidget(m_tabel, 1);

    m_opnieuw->setSingleShot(true);
    m_opnieuw->setInterval(0);
    connect(m_opnieuw, &QTimer::timeout, this, [this] {
        if (!isVisible()) { // its tab is not shown: nothing to read for now
            m_verouderd = true;
            return;
        }
        (void)lees(); // shows its own error
    });
    (void)lees();
}

void SuggestiePanel::setWerkbestand(Werkbestand *bestand)
{
    const auto opnieuw = [this] {
        if (m_id > 0)
            m_opnieuw->start();
    };
    connect(bestand, &Werkbestand::tijdlijnGewijzigd, this, opnieuw);
    connect(bestand, &Werkbestand::koppelingenGewijzigd, this, opnieuw);
    connect(bestand, &Werkbestand::gemeentenGewijzigd, this, opnieuw);
    connect(bestand, &Werkbestand::taakstellingGewijzigd, this, opnieuw);
    connect(bestand, &Werkbestand::instellingenGewijzigd, this, opnieuw);
}

Status SuggestiePanel::laad(Store *store, qint64 huishoudenId, const QDate &vandaag,
                            const TaakstellingOverzicht *quota)
{
    m_store = store;
    m_id = huishoudenId;
    m_vandaag = vandaag;
    m_quota = quota;
    m_opnieuw->stop();
    if (!isVisible() && m_id > 0) {
        m_verouderd = true;
        return {};
    }
    return lees();
}

void SuggestiePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_verouderd)
        (void)lees(); // shows its own error
}

Status SuggestiePanel::lees()
{
    m_verouderd = false;
    m_model->clear();
    QStringList koppen{tr("Rank"), tr("Gemeente or partnership"), tr("Score")};
    for (const Factor f : factor::alle())
        koppen << factor::naam(f);
    koppen << tr("Excluded because");
    m_model->setHorizontalHeaderLabels(koppen);
    if (!m_store || m_id <= 0) {
        m_kop->setText(tr("No household chosen."));
        return {};
    }
    const SuggestieService service(*m_store);
    const auto gewichten = service.gewichten();
    const auto lijst = service.voor(m_id, m_vandaag, m_quota);
    if (!gewichten || !lijst) {
        const Error fout = !gewichten ? gewichten.error() : lijst.error();
        m_kop->setText(tr("No suggestions: %1").arg(fout.toString()));
        return fout;
    }
    const QLocale locale;
    int geschikt = 0;
    for (const Suggestie &s : *lijst) {
        QList<QStandardItem *> rij;
        auto *rang = new QStandardItem(s.rang > 0 ? QString::number(s.rang) : QString());
        rang->setData(
            QVariant::fromValue(KoppelDoel{s.doel.code, s.doel.partnerschapId, s.doel.naam}),
            doelRole);
        rij << rang << new QStandardItem(s.doel.naam)
            << new QStandardItem(locale.toString(s.score, 'f', 2));
        for (const FactorWaarde &f : s.factoren) {
            auto *cel = new QStandardItem(locale.toString(f.waarde, 'f', 2));
            cel->setToolTip(tr("%1 × weight %2 = %3")
                                .arg(locale.toString(f.waarde, 'f', 2),
                                     locale.toString(f.gewicht, 'f', 2),
                                     locale.toString(f.bijdrage(), 'f', 2)));
            rij << cel;
        }
        rij << new QStandardItem(s.reden);
        for (QStandardItem *cel : std::as_const(rij)) {
            if (cel->toolTip().isEmpty())
                cel->setToolTip(s.uitleg());
            if (!s.geschikt())
                cel->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        for (int k = 0; k + 1 < rij.size(); ++k) { // the numbers right, the name and reason left
            if (k != 1)
                rij.at(k)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_model->appendRow(rij);
        geschikt += s.geschikt() ? 1 : 0;
    }
    QStringList gewichtTekst;
    for (const Factor f : factor::alle())
        gewichtTekst << QStringLiteral("%1 %2").arg(factor::naam(f),
                                                    locale.toString(gewichten->van(f), 'f', 2));
    m_kop->setText(tr("%1 of %2 targets eligible. Weights: %3. A suggestion couples nothing: "
                      "Enter or a double click opens the coupling with its checks.")
                       .arg(QString::number(geschikt), QString::number(lijst->size()),
                            gewichtTekst.join(QStringLiteral(", "))));
    m_tabel->resizeColumnsToContents();
    return {};
}

void SuggestiePanel::vraagKoppeling()
{
    const QModelIndex index = m_tabel->currentIndex();
    if (!index.isValid() || m_id <= 0)
        return;
    const auto doel = m_model->item(index.row(), 0)->data(doelRole).value<KoppelDoel>();
    if (doel.isValid())
        emit koppelGevraagd(m_id, doel);
}

} // namespace rd
