#pragma once

#include "core/casus/CasusService.h"
#include "core/common/Result.h"
#include "core/fase/Fase.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace rd {

class Store;

// One case of the timeline: the row of CasusService with its three phases (faseVoortgang),
// computed once when the rows are set so the delegate paints without computing.
struct TijdlijnRij
{
    CasusRij caseRij;
    QList<FaseVoortgang> fasen;
};

// The region timeline: the open cases of a region in CasusService's order (next due date,
// overdue first, then V-nummer). Flat, or on request grouped by gemeente: then a two-level tree
// of gemeente rows ("Not coupled" is a group of its own; groups in the order of their earliest
// due date) with their cases as children. Display text is for people; SortRole holds raw values;
// TijdlijnRijRole gives the delegate a `const TijdlijnRij *` (valid until the next reset).
class RegioTijdlijnModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Huishouden,
        Gemeente,
        FaseKolom,
        Vervaldatum,
        Dagen,
        Tijdlijn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        HuishoudenIdRole, // qint64; 0 on a gemeente row
        TijdlijnRijRole,  // const TijdlijnRij *; empty on a gemeente row
        IsGroepRole,      // bool: a gemeente row
        AantalRole,       // int: cases in the group (gemeente rows)
        TeLaatRole,       // int: overdue cases in the group; on a case row 1 when overdue
        GemeenteCodeRole, // QString; empty when not coupled
    };

    explicit RegioTijdlijnModel(QObject *parent = nullptr);

    // Loads the open cases of a region (0: all); on an error the model is empty.
    Status laad(Store &store, int regio, const QDate &vandaag);
    void setRijen(QList<CasusRij> rijen, const QDate &vandaag);
    void leeg();

    void setGegroepeerd(bool gegroepeerd);
    bool gegroepeerd() const { return m_gegroepeerd; }
    // The date range the timeline column shows; only for its header text.
    void setBereik(const QDate &van, const QDate &tot);

    qint64 huishoudenId(const QModelIndex &index) const;            // 0 for a gemeente row
    QModelIndex indexVoor(qint64 huishoudenId) const;               // column 0; invalid when absent
    const TijdlijnRij *tijdlijnRij(const QModelIndex &index) const; // null for a gemeente row
    bool isGroep(const QModelIndex &index) const;

    QDate vandaag() const { return m_vandaag; }
    int aantalOpen() const { return int(m_rijen.size()); }
    int aantalTeLaat() const { return m_teLaat; }
    int aantalGroepen() const { return int(m_groepen.size()); }

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Groep
    {
        QString code; // empty: not coupled
        QString naam;
        QList<int> rijen; // indices into m_rijen, in their order
        int teLaat = 0;
        QDate eerste; // earliest due date
    };

    void bouwGroepen();
    int rijIndex(const QModelIndex &index) const; // -1 for a gemeente row
    QVariant rijData(const TijdlijnRij &rij, int column, int role) const;
    QVariant groepData(const Groep &groep, int column, int role) const;
    QString dagenTekst(const CasusRij &rij) const;
    QString tijdlijnUitleg(const TijdlijnRij &rij) const;
    QString kolomUitleg(int column) const;

    QList<TijdlijnRij> m_rijen;
    QList<Groep> m_groepen;
    QHash<qint64, int> m_rijVoorId;
    QList<int> m_groepVanRij; // per row: its group
    QList<int> m_plekInGroep; // per row: its row under the group
    QDate m_vandaag;
    QDate m_van;
    QDate m_tot;
    int m_teLaat = 0;
    bool m_gegroepeerd = false;
};

} // namespace rd

Q_DECLARE_METATYPE(const rd::TijdlijnRij *)
