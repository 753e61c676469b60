#include "ui/widgets/LijstUitView.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace rd {

namespace {

QString celTekst(const QModelIndex &index)
{
    const QString tekst = index.data(Qt::DisplayRole).toString();
    if (!tekst.isEmpty())
        return tekst;
    // A check box (the plan's accepted and pinned rows): a tick when ticked.
    if (const QVariant vink = index.data(Qt::CheckStateRole); vink.isValid())
        return vink.value<Qt::CheckState>() == Qt::Checked ? QStringLiteral("✓") : QString();
    const QString toegankelijk = index.data(Qt::AccessibleTextRole).toString();
    return toegankelijk.contains(QLatin1Char('\n')) ? QString() : toegankelijk;
}

bool isRechts(const QAbstractItemModel &model, int kolom)
{
    QVariant uitlijning;
    if (model.rowCount() > 0)
        uitlijning = model.index(0, kolom).data(Qt::TextAlignmentRole);
    if (!uitlijning.isValid())
        uitlijning = model.headerData(kolom, Qt::Horizontal, Qt::TextAlignmentRole);
    return uitlijning.isValid() &&
           (Qt::Alignment(uitlijning.toInt()) & Qt::AlignHorizontal_Mask) == Qt::AlignRight;
}

struct Verzamelaar
{
    const QAbstractItemView &view;
    const QTreeView *boom;
    const QTableView *tabel;
    QList<int> kolommen; // logical, in visual order

    void rijen(const QModelIndex &ouder, QList<LijstRij> &uit) const
    {
        const QAbstractItemModel &model = *view.model();
        const int aantal = model.rowCount(ouder);
        for (int r = 0; r < aantal; ++r) {
            if (boom && boom->isRowHidden(r, ouder))
                continue;
            if (tabel && tabel->isRowHidden(r))
                continue;
            const QModelIndex eerste = model.index(r, 0, ouder);
            LijstRij rij;
            for (const int k : kolommen)
                rij.cellen << celTekst(model.index(r, k, ouder));
            const bool kinderen = boom && model.hasChildren(eerste);
            rij.groep = kinderen;
            uit << rij;
            if (kinderen && boom->isExpanded(eerste))
                rijen(eerste, uit);
        }
    }
};

} // namespace

Lijst lijstUitView(const QAbstractItemView &view, const QList<int> &overslaan)
{
    Lijst lijst;
    const QAbstractItemModel *model = view.model();
    if (!model)
        return lijst;
    const auto *boom = qobject_cast<const QTreeView *>(&view);
    const auto *tabel = qobject_cast<const QTableView *>(&view);
    const QHeaderView *header = boom ? boom->header() : tabel ? tabel->horizontalHeader() : nullptr;

    Verzamelaar verzamel{view, boom, tabel, {}};
    const int aantal = model->columnCount();
    for (int visueel = 0; visueel < aantal; ++visueel) {
        const int k = header ? header->logicalIndex(visueel) : visueel;
        if (k < 0 || overslaan.contains(k) || (header && header->isSectionHidden(k)))
            continue;
        verzamel.kolommen << k;
        lijst.kolommen << LijstKolom{model->headerData(k, Qt::Horizontal).toString(),
                                     isRechts(*model, k)};
    }
    verzamel.rijen(view.rootIndex(), lijst.rijen);
    return lijst;
}

} // namespace rd
