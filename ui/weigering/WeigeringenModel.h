#pragma once

#include "core/weigering/WeigeringService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace rd {

// The woningweigeringen of one household (oldest first): the refusal, its judgement (or when
// it is due; the refusal that stopped mediation says so), the reason, the new candidate (due or
// done, after a justified refusal or the stop), the delay in days for the reports and the lost
// rent claimed (euro, two decimals). An overdue judgement or candidate says so in words and
// with an icon.
// WeigeringIdRole: the refusal's id; OordeelRole: int(Oordeel).
class WeigeringenModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Datum,
        Soort,
        Gemeente,
        Oordeel,
        Reden,
        NieuweKandidaat,
        Vertraging,
        Huurderving,
        ColumnCount
    };
    enum Role
    {
        WeigeringIdRole = Qt::UserRole,
        OordeelRole
    };

    explicit WeigeringenModel(QObject *parent = nullptr);

    // `tekenen`: the household's lease-signed date (for the delay); `vandaag`: today.
    void setWeigeringen(const QList<Woningweigering> &weigeringen, const QDate &tekenen,
                        const QDate &vandaag);
    void setGemeenteNamen(const QHash<QString, QString> &namen);
    const QList<Woningweigering> &weigeringen() const { return m_rijen; }
    const Woningweigering &weigering(int row) const { return m_rijen.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString tekst(const Woningweigering &w, int column) const;
    bool teLaat(const Woningweigering &w, int column) const;

    QList<Woningweigering> m_rijen;
    QHash<QString, QString> m_gemeenteNamen;
    QDate m_tekenen;
    QDate m_vandaag;
};

} // namespace rd
