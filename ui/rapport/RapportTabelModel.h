#pragma once

#include "core/rapport/Rapport.h"

#include <QAbstractTableModel>

namespace rd {

// One table of a core report, as core computed it: the headings are the columns' `kop`,
// numbers right-aligned in the locale's form, dates localised, a null cell empty, yes/no as
// text, and the totals row (when the report has one) last and in bold. Read-only; the rows
// keep core's order so the totals row stays last.
class RapportTabelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        WaardeRole = Qt::UserRole, // the cell as core gave it (QVariant of the column's type)
        TotaalRole,                // true on the totals row
    };

    explicit RapportTabelModel(QObject *parent = nullptr);

    void setTabel(const RapportTabel &tabel);
    const RapportTabel &tabel() const { return m_tabel; }
    bool heeftTotaal() const { return !m_tabel.totaal.isEmpty(); }
    bool isTotaal(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cel(int row, int column) const;

    RapportTabel m_tabel;
};

} // namespace rd
