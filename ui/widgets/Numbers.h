#pragma once

#include <QString>
#include <QVariant>

namespace rd::numbers {

// Whole numbers as people read them in the current locale: "12.345" in Dutch.
QString aantal(qint64 waarde);
// Signed: "+12", "−7" (a real minus sign, U+2212), "0".
QString metTeken(qint64 waarde);
// Qt::TextAlignmentRole for a cell or header: numbers right, text left, both centred vertically.
QVariant uitlijning(bool getal);

} // namespace rd::numbers
