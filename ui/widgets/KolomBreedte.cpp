#include "ui/widgets/KolomBreedte.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QFont>
#include <QFontMetrics>
#include <QHeaderView>
#include <QSet>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace rd::kolombreedte {

namespace {

// Cells measured by the delegate at most, the widest estimates first; cells of the same text,
// font and icon are measured once.
constexpr int maxGemeten = 16;

struct Kandidaat
{
    QModelIndex index;
    int schatting = 0; // estimated width in pixels, indentation included
    int inspringing = 0;
    QString sleutel; // text, font and icon: cells alike measure alike
};

struct Schatter
{
    const QAbstractItemModel *model = nullptr;
    int kolom = 0;
    int teken = 0;       // average character width of the view's font
    int icoon = 0;       // room an icon takes
    int inspringing = 0; // per level of a tree, 0 in a table
    bool boomKolom = false;
    QList<Kandidaat> kandidaten;

    void verzamel(const QModelIndex &ouder, int diepte)
    {
        const int rijen = model->rowCount(ouder);
        for (int r = 0; r < rijen; ++r) {
            const QModelIndex index = model->index(r, kolom, ouder);
            const QString tekst = index.data(Qt::DisplayRole).toString();
            int schatting = int(tekst.size()) * teken;
            const QVariant font = index.data(Qt::FontRole);
            const bool vet = font.isValid() && font.value<QFont>().bold();
            if (vet)
                schatting += schatting / 8;
            const bool metIcoon = index.data(Qt::DecorationRole).isValid();
            if (metIcoon)
                schatting += icoon;
            const int ingesprongen = boomKolom ? diepte * inspringing : 0;
            kandidaten.append({index, schatting + ingesprongen, ingesprongen,
                               tekst + QChar(vet ? u'b' : u'n') + QChar(metIcoon ? u'i' : u'-') +
                                   QString::number(diepte)});
            if (inspringing > 0) {
                const QModelIndex eerste = model->index(r, 0, ouder);
                if (model->hasChildren(eerste))
                    verzamel(eerste, diepte + 1);
            }
        }
    }
};

} // namespace

int inhoud(const QAbstractItemView &view, int kolom)
{
    const QAbstractItemModel *model = view.model();
    if (!model || kolom < 0 || kolom >= model->columnCount())
        return 0;
    Schatter s;
    s.model = model;
    s.kolom = kolom;
    s.teken = std::max(1, view.fontMetrics().averageCharWidth());
    s.icoon = view.style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, &view) + 4;
    int basisInspringing = 0; // a tree whose roots have branches indents its first level too
    if (const auto *boom = qobject_cast<const QTreeView *>(&view)) {
        s.inspringing = boom->indentation();
        // The column that holds the tree's branches (the first one shown).
        s.boomKolom = boom->header()->logicalIndex(0) == kolom ||
                      (boom->header()->count() == 0 && kolom == 0);
        if (s.boomKolom && boom->rootIsDecorated())
            basisInspringing = boom->indentation();
    }
    s.verzamel(QModelIndex(), 0);
    if (s.kandidaten.isEmpty())
        return 0;

    // The widest estimates, and every cell within two characters and an eighth of them.
    std::sort(s.kandidaten.begin(), s.kandidaten.end(),
              [](const Kandidaat &a, const Kandidaat &b) { return a.schatting > b.schatting; });
    const int grens =
        s.kandidaten.first().schatting - 2 * s.teken - s.kandidaten.first().schatting / 8;
    QStyleOptionViewItem optie;
    optie.initFrom(view.viewport());
    optie.font = view.font();
    optie.fontMetrics = view.fontMetrics();
    const int icoonMaat = view.style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, &view);
    optie.decorationSize =
        view.iconSize().isValid() ? view.iconSize() : QSize(icoonMaat, icoonMaat);
    optie.textElideMode = view.textElideMode();
    int breedste = 0;
    int gemeten = 0;
    QSet<QString> gezien;
    for (const Kandidaat &k : s.kandidaten) {
        if (k.schatting < grens || gemeten == maxGemeten)
            break;
        if (gezien.contains(k.sleutel))
            continue;
        gezien.insert(k.sleutel);
        QAbstractItemDelegate *delegate = view.itemDelegateForIndex(k.index);
        if (!delegate)
            continue;
        breedste = std::max(breedste, delegate->sizeHint(optie, k.index).width() + k.inspringing);
        ++gemeten;
    }
    return breedste + basisInspringing;
}

void pasAan(QTableView &view)
{
    const QAbstractItemModel *model = view.model();
    if (!model)
        return;
    QHeaderView *kop = view.horizontalHeader();
    const int raster = view.showGrid() ? 1 : 0;
    for (int kolom = 0; kolom < model->columnCount(); ++kolom) {
        if (view.isColumnHidden(kolom))
            continue;
        const int cellen = inhoud(view, kolom) + raster;
        const int titel = kop->isHidden() ? 0 : kop->sectionSizeHint(kolom);
        view.setColumnWidth(kolom, std::max(cellen, titel));
    }
}

} // namespace rd::kolombreedte
