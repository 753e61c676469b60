#include "ui/taakstelling/RegioBoardModel.h"

#include "core/common/ZoekSleutel.h"
#include "core/gemeente/GemeenteService.h"
#include "core/koppeling/KoppelNaam.h"
#include "core/taakstelling/Taakstelling.h"
#include "ui/huishouden/HuishoudenMime.h"
#include "ui/widgets/Numbers.h"

#include <QBrush>
#include <QFont>
#include <QMimeData>

namespace rd {

namespace {

bool isNumber(int column)
{
    return column >= RegioBoardModel::Opgave && column <= RegioBoardModel::Tempo;
}

const QColor voorKleur(0x1a, 0x6b, 0x2f), achterKleur(0xb3, 0x1b, 0x1b);

} // namespace

RegioBoardModel::RegioBoardModel(QObject *parent) : QAbstractItemModel(parent) {}

Status RegioBoardModel::laad(Store &store, const HalfJaar &halfJaar, int regio,
                             const QDate &peildatum)
{
    return laad(store, halfJaar, regio, peildatum,
                TaakstellingService(store).bereken(halfJaar, regio, peildatum));
}

Status RegioBoardModel::laad(Store &store, const HalfJaar &halfJaar, int regio,
                             const QDate &peildatum, const Result<TaakstellingOverzicht> &quota)
{
    auto overzicht = quota;
    auto partnerschappen = Referentiedata(store).partnerschappen(regio);
    auto gegevens = GemeenteService(store).alle(regio);
    const Status status = !overzicht         ? Status(overzicht.error())
                          : !partnerschappen ? Status(partnerschappen.error())
                          : !gegevens        ? Status(gegevens.error())
                                             : Status();
    if (!status) {
        leeg();
        return status;
    }

    beginResetModel();
    m_overzicht = std::move(*overzicht);
    m_regio = regio;
    m_maanden = halfJaar.verstrekenMaanden(peildatum);
    m_groepen.clear();
    m_los.clear();
    m_gemeenteVanCode.clear();
    const int n = int(m_overzicht.rijen.size());
    m_plek = QList<Plek>(n);
    m_profiel = QStringList(n);
    m_partnerschapVan = QStringList(n);
    m_zoek = QStringList(n);
    for (int i = 0; i < n; ++i)
        m_gemeenteVanCode.insert(m_overzicht.rijen.at(i).code, i);

    for (const auto &g : *gegevens) {
        const int i = m_gemeenteVanCode.value(g.gemeente.code, -1);
        if (i < 0)
            continue;
        QStringList namen;
        for (const auto &code : g.woningprofiel)
            namen << woningprofiel::naam(code);
        m_profiel[i] = namen.join(QStringLiteral(", "));
    }

    // A gemeente in two partnerships is listed under the first (by name) only, so every
    // gemeente appears once and the board's totals count it once; the second group's sum
    // leaves it out. Members outside the region's overview are not shown either, nor a
    // partnership with none in it (an account that sees one gemeente's figures).
    QList<bool> geplaatst(n, false);
    for (const auto &p : *partnerschappen) {
        Groep groep;
        groep.partnerschap = p;
        const int coordinator = m_gemeenteVanCode.value(p.coordinator, -1);
        groep.coordinatorNaam =
            coordinator >= 0 ? m_overzicht.rijen.at(coordinator).naam : p.coordinator;
        // Members in the overview's (name) order.
        for (int i = 0; i < n; ++i) {
            if (!geplaatst.at(i) && p.leden.contains(m_overzicht.rijen.at(i).code)) {
                geplaatst[i] = true;
                m_plek[i] = Plek{int(m_groepen.size()), int(groep.leden.size())};
                m_partnerschapVan[i] = p.naam;
                groep.leden.append(i);
            }
        }
        if (groep.leden.isEmpty())
            continue;
        QList<TaakstellingStand> leden;
        for (const int i : groep.leden)
            leden.append(m_overzicht.rijen.at(i));
        groep.som = somVan(leden);
        m_groepen.append(groep);
    }
    for (int i = 0; i < n; ++i) {
        if (!geplaatst.at(i)) {
            m_plek[i] = Plek{-1, int(m_groepen.size() + m_los.size())};
            m_los.append(i);
        }
        const TaakstellingStand &r = m_overzicht.rijen.at(i);
        m_zoek[i] = zoekSleutel(r.code + QLatin1Char(' ') + r.naam + QLatin1Char(' ') +
                                m_partnerschapVan.at(i));
    }
    endResetModel();
    return {};
}

void RegioBoardModel::leeg()
{
    beginResetModel();
    m_overzicht = TaakstellingOverzicht{};
    m_regio = 0;
    m_maanden = 0;
    m_groepen.clear();
    m_los.clear();
    m_plek.clear();
    m_gemeenteVanCode.clear();
    m_profiel.clear();
    m_partnerschapVan.clear();
    m_zoek.clear();
    endResetModel();
}

qint64 RegioBoardModel::tempo(const TaakstellingStand &rij) const
{
    return berekenTempo(rij.opgave, m_maanden);
}

bool RegioBoardModel::pasKoppelingToe(const QString &gemeenteCode, qint64 personen,
                                      const QDate &koppelDatum)
{
    const int i = m_gemeenteVanCode.value(gemeenteCode, -1);
    if (i < 0 || !rd::pasKoppelingToe(m_overzicht, gemeenteCode, personen, koppelDatum))
        return false;
    const Plek plek = m_plek.at(i);
    if (plek.groep < 0) {
        emit dataChanged(index(plek.rij, 0), index(plek.rij, ColumnCount - 1));
        return true;
    }
    Groep &groep = m_groepen[plek.groep];
    QList<TaakstellingStand> leden;
    for (const int lid : groep.leden)
        leden.append(m_overzicht.rijen.at(lid));
    groep.som = somVan(leden);
    const QModelIndex groepIndex = index(plek.groep, 0);
    emit dataChanged(index(plek.rij, 0, groepIndex), index(plek.rij, ColumnCount - 1, groepIndex));
    emit dataChanged(groepIndex, index(plek.groep, ColumnCount - 1));
    return true;
}

int RegioBoardModel::gemeenteVan(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    if (index.internalId() == 0) {
        const int los = index.row() - int(m_groepen.size());
        return los >= 0 && los < m_los.size() ? m_los.at(los) : -1;
    }
    const qsizetype groep = qsizetype(index.internalId()) - 1;
    if (groep >= m_groepen.size() || index.row() >= m_groepen.at(groep).leden.size())
        return -1;
    return m_groepen.at(groep).leden.at(index.row());
}

int RegioBoardModel::groepVan(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != 0)
        return -1;
    return index.row() < m_groepen.size() ? index.row() : -1;
}

bool RegioBoardModel::isPartnerschap(const QModelIndex &index) const
{
    return groepVan(index) >= 0;
}

KoppelDoel RegioBoardModel::doelVoor(const QModelIndex &index) const
{
    if (const int groep = groepVan(index); groep >= 0) {
        const rd::Partnerschap &p = m_groepen.at(groep).partnerschap;
        return KoppelDoel{p.coordinator, p.id, p.naam};
    }
    if (const int g = gemeenteVan(index); g >= 0) {
        const TaakstellingStand &r = m_overzicht.rijen.at(g);
        return KoppelDoel{r.code, 0, r.naam};
    }
    return {};
}

QModelIndex RegioBoardModel::indexVoorGemeente(const QString &code) const
{
    const int i = m_gemeenteVanCode.value(code, -1);
    if (i < 0)
        return {};
    const Plek plek = m_plek.at(i);
    return plek.groep < 0 ? index(plek.rij, 0) : index(plek.rij, 0, index(plek.groep, 0));
}

QModelIndex RegioBoardModel::indexVoorPartnerschap(qint64 id) const
{
    for (int g = 0; g < m_groepen.size(); ++g) {
        if (m_groepen.at(g).partnerschap.id == id)
            return index(g, 0);
    }
    return {};
}

QModelIndex RegioBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < topRijen() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    const int groep = groepVan(parent);
    if (groep < 0 || parent.column() != 0 || row >= m_groepen.at(groep).leden.size())
        return {};
    return createIndex(row, column, quintptr(groep + 1));
}

QModelIndex RegioBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RegioBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return topRijen();
    const int groep = groepVan(parent);
    return groep >= 0 && parent.column() == 0 ? int(m_groepen.at(groep).leden.size()) : 0;
}

int RegioBoardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags RegioBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QVariant RegioBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const int groep = groepVan(index); groep >= 0)
        return groepData(groep, index.column(), role);
    if (const int g = gemeenteVan(index); g >= 0)
        return gemeenteData(g, index.column(), role);
    return {};
}

QVariant RegioBoardModel::gemeenteData(int gemeente, int column, int role) const
{
    const TaakstellingStand &r = m_overzicht.rijen.at(gemeente);
    switch (role) {
    case KoppelDoelRole:
        return QVariant::fromValue(KoppelDoel{r.code, 0, r.naam});
    case GemeenteCodeRole:
        return r.code;
    case SearchRole:
        return m_zoek.at(gemeente);
    default:
        break;
    }
    if (column == Gemeente) {
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole)
            return r.naam;
        if (role == Qt::ToolTipRole)
            return koppelnaam::zin(
                       koppelnaam::lid(r.naam, r.code, m_partnerschapVan.at(gemeente))) +
                   QLatin1Char(' ') +
                   tr("Drop households here to couple them to this municipality.");
        return {};
    }
    if (column == Woningprofiel) {
        const QString &profiel = m_profiel.at(gemeente);
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole)
            return profiel.isEmpty() ? tr("unknown") : profiel;
        if (role == Qt::ToolTipRole)
            return tr("The housing stock this municipality offers");
        return {};
    }
    if (column == Partnerschap) {
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole)
            return m_partnerschapVan.at(gemeente);
        return {};
    }
    return cijfer(r, column, role);
}

QVariant RegioBoardModel::groepData(int groep, int column, int role) const
{
    const Groep &g = m_groepen.at(groep);
    const rd::Partnerschap &p = g.partnerschap;
    switch (role) {
    case KoppelDoelRole:
        return QVariant::fromValue(KoppelDoel{p.coordinator, p.id, p.naam});
    case GemeenteCodeRole:
        return QString();
    case SearchRole:
        return zoekSleutel(p.naam);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        break;
    }
    if (column == Gemeente) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return koppelnaam::zegtSoort(p.naam) ? p.naam : tr("Partnership: %1").arg(p.naam);
        if (role == SortRole)
            return p.naam;
        if (role == Qt::ToolTipRole)
            return tr("%1: %Ln municipality(ies), coordinated by %2 (%3). Drop households here "
                      "to couple them to the partnership as a whole: the coordinator houses them "
                      "in one of the members within 12 weeks.",
                      nullptr, int(g.leden.size()))
                .arg(koppelnaam::partnerschap(p.naam), g.coordinatorNaam, p.coordinator);
        return {};
    }
    if (column == Woningprofiel)
        return {};
    if (column == Partnerschap) {
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole)
            return tr("coordinator %1").arg(g.coordinatorNaam);
        return {};
    }
    return cijfer(g.som, column, role);
}

// The figures of a gemeente or a group: the same text, colours and explanations.
QVariant RegioBoardModel::cijfer(const TaakstellingStand &r, int column, int role) const
{
    const qint64 v = waarde(r, column).toLongLong();
    const qint64 pace = tempo(r);
    const bool achterOpTempo = r.realisatie < pace;
    switch (role) {
    case SortRole:
        return v;
    case Qt::TextAlignmentRole:
        return numbers::uitlijning(true);
    case Qt::DisplayRole:
        if (column == VoorAchter) {
            if (v > 0)
                return QStringLiteral("▲ ") + numbers::metTeken(v);
            if (v < 0)
                return QStringLiteral("▼ ") + numbers::metTeken(v);
            return QStringLiteral("0");
        }
        if (column == Realisatie && achterOpTempo)
            return QStringLiteral("⚠ ") + numbers::aantal(v);
        return numbers::aantal(v);
    case Qt::ForegroundRole:
        if (column == VoorAchter && v != 0)
            return QBrush(v > 0 ? voorKleur : achterKleur);
        if (column == Realisatie && achterOpTempo)
            return QBrush(achterKleur);
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == VoorAchter) {
            if (v > 0)
                return tr("%Ln person(s) ahead of the target on the forecast (voorsprong)", nullptr,
                          int(v));
            if (v < 0)
                return tr("%Ln person(s) behind the target on the forecast (achterstand)", nullptr,
                          int(-v));
            return tr("Exactly on target");
        }
        if (column == Realisatie && achterOpTempo)
            return tr("%1 realised: below the pace of %2 for the months begun (%Ln short)", nullptr,
                      int(pace - r.realisatie))
                .arg(numbers::aantal(r.realisatie), numbers::aantal(pace));
        if (column == Tempo)
            return tr("1/6 of the target per month begun: %n month(s), rounded up. %1", nullptr,
                      m_maanden)
                .arg(achterOpTempo ? tr("Realised is below this pace.")
                                   : tr("Realised keeps this pace."));
        return role == Qt::AccessibleTextRole ? QVariant(numbers::aantal(v)) : QVariant();
    default:
        return {};
    }
}

QVariant RegioBoardModel::waarde(const TaakstellingStand &r, int column) const
{
    switch (column) {
    case Opgave:
        return r.opgave;
    case Realisatie:
        return r.realisatie;
    case Gekoppeld:
        return r.gekoppeldNietGehuisvest;
    case Prognose:
        return r.prognose;
    case VoorAchter:
        return r.voorAchter;
    case Tempo:
        return tempo(r);
    default:
        return {};
    }
}

QVariant RegioBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return kolomUitleg(section);
    if (role == Qt::TextAlignmentRole)
        return numbers::uitlijning(isNumber(section));
    if (role != Qt::DisplayRole)
        return {};
    const QString titels[ColumnCount] = {
        tr("Municipality"), tr("Target"), tr("Realised"),        tr("Coupled"),     tr("Forecast"),
        tr("Ahead/behind"), tr("Pace"),   tr("Housing profile"), tr("Partnership"),
    };
    return titels[section];
}

QString RegioBoardModel::kolomUitleg(int column) const
{
    const QString uitleg[ColumnCount] = {
        tr("Municipality, or a partnership with its members; drop households on a row to couple "
           "them"),
        tr("Target = quota + redistribution − balance previous"),
        tr("Persons housed whose deregistration from the AZC fell in this half-year; ⚠ marks a "
           "municipality below the monthly pace"),
        tr("Persons coupled and not yet registered out (coupled, not yet housed), on the "
           "reference date; the pipeline of handbook 4.4.1, a signed lease, is in the Quota tab"),
        tr("Forecast = realised + coupled: every coupled person will count once housed, so "
           "municipalities behind on it get the next households (handbook 3.2)"),
        tr("Forecast − target: ▲ ahead (voorsprong), ▼ behind (achterstand)"),
        tr("Monthly pace: 1/6 of the target per month of the half-year begun, rounded up"),
        tr("The housing stock the municipality offers"),
        tr("The partnership the municipality is a member of"),
    };
    return column >= 0 && column < ColumnCount ? uitleg[column] : QString();
}

QStringList RegioBoardModel::mimeTypes() const
{
    return {huishoudenMime::type()};
}

Qt::DropActions RegioBoardModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

QModelIndex RegioBoardModel::dropDoel(int row, const QModelIndex &parent) const
{
    // Onto a row (row == -1), or between the rows under a parent, which counts as onto the
    // parent. Between top-level rows or on empty space there is no target.
    if (!parent.isValid() || parent.model() != this)
        return {};
    Q_UNUSED(row);
    return parent.siblingAtColumn(0);
}

bool RegioBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                      const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(huishoudenMime::type()))
        return false;
    if (action != Qt::CopyAction && action != Qt::MoveAction)
        return false;
    return doelVoor(dropDoel(row, parent)).isValid() && !huishoudenMime::lees(data).isEmpty();
}

bool RegioBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit koppelVerzocht(huishoudenMime::lees(data), doelVoor(dropDoel(row, parent)));
    return true;
}

} // namespace rd
