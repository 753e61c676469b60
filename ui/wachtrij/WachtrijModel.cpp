#include "ui/wachtrij/WachtrijModel.h"

#include "ui/huishouden/HuishoudenMime.h"
#include "ui/widgets/Numbers.h"
#include "ui/widgets/StandaardIcoon.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QStyle>

#include <algorithm>

namespace rd {

namespace {

enum class Urgentie
{
    Geen,
    Binnenkort,
    TeLaat
};

Urgentie urgentie(const WachtrijRij &rij)
{
    const int d = WachtrijModel::dagen(rij);
    if (d < 0)
        return Urgentie::TeLaat;
    if (d <= WachtrijModel::binnenkortDagen)
        return Urgentie::Binnenkort;
    return Urgentie::Geen;
}

bool isNumber(int column)
{
    return column == WachtrijModel::Grootte || column == WachtrijModel::Dagen;
}

QIcon statusIcon(Urgentie u)
{
    if (u == Urgentie::Geen)
        return {};
    return standaardIcoon(u == Urgentie::TeLaat ? QStyle::SP_MessageBoxCritical
                                                : QStyle::SP_MessageBoxWarning);
}

} // namespace

WachtrijModel::WachtrijModel(QObject *parent) : QAbstractTableModel(parent) {}

Status WachtrijModel::laad(Store &store, int regio, const QDate &vandaag)
{
    auto rijen = WachtrijService(store).wachtrij(regio, vandaag);
    if (!rijen) {
        setRijen({});
        return rijen.error();
    }
    setRijen(std::move(rijen).value());
    return {};
}

void WachtrijModel::setRijen(QList<WachtrijRij> rijen)
{
    std::stable_sort(rijen.begin(), rijen.end(), &WachtrijModel::voor);
    beginResetModel();
    m_rijen = std::move(rijen);
    endResetModel();
}

void WachtrijModel::verwijder(const QList<qint64> &ids)
{
    if (ids.isEmpty() || m_rijen.isEmpty())
        return;
    const QSet<qint64> weg(ids.cbegin(), ids.cend());
    // From the end, one removal per contiguous run, so earlier row numbers stay valid.
    int row = int(m_rijen.size()) - 1;
    while (row >= 0) {
        if (!weg.contains(m_rijen.at(row).huishoudenId)) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && weg.contains(m_rijen.at(row - 1).huishoudenId))
            --row;
        beginRemoveRows({}, row, last);
        m_rijen.remove(row, last - row + 1);
        endRemoveRows();
        --row;
    }
}

void WachtrijModel::zetRij(const WachtrijRij &nieuw)
{
    const int bestaand = rijVoor(nieuw.huishoudenId);
    if (bestaand >= 0) {
        const bool blijftOpPlaats =
            (bestaand == 0 || !voor(nieuw, m_rijen.at(bestaand - 1))) &&
            (bestaand == m_rijen.size() - 1 || !voor(m_rijen.at(bestaand + 1), nieuw));
        if (blijftOpPlaats) {
            m_rijen[bestaand] = nieuw;
            emit dataChanged(index(bestaand, 0), index(bestaand, ColumnCount - 1));
            return;
        }
        beginRemoveRows({}, bestaand, bestaand);
        m_rijen.removeAt(bestaand);
        endRemoveRows();
    }
    const auto plek =
        std::lower_bound(m_rijen.cbegin(), m_rijen.cend(), nieuw, &WachtrijModel::voor);
    const int row = int(plek - m_rijen.cbegin());
    beginInsertRows({}, row, row);
    m_rijen.insert(row, nieuw);
    endInsertRows();
}

qint64 WachtrijModel::huishoudenId(int row) const
{
    return row >= 0 && row < m_rijen.size() ? m_rijen.at(row).huishoudenId : 0;
}

int WachtrijModel::rijVoor(qint64 id) const
{
    for (int row = 0; row < m_rijen.size(); ++row)
        if (m_rijen.at(row).huishoudenId == id)
            return row;
    return -1;
}

int WachtrijModel::dagen(const WachtrijRij &rij)
{
    return rij.stand.dagenResterend.value_or(0);
}

int WachtrijModel::vlaggen(const WachtrijRij &rij)
{
    int v = 0;
    if (rij.groot)
        v |= Groot;
    if (rij.gezinsherenigingBlok)
        v |= Gezinshereniging;
    if (rij.criteria)
        v |= Criteria;
    if (rij.nareizigersVerwacht > 0)
        v |= Nareizigers;
    if (rij.specifiekeHuisvesting)
        v |= Specifiek;
    return v;
}

bool WachtrijModel::voor(const WachtrijRij &a, const WachtrijRij &b)
{
    if (a.stand.vervaldatum != b.stand.vervaldatum)
        return a.stand.vervaldatum < b.stand.vervaldatum;
    if (a.vNummer != b.vNummer)
        return a.vNummer < b.vNummer;
    return a.huishoudenId < b.huishoudenId;
}

int WachtrijModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rijen.size());
}

int WachtrijModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WachtrijModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WachtrijRij &r = m_rijen.at(index.row());
    const int column = index.column();
    const Urgentie u = urgentie(r);
    const bool statusKolom = column == Status || column == Dagen;
    switch (role) {
    case Qt::DisplayRole:
        return tekst(r, column);
    case Qt::DecorationRole:
        return column == Status ? QVariant(statusIcon(u)) : QVariant();
    case Qt::ForegroundRole:
        if (statusKolom && u == Urgentie::TeLaat)
            return QBrush(QColor(0x8a, 0x10, 0x10));
        if (statusKolom && u == Urgentie::Binnenkort)
            return QBrush(QColor(0x5c, 0x3d, 0x00));
        return {};
    case Qt::BackgroundRole:
        if (statusKolom && u == Urgentie::TeLaat)
            return QBrush(QColor(0xfd, 0xe2, 0xe2));
        if (statusKolom && u == Urgentie::Binnenkort)
            return QBrush(QColor(0xff, 0xf4, 0xce));
        return {};
    case Qt::TextAlignmentRole:
        return numbers::uitlijning(isNumber(column));
    case Qt::ToolTipRole:
        return uitleg(r, column);
    case Qt::AccessibleTextRole: {
        const QString t = tekst(r, column);
        return column == Status && t.isEmpty() ? tr("On time") : t;
    }
    case SortRole:
        return waarde(r, column);
    case SearchRole:
        return r.zoekTekst;
    case HuishoudenIdRole:
        return r.huishoudenId;
    case AzcIdRole:
        return r.azcId;
    case PersonenRole:
        return r.personen;
    case FlagsRole:
        return vlaggen(r);
    case DagenRole:
        return dagen(r);
    default:
        return {};
    }
}

QVariant WachtrijModel::waarde(const WachtrijRij &r, int column) const
{
    switch (column) {
    case Status:
    case Dagen:
        return dagen(r);
    case Referent:
        return r.naam;
    case VNummer:
        return r.vNummer;
    case Grootte:
        return r.personen;
    case Azc:
        return r.azc;
    case Vlaggen:
        return vlaggen(r);
    default:
        return {};
    }
}

QString WachtrijModel::tekst(const WachtrijRij &r, int column) const
{
    switch (column) {
    case Status:
        return statusTekst(r);
    case Referent:
        return r.naam;
    case VNummer:
        return r.vNummer;
    case Grootte:
        return grootteTekst(r);
    case Azc:
        return r.azc;
    case Dagen:
        return dagenTekst(r);
    case Vlaggen:
        return vlaggenTekst(r);
    default:
        return {};
    }
}

QString WachtrijModel::statusTekst(const WachtrijRij &r) const
{
    if (r.stand.geblokkeerd())
        return tr("Blocked until %1")
            .arg(QLocale().toString(r.stand.geblokkeerdTot, QLocale::ShortFormat));
    switch (urgentie(r)) {
    case Urgentie::TeLaat:
        return tr("Overdue");
    case Urgentie::Binnenkort:
        return tr("Due in %1 days or less").arg(binnenkortDagen);
    case Urgentie::Geen:
        break;
    }
    return {};
}

QString WachtrijModel::grootteTekst(const WachtrijRij &r) const
{
    // Compact: "3 (2+1)", adults + children; the tooltip says it in words.
    return QStringLiteral("%1 (%2+%3)")
        .arg(QString::number(r.personen), QString::number(r.volwassenen),
             QString::number(r.kinderen));
}

QString WachtrijModel::dagenTekst(const WachtrijRij &r) const
{
    const int d = dagen(r);
    if (d < 0)
        return tr("%n day(s) overdue", nullptr, -d);
    return QString::number(d);
}

QString WachtrijModel::vlaggenTekst(const WachtrijRij &r) const
{
    QStringList woorden;
    if (r.groot)
        woorden << tr("more than 8 persons");
    if (r.gezinsherenigingBlok)
        woorden << tr("reunification block");
    if (r.criteria)
        woorden << tr("placement criterion");
    if (r.nareizigersVerwacht > 0)
        woorden << tr("family members to follow");
    if (r.specifiekeHuisvesting)
        woorden << tr("very specific housing");
    return woorden.join(QStringLiteral(", "));
}

QString WachtrijModel::uitleg(const WachtrijRij &r, int column) const
{
    const QString due = QLocale().toString(r.stand.vervaldatum, QLocale::ShortFormat);
    const int d = dagen(r);
    switch (column) {
    case Status:
    case Dagen:
        if (r.stand.geblokkeerd())
            return tr("Placement is blocked for family reunification until %1; from then the "
                      "household is to be coupled within 14 days (by %2)")
                .arg(QLocale().toString(r.stand.geblokkeerdTot, QLocale::ShortFormat), due);
        if (d < 0)
            return tr("Coupling was due on %1 (14 days after the permit): %n day(s) overdue",
                      nullptr, -d)
                .arg(due);
        if (d == 0)
            return tr("Coupling is due today, %1 (14 days after the permit)").arg(due);
        return tr("Coupling is due on %1 (14 days after the permit): %n day(s) left", nullptr, d)
            .arg(due);
    case Referent:
    case VNummer:
        return tr("Reference person %1, V-number %2").arg(r.naam, r.vNummer);
    case Grootte:
        return tr("%n person(s) in the household: %1, %2", nullptr, r.personen)
            .arg(tr("%n adult(s)", nullptr, r.volwassenen),
                 tr("%n child(ren)", nullptr, r.kinderen));
    case Azc:
        return r.azc.isEmpty() ? tr("No AZC location recorded") : tr("AZC location %1").arg(r.azc);
    case Vlaggen: {
        QStringList regels;
        if (r.groot)
            regels << tr("More than 8 persons: a special group that needs specific housing");
        if (r.gezinsherenigingBlok)
            regels << tr("Family reunification: placement is blocked for 3 months");
        if (r.criteria)
            regels << tr(
                "At least one mandatory placement criterion ties the household to a place");
        if (r.nareizigersVerwacht > 0)
            regels << tr("%n family member(s) expected to follow", nullptr, r.nareizigersVerwacht);
        if (r.specifiekeHuisvesting)
            regels << tr("Needs very specific housing because of a limitation: a special group "
                         "(handbook 3.3.4)");
        return regels.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant WachtrijModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return kolomUitleg(section);
    if (role == Qt::TextAlignmentRole)
        return numbers::uitlijning(isNumber(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Referent:
        return tr("Reference person");
    case VNummer:
        return tr("V-number");
    case Grootte:
        return tr("Size");
    case Azc:
        return tr("AZC");
    case Dagen:
        return tr("Days left");
    case Vlaggen:
        return tr("Flags");
    default:
        return {};
    }
}

QString WachtrijModel::kolomUitleg(int column) const
{
    switch (column) {
    case Status:
        return tr("Overdue, or due within %1 days, for the coupling (phase 1)")
            .arg(binnenkortDagen);
    case Referent:
        return tr("The household's reference person");
    case VNummer:
        return tr("The reference person's V-number");
    case Grootte:
        return tr("Persons in the household: adults (18 or older) and children");
    case Azc:
        return tr("The AZC location where the household lives");
    case Dagen:
        return tr("Days left until the coupling is due, 14 days after the permit");
    case Vlaggen:
        return tr("Special cases to weigh when coupling");
    default:
        return {};
    }
}

Qt::ItemFlags WachtrijModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList WachtrijModel::mimeTypes() const
{
    return {huishoudenMime::type()};
}

QMimeData *WachtrijModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && i.model() == this)
            rows << i.row();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const int row : rows)
        ids << m_rijen.at(row).huishoudenId;
    if (ids.isEmpty())
        return nullptr;
    return huishoudenMime::maak(ids);
}

Qt::DropActions WachtrijModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace rd
