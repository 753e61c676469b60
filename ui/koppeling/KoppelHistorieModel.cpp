#include "ui/koppeling/KoppelHistorieModel.h"
#include "ui/widgets/StandaardIcoon.h"

#include "core/gemeente/Referentiedata.h"
#include "core/koppeling/ControleCode.h"
#include "core/koppeling/KoppelNaam.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace rd {

KoppelHistorieModel::KoppelHistorieModel(QObject *parent) : QAbstractTableModel(parent) {}

Status KoppelHistorieModel::laad(Store &store, qint64 huishoudenId)
{
    beginResetModel();
    m_huishoudenId = huishoudenId;
    m_rijen.clear();
    Status status;
    if (huishoudenId > 0) {
        Referentiedata ref(store);
        if (m_gemeenteNamen.isEmpty()) {
            if (auto gemeenten = ref.gemeenten(); gemeenten) {
                for (const auto &g : *gemeenten)
                    m_gemeenteNamen.insert(g.code, g.naam);
            }
        }
        m_partnerschapNamen.clear();
        if (auto partnerschappen = ref.partnerschappen(); partnerschappen) {
            for (const auto &p : *partnerschappen)
                m_partnerschapNamen.insert(p.id, p.naam);
        }
        if (auto historie = KoppelingService(store).historie(huishoudenId); historie)
            m_rijen = *historie;
        else
            status = historie.error();
    }
    endResetModel();
    return status;
}

KoppelDoel KoppelHistorieModel::doelVan(int row) const
{
    const Koppeling &k = m_rijen.at(row);
    if (k.partnerschapId > 0)
        return {k.gemeenteCode, k.partnerschapId, m_partnerschapNamen.value(k.partnerschapId)};
    return {k.gemeenteCode, 0, m_gemeenteNamen.value(k.gemeenteCode, k.gemeenteCode)};
}

bool KoppelHistorieModel::heeftActieve() const
{
    return std::any_of(m_rijen.begin(), m_rijen.end(),
                       [](const Koppeling &k) { return k.actief(); });
}

int KoppelHistorieModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rijen.size());
}

int KoppelHistorieModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KoppelHistorieModel::tekst(int row, int column) const
{
    const Koppeling &k = m_rijen.at(row);
    const QLocale locale;
    switch (column) {
    case Datum:
        return locale.toString(k.datum, QLocale::ShortFormat);
    case Doel: {
        const KoppelDoel doel = doelVan(row);
        if (!doel.isPartnerschap())
            return QStringLiteral("%1 (%2)").arg(doel.naam, doel.gemeenteCode);
        // The gemeente that houses: the member chosen, the coordinator until then.
        const QString huisvest = k.huisvestGemeente.isEmpty() ? k.gemeenteCode : k.huisvestGemeente;
        return koppelnaam::partnerschapMetHuisvester(
            doel.naam, m_gemeenteNamen.value(huisvest, huisvest), huisvest);
    }
    case Reden:
        return k.reden;
    case Door:
        return k.door;
    case VastgelegdOp:
        return locale.toString(k.vastgelegdOp, QLocale::ShortFormat);
    case Stand:
        // An undone coupling never happened: shown, marked, so the history keeps every step.
        if (k.ongedaan)
            return tr("Undone by %1: never happened, in no count").arg(k.ontkoppeldDoor);
        if (k.actief())
            return tr("Active");
        if (k.tekenenDatum.isValid())
            return tr("Ended %1 by %2: %3 (lease signed %4)")
                .arg(locale.toString(k.ontkoppeldOp, QLocale::ShortFormat), k.ontkoppeldDoor,
                     k.ontkoppelReden, locale.toString(k.tekenenDatum, QLocale::ShortFormat));
        return tr("Ended %1 by %2: %3")
            .arg(locale.toString(k.ontkoppeldOp, QLocale::ShortFormat), k.ontkoppeldDoor,
                 k.ontkoppelReden);
    case Overruled:
        if (k.overruled.isEmpty())
            return {};
        // The checks overridden in words, never their codes ("criterium-elders").
        return tr("%1: %2").arg(controlecode::omschrijvingen(k.overruled), k.overruleReden);
    default:
        return {};
    }
}

QVariant KoppelHistorieModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rijen.size())
        return {};
    const Koppeling &k = m_rijen.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return tekst(index.row(), index.column());
    case Qt::DecorationRole:
        if (index.column() == Stand)
            return standaardIcoon(k.ongedaan   ? QStyle::SP_DialogDiscardButton
                                  : k.actief() ? QStyle::SP_DialogApplyButton
                                               : QStyle::SP_DialogCancelButton);
        return {};
    case Qt::FontRole:
        if (k.ongedaan) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant KoppelHistorieModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Datum:
        return tr("Date");
    case Doel:
        return tr("Gemeente / partnership");
    case Reden:
        return tr("Reason");
    case Door:
        return tr("By");
    case VastgelegdOp:
        return tr("Recorded");
    case Stand:
        return tr("Status");
    case Overruled:
        return tr("Overridden");
    default:
        return {};
    }
}

} // namespace rd
