#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// A list as the window shows it (the queue, the deadlines, the alerts), to print or export:
// the cells are the texts people see, in the current locale, in the order of the view.
struct LijstKolom
{
    QString kop;         // the heading as the view shows it
    bool rechts = false; // right-aligned (numbers, dates)
};

struct LijstRij
{
    QStringList cellen;
    // A heading row over the rows below it (a gemeente in the grouped deadlines): bold in print,
    // left out of the CSV, which holds one record per line.
    bool groep = false;
};

struct Lijst
{
    QString sleutel;    // "wachtrij", "termijnen", "signalen": the start of the file name
    QString titel;      // translated: "Queue — Regio 5 (Gelderland, …)"
    QStringList regels; // translated lines under the title: the filters, the count
    QDate gemaaktOp;    // printed on the title page and in every footer
    // The change log's head when it was exported (issue 14): in every footer and as the CSV's
    // last line, so a copy can be matched to the log; seq -1: not known.
    qint64 journaalSeq = -1;
    QByteArray journaalHash;
    QList<LijstKolom> kolommen;
    QList<LijstRij> rijen;

    QStringList koppen() const;
    // The rows without the group rows: what the CSV holds.
    QList<QStringList> gegevens() const;
};

} // namespace rd
