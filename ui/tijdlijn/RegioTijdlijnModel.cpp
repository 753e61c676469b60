#include "ui/tijdlijn/RegioTijdlijnModel.h"

#include "ui/widgets/Numbers.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace rd {

namespace {

// CasusService's order: due date (none last), then V-nummer.
bool eerderVervallen(const TijdlijnRij &a, const TijdlijnRij &b)
{
    const QDate &da = a.caseRij.stand.vervaldatum;
    const QDate &db = b.caseRij.stand.vervaldatum;
    if (da.isValid() != db.isValid())
        return da.isValid();
    if (da != db)
        return da < db;
    return a.caseRij.vNummer < b.caseRij.vNummer;
}

const QColor teLaatKleur(160, 0, 0);

} // namespace

RegioTijdlijnModel::RegioTijdlijnModel(QObject *parent) : QAbstractItemModel(parent) {}

Status RegioTijdlijnModel::laad(Store &store, int regio, const QDate &vandaag)
{
    CasusFilter filter;
    filter.regio = regio;
    auto rijen = CasusService(store).cases(filter, vandaag);
    if (!rijen) {
        leeg();
        return rijen.error();
    }
    setRijen(std::move(rijen).value(), vandaag);
    return {};
}

void RegioTijdlijnModel::setRijen(QList<CasusRij> rijen, const QDate &vandaag)
{
    beginResetModel();
    m_vandaag = vandaag;
    m_rijen.clear();
    m_rijen.reserve(rijen.size());
    m_teLaat = 0;
    for (CasusRij &rij : rijen) {
        if (rij.stand.teLaat())
            ++m_teLaat;
        QList<FaseVoortgang> fasen = faseVoortgang(rij.datums, vandaag);
        m_rijen.append(TijdlijnRij{std::move(rij), std::move(fasen)});
    }
    if (!std::is_sorted(m_rijen.cbegin(), m_rijen.cend(), eerderVervallen))
        std::stable_sort(m_rijen.begin(), m_rijen.end(), eerderVervallen);
    m_rijVoorId.clear();
    m_rijVoorId.reserve(m_rijen.size());
    for (int i = 0; i < m_rijen.size(); ++i)
        m_rijVoorId.insert(m_rijen.at(i).caseRij.huishoudenId, i);
    bouwGroepen();
    endResetModel();
}

void RegioTijdlijnModel::leeg()
{
    setRijen({}, m_vandaag);
}

void RegioTijdlijnModel::bouwGroepen()
{
    m_groepen.clear();
    QHash<QString, int> groepVoorCode;
    for (int i = 0; i < m_rijen.size(); ++i) {
        const CasusRij &rij = m_rijen.at(i).caseRij;
        auto gevonden = groepVoorCode.constFind(rij.gemeenteCode);
        int g = 0;
        if (gevonden == groepVoorCode.cend()) {
            g = int(m_groepen.size());
            groepVoorCode.insert(rij.gemeenteCode, g);
            Groep groep;
            groep.code = rij.gemeenteCode;
            groep.naam = rij.gemeenteCode.isEmpty() ? tr("Not coupled") : rij.gemeenteNaam;
            groep.eerste = rij.stand.vervaldatum;
            m_groepen.append(groep);
        } else {
            g = *gevonden;
        }
        Groep &groep = m_groepen[g];
        groep.rijen.append(i);
        if (rij.stand.teLaat())
            ++groep.teLaat;
        if (rij.stand.vervaldatum.isValid() &&
            (!groep.eerste.isValid() || rij.stand.vervaldatum < groep.eerste))
            groep.eerste = rij.stand.vervaldatum;
    }
    std::stable_sort(m_groepen.begin(), m_groepen.end(), [](const Groep &a, const Groep &b) {
        if (a.eerste.isValid() != b.eerste.isValid())
            return a.eerste.isValid();
        if (a.eerste != b.eerste)
            return a.eerste < b.eerste;
        return a.naam.localeAwareCompare(b.naam) < 0;
    });
    m_groepVanRij.fill(0, m_rijen.size());
    m_plekInGroep.fill(0, m_rijen.size());
    for (int g = 0; g < m_groepen.size(); ++g) {
        const QList<int> &leden = m_groepen.at(g).rijen;
        for (int p = 0; p < leden.size(); ++p) {
            m_groepVanRij[leden.at(p)] = g;
            m_plekInGroep[leden.at(p)] = p;
        }
    }
}

void RegioTijdlijnModel::setGegroepeerd(bool gegroepeerd)
{
    if (gegroepeerd == m_gegroepeerd)
        return;
    beginResetModel();
    m_gegroepeerd = gegroepeerd;
    endResetModel();
}

void RegioTijdlijnModel::setBereik(const QDate &van, const QDate &tot)
{
    m_van = van;
    m_tot = tot;
    emit headerDataChanged(Qt::Horizontal, Tijdlijn, Tijdlijn);
}

int RegioTijdlijnModel::rijIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    if (index.internalId() == 0)
        return m_gegroepeerd ? -1 : index.row();
    const Groep &groep = m_groepen.at(int(index.internalId()) - 1);
    return groep.rijen.at(index.row());
}

qint64 RegioTijdlijnModel::huishoudenId(const QModelIndex &index) const
{
    const int i = rijIndex(index);
    return i < 0 ? 0 : m_rijen.at(i).caseRij.huishoudenId;
}

QModelIndex RegioTijdlijnModel::indexVoor(qint64 huishoudenId) const
{
    const auto gevonden = m_rijVoorId.constFind(huishoudenId);
    if (gevonden == m_rijVoorId.cend())
        return {};
    const int i = *gevonden;
    if (!m_gegroepeerd)
        return createIndex(i, 0, quintptr(0));
    return createIndex(m_plekInGroep.at(i), 0, quintptr(m_groepVanRij.at(i) + 1));
}

const TijdlijnRij *RegioTijdlijnModel::tijdlijnRij(const QModelIndex &index) const
{
    const int i = rijIndex(index);
    return i < 0 ? nullptr : &m_rijen.at(i);
}

bool RegioTijdlijnModel::isGroep(const QModelIndex &index) const
{
    return index.isValid() && m_gegroepeerd && index.internalId() == 0;
}

QModelIndex RegioTijdlijnModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RegioTijdlijnModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int RegioTijdlijnModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_gegroepeerd ? m_groepen.size() : m_rijen.size());
    if (m_gegroepeerd && parent.column() == 0 && parent.internalId() == 0)
        return int(m_groepen.at(parent.row()).rijen.size());
    return 0;
}

int RegioTijdlijnModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags RegioTijdlijnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isGroep(index))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant RegioTijdlijnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IsGroepRole)
        return isGroep(index);
    if (isGroep(index))
        return groepData(m_groepen.at(index.row()), index.column(), role);
    return rijData(m_rijen.at(rijIndex(index)), index.column(), role);
}

QVariant RegioTijdlijnModel::rijData(const TijdlijnRij &t, int column, int role) const
{
    const CasusRij &rij = t.caseRij;
    switch (role) {
    case HuishoudenIdRole:
        return rij.huishoudenId;
    case TijdlijnRijRole:
        return QVariant::fromValue(&t);
    case TeLaatRole:
        return rij.stand.teLaat() ? 1 : 0;
    case GemeenteCodeRole:
        return rij.gemeenteCode;
    case Qt::DisplayRole:
        switch (column) {
        case Huishouden:
            return tr("%1 (%2)").arg(rij.naam, rij.vNummer);
        case Gemeente:
            return rij.gemeenteCode.isEmpty() ? tr("Not coupled") : rij.gemeenteNaam;
        case FaseKolom:
            return fase::naam(rij.stand.fase);
        case Vervaldatum:
            return QLocale().toString(rij.stand.vervaldatum, QLocale::ShortFormat);
        case Dagen:
            return dagenTekst(rij);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case Huishouden:
            return rij.naam;
        case Gemeente:
            return rij.gemeenteNaam;
        case FaseKolom:
            return int(rij.stand.fase);
        case Dagen:
            return rij.stand.dagenResterend.value_or(0);
        default:
            return rij.stand.vervaldatum.toJulianDay();
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == Tijdlijn)
            return tijdlijnUitleg(t);
        if (column == Huishouden)
            return tr("Reference person %1, V-number %2, %n person(s)", nullptr, rij.personen)
                .arg(rij.naam, rij.vNummer);
        return role == Qt::ToolTipRole ? kolomUitleg(column) : QVariant();
    case Qt::ForegroundRole:
        if (column == Dagen && rij.stand.teLaat())
            return QBrush(teLaatKleur);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Vervaldatum || column == Dagen)
            return numbers::uitlijning(true);
        return {};
    default:
        return {};
    }
}

QVariant RegioTijdlijnModel::groepData(const Groep &groep, int column, int role) const
{
    const int aantal = int(groep.rijen.size());
    switch (role) {
    case HuishoudenIdRole:
        return qint64(0);
    case AantalRole:
        return aantal;
    case TeLaatRole:
        return groep.teLaat;
    case GemeenteCodeRole:
        return groep.code;
    case Qt::DisplayRole:
        switch (column) {
        case Huishouden:
            return groep.naam;
        case Gemeente:
            return tr("%n case(s)", nullptr, aantal);
        case Vervaldatum:
            return QLocale().toString(groep.eerste, QLocale::ShortFormat);
        case Dagen:
            return groep.teLaat > 0 ? tr("%n overdue", nullptr, groep.teLaat) : QString();
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case Huishouden:
            return groep.naam;
        case Gemeente:
            return aantal;
        case Dagen:
            return groep.teLaat;
        default:
            return groep.eerste.toJulianDay();
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %n open case(s), %2 overdue", nullptr, aantal)
            .arg(groep.naam, QString::number(groep.teLaat));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (column == Dagen && groep.teLaat > 0)
            return QBrush(teLaatKleur);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Vervaldatum || column == Dagen)
            return numbers::uitlijning(true);
        return {};
    default:
        return {};
    }
}

QString RegioTijdlijnModel::dagenTekst(const CasusRij &rij) const
{
    if (!rij.stand.dagenResterend)
        return {};
    const int d = *rij.stand.dagenResterend;
    if (d < 0)
        return tr("%n day(s) overdue", nullptr, -d);
    if (d == 0)
        return tr("Due today");
    return QString::number(d);
}

QString RegioTijdlijnModel::tijdlijnUitleg(const TijdlijnRij &t) const
{
    const QLocale locale;
    QStringList regels;
    for (const FaseVoortgang &v : t.fasen) {
        if (!v.start.isValid()) {
            regels << tr("%1: not begun").arg(fase::naam(v.fase));
            continue;
        }
        QString regel =
            v.lopend ? tr("%1: since %2, %n day(s) so far", nullptr, v.dagen)
                           .arg(fase::naam(v.fase), locale.toString(v.start, QLocale::ShortFormat))
                     : tr("%1: %2 to %3, %n day(s)", nullptr, v.dagen)
                           .arg(fase::naam(v.fase), locale.toString(v.start, QLocale::ShortFormat),
                                locale.toString(v.eind, QLocale::ShortFormat));
        regel += QLatin1Char(' ') + tr("(norm %n day(s))", nullptr, v.normDagen);
        if (v.teLaat())
            regel +=
                QStringLiteral(" — ") + tr("! %n day(s) over the norm", nullptr, v.dagenTeLaat());
        regels << regel;
    }
    return regels.join(QLatin1Char('\n'));
}

QVariant RegioTijdlijnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return kolomUitleg(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Huishouden:
        return tr("Household");
    case Gemeente:
        return tr("Municipality");
    case FaseKolom:
        return tr("Phase");
    case Vervaldatum:
        return tr("Due date");
    case Dagen:
        return tr("Days left");
    case Tijdlijn:
        if (m_van.isValid() && m_tot.isValid())
            return tr("Timeline %1 – %2")
                .arg(QLocale().toString(m_van, QLocale::ShortFormat),
                     QLocale().toString(m_tot, QLocale::ShortFormat));
        return tr("Timeline");
    default:
        return {};
    }
}

QString RegioTijdlijnModel::kolomUitleg(int column) const
{
    switch (column) {
    case Huishouden:
        return tr("The household's reference person and V-number; on a group row the "
                  "municipality");
    case Gemeente:
        return tr("The municipality the household is coupled to");
    case FaseKolom:
        return tr("The phase the case is in: coupling (2 weeks), housing (10 weeks), move "
                  "(2 weeks)");
    case Vervaldatum:
        return tr("When the current phase is due");
    case Dagen:
        return tr("Days left until the current phase is due");
    case Tijdlijn:
        return tr("The three phases as bars; the tick marks the end of the norm, hatched "
                  "parts with ! are over the norm, the vertical line is today");
    default:
        return {};
    }
}

} // namespace rd
