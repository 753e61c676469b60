#pragma once

#include "core/domain/KoppelGebeurtenis.h"

namespace rd {

class Store;
// Persons in a household (0 when unknown), for the event.
int aantalPersonen(Store &store, qint64 huishoudenId);

} // namespace rd
