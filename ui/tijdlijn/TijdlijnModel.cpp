#include "ui/tijdlijn/TijdlijnModel.h"

#include <QLocale>

namespace rd {

TijdlijnModel::TijdlijnModel(QObject *parent) : QAbstractTableModel(parent) {}

void TijdlijnModel::setGebeurtenissen(const QList<Gebeurtenis> &gebeurtenissen)
{
    beginResetModel();
    m_rijen = gebeurtenissen;
    endResetModel();
}

void TijdlijnModel::setGemeenteNamen(const QHash<QString, QString> &namen)
{
    m_gemeenteNamen = namen;
    if (!m_rijen.isEmpty())
        emit dataChanged(index(0, Gemeente), index(int(m_rijen.size()) - 1, Gemeente));
}

int TijdlijnModel::rijVan(GebeurtenisSoort soort) const
{
    for (int i = 0; i < m_rijen.size(); ++i)
        if (m_rijen.at(i).soort == soort)
            return i;
    return -1;
}

int TijdlijnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rijen.size());
}

int TijdlijnModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TijdlijnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Gebeurtenis &g = m_rijen.at(index.row());
    switch (role) {
    case GebeurtenisIdRole:
        return g.id;
    case SoortRole:
        return int(g.soort);
    case Qt::ToolTipRole:
        if (g.soort == GebeurtenisSoort::Notitie)
            return tr("Note changed by %1 on %2:\n%3")
                .arg(g.door, QLocale().toString(g.datum, QLocale::ShortFormat), g.toelichting);
        if (g.soort == GebeurtenisSoort::MeldingKoppeling ||
            g.soort == GebeurtenisSoort::MeldingProfiel)
            return tr("Derived from the coupling and the BSNs; not edited here");
        if (gebeurtenis::isRij(g.soort))
            return tr("An event row: select it and use Remove event to take it out");
        if (gebeurtenis::isDatumKolom(g.soort))
            return tr("A date of the case: change it with Set date");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Datum:
        return QLocale().toString(g.datum, QLocale::ShortFormat);
    case Naam:
        return gebeurtenis::naam(g.soort);
    case Gemeente:
        return m_gemeenteNamen.value(g.gemeenteCode, g.gemeenteCode);
    case Toelichting:
        // A note of several lines on one line; the tooltip has it as written.
        return QString(g.toelichting).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Door:
        return g.door;
    }
    return {};
}

QVariant TijdlijnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Datum:
        return tr("Date");
    case Naam:
        return tr("Event");
    case Gemeente:
        return tr("Municipality");
    case Toelichting:
        return tr("Note");
    case Door:
        return tr("By");
    }
    return {};
}

} // namespace rd
