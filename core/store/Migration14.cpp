#include "core/store/Migrations.h"

namespace rd::migration {

// Version 14: the quota's realisation read in the order it is summed (issue 13: the window's
// figures within 0.5 s). The realisation is a sum per half-year and gemeente over
// realisatie_telling (schema 7). Grouped by an expression no index held, SQLite sorted every
// household ever registered out on each computation: 212 ms of a quota's 240 on the national
// store. An index on the half-year expression itself (the one core/taakstelling uses, written
// the same way: SQLite matches an index's expression by its form) hands the rows over already
// grouped; the query's range is on the same expression. The date itself is in the index too:
// SQLite reads an expression's columns from the index, not its value, to cover the query. It
// replaces the index on the date, which only that query read.
QStringList version14()
{
    return {
        QStringLiteral("DROP INDEX realisatie_telling_datum"),
        QStringLiteral("CREATE INDEX realisatie_telling_halfjaar ON realisatie_telling("
                       "substr(uitschrijving_datum, 1, 4) || CASE WHEN "
                       "substr(uitschrijving_datum, 6, 2) <= '06' THEN '-H1' ELSE '-H2' END, "
                       "gemeente, uitschrijving_datum, personen, uitzondering)"),
    };
}

} // namespace rd::migration
