#include "ui/huishouden/PersonenModel.h"
#include "ui/widgets/StandaardIcoon.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace rd {

namespace {

QStringList splitsTalen(const QString &text)
{
    QStringList talen;
    for (const QString &deel : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString taal = deel.trimmed();
        if (!taal.isEmpty())
            talen << taal;
    }
    return talen;
}

QString zonderSpaties(const QString &text)
{
    QString result = text;
    result.remove(QLatin1Char(' '));
    return result;
}

} // namespace

PersonenModel::PersonenModel(QObject *parent) : QAbstractTableModel(parent) {}

void PersonenModel::setPersonen(const QList<Persoon> &personen)
{
    beginResetModel();
    m_personen = personen;
    m_fouten.clear();
    endResetModel();
}

int PersonenModel::voegToe()
{
    const int row = int(m_personen.size());
    beginInsertRows(QModelIndex(), row, row);
    Persoon p;
    p.referent = m_personen.isEmpty();
    m_personen.append(p);
    endInsertRows();
    emit gewijzigd();
    return row;
}

bool PersonenModel::verwijder(int row)
{
    if (row < 0 || row >= m_personen.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_personen.removeAt(row);
    endRemoveRows();
    emit gewijzigd();
    return true;
}

void PersonenModel::setFouten(const QHash<QString, QString> &veldFouten)
{
    if (veldFouten == m_fouten)
        return;
    m_fouten = veldFouten;
    if (!m_personen.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DecorationRole, Qt::ToolTipRole, Qt::BackgroundRole,
                          Qt::AccessibleDescriptionRole});
}

QString PersonenModel::veldNaam(int column)
{
    switch (column) {
    case Referent:
        return QStringLiteral("referent");
    case VNummer:
        return QStringLiteral("vNummer");
    case Voornamen:
        return QStringLiteral("voornamen");
    case Achternaam:
        return QStringLiteral("achternaam");
    case Geboortedatum:
        return QStringLiteral("geboortedatum");
    case Geslacht:
        return QStringLiteral("geslacht");
    case LandHerkomst:
        return QStringLiteral("landHerkomst");
    case Moedertaal:
        return QStringLiteral("moedertaal");
    case Talen:
        return QStringLiteral("talen");
    case Opleiding:
        return QStringLiteral("opleiding");
    case Werkervaring:
        return QStringLiteral("werkervaring");
    case Bsn:
        return QStringLiteral("bsn");
    case FysiekeBeperking:
        return QStringLiteral("fysiekeBeperking");
    case Nareiziger:
        return QStringLiteral("nareiziger");
    default:
        return {};
    }
}

QString PersonenModel::veldSleutel(int row, int column)
{
    return QStringLiteral("personen.%1.%2").arg(QString::number(row), veldNaam(column));
}

int PersonenModel::kolomVan(const QString &naam)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (veldNaam(c) == naam)
            return c;
    }
    return -1;
}

int PersonenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_personen.size());
}

int PersonenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PersonenModel::fout(int row, int column) const
{
    return m_fouten.value(veldSleutel(row, column));
}

QVariant PersonenModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Persoon &p = m_personen.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return tekst(p, column);
    case Qt::EditRole:
        return bewerkWaarde(p, column);
    case Qt::CheckStateRole:
        if (column == Referent)
            return p.referent ? Qt::Checked : Qt::Unchecked;
        if (column == Nareiziger)
            return p.nareiziger ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (!fout(index.row(), column).isEmpty())
            return standaardIcoon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole:
        if (!fout(index.row(), column).isEmpty())
            return QBrush(QColor(255, 228, 225));
        return {};
    case Qt::ToolTipRole: {
        const QString melding = fout(index.row(), column);
        return melding.isEmpty() ? kolomUitleg(column) : melding;
    }
    case Qt::AccessibleDescriptionRole:
        return fout(index.row(), column);
    default:
        return {};
    }
}

QVariant PersonenModel::tekst(const Persoon &p, int column) const
{
    switch (column) {
    case VNummer:
        return p.vNummer;
    case Voornamen:
        return p.voornamen;
    case Achternaam:
        return p.achternaam;
    case Geboortedatum:
        return p.geboortedatum.isValid() ? p.geboortedatum.toString(datumFormaat()) : QString();
    case Geslacht:
        return p.geslacht;
    case LandHerkomst:
        return p.landHerkomst;
    case Moedertaal:
        return p.moedertaal;
    case Talen:
        return p.talen.join(QStringLiteral(", "));
    case Opleiding:
        return p.opleiding;
    case Werkervaring:
        return p.werkervaring;
    case Bsn:
        return p.bsn;
    case FysiekeBeperking:
        return p.fysiekeBeperking;
    default:
        return {}; // the check columns show their check box only
    }
}

QVariant PersonenModel::bewerkWaarde(const Persoon &p, int column) const
{
    switch (column) {
    case Referent:
        return p.referent;
    case Nareiziger:
        return p.nareiziger;
    case Geboortedatum:
        return p.geboortedatum;
    default:
        return tekst(p, column);
    }
}

bool PersonenModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        if (!isCheckKolom(column))
            return false;
        const bool aan = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
        if (column == Nareiziger) {
            if (m_personen[row].nareiziger == aan)
                return true;
            m_personen[row].nareiziger = aan;
            emit dataChanged(index, index, {Qt::CheckStateRole, Qt::EditRole});
            emit gewijzigd();
            return true;
        }
        if (m_personen[row].referent == aan)
            return true;
        // One reference person: checking one unchecks the others.
        if (aan) {
            for (auto &p : m_personen)
                p.referent = false;
        }
        m_personen[row].referent = aan;
        emit dataChanged(this->index(0, Referent), this->index(rowCount() - 1, Referent),
                         {Qt::CheckStateRole, Qt::EditRole});
        emit gewijzigd();
        return true;
    }
    if (role != Qt::EditRole || isCheckKolom(column))
        return false;
    if (!zet(m_personen[row], column, value))
        return false;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit gewijzigd();
    return true;
}

bool PersonenModel::zet(Persoon &p, int column, const QVariant &value)
{
    if (column == Geboortedatum) {
        const QDate datum = value.typeId() == QMetaType::QString
                                ? QDate::fromString(value.toString(), datumFormaat())
                                : value.toDate();
        if (datum == p.geboortedatum)
            return false;
        p.geboortedatum = datum;
        return true;
    }
    const QString text = value.toString();
    QString *veld = nullptr;
    QString nieuw = text;
    switch (column) {
    case VNummer:
        veld = &p.vNummer;
        nieuw = zonderSpaties(text);
        break;
    case Voornamen:
        veld = &p.voornamen;
        break;
    case Achternaam:
        veld = &p.achternaam;
        break;
    case Geslacht:
        veld = &p.geslacht;
        nieuw = text.trimmed().toUpper();
        break;
    case LandHerkomst:
        veld = &p.landHerkomst;
        break;
    case Moedertaal:
        veld = &p.moedertaal;
        break;
    case Opleiding:
        veld = &p.opleiding;
        break;
    case Werkervaring:
        veld = &p.werkervaring;
        break;
    case Bsn:
        veld = &p.bsn;
        nieuw = zonderSpaties(text);
        break;
    case FysiekeBeperking:
        veld = &p.fysiekeBeperking;
        break;
    case Talen: {
        const QStringList talen = splitsTalen(text);
        if (talen == p.talen)
            return false;
        p.talen = talen;
        return true;
    }
    default:
        return false;
    }
    if (*veld == nieuw)
        return false;
    *veld = nieuw;
    return true;
}

Qt::ItemFlags PersonenModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (isCheckKolom(index.column()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant PersonenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return kolomTitel(section);
    if (role == Qt::ToolTipRole)
        return kolomUitleg(section);
    return {};
}

QString PersonenModel::kolomTitel(int column) const
{
    switch (column) {
    case Referent:
        return tr("Reference person");
    case VNummer:
        return tr("V-number");
    case Voornamen:
        return tr("First names");
    case Achternaam:
        return tr("Surname");
    case Geboortedatum:
        return tr("Birth date");
    case Geslacht:
        return tr("Sex");
    case LandHerkomst:
        return tr("Country of origin");
    case Moedertaal:
        return tr("Mother tongue");
    case Talen:
        return tr("Languages");
    case Opleiding:
        return tr("Education");
    case Werkervaring:
        return tr("Work experience");
    case Bsn:
        return tr("BSN");
    case FysiekeBeperking:
        return tr("Visible physical limitation");
    case Nareiziger:
        return tr("Follows later");
    default:
        return {};
    }
}

QString PersonenModel::kolomUitleg(int column) const
{
    switch (column) {
    case Referent:
        return tr("The household's reference person; exactly one per household");
    case VNummer:
        return tr("The V-number (vreemdelingennummer) of the IND: 10 digits");
    case Voornamen:
        return tr("All first names, as on the residence permit");
    case Achternaam:
        return tr("The surname, as on the residence permit");
    case Geboortedatum:
        return tr("Date of birth (day-month-year)");
    case Geslacht:
        return tr("M (male), V (female) or X (unspecified)");
    case LandHerkomst:
        return tr("Country of origin");
    case Moedertaal:
        return tr("Mother tongue");
    case Talen:
        return tr("Other languages spoken, separated by commas");
    case Opleiding:
        return tr("Education completed");
    case Werkervaring:
        return tr("Work experience");
    case Bsn:
        return tr("Citizen service number, 9 digits; empty until the BRP registration");
    case FysiekeBeperking:
        return tr("Only what is visible, in the person's own words. No medical details.");
    case Nareiziger:
        return tr("This family member follows later (family reunification)");
    default:
        return {};
    }
}

} // namespace rd
