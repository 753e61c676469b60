#include "ui/taakstelling/TaakstellingTableModel.h"

#include "core/common/ZoekSleutel.h"
#include "ui/widgets/Numbers.h"

#include <QBrush>
#include <QColor>

namespace rd {

namespace {

bool isNumber(int column)
{
    return column >= TaakstellingTableModel::Inwoners;
}

} // namespace

TaakstellingTableModel::TaakstellingTableModel(QObject *parent) : QAbstractTableModel(parent) {}

Status TaakstellingTableModel::laad(Store &store, const HalfJaar &halfJaar, int regio,
                                    const QDate &peildatum)
{
    auto overzicht = TaakstellingService(store).bereken(halfJaar, regio, peildatum);
    if (!overzicht) {
        leeg();
        return overzicht.error();
    }
    setOverzicht(*overzicht);
    return {};
}

void TaakstellingTableModel::setOverzicht(const TaakstellingOverzicht &overzicht)
{
    beginResetModel();
    m_overzicht = overzicht;
    endResetModel();
}

void TaakstellingTableModel::leeg()
{
    setOverzicht(TaakstellingOverzicht{});
}

TaakstellingTotalen TaakstellingTableModel::totalen() const
{
    TaakstellingTotalen t;
    for (const auto &rij : m_overzicht.rijen) {
        ++t.gemeenten;
        t.taakstelling += rij.taakstelling;
        t.opgave += rij.opgave;
        t.realisatie += rij.realisatie;
        t.pijplijnProductie += rij.pijplijnProductie;
        t.gekoppeldNietGehuisvest += rij.gekoppeldNietGehuisvest;
        t.prognose += rij.prognose;
        if (rij.voorAchter > 0)
            ++t.voor;
        else if (rij.voorAchter < 0)
            ++t.achter;
    }
    return t;
}

QString TaakstellingTableModel::zoekSleutel(const QString &text)
{
    return rd::zoekSleutel(text);
}

int TaakstellingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_overzicht.rijen.size());
}

int TaakstellingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaakstellingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaakstellingStand &r = rij(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return tekst(r, column);
    case SortRole:
        return waarde(r, column);
    case SearchRole:
        return zoekSleutel(r.code + QLatin1Char(' ') + r.naam);
    case Qt::TextAlignmentRole:
        return numbers::uitlijning(isNumber(column));
    case Qt::ForegroundRole:
        if (column == VoorAchter && r.voorAchter != 0)
            return QBrush(r.voorAchter > 0 ? QColor(0x1a, 0x6b, 0x2f) : QColor(0xb3, 0x1b, 0x1b));
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == VoorAchter) {
            if (r.voorAchter > 0)
                return tr("%Ln person(s) ahead of the target (voorsprong)", nullptr,
                          int(r.voorAchter));
            if (r.voorAchter < 0)
                return tr("%Ln person(s) behind the target (achterstand)", nullptr,
                          int(-r.voorAchter));
            return tr("Exactly on target");
        }
        // Handbook 3.4.1: resettled refugees, B-9 permit holders and amv's count without a
        // coupling; the cell says how many of the housed persons are such exceptions.
        if (column == Realisatie && r.uitzondering > 0)
            return tr("%1, of which %Ln resettled, B-9 or amv (they count without a coupling)",
                      nullptr, int(r.uitzondering))
                .arg(tekst(r, column));
        return role == Qt::AccessibleTextRole ? QVariant(tekst(r, column)) : QVariant();
    default:
        return {};
    }
}

QVariant TaakstellingTableModel::waarde(const TaakstellingStand &r, int column) const
{
    switch (column) {
    case Code:
        return r.code;
    case Gemeente:
        return r.naam;
    case Provincie:
        return r.provincie;
    case Inwoners:
        return r.inwoners;
    case Taakstelling:
        return r.taakstelling;
    case Herverdeling:
        return r.herverdeling;
    case SaldoVorig:
        return r.saldoVorig;
    case Opgave:
        return r.opgave;
    case Realisatie:
        return r.realisatie;
    case PijplijnProductie:
        return r.pijplijnProductie;
    case GekoppeldNietGehuisvest:
        return r.gekoppeldNietGehuisvest;
    case Prognose:
        return r.prognose;
    case VoorAchter:
        return r.voorAchter;
    default:
        return {};
    }
}

QString TaakstellingTableModel::tekst(const TaakstellingStand &r, int column) const
{
    switch (column) {
    case Herverdeling:
    case SaldoVorig:
        return numbers::metTeken(waarde(r, column).toLongLong());
    case VoorAchter:
        if (r.voorAchter > 0)
            return QStringLiteral("▲ ") + numbers::metTeken(r.voorAchter);
        if (r.voorAchter < 0)
            return QStringLiteral("▼ ") + numbers::metTeken(r.voorAchter);
        return QStringLiteral("0");
    default:
        if (isNumber(column))
            return numbers::aantal(waarde(r, column).toLongLong());
        return waarde(r, column).toString();
    }
}

QVariant TaakstellingTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
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
    case Code:
        return tr("Code");
    case Gemeente:
        return tr("Municipality");
    case Provincie:
        return tr("Province");
    case Inwoners:
        return tr("Population");
    case Taakstelling:
        return tr("Quota");
    case Herverdeling:
        return tr("Redistribution");
    case SaldoVorig:
        return tr("Balance previous");
    case Opgave:
        return tr("Target");
    case Realisatie:
        return tr("Realised");
    case PijplijnProductie:
        return tr("Pipeline (signed)");
    case GekoppeldNietGehuisvest:
        return tr("Coupled, not housed");
    case Prognose:
        return tr("Forecast");
    case VoorAchter:
        return tr("Ahead/behind");
    default:
        return {};
    }
}

QString TaakstellingTableModel::kolomUitleg(int column) const
{
    switch (column) {
    case Code:
        return tr("CBS municipality code");
    case Gemeente:
        return tr("Municipality");
    case Provincie:
        return tr("Province; it decides the COA region");
    case Inwoners:
        return tr("Population used for the quota: CBS population on 1 January of the year before "
                  "the half-year's year, or the figure the province set (art. 30)");
    case Taakstelling:
        return tr("Quota = vg × population ÷ national population, rounded up (art. 28)");
    case Herverdeling:
        return tr("Quota shifted to (+) or from (−) this municipality by agreement between "
                  "municipalities (art. 29.2)");
    case SaldoVorig:
        return tr("Balance carried from the previous half-year: + ahead, − behind");
    case Opgave:
        return tr("Target = quota + redistribution − balance previous");
    case Realisatie:
        return tr("Persons housed whose deregistration from the AZC fell in this half-year (first "
                  "housing only)");
    case PijplijnProductie:
        return tr("Pipeline (pijplijn productie, handbook 4.4.1): persons housed but not yet "
                  "registered out by the COA, a lease signed or known as self-housed, on the "
                  "reference date");
    case GekoppeldNietGehuisvest:
        return tr("Persons coupled and not yet registered out, on the reference date, whether a "
                  "dwelling was found or not");
    case Prognose:
        return tr("Forecast = realised + coupled, not housed: every coupled person will count "
                  "once housed (handbook 3.2)");
    case VoorAchter:
        return tr("Forecast − target: ▲ ahead (voorsprong), ▼ behind (achterstand)");
    default:
        return {};
    }
}

} // namespace rd
