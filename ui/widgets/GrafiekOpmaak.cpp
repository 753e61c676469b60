#include "ui/widgets/GrafiekOpmaak.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFont>
#include <QHash>
#include <QLegend>
#include <QLocale>
#include <QToolTip>

#include <algorithm>

namespace rd::grafiekopmaak {

void gebruikTaal(QChart *chart)
{
    if (!chart)
        return;
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
}

QString geheelFormaat()
{
    return QStringLiteral("%.0f");
}

void legenda(QChart *chart)
{
    if (!chart)
        return;
    // A size smaller than the axes, so the entries fit side by side below a chart in its tab.
    QFont klein = chart->legend()->font();
    klein.setPointSizeF(std::max(6.0, klein.pointSizeF() - 1));
    chart->legend()->setFont(klein);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
}

QStringList afgekort(const QStringList &namen, int maxLengte)
{
    const auto knip = [](const QString &naam, int lengte) {
        if (naam.size() <= lengte)
            return naam;
        return naam.left(lengte - 1).trimmed() + QChar(0x2026);
    };
    // Names that read the same once cut all get more characters until they differ; the same
    // whatever the order of the names.
    QList<int> lengte(namen.size(), maxLengte);
    QStringList uit;
    for (bool verder = true; verder;) {
        verder = false;
        uit.clear();
        QHash<QString, QList<int>> groepen;
        for (int i = 0; i < namen.size(); ++i) {
            uit << knip(namen.at(i), lengte.at(i));
            groepen[uit.last()] << i;
        }
        for (const QList<int> &groep : std::as_const(groepen)) {
            if (groep.size() < 2)
                continue;
            for (const int i : groep) {
                if (uit.at(i) != namen.at(i)) {
                    ++lengte[i];
                    verder = true;
                }
            }
        }
    }
    return uit;
}

QBarCategoryAxis *categorieAs(const QStringList &namen)
{
    auto *as = new QBarCategoryAxis;
    as->setObjectName(QStringLiteral("asCategorie"));
    as->append(namen);
    as->setTruncateLabels(false);
    return as;
}

QList<int> volgorde(int rijen, bool liggend)
{
    QList<int> uit;
    for (int i = 0; i < rijen; ++i)
        uit << (liggend ? rijen - 1 - i : i);
    return uit;
}

void toonNamenBijZweven(QAbstractBarSeries *reeks, const QStringList &volledigeNamen)
{
    if (!reeks)
        return;
    QObject::connect(
        reeks, &QAbstractBarSeries::hovered, reeks,
        [volledigeNamen](bool status, int index, QBarSet *set) {
            if (!status || !set || index < 0 || index >= volledigeNamen.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(
                QCursor::pos(),
                QStringLiteral("%1\n%2: %3")
                    .arg(volledigeNamen.at(index), set->label(),
                         QLocale().toString(set->at(index), 'f',
                                            set->at(index) == qint64(set->at(index)) ? 0 : 1)));
        });
}

int hoogteVoor(int categorieen)
{
    return std::max(320, categorieen * rijHoogte + 160);
}

int liggendeRijen(const QChart *chart)
{
    if (!chart)
        return 0;
    const auto assen = chart->axes(Qt::Vertical);
    for (QAbstractAxis *as : assen)
        if (auto *categorie = qobject_cast<QBarCategoryAxis *>(as))
            return int(categorie->count());
    return 0;
}

} // namespace rd::grafiekopmaak
