#include "ui/signaal/SignalenModel.h"

#include "ui/widgets/Numbers.h"
#include "ui/widgets/StandaardIcoon.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace rd {

SignalenModel::SignalenModel(QObject *parent) : QAbstractTableModel(parent) {}

void SignalenModel::setSignalen(const QList<Signaal> &signalen)
{
    beginResetModel();
    m_signalen = signalen;
    endResetModel();
}

QString SignalenModel::soortTekst(const Signaal &s)
{
    return s.dagen < 0 ? tr("Overdue: %1").arg(signaal::naam(s.soort))
                       : tr("Due soon: %1").arg(signaal::naam(s.soort));
}

QString SignalenModel::dagenTekst(int dagen)
{
    if (dagen < 0)
        return tr("%n day(s) overdue", nullptr, -dagen);
    if (dagen == 0)
        return tr("due today");
    return tr("in %n day(s)", nullptr, dagen);
}

int SignalenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_signalen.size());
}

int SignalenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignalenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Signaal &s = m_signalen.at(index.row());
    switch (role) {
    case HuishoudenIdRole:
        return s.huishoudenId;
    case DagenRole:
        return s.dagen;
    case SoortRole:
        return int(s.soort);
    case Qt::DecorationRole:
        if (index.column() == Soort && qApp)
            return standaardIcoon(s.dagen < 0 ? QStyle::SP_MessageBoxCritical
                                              : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Dagen || index.column() == Vervaldatum)
            return numbers::uitlijning(true);
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return index.column() == Soort ? soortTekst(s) : s.tekst;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Soort:
        return signaal::naam(s.soort);
    case Huishouden:
        return s.naam.isEmpty() ? s.vNummer : tr("%1 (%2)").arg(s.naam, s.vNummer);
    case Gemeente:
        return s.gemeenteNaam.isEmpty() ? tr("not coupled") : s.gemeenteNaam;
    case Vervaldatum:
        return QLocale().toString(s.vervaldatum, QLocale::ShortFormat);
    case Dagen:
        return dagenTekst(s.dagen);
    case Wat:
        return s.tekst;
    }
    return {};
}

QVariant SignalenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Soort:
        return tr("Kind");
    case Huishouden:
        return tr("Household");
    case Gemeente:
        return tr("Municipality");
    case Vervaldatum:
        return tr("Due date");
    case Dagen:
        return tr("Days");
    case Wat:
        return tr("What");
    }
    return {};
}

} // namespace rd
