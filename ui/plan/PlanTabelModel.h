#pragma once

#include "core/plan/PlanCommand.h"
#include "core/plan/PlanService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rd {

// The week plan's rows for the plan window (issue 15): per household whether its proposed
// coupling is accepted, whether a person pinned it, who, the proposed target, the score and
// why (each factor, or the reason it is not placed). The target column is editable: choosing a
// target (or "not in this plan") pins the row to it for the next solve.
class PlanTabelModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Kolom
    {
        Aanvaard,
        Vast,
        VNummer,
        Naam,
        Personen,
        Doel,
        Score,
        Waarom,
        AantalKolommen
    };
    // The target's key (plan::sleutel; empty: not in this plan) in the Doel column's EditRole.
    static constexpr int DoelSleutelRol = Qt::UserRole + 1;

    explicit PlanTabelModel(QObject *parent = nullptr);

    // A new plan: its rows are all accepted when placed; pins stay as the person set them.
    void toon(const PlanGegevens &gegevens, const PlanUitkomst &uitkomst);
    void wis();

    // The pins to keep in the next solve: household id -> target key ("" = leave out).
    const QHash<qint64, QString> &vast() const { return m_vast; }
    void zetVast(const QHash<qint64, QString> &vast) { m_vast = vast; }
    // The accepted rows that place a household, as the step couples them.
    QList<PlanKoppeling> aanvaard() const;
    // The eligible targets of row `rij` (best first): (key, name) pairs, for the editor.
    QList<QPair<QString, QString>> keuzes(int rij) const;

    const PlanUitkomst &uitkomst() const { return m_uitkomst; }
    const PlanGegevens &gegevens() const { return m_gegevens; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void vastGewijzigd(); // a pin was set or lifted: the plan should be solved again

private:
    QString doelNaam(int rij) const;

    PlanGegevens m_gegevens;
    PlanUitkomst m_uitkomst;
    QList<bool> m_aanvaard;
    QHash<qint64, QString> m_vast;
};

} // namespace rd
