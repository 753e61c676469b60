#include "ui/main/HuishoudenZoekDialog.h"

#include "core/store/Store.h"
#include "ui/widgets/Numbers.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd {

namespace {
constexpr int idRol = Qt::UserRole;
} // namespace

HuishoudenZoekDialog::HuishoudenZoekDialog(QWidget *parent)
    : QDialog(parent), m_veld(new QLineEdit(this)), m_lijst(new QTreeWidget(this)),
      m_melding(new QLabel(this))
{
    setObjectName(QStringLiteral("huishoudenZoekDialoog"));
    setWindowTitle(tr("Find household"));
    m_veld->setObjectName(QStringLiteral("huishoudenZoekVeld"));
    m_veld->setClearButtonEnabled(true);
    m_veld->setPlaceholderText(tr("Name, V-number or BSN of any member"));
    m_veld->setAccessibleName(tr("Find a household"));
    m_veld->setToolTip(tr("Every household: waiting, coupled, housed or stopped. Each word typed "
                          "begins a first name or surname (accents and case do not matter); "
                          "digits begin a V-number or BSN. Up and Down choose, Enter opens."));
    m_veld->installEventFilter(this);

    m_lijst->setObjectName(QStringLiteral("huishoudenZoekLijst"));
    m_lijst->setAccessibleName(tr("Households found"));
    m_lijst->setColumnCount(KolomAantal);
    m_lijst->setHeaderLabels({tr("Name"), tr("V-number"), tr("Persons"), tr("Status"),
                              tr("Municipality"), tr("AZC"), tr("Found by")});
    m_lijst->setRootIsDecorated(false);
    m_lijst->setUniformRowHeights(true);
    m_lijst->setAllColumnsShowFocus(true);
    m_lijst->setAlternatingRowColors(true);
    m_lijst->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lijst->header()->setStretchLastSection(true);
    m_lijst->setFocusPolicy(Qt::NoFocus); // the keys stay in the search field
    connect(m_lijst, &QTreeWidget::itemActivated, this, &HuishoudenZoekDialog::kies);

    m_melding->setObjectName(QStringLiteral("huishoudenZoekMelding"));
    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this);
    connect(knoppen->button(QDialogButtonBox::Open), &QPushButton::clicked, this,
            &HuishoudenZoekDialog::kies);
    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_veld);
    auto *rij = new QHBoxLayout;
    rij->addWidget(label);
    rij->addWidget(m_veld, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(rij);
    layout->addWidget(m_lijst, 1);
    layout->addWidget(m_melding);
    layout->addWidget(knoppen);
    resize(760, 420);

    connect(m_veld, &QLineEdit::textChanged, this, &HuishoudenZoekDialog::zoek);
    zoek();
}

void HuishoudenZoekDialog::setStore(Store *store)
{
    m_store = store;
    zoek();
}

void HuishoudenZoekDialog::toon()
{
    zoek(); // the households may have changed since the dialog was last open
    show();
    raise();
    activateWindow();
    m_veld->setFocus(Qt::ShortcutFocusReason);
    m_veld->selectAll();
}

QString HuishoudenZoekDialog::meldingTekst() const
{
    return m_melding->text();
}

qint64 HuishoudenZoekDialog::huidig() const
{
    const QTreeWidgetItem *item = m_lijst->currentItem();
    return item ? item->data(Naam, idRol).toLongLong() : 0;
}

QString HuishoudenZoekDialog::gevondenTekst(const ZoekTreffer &t) const
{
    switch (t.gevondenOp) {
    case ZoekVeld::Naam:
        return t.lidVNummer == t.vNummer ? tr("name") : tr("name of %1").arg(t.lidNaam);
    case ZoekVeld::VNummer:
        return t.lidVNummer == t.vNummer ? tr("V-number") : tr("V-number of %1").arg(t.lidNaam);
    case ZoekVeld::Bsn:
        return tr("BSN of %1").arg(t.lidNaam);
    }
    return {};
}

void HuishoudenZoekDialog::zoek()
{
    const qint64 eerder = huidig();
    m_lijst->clear();
    m_treffers.clear();
    const QString tekst = m_veld->text();
    if (!m_store) {
        m_melding->setText(tr("No store is open."));
        return;
    }
    if (tekst.trimmed().isEmpty()) {
        m_melding->setText(tr("Type a name, V-number or BSN."));
        return;
    }
    auto resultaat =
        HuishoudenZoeker(*m_store).zoek(tekst, HuishoudenZoeker::standaardMaximum, m_vandaag);
    if (!resultaat) {
        m_melding->setText(tr("The search failed: %1").arg(resultaat.error().toString()));
        return;
    }
    m_treffers = resultaat->treffers;
    QList<QTreeWidgetItem *> items;
    QTreeWidgetItem *terug = nullptr;
    for (const ZoekTreffer &t : std::as_const(m_treffers)) {
        auto *item = new QTreeWidgetItem;
        item->setText(Naam, t.naam);
        item->setText(VNummer, t.vNummer);
        item->setText(Personen, numbers::aantal(t.personen));
        item->setTextAlignment(Personen, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Status, t.statusTekst);
        item->setText(Gemeente, t.gemeenteNaam);
        item->setText(Azc, t.azc);
        item->setText(Gevonden, gevondenTekst(t));
        item->setData(Naam, idRol, t.huishoudenId);
        item->setToolTip(Naam, huishoudenstatus::kop(t));
        items << item;
        if (t.huishoudenId == eerder)
            terug = item;
    }
    m_lijst->addTopLevelItems(items);
    if (!items.isEmpty())
        m_lijst->setCurrentItem(terug ? terug : items.first());
    if (m_treffers.isEmpty())
        m_melding->setText(tr("No household found."));
    else if (resultaat->meer)
        m_melding->setText(tr("The first %1 households found; type more to narrow it down.")
                               .arg(numbers::aantal(int(m_treffers.size()))));
    else
        m_melding->setText(tr("%n household(s) found.", nullptr, int(m_treffers.size())));
}

void HuishoudenZoekDialog::kies()
{
    const qint64 id = huidig();
    if (id <= 0)
        return;
    accept();
    emit gekozen(id);
}

bool HuishoudenZoekDialog::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_veld && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // The list moves; the typing goes on in the field.
            QKeyEvent kopie(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_lijst, &kopie);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            kies();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(object, event);
}

} // namespace rd
