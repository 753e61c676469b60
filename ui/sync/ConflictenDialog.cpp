#include "ui/sync/ConflictenDialog.h"

#include "core/journaal/JournaalSoort.h"
#include "core/store/Store.h"
#include "core/sync/Sync.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

// A moment as a person reads it, in this computer's time and language; as it came when it is
// not a time.
QString leesbaar(const QString &tijd)
{
    const QDateTime t = QDateTime::fromString(tijd, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : tijd;
}

} // namespace

ConflictenDialog::ConflictenDialog(const QString &storePad, const QString &gebruiker,
                                   QWidget *parent)
    : QDialog(parent), m_pad(storePad), m_gebruiker(gebruiker), m_tabel(new QTableWidget(this)),
      m_uitleg(new QLabel(this)), m_server(new QPushButton(tr("Take the &server's version"), this)),
      m_mijn(new QPushButton(tr("Keep &mine (make it again)"), this))
{
    setObjectName(QStringLiteral("conflictenDialog"));
    setWindowTitle(tr("Conflicts with the team server"));
    auto *layout = new QVBoxLayout(this);
    auto *kop = new QLabel(tr("A conflict is a change of yours that reached the team server after "
                              "another change of the same household. This store shows the "
                              "server's version; choose per row."),
                           this);
    kop->setWordWrap(true);
    layout->addWidget(kop);
    m_tabel->setColumnCount(7);
    m_tabel->setHorizontalHeaderLabels({tr("No."), tr("Type"), tr("V-nummer"), tr("My version"),
                                        tr("Server's version"), tr("By"), tr("When")});
    m_tabel->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabel->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tabel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabel->horizontalHeader()->setStretchLastSection(true);
    m_tabel->verticalHeader()->hide();
    layout->addWidget(m_tabel, 1);
    m_uitleg->setWordWrap(true);
    m_uitleg->setObjectName(QStringLiteral("conflictUitleg"));
    layout->addWidget(m_uitleg);
    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Close, this);
    knoppen->addButton(m_server, QDialogButtonBox::ActionRole);
    knoppen->addButton(m_mijn, QDialogButtonBox::ActionRole);
    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QPushButton::clicked, this, [this] { los(true); });
    connect(m_mijn, &QPushButton::clicked, this, [this] { los(false); });
    connect(m_tabel, &QTableWidget::itemSelectionChanged, this, [this] {
        const int rij = m_tabel->currentRow();
        const bool eigen = rij >= 0 && !m_tabel->item(rij, 0)->text().startsWith(QLatin1Char('S'));
        m_server->setEnabled(rij >= 0);
        m_mijn->setEnabled(eigen);
        m_uitleg->setText(rij >= 0 ? m_tabel->item(rij, 0)->toolTip() : QString());
    });
    layout->addWidget(knoppen);
    resize(900, 400);
    laad();
}

void ConflictenDialog::laad()
{
    m_tabel->setRowCount(0);
    auto store = Store::open(m_pad, Store::Mode::ReadOnly);
    if (!store) {
        m_uitleg->setText(store.error().toString());
        return;
    }
    const auto lijst = sync::conflicten(**store);
    if (!lijst) {
        m_uitleg->setText(lijst.error().toString());
        return;
    }
    for (const SyncConflict &c : *lijst) {
        const int rij = m_tabel->rowCount();
        m_tabel->insertRow(rij);
        const QStringList cellen{c.nummer(),      journaal::soortNaam(c.soort),
                                 c.huishouden,    c.mijnVersie,
                                 c.serverVersie,  c.door,
                                 leesbaar(c.tijd)};
        for (int k = 0; k < cellen.size(); ++k)
            m_tabel->setItem(rij, k, new QTableWidgetItem(cellen.at(k)));
        m_tabel->item(rij, 1)->setToolTip(c.soort); // the code, as `conflicts` prints it
        m_tabel->item(rij, 0)->setToolTip(c.reden);
    }
    m_tabel->resizeColumnsToContents();
    m_server->setEnabled(false);
    m_mijn->setEnabled(false);
    if (lijst->isEmpty())
        m_uitleg->setText(tr("No conflicts."));
}

bool ConflictenDialog::los(bool neemServer)
{
    const int rij = m_tabel->currentRow();
    if (rij < 0)
        return false;
    const QString nummer = m_tabel->item(rij, 0)->text();
    const auto welk = SyncConflict::leesNummer(nummer);
    if (!welk)
        return false;
    auto store = Store::open(m_pad, Store::Mode::ReadWrite);
    if (!store) {
        m_uitleg->setText(store.error().toString());
        return false;
    }
    (*store)->setGebruiker(m_gebruiker);
    const Status s = sync::los(**store, welk->first, welk->second, neemServer);
    store->reset();
    if (!s) {
        m_uitleg->setText(tr("Not resolved: %1").arg(s.error().toString()));
        return false;
    }
    laad();
    m_uitleg->setText(tr("Conflict %1 resolved.").arg(nummer));
    return true;
}

} // namespace rd
