// STUB: replaced by the real layout (issue 5).
#include "brief/BriefOpmaak.h"

#include <QTextDocument>

namespace rd::briefopmaak {
QString vulIn(const BriefSjabloon &, const BriefGegevens &, bool) { return {}; }
std::unique_ptr<QTextDocument> document(const BriefSjabloon &, const BriefGegevens &, bool) { return std::make_unique<QTextDocument>(); }
QString voettekst(const BriefSjabloon &, const BriefGegevens &) { return {}; }
QString afschriftMarkering(const BriefGegevens &) { return {}; }
} // namespace rd::briefopmaak
