#pragma once

#include "core/common/Result.h"
#include "core/gemeente/Referentiedata.h"
#include "core/taakstelling/TaakstellingService.h"
#include "ui/koppeling/KoppelDoel.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace rd {

class Store;

// The region board: one region's gemeenten for one half-year, as a two-level tree. The top
// level holds each partnership of the region as a group row (figures: somVan of its members),
// with its members as children, then the gemeenten in no partnership. Every row is a drop
// target for households dragged from the queue: a drop only asks for a coupling
// (koppelVerzocht); the lead's confirmation commits it and then calls pasKoppelingToe, which
// moves the figures without recomputing.
// Qt::DisplayRole is formatted text; SortRole the raw value; SearchRole the search key of code,
// name and partnership name; KoppelDoelRole the row's KoppelDoel; GemeenteCodeRole the
// gemeente's code (empty on a group row).
class RegioBoardModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Gemeente,
        Opgave,
        Realisatie,
        Gekoppeld, // coupled, not yet housed (not the pipeline of handbook 4.4.1)
        Prognose,
        VoorAchter,
        Tempo,
        Woningprofiel,
        Partnerschap,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        SearchRole,
        KoppelDoelRole,
        GemeenteCodeRole
    };

    explicit RegioBoardModel(QObject *parent = nullptr);

    // Computes the figures (TaakstellingService::bereken), partnerships and housing profiles of a
    // region; on an error the model is empty and the error is returned, for a banner.
    Status laad(Store &store, const HalfJaar &halfJaar, int regio, const QDate &peildatum);
    // The same with the region's quota already computed (TaakstellingService::bereken).
    Status laad(Store &store, const HalfJaar &halfJaar, int regio, const QDate &peildatum,
                const Result<TaakstellingOverzicht> &quota);
    void leeg();

    const TaakstellingOverzicht &quota() const { return m_overzicht; }
    int regio() const { return m_regio; }
    // Months of the half-year begun on the reference date (0..6): the pace's basis.
    int verstrekenMaanden() const { return m_maanden; }
    // Every gemeente row added up (each gemeente once, group rows not counted twice).
    TaakstellingStand totaal() const { return somVan(m_overzicht.rijen); }
    qint64 tempo(const TaakstellingStand &rij) const;

    KoppelDoel doelVoor(const QModelIndex &index) const;
    QModelIndex indexVoorGemeente(const QString &code) const;
    QModelIndex indexVoorPartnerschap(qint64 id) const;
    bool isPartnerschap(const QModelIndex &index) const;

    // A coupling committed (personen > 0) or undone (< 0): moves the gemeente's coupled figure,
    // forecast and voor/achter through core pasKoppelingToe (a partnership's coupling counts for
    // its coordinator: pass the coordinator's code). Emits dataChanged for that gemeente's row
    // and its group row only. Returns whether anything changed.
    bool pasKoppelingToe(const QString &gemeenteCode, qint64 personen, const QDate &koppelDatum);

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Emits koppelVerzocht with the households and the row's target; commits nothing.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void koppelVerzocht(const QList<qint64> &huishoudenIds, const rd::KoppelDoel &doel);

private:
    struct Groep
    {
        rd::Partnerschap partnerschap;
        QString coordinatorNaam;
        QList<int> leden; // indices into m_overzicht.rijen
        TaakstellingStand som;
    };
    // Where a gemeente (an index into m_overzicht.rijen) sits in the tree.
    struct Plek
    {
        int groep = -1; // -1: top level, not in a partnership
        int rij = 0;    // row under its group, or top-level row
    };

    int topRijen() const { return int(m_groepen.size() + m_los.size()); }
    // The gemeente behind an index (an index into m_overzicht.rijen), or -1 for a group row.
    int gemeenteVan(const QModelIndex &index) const;
    // The group behind a group row, or -1.
    int groepVan(const QModelIndex &index) const;
    // The row a drop lands on: the parent for a drop between rows; invalid for empty space.
    QModelIndex dropDoel(int row, const QModelIndex &parent) const;

    QVariant gemeenteData(int gemeente, int column, int role) const;
    QVariant groepData(int groep, int column, int role) const;
    QVariant cijfer(const TaakstellingStand &rij, int column, int role) const;
    QVariant waarde(const TaakstellingStand &rij, int column) const;
    QString kolomUitleg(int column) const;

    TaakstellingOverzicht m_overzicht;
    int m_regio = 0;
    int m_maanden = 0;
    QList<Groep> m_groepen;
    QList<int> m_los; // gemeenten in no partnership, in the overview's (name) order
    QList<Plek> m_plek;
    QHash<QString, int> m_gemeenteVanCode;
    QStringList m_profiel;         // per gemeente: translated housing profile, empty: unknown
    QStringList m_partnerschapVan; // per gemeente: its partnership's name, or empty
    QStringList m_zoek;            // per gemeente: the search key
};

} // namespace rd
