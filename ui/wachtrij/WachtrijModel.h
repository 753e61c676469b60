#pragma once

#include "core/common/Result.h"
#include "core/wachtrij/WachtrijService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace rd {

class Store;

// The queue: one row per household awaiting coupling, in the order of WachtrijService
// (phase-1 due date, then V-nummer). Display text is for people; SortRole holds raw values;
// the other roles feed WachtrijFilterModel. Rows drag as huishoudenMime (copy only: the queue
// removes rows itself once a coupling is committed).
class WachtrijModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Status,
        Referent,
        VNummer,
        Grootte,
        Azc,
        Dagen,
        Vlaggen,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        SearchRole,       // WachtrijRij::zoekTekst
        HuishoudenIdRole, // qint64
        AzcIdRole,        // qint64, 0 when no AZC is recorded
        PersonenRole,     // int
        FlagsRole,        // int, a combination of Vlag
        DagenRole,        // int, days left in phase 1 (negative: overdue)
    };
    enum Vlag
    {
        Groot = 0x1,            // more than 8 persons
        Gezinshereniging = 0x2, // reunification block active
        Criteria = 0x4,         // a mandatory placement criterion
        Nareizigers = 0x8,      // family members expected to follow
        Specifiek = 0x10,       // very specific housing needed (3.3.4)
    };
    // Due within this many days (0 = today) counts as "due soon".
    static constexpr int binnenkortDagen = 3;

    explicit WachtrijModel(QObject *parent = nullptr);

    // Loads the queue of a region (0: all); on an error the model is empty.
    rd::Status laad(Store &store, int regio, const QDate &vandaag = QDate::currentDate());
    void setRijen(QList<WachtrijRij> rijen);
    // Removes these households (ids not present are ignored).
    void verwijder(const QList<qint64> &ids);
    // Inserts the row at its place in the order, or replaces the household's row.
    void zetRij(const WachtrijRij &rij);

    qint64 huishoudenId(int row) const;
    int rijVoor(qint64 huishoudenId) const; // -1 when absent
    const WachtrijRij &rij(int row) const { return m_rijen.at(row); }
    const QList<WachtrijRij> &rijen() const { return m_rijen; }

    static int dagen(const WachtrijRij &rij);
    static int vlaggen(const WachtrijRij &rij);
    // Strict weak order of the queue: due date, then V-nummer, then id.
    static bool voor(const WachtrijRij &a, const WachtrijRij &b);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QVariant waarde(const WachtrijRij &rij, int column) const;
    QString tekst(const WachtrijRij &rij, int column) const;
    QString statusTekst(const WachtrijRij &rij) const;
    QString grootteTekst(const WachtrijRij &rij) const;
    QString dagenTekst(const WachtrijRij &rij) const;
    QString vlaggenTekst(const WachtrijRij &rij) const;
    QString uitleg(const WachtrijRij &rij, int column) const;
    QString kolomUitleg(int column) const;

    QList<WachtrijRij> m_rijen;
};

} // namespace rd
