#include "ui/plan/PlanDialog.h"

#include "core/plan/PlanCommand.h"
#include "core/wachtrij/WachtrijService.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/plan/PlanTabelModel.h"
#include "ui/widgets/LijstActies.h"
#include "ui/widgets/RegioCombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace rd {

namespace {

// The proposed target chosen from the household's eligible targets, or "not in this plan".
class DoelDelegate : public QStyledItemDelegate
{
public:
    DoelDelegate(PlanTabelModel *model, QObject *parent)
        : QStyledItemDelegate(parent), m_model(model)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        for (const auto &[sleutel, naam] : m_model->keuzes(index.row()))
            combo->addItem(naam, sleutel);
        combo->addItem(PlanDialog::tr("Not in this plan"), QString());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const int i = combo->findData(index.data(PlanTabelModel::DoelSleutelRol).toString());
        combo->setCurrentIndex(std::max(0, i));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

private:
    PlanTabelModel *m_model;
};

QString getal(double x, int decimalen = 2)
{
    return QLocale().toString(x, 'f', decimalen);
}

} // namespace

PlanDialog::PlanDialog(Werkbestand &bestand, int regio, const QDate &vandaag, QWidget *parent)
    : QDialog(parent), m_bestand(bestand), m_vandaag(vandaag)
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Plan for the week"));
    auto *boven = new QHBoxLayout;
    auto *regioLabel = new QLabel(tr("&Region:"), this);
    m_regio = new RegioCombo(this);
    if (regio < 1 && bestand.store()) { // all regions on the board: the most urgent household's
        auto wachtrij = WachtrijService(*bestand.store()).wachtrij(0, vandaag);
        if (wachtrij && !wachtrij->isEmpty())
            regio = wachtrij->first().regio;
    }
    m_regio->setRegio(regio);
    regioLabel->setBuddy(m_regio);
    m_bereken = new QPushButton(tr("&Solve"), this);
    m_bereken->setObjectName(QStringLiteral("berekenKnop"));
    m_bereken->setToolTip(tr("Solve the plan again, keeping the pinned rows (F5)"));
    m_bereken->setShortcut(QKeySequence::Refresh);
    m_voortgang = new QProgressBar(this);
    m_voortgang->setRange(0, 0);
    m_voortgang->setMaximumWidth(160);
    m_voortgang->setFormat(tr("Solving…"));
    m_voortgang->hide();
    boven->addWidget(regioLabel);
    boven->addWidget(m_regio);
    boven->addWidget(m_bereken);
    boven->addWidget(m_voortgang);
    boven->addStretch();

    m_model = new PlanTabelModel(this);
    m_tabel = new QTableView(this);
    m_tabel->setObjectName(QStringLiteral("planTabel"));
    m_tabel->setModel(m_model);
    m_tabel->setItemDelegateForColumn(PlanTabelModel::Doel, new DoelDelegate(m_model, this));
    m_tabel->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabel->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_tabel->setTabKeyNavigation(false);
    m_tabel->verticalHeader()->hide();
    m_tabel->horizontalHeader()->setStretchLastSection(true);
    m_standen = new QStandardItemModel(this);
    m_standenTabel = new QTableView(this);
    m_standenTabel->setObjectName(QStringLiteral("standenTabel"));
    m_standenTabel->setModel(m_standen);
    m_standenTabel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_standenTabel->setTabKeyNavigation(false);
    m_standenTabel->verticalHeader()->hide();
    m_standenTabel->setSortingEnabled(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("planSplitter"));
    splitter->addWidget(m_tabel);
    splitter->addWidget(m_standenTabel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_samenvatting = new QLabel(this);
    m_samenvatting->setWordWrap(true);
    m_samenvatting->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_melding = new QLabel(this);
    m_melding->setWordWrap(true);
    m_reden = new QLineEdit(this);
    m_reden->setObjectName(QStringLiteral("planReden"));
    m_reden->setText(
        tr("Plan for the week of %1").arg(QLocale().toString(vandaag, QLocale::ShortFormat)));
    auto *onder = new QFormLayout;
    onder->addRow(tr("R&eason:"), m_reden);
    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_koppel = knoppen->addButton(tr("&Couple accepted rows"), QDialogButtonBox::ActionRole);
    m_koppel->setObjectName(QStringLiteral("koppelKnop"));
    m_koppel->setEnabled(false);
    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(boven);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_samenvatting);
    layout->addWidget(m_melding);
    layout->addLayout(onder);
    layout->addWidget(knoppen);

    // The plan on paper: what a team meeting or the gemeenten get to see before it couples.
    auto kop = [this](const QString &titel) {
        return LijstActies::Kop{titel.arg(LijstActies::regioTekst(m_regio->regio())),
                                {m_samenvatting->text()},
                                m_regio->regio(),
                                m_vandaag};
    };
    m_planLijst = new LijstActies(m_tabel, m_tabel, tr("plan"), QStringLiteral("weekplan"),
                                  [kop, this] { return kop(tr("Plan for the week — %1")); });
    m_standenLijst = new LijstActies(
        m_standenTabel, m_standenTabel, tr("backlogs"), QStringLiteral("weekplan-achterstand"),
        [kop, this] { return kop(tr("Plan for the week, backlogs before and after — %1")); });
    auto *afdruk = knoppen->addButton(tr("&Print plan…"), QDialogButtonBox::ActionRole);
    afdruk->setObjectName(QStringLiteral("afdrukKnop"));
    afdruk->setToolTip(
        tr("A print preview of the plan as shown (%1); its context menu also "
           "saves it as PDF or CSV")
            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    afdruk->setShortcut(QKeySequence::Print);
    afdruk->setEnabled(false);
    connect(m_planLijst, &LijstActies::beschikbaarChanged, afdruk, &QPushButton::setEnabled);
    connect(afdruk, &QPushButton::clicked, m_planLijst, &LijstActies::toonVoorbeeld);

    connect(m_bereken, &QPushButton::clicked, this, &PlanDialog::bereken);
    connect(m_koppel, &QPushButton::clicked, this, [this] { (void)koppel(); });
    connect(m_regio, &RegioCombo::regioChanged, this, [this] {
        m_model->zetVast({});
        bereken();
    });
    connect(m_model, &PlanTabelModel::vastGewijzigd, this, [this] {
        m_melding->setText(tr("Pins changed: solve again (F5) to see their effect."));
    });
    connect(&m_bestand, &Werkbestand::gezegd, this, [this] {
        if (!m_zelf)
            m_melding->setText(tr("The queue or the quota changed: solve again (F5)."));
    });

    QSettings instellingen;
    resize(instellingen.value(QStringLiteral("plan/grootte"), QSize(1100, 700)).toSize());
    splitter->restoreState(instellingen.value(QStringLiteral("plan/splitter")).toByteArray());
    connect(this, &QDialog::finished, this, [this, splitter] {
        QSettings s;
        s.setValue(QStringLiteral("plan/grootte"), size());
        s.setValue(QStringLiteral("plan/splitter"), splitter->saveState());
    });
}

PlanDialog::~PlanDialog()
{
    if (m_draad)
        m_draad->wait(); // the solve has a time limit (plan.seconden)
}

void PlanDialog::zetBezig(bool bezig)
{
    m_voortgang->setVisible(bezig);
    m_bereken->setEnabled(!bezig);
    m_koppel->setEnabled(!bezig && !m_model->aanvaard().isEmpty());
}

void PlanDialog::bereken()
{
    if (m_draad || !m_bestand.store())
        return;
    const int regio = m_regio->regio();
    if (regio < 1) {
        m_melding->setText(tr("Choose a region: a plan is made for one region at a time."));
        m_model->wis();
        m_planLijst->setBeschikbaar(false);
        m_standenLijst->setBeschikbaar(false);
        return;
    }
    PlanService service(*m_bestand.store());
    auto gegevens = service.gegevens(regio, m_vandaag);
    auto seconden = service.seconden();
    if (!gegevens || !seconden) {
        m_melding->setText(!gegevens ? gegevens.error().toString() : seconden.error().toString());
        return;
    }
    // pins of households no longer waiting are dropped
    QHash<qint64, QString> vast;
    for (const SuggestieHuishouden &h : std::as_const(gegevens->invoer.huishoudens))
        if (m_model->vast().contains(h.id))
            vast.insert(h.id, m_model->vast().value(h.id));
    m_model->zetVast(vast);
    gegevens->invoer.vast = vast;
    m_melding->clear();
    zetBezig(true);
    auto uitkomst = std::make_shared<Result<PlanUitkomst>>(PlanUitkomst());
    const PlanGegevens invoer = *gegevens;
    const double limiet = *seconden;
    m_draad = QThread::create([uitkomst, invoer, limiet] {
        *uitkomst = plan::los(invoer.invoer, mip::Solver::Cbc, limiet);
    });
    connect(m_draad, &QThread::finished, this, [this, uitkomst, invoer] {
        m_draad->deleteLater();
        m_draad = nullptr;
        klaar(*uitkomst, invoer);
    });
    m_draad->start();
}

void PlanDialog::klaar(const Result<PlanUitkomst> &uitkomst, const PlanGegevens &gegevens)
{
    zetBezig(false);
    if (!uitkomst) {
        m_melding->setText(uitkomst.error().toString());
        return;
    }
    m_model->toon(gegevens, *uitkomst);
    m_tabel->resizeColumnsToContents();
    m_tabel->setColumnWidth(PlanTabelModel::Waarom, 400);
    toonStanden();
    const auto gretig = plan::gretig(gegevens.invoer);
    QString tekst =
        uitkomst->optimaal
            ? tr("%1 of %2 households placed (%3 persons). Objective %4, bound %5: proven optimal.")
                  .arg(QString::number(uitkomst->toegewezen()),
                       QString::number(uitkomst->rijen.size()),
                       QString::number(uitkomst->personenToegewezen()),
                       getal(uitkomst->doelwaarde, 4), getal(uitkomst->grens, 4))
            : tr("%1 of %2 households placed (%3 persons). Objective %4, bound %5, gap %6: not "
                 "proven optimal within the time limit.")
                  .arg(QString::number(uitkomst->toegewezen()),
                       QString::number(uitkomst->rijen.size()),
                       QString::number(uitkomst->personenToegewezen()),
                       getal(uitkomst->doelwaarde, 4), getal(uitkomst->grens, 4),
                       getal(uitkomst->gap * 100, 2) + QLatin1Char('%'));
    if (gretig)
        tekst += QLatin1Char(' ') +
                 tr("Greedy in queue order: objective %1, %2 placed; spread of the backlogs %3 "
                    "(plan %4).")
                     .arg(getal(gretig->doelwaarde, 4), QString::number(gretig->toegewezen()),
                          getal(plan::spreiding(gegevens.invoer, gretig->standen), 3),
                          getal(plan::spreiding(gegevens.invoer, uitkomst->standen), 3));
    m_samenvatting->setText(tekst);
    m_koppel->setEnabled(!m_model->aanvaard().isEmpty());
    m_planLijst->setBeschikbaar(true);
    m_standenLijst->setBeschikbaar(true);
}

void PlanDialog::toonStanden()
{
    m_standen->clear();
    m_standen->setHorizontalHeaderLabels({tr("Target"), tr("Opgave"), tr("Forecast"),
                                          tr("Backlog before"), tr("Planned"),
                                          tr("Backlog after")});
    const PlanGegevens &g = m_model->gegevens();
    const PlanUitkomst &u = m_model->uitkomst();
    for (qsizetype t = 0; t < u.standen.size(); ++t) {
        const PlanDoelStand &s = u.standen.at(t);
        QList<QStandardItem *> rij{new QStandardItem(g.invoer.doelen.at(t).naam)};
        for (const qint64 x :
             {s.opgave, s.prognose, s.achterstandVoor(), s.erbij, s.achterstandNa()}) {
            auto *item = new QStandardItem;
            item->setData(qlonglong(x), Qt::DisplayRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            rij << item;
        }
        m_standen->appendRow(rij);
    }
    m_standenTabel->sortByColumn(4, Qt::DescendingOrder);
    m_standenTabel->resizeColumnsToContents();
}

Status PlanDialog::koppel()
{
    const QList<PlanKoppeling> rijen = m_model->aanvaard();
    if (rijen.isEmpty() || !m_bestand.store())
        return Error{QString(), tr("No accepted row to couple.")};
    const QString reden = m_reden->text().trimmed();
    if (reden.isEmpty()) {
        m_melding->setText(tr("Give a reason: it is kept in each household's history."));
        m_reden->setFocus();
        return Error{tr("Reason"), tr("required")};
    }
    m_zelf = true;
    const Status s =
        m_bestand.voer(new PlanCommand(*m_bestand.store(), rijen, m_vandaag, reden, m_vandaag));
    m_zelf = false;
    if (!s) {
        m_melding->setText(tr("Nothing was coupled: %1").arg(s.error().toString()));
        return s;
    }
    m_melding->setText(tr("%n household(s) coupled as one step; Edit ▸ Undo takes it back.",
                          nullptr, int(rijen.size())));
    bereken();
    return s;
}

} // namespace rd
