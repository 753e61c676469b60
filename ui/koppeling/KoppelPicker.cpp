#include "ui/koppeling/KoppelPicker.h"

#include "core/common/ZoekSleutel.h"
#include "core/koppeling/KoppelNaam.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace rd {

namespace {

constexpr int doelRole = Qt::UserRole;
constexpr int zoekRole = Qt::UserRole + 1;

} // namespace

KoppelPicker::KoppelPicker(const QList<PickerKeuze> &keuzes, const QString &titel, QWidget *parent)
    : QDialog(parent), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_zoek(new QLineEdit(this)),
      m_lijst(new QListView(this))
{
    setObjectName(QStringLiteral("koppelPicker"));
    setWindowTitle(titel);
    for (const auto &keuze : keuzes) {
        const QString naam =
            keuze.doel.isPartnerschap()
                ? koppelnaam::partnerschap(keuze.doel.naam)
                : QStringLiteral("%1 (%2)").arg(keuze.doel.naam, keuze.doel.gemeenteCode);
        auto *item = new QStandardItem(
            keuze.toelichting.isEmpty() ? naam
                                        : QStringLiteral("%1 — %2").arg(naam, keuze.toelichting));
        item->setEditable(false);
        item->setData(QVariant::fromValue(keuze.doel), doelRole);
        item->setData(zoekSleutel(naam + QLatin1Char(' ') + keuze.doel.gemeenteCode), zoekRole);
        m_model->appendRow(item);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(zoekRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_zoek->setObjectName(QStringLiteral("pickerZoek"));
    m_zoek->setAccessibleName(tr("Search gemeente or partnership"));
    m_zoek->setPlaceholderText(tr("Type a name or GM code…"));
    m_zoek->setClearButtonEnabled(true);
    m_zoek->installEventFilter(this);
    m_lijst->setObjectName(QStringLiteral("pickerLijst"));
    m_lijst->setAccessibleName(tr("Gemeenten and partnerships"));
    m_lijst->setModel(m_proxy);
    m_lijst->setUniformItemSizes(true);

    auto *label = new QLabel(tr("&Couple to:"), this);
    label->setBuddy(m_zoek);
    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    knoppen->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_zoek);
    layout->addWidget(m_lijst, 1);
    layout->addWidget(knoppen);
    resize(520, 420);

    connect(m_zoek, &QLineEdit::textChanged, this, &KoppelPicker::filter);
    connect(m_zoek, &QLineEdit::returnPressed, this, [this] {
        if (gekozen().isValid())
            accept();
    });
    connect(m_lijst, &QListView::activated, this, &QDialog::accept);
    connect(knoppen, &QDialogButtonBox::accepted, this, [this] {
        if (gekozen().isValid())
            accept();
    });
    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    filter(QString());
    m_zoek->setFocus();
}

void KoppelPicker::filter(const QString &tekst)
{
    m_proxy->setFilterFixedString(zoekSleutel(tekst.trimmed()));
    if (m_proxy->rowCount() > 0)
        m_lijst->setCurrentIndex(m_proxy->index(0, 0));
}

int KoppelPicker::zichtbaar() const
{
    return m_proxy->rowCount();
}

KoppelDoel KoppelPicker::gekozen() const
{
    const QModelIndex index = m_lijst->currentIndex();
    if (!index.isValid())
        return {};
    return index.data(doelRole).value<KoppelDoel>();
}

bool KoppelPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down in the search field move through the list, so the hands stay on the keys.
    if (watched == m_zoek && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
            key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_lijst, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace rd
