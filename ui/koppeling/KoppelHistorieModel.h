#pragma once

#include "core/common/Result.h"
#include "core/koppeling/KoppelingService.h"
#include "ui/koppeling/KoppelDoel.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rd {

class Store;

// A household's coupling history, oldest first: every step, undone ones included, with who,
// when and why. An undone coupling (Ctrl+Z) never happened and is in no count; it stays in the
// list, struck through and marked, because the history is the record of what was done and by
// whom (hiding it would hide a step that was taken and taken back). A partnership coupling
// names the gemeente that houses: the member chosen, the coordinator until then.
class KoppelHistorieModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Datum,
        Doel,
        Reden,
        Door,
        VastgelegdOp,
        Stand,
        Overruled,
        ColumnCount
    };

    explicit KoppelHistorieModel(QObject *parent = nullptr);

    // Loads the history of one household (0: empty).
    Status laad(Store &store, qint64 huishoudenId);
    qint64 huishoudenId() const { return m_huishoudenId; }
    const Koppeling &koppeling(int row) const { return m_rijen.at(row); }
    KoppelDoel doelVan(int row) const;
    bool heeftActieve() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString tekst(int row, int column) const;

    qint64 m_huishoudenId = 0;
    QList<Koppeling> m_rijen;
    QHash<QString, QString> m_gemeenteNamen;
    QHash<qint64, QString> m_partnerschapNamen;
};

} // namespace rd
