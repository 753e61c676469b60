#pragma once

#include "core/brief/BriefGegevens.h"
#include "core/common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Store;

// A letter that was handed out (table `brief`), recorded in the case timeline as the
// vergunninghoudergesprek event (handbook 3.2) with the language, template version and who.
struct UitgegevenBrief
{
    qint64 id = 0;
    qint64 huishoudenId = 0;
    qint64 koppelingId = 0;
    qint64 gebeurtenisId = 0; // the timeline event; 0 once that event was removed
    QDate datum;
    QString taal;
    QString versie;
    QString door;
    QDateTime vastgelegdOp;
};

// Gathers what a coupling letter needs and records the letters handed out.
class BriefService
{
public:
    explicit BriefService(Store &store) : m_store(store) {}

    // The letter's data for one household on `datum`, or an error that names what is missing
    // (`where` the field: "koppeling" without an active coupling, "referent", "azc",
    // "personen.N.geboortedatum" / ".vNummer" / ".naam", "afzender.regievoerder",
    // "afzender.telefoon"), so no letter is made from incomplete data. Also refused: a
    // household that has already moved, whose mediation the COA stopped ("bemiddeling",
    // handbook 3.4.2), a date before the coupling or in the future. A gemeente
    // without contact details is no refusal: the letter leaves its contact out (the gemeente
    // contacts the household through the AZC location, handbook 3.2). What the regievoerder
    // should know but need not stop for is in BriefGegevens::waarschuwingen (see below).
    Result<BriefGegevens> gegevens(qint64 huishoudenId, const QDate &datum,
                                   const QDate &vandaag = QDate::currentDate()) const;
    // The warnings for a letter of this household on `datum`, without the rest of the data
    // (for a list of many): one, "vergunninghoudergesprek", when `datum` lies more than 14
    // days after the intake interview (handbook 3.2: the vergunninghoudergesprek, where the
    // letter is handed out, is at most 14 days after the huisvestinggesprek). Never a refusal.
    Result<QList<Error>> waarschuwingen(qint64 huishoudenId, const QDate &datum) const;
    // Households whose ACTIVE coupling was made on `datum`, in a region (0: all; the region of
    // the household's AZC), ordered by the reference person's surname and first names.
    Result<QList<qint64>> gekoppeldOp(const QDate &datum, int regio = 0) const;

    // Records letters handed out, all in one transaction: for each a `brief` row, and the
    // vergunninghoudergesprek event of its date ("Koppelingsbrief <taal>, sjabloon <versie>",
    // by the store's user), checked as TijdlijnService::voegToe checks it. Letters of one
    // household on one day (Dutch and the holder's language) share that day's event: its note
    // lists each. Refused for a household whose mediation stopped. Returns the ids of the
    // `brief` rows.
    Result<QList<qint64>> legVast(const QList<UitgegevenBrief> &brieven,
                                  const QDate &vandaag = QDate::currentDate());
    // The letters of a household, oldest first.
    Result<QList<UitgegevenBrief>> uitgegeven(qint64 huishoudenId) const;

private:
    Store &m_store;
};

} // namespace rd
