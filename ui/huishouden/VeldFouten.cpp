#include "ui/huishouden/VeldFouten.h"

#include "ui/huishouden/DatumVeld.h"
#include "ui/huishouden/VeldFout.h"

#include <QRegularExpression>

namespace rd {

void VeldFouten::registreer(const QString &key, QWidget *veld, VeldFout *label, const QString &naam)
{
    m_velden.insert(key, Veld{veld, label, naam, veld ? veld->toolTip() : QString(),
                              veld ? veld->accessibleDescription() : QString()});
    if (label)
        label->setObjectName(QStringLiteral("fout_") + key);
}

void VeldFouten::verwijderPersoonRij(int row)
{
    static const QRegularExpression persoon(QStringLiteral("^personen\\.(\\d+)\\.(.+)$"));
    QSet<QString> nieuw;
    for (const QString &key : std::as_const(m_aangeraakt)) {
        const auto match = persoon.match(key);
        if (!match.hasMatch()) {
            nieuw.insert(key);
            continue;
        }
        const int r = match.captured(1).toInt();
        if (r == row)
            continue;
        nieuw.insert(
            r < row
                ? key
                : QStringLiteral("personen.%1.%2").arg(QString::number(r - 1), match.captured(2)));
    }
    m_aangeraakt = nieuw;
}

QHash<QString, QString> VeldFouten::perVeld(const QList<Error> &fouten)
{
    QHash<QString, QString> result;
    for (const auto &f : fouten) {
        QString &melding = result[f.where];
        melding = melding.isEmpty() ? f.message : melding + QLatin1Char('\n') + f.message;
    }
    return result;
}

void VeldFouten::toon(const QList<Error> &fouten)
{
    const auto meldingen = perVeld(fouten);
    for (auto it = m_velden.cbegin(); it != m_velden.cend(); ++it) {
        const QString melding = isZichtbaar(it.key()) ? meldingen.value(it.key()) : QString();
        if (it->label)
            it->label->toon(melding);
        if (!it->veld)
            continue;
        it->veld->setToolTip(melding.isEmpty() ? it->uitleg
                                               : it->uitleg + QStringLiteral("\n\n") + melding);
        const QString beschrijving = it->beschrijving.isEmpty() || melding.isEmpty()
                                         ? it->beschrijving + melding
                                         : it->beschrijving + QLatin1Char(' ') + melding;
        if (auto *datum = qobject_cast<DatumVeld *>(it->veld.data()))
            datum->setFoutBeschrijving(beschrijving);
        else
            it->veld->setAccessibleDescription(beschrijving);
    }
}

} // namespace rd
