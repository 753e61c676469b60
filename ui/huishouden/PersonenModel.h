#pragma once

#include "core/domain/Huishouden.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rd {

// The persons of one household in the intake form, one row each, editable in place.
// Exactly one row should be the reference person: checking one unchecks the others.
// Validation errors arrive as field keys ("personen.<row>.<field>", the field names of
// valideer()) and show in their cell as a warning icon, tooltip and background colour.
class PersonenModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Referent,
        VNummer,
        Voornamen,
        Achternaam,
        Geboortedatum,
        Geslacht,
        LandHerkomst,
        Moedertaal,
        Talen,
        Opleiding,
        Werkervaring,
        Bsn,
        FysiekeBeperking,
        Nareiziger,
        ColumnCount
    };

    explicit PersonenModel(QObject *parent = nullptr);

    void setPersonen(const QList<Persoon> &personen);
    const QList<Persoon> &personen() const { return m_personen; }
    int voegToe(); // a new empty row (the reference person when it is the first); returns it
    bool verwijder(int row);
    void setFouten(const QHash<QString, QString> &veldFouten);

    // The field name valideer() uses for a column ("vNummer", "geboortedatum", ...).
    static QString veldNaam(int column);
    // "personen.<row>.<field>"
    static QString veldSleutel(int row, int column);
    static int kolomVan(const QString &veldNaam); // -1 when unknown
    // How the form shows dates: day first, four-digit year (birth dates span a century).
    static QString datumFormaat() { return QStringLiteral("dd-MM-yyyy"); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void gewijzigd();

private:
    static bool isCheckKolom(int column) { return column == Referent || column == Nareiziger; }
    QVariant tekst(const Persoon &p, int column) const;
    QVariant bewerkWaarde(const Persoon &p, int column) const;
    bool zet(Persoon &p, int column, const QVariant &value);
    QString kolomTitel(int column) const;
    QString kolomUitleg(int column) const;
    QString fout(int row, int column) const;

    QList<Persoon> m_personen;
    QHash<QString, QString> m_fouten;
};

} // namespace rd
