#pragma once

#include "core/common/Result.h"
#include "core/journaal/Journaal.h"

#include <QAbstractTableModel>
#include <QList>

namespace rd {

class Store;

// A household's change-log entries (issue 14), oldest first: when, who, what (the entry's
// summary; an undo says which entry it took back) and the entry's number. Read-only.
class JournaalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Kolom
    {
        Tijd,
        Gebruiker,
        Wat,
        Seq,
        AantalKolommen
    };

    explicit JournaalModel(QObject *parent = nullptr);

    // Reads the entries of household `huishoudenId` (0: none).
    Status laad(Store &store, qint64 huishoudenId);
    const JournaalRegel &regel(int row) const { return m_regels.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<JournaalRegel> m_regels;
};

} // namespace rd
