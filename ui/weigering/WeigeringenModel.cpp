#include "ui/weigering/WeigeringenModel.h"
#include "ui/widgets/StandaardIcoon.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace rd {

namespace {
QString datumTekst(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}
} // namespace

WeigeringenModel::WeigeringenModel(QObject *parent) : QAbstractTableModel(parent) {}

void WeigeringenModel::setWeigeringen(const QList<Woningweigering> &weigeringen,
                                      const QDate &tekenen, const QDate &vandaag)
{
    beginResetModel();
    m_rijen = weigeringen;
    m_tekenen = tekenen;
    m_vandaag = vandaag;
    endResetModel();
}

void WeigeringenModel::setGemeenteNamen(const QHash<QString, QString> &namen)
{
    m_gemeenteNamen = namen;
    if (!m_rijen.isEmpty())
        emit dataChanged(index(0, Gemeente), index(int(m_rijen.size()) - 1, Gemeente));
}

int WeigeringenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rijen.size());
}

int WeigeringenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WeigeringenModel::teLaat(const Woningweigering &w, int column) const
{
    if (column == Oordeel)
        return w.oordeel == rd::Oordeel::Open && w.oordeelUiterlijk() < m_vandaag;
    if (column == NieuweKandidaat)
        return w.kandidaatNodig() && !w.nieuweKandidaatDatum.isValid() &&
               w.nieuweKandidaatUiterlijk() < m_vandaag;
    return false;
}

QString WeigeringenModel::tekst(const Woningweigering &w, int column) const
{
    switch (column) {
    case Datum:
        return datumTekst(w.datum);
    case Soort:
        return weigering::naam(w.soort);
    case Gemeente:
        return m_gemeenteNamen.value(w.gemeenteCode, w.gemeenteCode);
    case Oordeel: {
        QString uit;
        if (w.oordeel == rd::Oordeel::Open)
            uit = teLaat(w, column)
                      ? tr("Overdue: judgement was due %1").arg(datumTekst(w.oordeelUiterlijk()))
                      : tr("Open: judge by %1").arg(datumTekst(w.oordeelUiterlijk()));
        else
            uit = tr("%1 on %2").arg(weigering::naam(w.oordeel), datumTekst(w.oordeelDatum));
        return w.stoptBemiddeling ? tr("%1; mediation stopped").arg(uit) : uit;
    }
    case Reden:
        return w.oordeelReden.isEmpty() ? QString() : weigering::redenNaam(w.oordeelReden);
    case NieuweKandidaat:
        if (!w.kandidaatNodig())
            return {};
        if (w.nieuweKandidaatDatum.isValid())
            return tr("Coupled on %1").arg(datumTekst(w.nieuweKandidaatDatum));
        return teLaat(w, column)
                   ? tr("Overdue: was due %1").arg(datumTekst(w.nieuweKandidaatUiterlijk()))
                   : tr("Due by %1").arg(datumTekst(w.nieuweKandidaatUiterlijk()));
    case Vertraging:
        return tr("%n day(s)", nullptr, w.vertragingDagen(m_tekenen, m_vandaag));
    case Huurderving:
        return w.huurdervingCent ? weigering::huurdervingTekst(*w.huurdervingCent) : QString();
    }
    return {};
}

QVariant WeigeringenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Woningweigering &w = m_rijen.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tekst(w, index.column());
    case WeigeringIdRole:
        return w.id;
    case OordeelRole:
        return int(w.oordeel);
    case Qt::DecorationRole:
        if (teLaat(w, index.column()) && qApp)
            return standaardIcoon(QStyle::SP_MessageBoxCritical);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Huurderving)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Huurderving)
            return tr("Lost rent the gemeente claims for the dwelling, in euro");
        if (index.column() == Vertraging)
            return tr("Days the refusal delayed the case: to the next lease signed, or to today");
        return w.toelichting.isEmpty() ? QVariant() : QVariant(w.toelichting);
    default:
        return {};
    }
}

QVariant WeigeringenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Datum:
        return tr("Date");
    case Soort:
        return tr("Refusal");
    case Gemeente:
        return tr("Municipality");
    case Oordeel:
        return tr("Judgement");
    case Reden:
        return tr("Reason");
    case NieuweKandidaat:
        return tr("New candidate");
    case Vertraging:
        return tr("Delay");
    case Huurderving:
        return tr("Lost rent (€)");
    }
    return {};
}

} // namespace rd
