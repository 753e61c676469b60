#pragma once

#include "core/common/Result.h"
#include "core/domain/HalfJaar.h"
#include "core/instellingen/Instellingen.h"
#include "core/rapport/Rapport.h"
#include "core/rapport/RapportBereik.h"

#include <QDate>
#include <QStringList>

namespace rd {

class Store;

struct RapportOpties
{
    Tolerantie tolerantie;                  // toezicht: the tolerated backlog
    QDate peildatum = QDate::currentDate(); // the pipeline's reference date; "made on"
    int venster = 3;                        // toezicht: moving average window in months
};

// Makes any report for a half-year and a scope. Core computes every figure; the window and
// the command line only present them.
class RapportService
{
public:
    explicit RapportService(Store &store) : m_store(store) {}

    Result<Rapport> maak(RapportSoort soort, const HalfJaar &periode, const RapportBereik &bereik,
                         const RapportOpties &opties = {}) const;

    // The SQL statements the report runs, each with its values written in
    // (sql::metWaarden), so tests/bench can time the sqlite3 CLI on the same SQL.
    Result<QStringList> sql(RapportSoort soort, const HalfJaar &periode,
                            const RapportBereik &bereik, const RapportOpties &opties = {}) const;

private:
    Store &m_store;
};

} // namespace rd
