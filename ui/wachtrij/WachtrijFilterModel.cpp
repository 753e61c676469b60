#include "ui/wachtrij/WachtrijFilterModel.h"

#include "core/common/ZoekSleutel.h"
#include "ui/wachtrij/WachtrijModel.h"

#include <algorithm>

namespace rd {

namespace {

// Folded words, longest (most selective) first; a word inside another one adds nothing.
QStringList woordenVan(const QString &tekst)
{
    QStringList woorden;
    for (const QString &deel : tekst.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        woorden << zoekSleutel(deel);
    std::stable_sort(woorden.begin(), woorden.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList nodig;
    for (const QString &w : woorden) {
        const bool overbodig = std::any_of(nodig.cbegin(), nodig.cend(),
                                           [&w](const QString &n) { return n.contains(w); });
        if (!overbodig)
            nodig << w;
    }
    return nodig;
}

} // namespace

WachtrijFilterModel::WachtrijFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WachtrijModel::SortRole);
    setFilterRole(WachtrijModel::SearchRole);
}

void WachtrijFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_wachtrij = qobject_cast<WachtrijModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void WachtrijFilterModel::setZoekTekst(const QString &tekst)
{
    m_zoekTekst = tekst;
    QStringList woorden = woordenVan(tekst);
    if (woorden == m_woorden)
        return;
    m_woorden = std::move(woorden);
    filterGewijzigd();
}

void WachtrijFilterModel::setAzc(qint64 azcId)
{
    if (azcId == m_azc)
        return;
    m_azc = azcId;
    filterGewijzigd();
}

void WachtrijFilterModel::setGrootte(Grootte grootte)
{
    if (grootte == m_grootte)
        return;
    m_grootte = grootte;
    filterGewijzigd();
}

void WachtrijFilterModel::setVlaggen(int vlaggen)
{
    if (vlaggen == m_vlaggen)
        return;
    m_vlaggen = vlaggen;
    filterGewijzigd();
}

void WachtrijFilterModel::setFaseStatus(FaseStatus status)
{
    if (status == m_faseStatus)
        return;
    m_faseStatus = status;
    filterGewijzigd();
}

void WachtrijFilterModel::wisFilters()
{
    m_zoekTekst.clear();
    m_woorden.clear();
    m_azc = 0;
    m_grootte = Grootte::Alle;
    m_vlaggen = 0;
    m_faseStatus = FaseStatus::Alle;
    filterGewijzigd();
}

bool WachtrijFilterModel::filtert() const
{
    return !m_woorden.isEmpty() || m_azc != 0 || m_grootte != Grootte::Alle || m_vlaggen != 0 ||
           m_faseStatus != FaseStatus::Alle;
}

bool WachtrijFilterModel::pastGrootte(int personen, Grootte grootte)
{
    switch (grootte) {
    case Grootte::Alle:
        return true;
    case Grootte::Een:
        return personen == 1;
    case Grootte::TweeTotVier:
        return personen >= 2 && personen <= 4;
    case Grootte::VijfTotAcht:
        return personen >= 5 && personen <= 8;
    case Grootte::MeerDanAcht:
        return personen > 8;
    }
    return true;
}

bool WachtrijFilterModel::pastFaseStatus(int dagen, FaseStatus status)
{
    switch (status) {
    case FaseStatus::Alle:
        return true;
    case FaseStatus::TeLaat:
        return dagen < 0;
    case FaseStatus::BinnenDrieDagen:
        return dagen >= 0 && dagen <= WachtrijModel::binnenkortDagen;
    case FaseStatus::OpTijd:
        return dagen > WachtrijModel::binnenkortDagen;
    }
    return true;
}

void WachtrijFilterModel::filterGewijzigd()
{
    // Not invalidateRowsFilter(): that removes the rejected rows run by run, and a view
    // handles each run apart. One keystroke on the national queue leaves thousands of runs
    // (57 ms with the table); one layout change with a re-sort takes about 6 ms.
    invalidate();
}

bool WachtrijFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_wachtrij) {
        const WachtrijRij &r = m_wachtrij->rij(sourceRow);
        if (m_azc != 0 && r.azcId != m_azc)
            return false;
        if (!pastGrootte(r.personen, m_grootte))
            return false;
        if (m_vlaggen != 0 && (WachtrijModel::vlaggen(r) & m_vlaggen) != m_vlaggen)
            return false;
        if (!pastFaseStatus(WachtrijModel::dagen(r), m_faseStatus))
            return false;
        for (const QString &woord : m_woorden)
            if (!r.zoekTekst.contains(woord))
                return false;
        return true;
    }
    // Any other model with the same roles (slower: goes through data()).
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_azc != 0 && i.data(WachtrijModel::AzcIdRole).toLongLong() != m_azc)
        return false;
    if (!pastGrootte(i.data(WachtrijModel::PersonenRole).toInt(), m_grootte))
        return false;
    if (m_vlaggen != 0 && (i.data(WachtrijModel::FlagsRole).toInt() & m_vlaggen) != m_vlaggen)
        return false;
    if (!pastFaseStatus(i.data(WachtrijModel::DagenRole).toInt(), m_faseStatus))
        return false;
    const QString zoek = i.data(WachtrijModel::SearchRole).toString();
    return std::all_of(m_woorden.cbegin(), m_woorden.cend(),
                       [&zoek](const QString &woord) { return zoek.contains(woord); });
}

bool WachtrijFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_wachtrij || sortRole() != WachtrijModel::SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    const WachtrijRij &a = m_wachtrij->rij(left.row());
    const WachtrijRij &b = m_wachtrij->rij(right.row());
    int c = 0;
    switch (left.column()) {
    case WachtrijModel::Status:
    case WachtrijModel::Dagen:
        c = WachtrijModel::dagen(a) - WachtrijModel::dagen(b);
        break;
    case WachtrijModel::Referent:
        c = a.naam.compare(b.naam, Qt::CaseInsensitive);
        break;
    case WachtrijModel::VNummer:
        c = a.vNummer.compare(b.vNummer);
        break;
    case WachtrijModel::Grootte:
        c = a.personen - b.personen;
        break;
    case WachtrijModel::Azc:
        c = a.azc.compare(b.azc, Qt::CaseInsensitive);
        break;
    case WachtrijModel::Vlaggen:
        c = WachtrijModel::vlaggen(a) - WachtrijModel::vlaggen(b);
        break;
    default:
        break;
    }
    if (c != 0)
        return c < 0;
    // Equal in this column: keep the queue's own order (due date, V-nummer).
    return WachtrijModel::voor(a, b);
}

} // namespace rd
