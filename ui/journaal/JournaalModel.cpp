#include "ui/journaal/JournaalModel.h"

#include "core/journaal/JournaalHuishouden.h"

#include <QDateTime>
#include <QLocale>

namespace rd {

JournaalModel::JournaalModel(QObject *parent) : QAbstractTableModel(parent) {}

Status JournaalModel::laad(Store &store, qint64 huishoudenId)
{
    beginResetModel();
    m_regels.clear();
    Status status;
    if (huishoudenId > 0) {
        auto regels = journaal::vanHuishouden(store, huishoudenId);
        if (regels)
            m_regels = *regels;
        else
            status = regels.error();
    }
    endResetModel();
    return status;
}

int JournaalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regels.size());
}

int JournaalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AantalKolommen;
}

QVariant JournaalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_regels.size())
        return {};
    const JournaalRegel &r = m_regels.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Tijd: {
            // Stored in UTC; shown in the machine's own time.
            const QDateTime t = QDateTime::fromString(r.tijd, Qt::ISODateWithMs).toLocalTime();
            return QLocale().toString(t, QLocale::ShortFormat);
        }
        case Gebruiker:
            return r.gebruiker;
        case Wat:
            if (r.ongedaan)
                return tr("%1 (takes back entry %2)")
                    .arg(r.samenvatting, QString::number(*r.ongedaan));
            if (r.gemigreerd) // history of a store from before the log (schema 9)
                return tr("%1 (from before the change log)").arg(r.samenvatting);
            return r.samenvatting;
        case Seq:
            return r.seq;
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Entry %1, type %2, on device %3; hash %4")
            .arg(QString::number(r.seq), r.soort, r.apparaat, QString::fromLatin1(r.hash));
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant JournaalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tijd:
        return tr("When");
    case Gebruiker:
        return tr("Who");
    case Wat:
        return tr("What");
    case Seq:
        return tr("Entry");
    }
    return {};
}

} // namespace rd
