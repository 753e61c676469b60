#pragma once

#include "core/signaal/SignaalService.h"

#include <QAbstractTableModel>
#include <QList>

namespace rd {

// One row per alert of SignaalService, in the service's order (most urgent first).
// Qt::DisplayRole is text for a person; Qt::DecorationRole on the kind column an icon (critical
// when overdue, warning when due soon) and its tooltip says which; the days column says
// "N days overdue" in words, so the state never depends on colour alone;
// HuishoudenIdRole the household the row opens; DagenRole the raw days left.
class SignalenModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Soort,
        Huishouden,
        Gemeente,
        Vervaldatum,
        Dagen,
        Wat,
        ColumnCount
    };
    enum Role
    {
        HuishoudenIdRole = Qt::UserRole,
        DagenRole,
        SoortRole
    };

    explicit SignalenModel(QObject *parent = nullptr);

    void setSignalen(const QList<Signaal> &signalen);
    const QList<Signaal> &signalen() const { return m_signalen; }
    const Signaal &signaal(int row) const { return m_signalen.at(row); }

    // "Overdue: …" or "Due soon: …" with the kind's name.
    static QString soortTekst(const Signaal &s);
    // "3 days overdue", "due today", "in 5 days".
    static QString dagenTekst(int dagen);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Signaal> m_signalen;
};

} // namespace rd
