#include "ui/plan/PlanTabelModel.h"

#include "core/plan/PlanCommand.h"

#include <QCoreApplication>

namespace rd {

PlanTabelModel::PlanTabelModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanTabelModel::toon(const PlanGegevens &gegevens, const PlanUitkomst &uitkomst)
{
    beginResetModel();
    m_gegevens = gegevens;
    m_uitkomst = uitkomst;
    m_aanvaard.clear();
    for (const PlanRij &r : std::as_const(m_uitkomst.rijen))
        m_aanvaard << (r.doel >= 0);
    endResetModel();
}

void PlanTabelModel::wis()
{
    beginResetModel();
    m_gegevens = {};
    m_uitkomst = {};
    m_aanvaard.clear();
    endResetModel();
}

QList<PlanKoppeling> PlanTabelModel::aanvaard() const
{
    QList<PlanKoppeling> uit;
    for (qsizetype i = 0; i < m_uitkomst.rijen.size(); ++i) {
        const PlanRij &r = m_uitkomst.rijen.at(i);
        if (r.doel < 0 || !m_aanvaard.value(i))
            continue;
        const SuggestieDoel &d = m_gegevens.invoer.doelen.at(r.doel);
        uit << PlanKoppeling{r.huishouden, d.code, d.partnerschapId, plan::uitleg(r, m_uitkomst)};
    }
    return uit;
}

QList<QPair<QString, QString>> PlanTabelModel::keuzes(int rij) const
{
    QList<QPair<QString, QString>> uit;
    if (rij < 0 || rij >= m_gegevens.invoer.huishoudens.size())
        return uit;
    const PlanInvoer &in = m_gegevens.invoer;
    for (const Suggestie &s :
         suggestie::rangschik(in.huishoudens.at(rij), in.doelen, in.gewichten, in.vandaag))
        if (s.geschikt())
            uit.append({plan::sleutel(s.doel), s.doel.naam});
    return uit;
}

int PlanTabelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_uitkomst.rijen.size());
}

int PlanTabelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AantalKolommen;
}

QString PlanTabelModel::doelNaam(int rij) const
{
    const PlanRij &r = m_uitkomst.rijen.at(rij);
    return r.doel >= 0 ? m_gegevens.invoer.doelen.at(r.doel).naam : tr("not placed");
}

QVariant PlanTabelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_uitkomst.rijen.size())
        return {};
    const PlanRij &r = m_uitkomst.rijen.at(index.row());
    const WachtrijRij &w = m_gegevens.rijen.at(index.row());
    const bool geplaatst = r.doel >= 0;
    if (role == Qt::CheckStateRole) {
        if (index.column() == Aanvaard && geplaatst)
            return m_aanvaard.value(index.row()) ? Qt::Checked : Qt::Unchecked;
        if (index.column() == Vast)
            return m_vast.contains(r.huishouden) ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == DoelSleutelRol && index.column() == Doel)
        return geplaatst ? plan::sleutel(m_gegevens.invoer.doelen.at(r.doel)) : QString();
    if (role == Qt::TextAlignmentRole && (index.column() == Personen || index.column() == Score))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Waarom)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case VNummer:
        return w.vNummer;
    case Naam:
        return w.naam;
    case Personen:
        return r.personen;
    case Doel:
        return doelNaam(index.row());
    case Score:
        return geplaatst ? QLocale().toString(r.score, 'f', 2) : QString();
    case Waarom:
        return geplaatst ? suggestie::factorTekst(r.factoren) : r.reden;
    default:
        return {};
    }
}

bool PlanTabelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_uitkomst.rijen.size())
        return false;
    const PlanRij &r = m_uitkomst.rijen.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Aanvaard && r.doel >= 0) {
        m_aanvaard[index.row()] = value.toInt() == Qt::Checked;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        return true;
    }
    if (role == Qt::CheckStateRole && index.column() == Vast) {
        if (value.toInt() == Qt::Checked)
            m_vast.insert(r.huishouden,
                          data(this->index(index.row(), Doel), DoelSleutelRol).toString());
        else
            m_vast.remove(r.huishouden);
        emit dataChanged(index, index, {Qt::CheckStateRole});
        emit vastGewijzigd();
        return true;
    }
    if (role == Qt::EditRole && index.column() == Doel) {
        const QString sleutel = value.toString();
        const auto mogelijk = keuzes(index.row());
        if (!sleutel.isEmpty() && std::none_of(mogelijk.cbegin(), mogelijk.cend(),
                                               [&](const auto &k) { return k.first == sleutel; }))
            return false; // only an eligible target
        m_vast.insert(r.huishouden, sleutel);
        const QModelIndex vast = this->index(index.row(), Vast);
        emit dataChanged(vast, vast, {Qt::CheckStateRole});
        emit vastGewijzigd();
        return true;
    }
    return false;
}

Qt::ItemFlags PlanTabelModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Aanvaard && m_uitkomst.rijen.at(index.row()).doel >= 0)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Vast)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Doel)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PlanTabelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Aanvaard:
        return tr("Accept");
    case Vast:
        return tr("Pinned");
    case VNummer:
        return tr("V-nummer");
    case Naam:
        return tr("Name");
    case Personen:
        return tr("Persons");
    case Doel:
        return tr("Proposed target");
    case Score:
        return tr("Score");
    case Waarom:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace rd
