#pragma once

#include "core/common/Result.h"

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
        EenBestand,    // `doel` is a .pdf file holding every letter
        PerHuishouden, // `doel` is a folder (made 0700 when missing);
                       // koppelingsbrief-<V-nummer>-<taal>.pdf per household
        InGeheugen     // no file: the PDF in BriefUitkomst::pdf (the CLI's `letter --out -`)
    };

    QList<qint64> huishoudens;
    QString taal = QStringLiteral("nl"); // every letter in this language (unless eigenTaal)
    // Each household in Dutch and, next to it, in its own language, the one recorded at intake
    // (brieftaal::vanHuishouden); Dutch only when no template has that language (listed in
    // BriefUitkomst::alleenNederlands). `taal` is then not used.
    bool eigenTaal = false;
    QDate datum; // the letters' date (the day they are handed out)
    Uitvoer uitvoer = Uitvoer::EenBestand;
    QString doel;
    bool afschrift = true; // add the copy for the AZC location after each letter
    // Replace existing files (the command line's --force; the window's file dialog asked).
    // Without it an existing target refuses the whole batch, naming the files, before anything
    // is written.
    bool force = false;
};

struct BriefUitkomst
{
    int brieven = 0;        // letters written and recorded
    QStringList bestanden;  // the files written
    QByteArray pdf;         // Uitvoer::InGeheugen: the letters' PDF
    QList<Error> geweigerd; // households without a letter: `where` the referent's V-nummer
    // Letters made all the same with a warning (BriefGegevens::waarschuwingen, e.g. more than
    // 14 days after the intake interview): `where` the referent's V-nummer.
    QList<Error> gewaarschuwd;
    // eigenTaal: households that got only the Dutch letter because no template has their
    // language: `where` the referent's V-nummer, `message` the language as recorded (may be empty).
    QList<Error> alleenNederlands;
    bool afgebroken = false; // cancelled: nothing written, nothing recorded
};

// Writes the letters and records them (BriefService::legVast) all or nothing: a cancel
// (voortgang returns false) or a failure before the letters are recorded leaves no file and
// records nothing. Households whose data are incomplete get no letter and are listed in
// `geweigerd`; the others are written. Per letter <= 50 ms; 1,000 in one batch <= 30 s
// (tests/bench/letter_bench.cpp).
//
// Crash-safe: record first, move last. The PDFs are written into a hidden, locked folder
// `.regiedesk-brieven-<token>` beside the targets, with a manifest naming the store; ONE
// transaction then records the letters together with the batch's pending moves (a setting
// `brieven.bezig.<token>`); only after that commit are the files renamed into place, and then the
// record and the folder removed (BriefBatch has the steps). Whether that commit happened decides
// what the next run does with what a kill left: herstel() (at the start of every maak(), and
// from the `letter`/`letters` commands and the window's letter dialogs) moves the files of a
// recorded batch into place and deletes a folder of this store whose batch was never recorded.
// So after any kill, once herstel() has run, every recorded letter has its file and no letter
// file lies in place without its record.
class BriefReeks
{
public:
    explicit BriefReeks(Store &store) : m_store(store) {}

    // voortgang(gedaan, totaal) after each household; return false to cancel.
    Result<BriefUitkomst> maak(const BriefOpdracht &opdracht,
                               const std::function<bool(int, int)> &voortgang = {},
                               const QDate &vandaag = QDate::currentDate());
    // Finishes what an interrupted batch left: the recorded batches of this store (cheap when
    // there are none: one query) and, when `map` is given, the unrecorded batch folders there.
    Status herstel(const QString &map = {});

private:
    Store &m_store;
};

} // namespace rd
