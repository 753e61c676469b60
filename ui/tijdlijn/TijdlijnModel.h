#pragma once

#include "core/tijdlijn/TijdlijnService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rd {

// The events of one household's timeline as TijdlijnService::tijdlijn returns them (by date).
// GebeurtenisIdRole: the row id (`gebeurtenis` or woningweigering; 0 for date columns and
// derived events); SoortRole: int(GebeurtenisSoort).
class TijdlijnModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Datum,
        Naam,
        Gemeente,
        Toelichting,
        Door,
        ColumnCount
    };
    enum Role
    {
        GebeurtenisIdRole = Qt::UserRole,
        SoortRole
    };

    explicit TijdlijnModel(QObject *parent = nullptr);

    void setGebeurtenissen(const QList<Gebeurtenis> &gebeurtenissen);
    // Code -> name, for the gemeente column.
    void setGemeenteNamen(const QHash<QString, QString> &namen);
    const QList<Gebeurtenis> &gebeurtenissen() const { return m_rijen; }
    const Gebeurtenis &gebeurtenis(int row) const { return m_rijen.at(row); }
    // The row of the first event of this kind; -1 when there is none.
    int rijVan(GebeurtenisSoort soort) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Gebeurtenis> m_rijen;
    QHash<QString, QString> m_gemeenteNamen;
};

} // namespace rd
