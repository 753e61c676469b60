#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace rd {

class WachtrijModel;

// Search and filters over the queue, fast enough to run per keystroke on the national queue:
// the typed text is split and folded once per change, and rows are matched against the
// search keys WachtrijModel already holds (no folding per row). Sorts by SortRole.
class WachtrijFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Grootte
    {
        Alle,
        Een,         // 1 person
        TweeTotVier, // 2-4
        VijfTotAcht, // 5-8
        MeerDanAcht, // 9 or more
    };
    Q_ENUM(Grootte)
    enum class FaseStatus
    {
        Alle,
        TeLaat,          // overdue
        BinnenDrieDagen, // 0 to 3 days left
        OpTijd,          // more than 3 days left
    };
    Q_ENUM(FaseStatus)

    explicit WachtrijFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Every whitespace-separated word must occur in a member's name, V-nummer or BSN;
    // case and diacritics do not matter.
    void setZoekTekst(const QString &tekst);
    void setAzc(qint64 azcId); // 0: every AZC
    void setGrootte(Grootte grootte);
    // A combination of WachtrijModel::Vlag the row must all carry; 0: no flag filter.
    void setVlaggen(int vlaggen);
    void setFaseStatus(FaseStatus status);
    void wisFilters(); // search text and every filter

    QString zoekTekst() const { return m_zoekTekst; }
    const QStringList &zoekWoorden() const { return m_woorden; }
    qint64 azc() const { return m_azc; }
    Grootte grootte() const { return m_grootte; }
    int vlaggen() const { return m_vlaggen; }
    FaseStatus faseStatus() const { return m_faseStatus; }
    bool filtert() const;

    static bool pastGrootte(int personen, Grootte grootte);
    static bool pastFaseStatus(int dagen, FaseStatus status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void filterGewijzigd();

    WachtrijModel *m_wachtrij = nullptr; // the source when it is a WachtrijModel: direct access
    QString m_zoekTekst;
    QStringList m_woorden; // folded, longest first
    qint64 m_azc = 0;
    Grootte m_grootte = Grootte::Alle;
    int m_vlaggen = 0;
    FaseStatus m_faseStatus = FaseStatus::Alle;
};

} // namespace rd
