#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rd {

class Store;

// One or many coupling letters to PDF, recorded as handed out.
struct BriefOpdracht
{
    enum class Uitvoer
    {
        EenBestand,   // `doel` is a .pdf file holding every letter
        PerHuishouden // `doel` is a folder; koppelingsbrief-<V-nummer>-<taal>.pdf per household
    };

    QList<qint64> huishoudens;
    QString taal = QStringLiteral("nl");
    QDate datum; // the letters' date (the day they are handed out)
    Uitvoer uitvoer = Uitvoer::EenBestand;
    QString doel;
    bool afschrift = true; // add the copy for the AZC location after each letter
};

struct BriefUitkomst
{
    int brieven = 0;         // letters written and recorded
    QStringList bestanden;   // the files written
    QList<Error> geweigerd;  // households without a letter: `where` the referent's V-nummer
    bool afgebroken = false; // cancelled: nothing written, nothing recorded
};

// Writes the letters and records them (BriefService::legVast) all or nothing: files are
// written under temporary names and put in place only when every letter is done and recorded;
// a cancel (voortgang returns false) or a failure leaves no file and records nothing.
// Households whose data are incomplete get no letter and are listed in `geweigerd`; the others
// are written. Per letter <= 50 ms; 1,000 in one batch <= 30 s (tests/bench/letter_bench.cpp).
class BriefReeks
{
public:
    explicit BriefReeks(Store &store) : m_store(store) {}

    // voortgang(gedaan, totaal) after each household; return false to cancel.
    Result<BriefUitkomst> maak(const BriefOpdracht &opdracht,
                               const std::function<bool(int, int)> &voortgang = {},
                               const QDate &vandaag = QDate::currentDate());

private:
    Store &m_store;
};

} // namespace rd
