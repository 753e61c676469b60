#include "ui/signaal/SignalenPanel.h"

#include "ui/signaal/SignalenModel.h"
#include "ui/widgets/AchtergrondTaken.h"
#include "ui/widgets/KolomBreedte.h"
#include "ui/widgets/LijstActies.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

namespace {
const QString dagenSleutel = QStringLiteral("signalen/dagen");
const SignaalSoort alleSoorten[] = {
    SignaalSoort::FaseTeLaat,
    SignaalSoort::FaseBijnaVerlopen,
    SignaalSoort::OordeelWeigering,
    SignaalSoort::NieuweKandidaat,
    SignaalSoort::HerenigingBlokEindigt,
};
} // namespace

SignalenPanel::SignalenPanel(QWidget *parent) : QWidget(parent), m_model(new SignalenModel(this))
{
    m_dagen = new QSpinBox(this);
    m_dagen->setObjectName(QStringLiteral("signalenDagen"));
    m_dagen->setRange(1, maxDagen);
    m_dagen->setSuffix(tr(" days"));
    m_dagen->setAccessibleName(tr("Due within days"));
    m_dagen->setToolTip(
        tr("Show what is due within this many days, besides everything already overdue"));
    const int opgeslagen = QSettings().value(dagenSleutel, standaardDagen).toInt();
    m_dagen->setValue(opgeslagen >= 1 && opgeslagen <= maxDagen ? opgeslagen : standaardDagen);
    auto *dagenLabel = new QLabel(tr("D&ue within:"), this);
    dagenLabel->setBuddy(m_dagen);

    m_soort = new QComboBox(this);
    m_soort->setObjectName(QStringLiteral("signalenSoort"));
    m_soort->setAccessibleName(tr("Kind of alert"));
    m_soort->setToolTip(tr("Show only one kind of alert"));
    m_soort->addItem(tr("All kinds"), -1);
    for (SignaalSoort s : alleSoorten)
        m_soort->addItem(signaal::naam(s), int(s));
    auto *soortLabel = new QLabel(tr("&Kind:"), this);
    soortLabel->setBuddy(m_soort);

    m_telling = new QLabel(this);
    m_telling->setObjectName(QStringLiteral("signalenTelling"));

    auto *balk = new QHBoxLayout;
    balk->addWidget(dagenLabel);
    balk->addWidget(m_dagen);
    balk->addSpacing(12);
    balk->addWidget(soortLabel);
    balk->addWidget(m_soort);
    balk->addSpacing(12);
    balk->addWidget(m_telling, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("signalenTable"));
    m_table->setAccessibleName(tr("Alerts: deadlines due soon or overdue"));
    m_table->setToolTip(tr("Click a row or press Enter to open the case"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Fit the columns to the first rows, not to a thousand of them (Qt's default): that took
    // a quarter of the window's start on the national store (thousands of alerts).
    m_table->horizontalHeader()->setResizeContentsPrecision(100);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(balk);
    layout->addWidget(m_table, 1);

    setTabOrder(m_dagen, m_soort);
    setTabOrder(m_soort, m_table);

    connect(m_dagen, &QSpinBox::valueChanged, this, &SignalenPanel::dagenChanged);
    connect(m_soort, &QComboBox::currentIndexChanged, this, [this] { toonGefilterd(); });
    connect(m_table, &QTableView::activated, this, &SignalenPanel::geactiveerd);
    connect(m_table, &QTableView::clicked, this, &SignalenPanel::geactiveerd);
    m_lijst = new LijstActies(m_table, this, tr("alerts"), QStringLiteral("signalen"), [this] {
        QStringList regels{tr("Due within %n day(s), and everything overdue", nullptr, dagen())};
        if (soortFilter() >= 0)
            regels << tr("Kind: %1").arg(m_soort->currentText());
        regels << tellingText();
        return LijstActies::Kop{tr("Alerts — %1").arg(LijstActies::regioTekst(m_regio)), regels,
                                m_regio, m_vandaag};
    });
    toonGefilterd();
}

Status SignalenPanel::toon(Store &store, int regio, const QDate &vandaag)
{
    m_store = &store;
    m_regio = regio;
    m_vandaag = vandaag;
    return vernieuw();
}

Status SignalenPanel::vernieuw()
{
    if (!m_store) {
        leeg();
        return {};
    }
    if (m_achtergrond) {
        m_telling->setText(tr("Reading the alerts…"));
        m_achtergrond->start<QList<Signaal>>(
            0, *m_store,
            [regio = m_regio, dagen = m_dagen->value(), vandaag = m_vandaag](Store &store) {
                return SignaalService(store).signalen(regio, dagen, vandaag);
            },
            [this](const Result<QList<Signaal>> &signalen) {
                if (m_store)
                    neemOver(signalen);
            });
        return {};
    }
    const auto signalen = SignaalService(*m_store).signalen(m_regio, m_dagen->value(), m_vandaag);
    neemOver(signalen);
    return signalen ? Status() : Status(signalen.error());
}

void SignalenPanel::neemOver(const Result<QList<Signaal>> &signalen)
{
    if (signalen) {
        m_fout.clear();
        m_alle = *signalen;
    } else {
        m_alle.clear();
        m_fout = signalen.error().toString();
    }
    toonGefilterd();
    m_lijst->setBeschikbaar(static_cast<bool>(signalen));
    emit getoond();
}

void SignalenPanel::setAchtergrond(bool achtergrond)
{
    if (achtergrond && !m_achtergrond)
        m_achtergrond = new AchtergrondTaken(this);
    else if (!achtergrond && m_achtergrond) {
        delete m_achtergrond; // waits for a read still running; its result is dropped
        m_achtergrond = nullptr;
    }
}

void SignalenPanel::leeg()
{
    m_store = nullptr;
    m_alle.clear();
    m_fout.clear();
    toonGefilterd();
    m_lijst->setBeschikbaar(false);
}

void SignalenPanel::toonGefilterd()
{
    const int filter = soortFilter();
    QList<Signaal> zichtbaar;
    int teLaat = 0;
    for (const Signaal &s : std::as_const(m_alle)) {
        if (filter >= 0 && int(s.soort) != filter)
            continue;
        zichtbaar << s;
        if (s.dagen < 0)
            ++teLaat;
    }
    const bool eersteKeer = m_model->rowCount() == 0;
    m_model->setSignalen(zichtbaar);
    if (eersteKeer && !zichtbaar.isEmpty())
        kolombreedte::pasAan(*m_table);

    if (!m_fout.isEmpty())
        m_telling->setText(tr("No alerts: %1").arg(m_fout));
    else if (!m_store)
        m_telling->setText(tr("No store open"));
    else if (zichtbaar.isEmpty())
        m_telling->setText(tr("Nothing overdue or due within %n day(s)", nullptr, dagen()));
    else
        m_telling->setText(
            tr("%n alert(s)", nullptr, int(zichtbaar.size())) + QStringLiteral(" · ") +
            tr("%n overdue", nullptr, teLaat) +
            (zichtbaar.size() == m_alle.size()
                 ? QString()
                 : QStringLiteral(" · ") + tr("%1 of %2 shown")
                                               .arg(QString::number(zichtbaar.size()),
                                                    QString::number(m_alle.size()))));
}

int SignalenPanel::aantal() const
{
    return m_model->rowCount();
}

int SignalenPanel::dagen() const
{
    return m_dagen->value();
}

void SignalenPanel::setDagen(int dagen)
{
    m_dagen->setValue(dagen);
}

int SignalenPanel::soortFilter() const
{
    return m_soort->currentData().toInt();
}

void SignalenPanel::setSoortFilter(int soort)
{
    const int i = m_soort->findData(soort);
    m_soort->setCurrentIndex(i >= 0 ? i : 0);
}

QString SignalenPanel::tellingText() const
{
    return m_telling->text();
}

void SignalenPanel::dagenChanged(int dagen)
{
    QSettings().setValue(dagenSleutel, dagen);
    if (m_store)
        (void)vernieuw(); // shows its own error
}

void SignalenPanel::geactiveerd(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(SignalenModel::HuishoudenIdRole).toLongLong();
    // A double click is a click and an activation: open the case once.
    if (id == m_laatsteId && m_sindsLaatste.isValid() &&
        m_sindsLaatste.elapsed() < QApplication::doubleClickInterval())
        return;
    m_laatsteId = id;
    m_sindsLaatste.start();
    emit huishoudenGekozen(id);
}

} // namespace rd
