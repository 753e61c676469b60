#include "ui/rapport/RapportTabelModel.h"

#include "ui/widgets/Numbers.h"

#include <QFont>

namespace rd {

RapportTabelModel::RapportTabelModel(QObject *parent) : QAbstractTableModel(parent) {}

void RapportTabelModel::setTabel(const RapportTabel &tabel)
{
    beginResetModel();
    m_tabel = tabel;
    endResetModel();
}

bool RapportTabelModel::isTotaal(int row) const
{
    return heeftTotaal() && row == m_tabel.rijen.size();
}

int RapportTabelModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_tabel.rijen.size()) + (heeftTotaal() ? 1 : 0);
}

int RapportTabelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tabel.kolommen.size());
}

QVariant RapportTabelModel::cel(int row, int column) const
{
    const QVariantList &rij = isTotaal(row) ? m_tabel.totaal : m_tabel.rijen.at(row);
    return rij.value(column);
}

QVariant RapportTabelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const KolomSoort soort = m_tabel.kolommen.at(column).soort;
    const bool totaal = isTotaal(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString t = rapport::celTekst(cel(row, column), soort);
        // The totals row names itself when core left its first cell empty.
        if (totaal && column == 0 && t.isEmpty())
            return tr("Total");
        return t;
    }
    case WaardeRole:
        return cel(row, column);
    case TotaalRole:
        return totaal;
    case Qt::TextAlignmentRole:
        return numbers::uitlijning(rapport::isGetal(soort));
    case Qt::FontRole:
        if (totaal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (totaal)
            return tr("Total over the whole scope of the report");
        return {};
    default:
        return {};
    }
}

QVariant RapportTabelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_tabel.kolommen.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const RapportKolom &kolom = m_tabel.kolommen.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return kolom.kop;
    case Qt::ToolTipRole:
        return tr("%1 (CSV column %2)").arg(kolom.kop, kolom.sleutel);
    case Qt::TextAlignmentRole:
        return numbers::uitlijning(rapport::isGetal(kolom.soort));
    default:
        return {};
    }
}

} // namespace rd
