#include "core/regel/KoppelRegels.h"

#include "core/common/IsoDatum.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"
#include "core/validatie/HuishoudenValidatie.h"

#include <QCoreApplication>

namespace rd::koppelregels {

namespace {

// A coupling `kh` of household `h` that happened and was in force at its uitschrijving.
const char *inForceSql = "kh.huishouden = h.id AND kh.datum <= h.uitschrijving_datum "
                         "AND (kh.ontkoppeld_op IS NULL OR kh.ontkoppeld_op >= "
                         "h.uitschrijving_datum)";

// ... whose gemeente, or a member of whose partnership, housed the household.
const char *inGemeenteSql = "(kh.gemeente = h.huisvest_gemeente OR EXISTS (SELECT 1 FROM "
                            "partnerschap_lid pl WHERE pl.partnerschap = kh.partnerschap "
                            "AND pl.gemeente = h.huisvest_gemeente))";

Error fout(const QString &waar, const QString &tekst)
{
    return Error{waar, tekst};
}

} // namespace

// The coupling rows of `bron` (the table or one of its views, with its alias `k`), with their
// household `h`.
QString koppelingSelect(const char *bron)
{
    return QStringLiteral("SELECT k.id, k.huishouden, k.gemeente, k.partnerschap, k.datum, "
                          "k.reden, k.door, k.vastgelegd_op, k.ontkoppeld_op, k.ontkoppel_reden, "
                          "k.ontkoppeld_door, k.overrule_reden, k.overruled, k.ongedaan, "
                          "k.tekenen_datum, k.huur_datum, %1 FROM %2 JOIN huishouden h "
                          "ON h.id = k.huishouden ")
        .arg(huisvestendeGemeenteSql(), QLatin1String(bron));
}

Koppeling koppelingVan(const QSqlQuery &q)
{
    Koppeling k;
    k.id = q.value(0).toLongLong();
    k.huishoudenId = q.value(1).toLongLong();
    k.gemeenteCode = q.value(2).toString();
    k.partnerschapId = q.value(3).toLongLong();
    k.datum = sql::toDate(q.value(4));
    k.reden = q.value(5).toString();
    k.door = q.value(6).toString();
    k.vastgelegdOp = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    k.ontkoppeldOp = sql::toDate(q.value(8));
    k.ontkoppelReden = q.value(9).toString();
    k.ontkoppeldDoor = q.value(10).toString();
    k.overruleReden = q.value(11).toString();
    const QString overruled = q.value(12).toString();
    k.overruled = overruled.isEmpty() ? QStringList() : overruled.split(QLatin1Char('|'));
    k.ongedaan = q.value(13).toInt() != 0;
    k.tekenenDatum = sql::toDate(q.value(14));
    k.huurDatum = sql::toDate(q.value(15));
    k.huisvestGemeente = q.value(16).toString();
    return k;
}

Result<std::optional<Koppeling>> actieveKoppeling(Store &store, qint64 huishoudenId)
{
    // By the partial index of the one active coupling: the planner, whose statistics say one
    // coupling per household either way, took the index of all of a household's couplings and
    // read each row to skip the ended ones (a household coupled again and again: a pull of
    // 10,000 entries spent a fifth of its time here).
    static const QString select =
        koppelingSelect("koppeling AS k INDEXED BY koppeling_een_actief") +
        QStringLiteral("WHERE k.ontkoppeld_op IS NULL AND k.huishouden = ?");
    return sql::eerste(store.database(), select, {huishoudenId}, koppelingVan);
}

bool teltZonderKoppeling(Categorie categorie)
{
    return categorie != Categorie::Regulier;
}

QString koppelingBijHuisvestingSql()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM koppeling_geldig kh WHERE %1)")
        .arg(QLatin1String(inForceSql));
}

QString gehuisvestViaKoppelingSql()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM koppeling_geldig kh WHERE %1 AND %2)")
        .arg(QLatin1String(inForceSql), QLatin1String(inGemeenteSql));
}

QString koppelingVanRealisatieSql()
{
    return QStringLiteral("(SELECT kh.id FROM koppeling_geldig kh WHERE %1 AND %2 "
                          "ORDER BY kh.datum DESC, kh.id DESC LIMIT 1)")
        .arg(QLatin1String(inForceSql), QLatin1String(inGemeenteSql));
}

QString uitzonderingSql()
{
    return QStringLiteral("h.categorie <> 'regulier'");
}

QString teltMeeSql()
{
    return QStringLiteral("(h.eerste_huisvesting = 1 AND (%1 OR %2))")
        .arg(uitzonderingSql(), gehuisvestViaKoppelingSql());
}

QString huisvestendeGemeenteSql()
{
    return QStringLiteral(
        "coalesce((SELECT h.huisvest_gemeente WHERE k.ontkoppeld_op IS NULL AND EXISTS (SELECT 1 "
        "FROM partnerschap_lid pl WHERE pl.partnerschap = k.partnerschap AND pl.gemeente = "
        "h.huisvest_gemeente)), (SELECT ga.gemeente FROM gebeurtenis ga JOIN partnerschap_lid pl "
        "ON pl.partnerschap = k.partnerschap AND pl.gemeente = ga.gemeente WHERE ga.huishouden = "
        "k.huishouden AND ga.soort = 'woningaanbod' AND ga.datum >= k.datum AND (k.ontkoppeld_op "
        "IS NULL OR ga.datum <= k.ontkoppeld_op) ORDER BY ga.datum DESC, ga.id DESC LIMIT 1), "
        "k.gemeente)");
}

Result<bool> hoortBijKoppeling(Store &store, const Koppeling &koppeling,
                               const QString &gemeenteCode)
{
    if (gemeenteCode == koppeling.gemeenteCode)
        return true;
    if (koppeling.partnerschapId <= 0)
        return false;
    auto lid = sql::scalar(store.database(),
                           QStringLiteral("SELECT count(*) FROM partnerschap_lid "
                                          "WHERE partnerschap = ? AND gemeente = ?"),
                           {koppeling.partnerschapId, gemeenteCode});
    if (!lid)
        return lid.error();
    return lid->toInt() > 0;
}

Status controleerHuisvesting(Store &store, Categorie categorie, bool eersteHuisvesting,
                             const std::optional<Koppeling> &koppeling,
                             const QString &huisvestGemeente, const QString &waar)
{
    if (!koppeling) {
        if (teltZonderKoppeling(categorie) || !eersteHuisvesting)
            return {};
        return fout(waar, QCoreApplication::translate(
                              "KoppelRegels",
                              "a household is housed for the quota only through a coupling: "
                              "couple it first (only resettled refugees, B-9 permit holders and "
                              "amv's count without one)"));
    }
    auto hoort = hoortBijKoppeling(store, *koppeling, huisvestGemeente);
    if (!hoort)
        return hoort.error();
    if (!*hoort)
        return fout(waar, QCoreApplication::translate(
                              "KoppelRegels", "the household is coupled to %1 and may be housed "
                                              "only there (or in a member of the coupled "
                                              "partnership), not in %2")
                              .arg(koppeling->gemeenteCode, huisvestGemeente));
    return {};
}

QList<Error> valideerZonderKoppeling(const Huishouden &huishouden, const QDate &vandaag)
{
    QList<Error> fouten = valideer(huishouden, vandaag);
    if (huishouden.uitschrijving.isValid() && huishouden.eersteHuisvesting &&
        !teltZonderKoppeling(huishouden.categorie))
        fouten.append(fout(
            QStringLiteral("uitschrijving"),
            QCoreApplication::translate(
                "KoppelRegels",
                "a regular household registered out for its first housing counts only through a "
                "coupling, and households come in without one: import it without the "
                "uitschrijving and register it out after coupling it")));
    return fouten;
}

Status controleerTegenKoppeling(Store &store, const Huishouden &h)
{
    auto actief = actieveKoppeling(store, h.id);
    if (!actief)
        return actief.error();
    auto eerste = sql::scalar(
        store.database(),
        QStringLiteral("SELECT min(datum) FROM koppeling_geldig WHERE huishouden = ?"), {h.id});
    if (!eerste)
        return eerste.error();
    const QDate eersteKoppeling = sql::toDate(*eerste);
    if (h.gesprek && eersteKoppeling.isValid() && h.gesprek->datum > eersteKoppeling)
        return fout(QStringLiteral("gesprek.datum"),
                    QCoreApplication::translate("KoppelRegels",
                                                "the intake interview (%1) may not lie after the "
                                                "coupling of %2, which is based on it")
                        .arg(isoDatum(h.gesprek->datum), isoDatum(eersteKoppeling)));
    if (actief->has_value()) {
        const QDate koppelDatum = (*actief)->datum;
        for (const auto &[veld, datum] : {std::pair(QStringLiteral("tekenen"), h.tekenen),
                                          std::pair(QStringLiteral("huur"), h.huur)}) {
            if (datum.isValid() && datum < koppelDatum)
                return fout(veld, QCoreApplication::translate("KoppelRegels",
                                                              "%1 lies before the coupling of %2")
                                      .arg(isoDatum(datum), isoDatum(koppelDatum)));
        }
    }
    if (!h.uitschrijving.isValid())
        return {};
    return controleerHuisvesting(store, h.categorie, h.eersteHuisvesting, *actief,
                                 h.huisvestGemeente, QStringLiteral("uitschrijving"));
}

} // namespace rd::koppelregels
