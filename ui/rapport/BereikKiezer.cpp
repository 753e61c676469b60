#include "ui/rapport/BereikKiezer.h"

#include "core/domain/Regio.h"
#include "core/gemeente/Referentiedata.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QSignalBlocker>

#include <algorithm>

namespace rd {

BereikKiezer::BereikKiezer(QWidget *parent)
    : QWidget(parent), m_niveau(new QComboBox(this)), m_waarde(new QComboBox(this))
{
    m_niveau->setObjectName(QStringLiteral("rapportNiveau"));
    m_niveau->setAccessibleName(tr("Scope level"));
    m_niveau->setToolTip(tr("Whose figures the report holds: the whole country, one COA region, "
                            "one province (its own area) or one municipality (its own only)"));
    m_niveau->addItem(tr("Whole country"), int(RapportBereik::Niveau::Land));
    m_niveau->addItem(tr("Region"), int(RapportBereik::Niveau::Regio));
    m_niveau->addItem(tr("Province"), int(RapportBereik::Niveau::Provincie));
    m_niveau->addItem(tr("Municipality"), int(RapportBereik::Niveau::Gemeente));
    m_waarde->setObjectName(QStringLiteral("rapportBereikWaarde"));
    m_waarde->setAccessibleName(tr("Scope"));
    m_waarde->setToolTip(tr("The region, province or municipality; type to find one"));
    m_waarde->setMinimumContentsLength(24);
    m_waarde->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_waarde->setEditable(true);
    m_waarde->setInsertPolicy(QComboBox::NoInsert);
    m_waarde->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_waarde->completer()->setFilterMode(Qt::MatchContains);
    m_waarde->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_niveau);
    layout->addWidget(m_waarde, 1);
    setFocusProxy(m_niveau);

    connect(m_niveau, &QComboBox::currentIndexChanged, this, [this] {
        vulWaarden();
        emit bereikChanged();
    });
    connect(m_waarde, &QComboBox::currentIndexChanged, this, [this] {
        if (bereik().niveau == RapportBereik::Niveau::Regio)
            m_regio = m_waarde->currentData().toInt();
        emit bereikChanged();
    });
    vulWaarden();
}

void BereikKiezer::setStore(Store *store)
{
    m_gemeenten.clear();
    if (store) {
        if (const auto gemeenten = Referentiedata(*store).gemeenten()) {
            for (const Gemeente &g : *gemeenten)
                m_gemeenten.append({g.code, QStringLiteral("%1 (%2)").arg(g.naam, g.code)});
        }
    }
    const RapportBereik huidig = bereik();
    vulWaarden();
    setBereik(huidig);
}

void BereikKiezer::vulWaarden()
{
    const QSignalBlocker blok(m_waarde);
    m_waarde->clear();
    const auto niveau = RapportBereik::Niveau(m_niveau->currentData().toInt());
    switch (niveau) {
    case RapportBereik::Niveau::Land:
        break;
    case RapportBereik::Niveau::Regio:
        for (int r = 1; r <= regio::aantal; ++r)
            m_waarde->addItem(regio::naam(r), r);
        break;
    case RapportBereik::Niveau::Provincie: {
        QStringList provincies = regio::alleProvincies();
        provincies.sort(Qt::CaseInsensitive);
        for (const QString &p : provincies)
            m_waarde->addItem(p, p);
        break;
    }
    case RapportBereik::Niveau::Gemeente:
        for (const auto &[code, tekst] : m_gemeenten)
            m_waarde->addItem(tekst, code);
        break;
    }
    m_waarde->setEnabled(niveau != RapportBereik::Niveau::Land);
    // The chosen region, or its first province, when there is one; the first entry otherwise.
    int standaard = -1;
    if (niveau == RapportBereik::Niveau::Regio && m_regio > 0)
        standaard = m_waarde->findData(m_regio);
    else if (niveau == RapportBereik::Niveau::Provincie && m_regio > 0)
        standaard = m_waarde->findData(regio::provincies(m_regio).value(0));
    m_waarde->setCurrentIndex(standaard >= 0 ? standaard : m_waarde->count() > 0 ? 0 : -1);
}

void BereikKiezer::setRegio(int regio)
{
    m_regio = regio;
}

RapportBereik BereikKiezer::bereik() const
{
    const QVariant waarde = m_waarde->currentData();
    switch (RapportBereik::Niveau(m_niveau->currentData().toInt())) {
    case RapportBereik::Niveau::Land:
        return RapportBereik::land();
    case RapportBereik::Niveau::Regio:
        return RapportBereik::vanRegio(waarde.toInt());
    case RapportBereik::Niveau::Provincie:
        return RapportBereik::vanProvincie(waarde.toString());
    case RapportBereik::Niveau::Gemeente:
        return RapportBereik::vanGemeente(waarde.toString());
    }
    return RapportBereik::land();
}

void BereikKiezer::setBereik(const RapportBereik &bereik)
{
    const QSignalBlocker blokNiveau(m_niveau);
    const QSignalBlocker blokWaarde(m_waarde);
    m_niveau->setCurrentIndex(std::max(0, m_niveau->findData(int(bereik.niveau))));
    vulWaarden();
    QVariant waarde;
    switch (bereik.niveau) {
    case RapportBereik::Niveau::Land:
        break;
    case RapportBereik::Niveau::Regio:
        waarde = bereik.regio;
        m_regio = bereik.regio;
        break;
    case RapportBereik::Niveau::Provincie:
        waarde = bereik.provincie;
        break;
    case RapportBereik::Niveau::Gemeente:
        waarde = bereik.gemeenteCode;
        break;
    }
    if (waarde.isValid()) {
        const int index = m_waarde->findData(waarde);
        if (index >= 0)
            m_waarde->setCurrentIndex(index);
    }
    emit bereikChanged();
}

} // namespace rd
