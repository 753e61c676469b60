#pragma once

#include "core/common/Result.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QAbstractTableModel>
#include <QDate>

namespace rd {

class Store;

// Sums over the rows of one overview (one region or all).
struct TaakstellingTotalen
{
    int gemeenten = 0;
    qint64 taakstelling = 0;
    qint64 opgave = 0;
    qint64 realisatie = 0;
    qint64 pijplijnProductie = 0;
    qint64 gekoppeldNietGehuisvest = 0;
    qint64 prognose = 0;
    int voor = 0;   // gemeenten ahead on the forecast
    int achter = 0; // gemeenten behind on the forecast
};

// One row per gemeente with the figures of TaakstellingService::bereken for one half-year.
// Qt::DisplayRole is formatted text; SortRole the raw value (numbers sort as numbers);
// SearchRole "code name" without diacritics, lower case, for the filter.
class TaakstellingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Gemeente,
        Provincie,
        Inwoners,
        Taakstelling,
        Herverdeling,
        SaldoVorig,
        Opgave,
        Realisatie,
        PijplijnProductie,       // handbook 4.4.1: a signed lease, not yet registered out
        GekoppeldNietGehuisvest, // every coupled person not yet registered out
        Prognose,
        VoorAchter,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        SearchRole
    };

    explicit TaakstellingTableModel(QObject *parent = nullptr);

    // Computes the figures; on an error the model is empty and the error is returned.
    Status laad(Store &store, const HalfJaar &halfJaar, int regio,
                const QDate &peildatum = QDate::currentDate());
    void setOverzicht(const TaakstellingOverzicht &overzicht);
    void leeg();

    const TaakstellingOverzicht &overzicht() const { return m_overzicht; }
    const TaakstellingStand &rij(int row) const { return m_overzicht.rijen.at(row); }
    TaakstellingTotalen totalen() const;

    // The key SearchRole holds, for turning what the user types into the same form.
    static QString zoekSleutel(const QString &text);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant waarde(const TaakstellingStand &rij, int column) const;
    QString tekst(const TaakstellingStand &rij, int column) const;
    QString kolomUitleg(int column) const;

    TaakstellingOverzicht m_overzicht;
};

} // namespace rd
