#include "ui/koppeling/KoppelHistoriePanel.h"

#include "core/werkbestand/Werkbestand.h"

#include "ui/journaal/JournaalModel.h"
#include "ui/koppeling/KoppelHistorieModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

KoppelHistoriePanel::KoppelHistoriePanel(QWidget *parent)
    : QWidget(parent), m_model(new KoppelHistorieModel(this)), m_table(new QTableView(this)),
      m_kop(new QLabel(this)), m_journaal(new JournaalModel(this)),
      m_journaalTabel(new QTableView(this)), m_journaalKop(new QLabel(this)),
      m_ontkoppel(new QPushButton(tr("&Uncouple…"), this)),
      m_herkoppel(new QPushButton(tr("Couple &again to this target…"), this))
{
    setObjectName(QStringLiteral("koppelHistorie"));
    m_table->setObjectName(QStringLiteral("koppelHistorieTabel"));
    m_table->setAccessibleName(tr("Coupling history"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_ontkoppel->setObjectName(QStringLiteral("ontkoppelKnop"));
    m_ontkoppel->setToolTip(tr("End the active coupling, with a reason. Can be undone."));
    m_herkoppel->setObjectName(QStringLiteral("herkoppelKnop"));
    m_herkoppel->setToolTip(
        tr("Couple the household again to the gemeente or partnership of the selected row, "
           "with the same checks as a new coupling."));
    m_kop->setObjectName(QStringLiteral("koppelHistorieKop"));
    m_journaalTabel->setObjectName(QStringLiteral("journaalTabel"));
    m_journaalTabel->setAccessibleName(tr("Change log of the household"));
    m_journaalTabel->setModel(m_journaal);
    m_journaalTabel->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_journaalTabel->setWordWrap(false);
    m_journaalTabel->setTabKeyNavigation(false);
    m_journaalTabel->verticalHeader()->hide();
    m_journaalTabel->horizontalHeader()->setSectionResizeMode(JournaalModel::Wat,
                                                              QHeaderView::Stretch);
    m_journaalTabel->horizontalHeader()->setSectionResizeMode(JournaalModel::Seq,
                                                              QHeaderView::ResizeToContents);
    m_journaalKop->setObjectName(QStringLiteral("journaalKop"));

    auto *knoppen = new QHBoxLayout;
    knoppen->addWidget(m_ontkoppel);
    knoppen->addWidget(m_herkoppel);
    knoppen->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kop);
    layout->addWidget(m_table, 1);
    layout->addLayout(knoppen);
    layout->addWidget(m_journaalKop);
    layout->addWidget(m_journaalTabel, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KoppelHistoriePanel::werkKnoppenBij);
    connect(m_ontkoppel, &QPushButton::clicked, this,
            [this] { emit ontkoppelGevraagd(m_model->huishoudenId()); });
    connect(m_herkoppel, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row >= 0)
            emit herkoppelGevraagd(m_model->huishoudenId(), m_model->doelVan(row));
    });
    werkKnoppenBij();
}

Status KoppelHistoriePanel::laad(Store &store, qint64 huishoudenId)
{
    const Status status = m_model->laad(store, huishoudenId);
    m_table->resizeColumnsToContents();
    if (!status)
        m_kop->setText(tr("The couplings cannot be read: %1").arg(status.error().toString()));
    else if (huishoudenId == 0)
        m_kop->setText(tr("Choose a household to see its couplings."));
    else if (m_model->rowCount() == 0)
        m_kop->setText(tr("This household has never been coupled."));
    else
        m_kop->setText(tr("%n coupling step(s), oldest first.", nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    werkKnoppenBij();

    const Status log = m_journaal->laad(store, huishoudenId);
    m_journaalTabel->resizeColumnToContents(JournaalModel::Tijd);
    m_journaalTabel->resizeColumnToContents(JournaalModel::Gebruiker);
    if (!log)
        m_journaalKop->setText(tr("The change log cannot be read: %1").arg(log.error().toString()));
    else if (huishoudenId == 0)
        m_journaalKop->clear();
    else if (m_journaal->rowCount() == 0)
        m_journaalKop->setText(tr("No changes of this household in the change log yet."));
    else
        m_journaalKop->setText(
            tr("%n change(s) in the change log, oldest first.", nullptr, m_journaal->rowCount()));
    if (m_journaal->rowCount() > 0)
        m_journaalTabel->scrollToBottom();
    return status ? log : status;
}

void KoppelHistoriePanel::werkKnoppenBij()
{
    m_ontkoppel->setEnabled(m_model->heeftActieve());
    const int row = m_table->currentIndex().row();
    m_herkoppel->setEnabled(row >= 0 && !m_model->heeftActieve() &&
                            !m_model->koppeling(row).actief());
}

qint64 KoppelHistoriePanel::huishoudenId() const
{
    return m_model->huishoudenId();
}

void KoppelHistoriePanel::setWerkbestand(Werkbestand *bestand)
{
    connect(bestand, &Werkbestand::koppelGebeurtenissen, this,
            [this, bestand](const QList<KoppelGebeurtenis> &gebeurtenissen) {
                for (const KoppelGebeurtenis &g : gebeurtenissen) {
                    if (bestand->store() && m_model->huishoudenId() == g.huishoudenId) {
                        (void)laad(*bestand->store(), g.huishoudenId); // shows its own error
                        return;
                    }
                }
            });
    // A refusal or a saved intake is in the household's history too.
    connect(bestand, &Werkbestand::tijdlijnGewijzigd, this,
            [this, bestand](const QList<qint64> &ids) {
                const qint64 id = m_model->huishoudenId();
                if (bestand->store() && id > 0 && ids.contains(id))
                    (void)laad(*bestand->store(), id); // shows its own error
            });
}

} // namespace rd
