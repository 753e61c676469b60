#pragma once

#include "core/common/Result.h"
#include "core/demo/DemoHuishoudens.h"
#include "core/domain/Huishouden.h"

#include <QList>

namespace rd {

class Store;

namespace demo {

// The later life of the demo's cases (issue 4): the coupling letter handed out, dwelling
// offers, woningweigeringen with their judgement and a new candidate, a few refused again after
// an unjustified judgement (the COA stops mediation and their coupling ends: 3.4.2), and the
// reunification decision at the end of a block. Every row keeps the timeline's rules (no event
// before the coupling, judgements after the refusal, nothing after today). `ids` are the stored
// households in the order of `huishoudens` and `plannen`.
Status maakTijdlijn(Store &store, Context &d, const QList<Huishouden> &huishoudens,
                    const QList<Plan> &plannen, const QList<qint64> &ids);

} // namespace demo
} // namespace rd
