#pragma once

#include "core/common/Result.h"
#include "core/domain/Huishouden.h"
#include "core/domain/Koppeling.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace rd {

class Store;

// What counts for the quota, and the rules that tie a household's housing, lease and intake to
// its coupling (handbook 3.2, 3.4.1). Every path uses these: the quota and the reports (the
// SQL fragments), the timeline, the intake form, the CSV import and the rule checker.
//
// Realisation needs a coupling that happened (not undone) and was in force at the housing (the
// uitschrijving: made on or before it and not ended before it), and housing in the coupled
// gemeente or a member of the coupled partnership ("gemeenten huisvesten uitsluitend
// vergunninghouders die door de regievoerder zijn gekoppeld", 3.4.1). Resettled refugees
// (hervestiging, UNHCR), B-9 permit holders and amv's (registered by Nidos) count without one.
// Only first housing counts.
namespace koppelregels {

// Whether the category counts without a coupling (3.4.1): hervestiging, b9, amv.
bool teltZonderKoppeling(Categorie categorie);

// SQL conditions on a household row aliased `h` (they use the aliases kh and pl themselves):
// a coupling that happened was in force at the household's uitschrijving;
QString koppelingBijHuisvestingSql();
// ... and the household was housed in its gemeente or a member of its partnership;
QString gehuisvestViaKoppelingSql();
// the id of the coupling through which household `h` counts (the one that happened, in force
// at its uitschrijving, in its gemeente or a partnership it is a member of; the latest when
// more are), or NULL: the coupling whose lead time method 1 of 4.4.3 measures;
QString koppelingVanRealisatieSql();
// the household's category counts without a coupling;
QString uitzonderingSql();
// the household's housing counts for the quota of h.huisvest_gemeente once registered out:
// first housing, and through a coupling or as an exception.
QString teltMeeSql();

// SQL for the gemeente that houses (or will house) the household of coupling `k` (household
// row `h`): the coupled gemeente; for a partnership the member chosen, that is the gemeente
// that housed the household or, before that, offered it a dwelling (woningaanbod) under this
// coupling, and the coordinator until a member is chosen.
QString huisvestendeGemeenteSql();

// The coupling rows of `bron` (table `koppeling` or one of its views, with the alias `k`:
// "koppeling k"), with their household `h`, and one such row read back: the one definition
// every service reads couplings with.
QString koppelingSelect(const char *bron);
Koppeling koppelingVan(const QSqlQuery &q);
// The household's active coupling (view koppeling_actief: the rule of what is in force, kept
// in the store's schema), or none.
Result<std::optional<Koppeling>> actieveKoppeling(Store &store, qint64 huishoudenId);

// Whether `gemeenteCode` is the coupled gemeente or a member of the coupled partnership.
Result<bool> hoortBijKoppeling(Store &store, const Koppeling &koppeling,
                               const QString &gemeenteCode);

// The rule for registering a household out (uitschrijving) in `huisvestGemeente` while
// `koppeling` is in force (or none is): a regular household's first housing needs a coupling,
// and a coupled household is housed in the coupled gemeente or one of its partners. `waar`
// names the field in the error.
Status controleerHuisvesting(Store &store, Categorie categorie, bool eersteHuisvesting,
                             const std::optional<Koppeling> &koppeling,
                             const QString &huisvestGemeente, const QString &waar);

// valideer() (HuishoudenValidatie) for a household that enters the store without a coupling
// (the CSV import, which carries none): a regular household registered out for its first
// housing is refused as well, since it would count without one.
QList<Error> valideerZonderKoppeling(const Huishouden &huishouden, const QDate &vandaag);

// A stored household as the intake form saves it, against its couplings: the intake interview
// not after the first coupling that happened, the lease not signed or started before the active
// coupling, and the uitschrijving by controleerHuisvesting. The errors' `where` are the form's
// field keys ("gesprek.datum", "tekenen", "huur", "uitschrijving").
Status controleerTegenKoppeling(Store &store, const Huishouden &huishouden);

} // namespace koppelregels
} // namespace rd
