#include "core/common/ZoekSleutel.h"

namespace rd {

QString zoekSleutel(const QString &tekst)
{
    const QString decomposed = tekst.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c.toLower());
    }
    return key;
}

} // namespace rd
