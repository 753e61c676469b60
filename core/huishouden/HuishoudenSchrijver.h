#pragma once

#include "core/common/Result.h"
#include "core/domain/Huishouden.h"
#include "core/store/SqliteStatement.h"

#include <QList>
#include <QSqlDatabase>

namespace rd {

// Writes households, persons, intake interviews and criteria with statements prepared once
// and reused for every row; no reads. The caller validates and owns the transaction.
// Constraint failures come back as errors naming the field (e.g. "personen.1.vNummer").
class HuishoudenSchrijver
{
public:
    Status prepare(const QSqlDatabase &db);

    // A new household with everything in it; returns its id.
    Result<qint64> voegToe(const Huishouden &huishouden);
    // For household `id`: the persons at `indexen`, the intake interview and its criteria.
    Status voegDetailsToe(qint64 id, const Huishouden &huishouden, const QList<qsizetype> &indexen);

    // Updates stored person `id` (same V-number) in place; `index` names the field on failure.
    Status werkPersoonBij(qint64 id, const Persoon &persoon, qsizetype index);

private:
    Status voegPersoonToe(qint64 huishouden, const Persoon &persoon, qsizetype index);
    // Binds the person's own columns (from 2 on: referent ... nareiziger) and runs `statement`.
    Status schrijfPersoon(SqliteStatement &statement, const Persoon &persoon, qsizetype index);

    SqliteStatement m_huishouden;
    SqliteStatement m_persoon;
    SqliteStatement m_persoonBij;
    SqliteStatement m_gesprek;
    SqliteStatement m_criterium;
};

} // namespace rd
