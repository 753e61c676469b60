#pragma once

#include "core/domain/HalfJaar.h"
#include "core/rapport/RapportBereik.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace rd {

// The reports of handbook 3.4.4 and the supervision figures of chapter 4.
enum class RapportSoort
{
    PerGemeente,     // vergunninghouders per gemeente, with the coupling history
    Huishoudens,     // verdeling huishoudens: persons per household, per gemeente
    TermijnGemeente, // mean days per completed phase per gemeente
    TermijnLocatie,  // the same per AZC location
    Weigeringen,     // woningweigeringen with their delay, and the overview per gemeente
    Zelfhuisvesters, // zelfhuisvesters that counted
    Toezicht,        // supervision figures per gemeente (quota, lead time, backlog, pipeline)
    Doorlooptijden,  // lead time coupling -> move per household (4.3 step 1.2, method 1)
};

namespace rapport {
QList<RapportSoort> alle();
QString code(RapportSoort s); // "per-gemeente", "huishoudens", ... (the CLI's NAME; stable)
std::optional<RapportSoort> parse(const QString &code);
QString titel(RapportSoort s);        // translated
QString omschrijving(RapportSoort s); // one translated sentence: what it shows
} // namespace rapport

enum class KolomSoort
{
    Tekst,
    Geheel,   // qint64
    Decimaal, // double, written with one decimal; a mean comes from gemiddelde() (Gemiddelde.h)
    Datum,    // QDate
    JaNee,    // bool
    Bedrag,   // qint64 euro cents, written in euro with two decimals
};

namespace rapport {
bool isGetal(KolomSoort soort); // Geheel and Decimaal: right-aligned
// A cell as people read it, in the current locale: integers with group separators, decimals
// with one decimal, a real minus sign (U+2212) for negatives, short dates, Yes/No; a null cell
// is empty. The window's tables and the PDF show the same text.
QString celTekst(const QVariant &waarde, KolomSoort soort);
// The one date format of a report, in its table, parameters, notes and footer: the short format
// of the current locale ("03-12-2026" in Dutch).
QString datum(const QDate &datum);
} // namespace rapport

struct RapportKolom
{
    QString sleutel; // the CSV column name: stable, lower case, documented in docs/reports.md
    QString kop;     // the translated heading in the window and the PDF
    KolomSoort soort = KolomSoort::Tekst;
};

// One table of a report. Cells are QVariant of the column's type; a null QVariant is an empty
// cell (e.g. a mean over no cases).
struct RapportTabel
{
    QString sleutel; // "gemeenten", "weigeringen", "maanden", ...: names the table in the CSV
    QString titel;   // translated
    QList<RapportKolom> kolommen;
    QList<QVariantList> rijen;
    QVariantList totaal; // the totals row over all rows (the scope's total); empty when none
};

// What the window charts: one table's label column against some value columns, with an
// optional norm line (e.g. 14 days for phase 1, 84 days for the 12-week supervision norm).
struct RapportGrafiek
{
    int tabel = 0;
    int labelKolom = 0;
    QList<int> waardeKolommen;
    std::optional<double> norm;
    QString normNaam;
};

// Where a report came from when this store did not compute it: the figures of a province as a
// regievoerder's device published them to the team server (issue 16, core/rapport/RapportJson).
struct RapportPublicatie
{
    QString door;      // the regievoerder's login
    QString tijd;      // when the server took it (UTC, ISO 8601)
    qint64 totSeq = 0; // the server's change log it holds up to
};

struct Rapport
{
    RapportSoort soort = RapportSoort::PerGemeente;
    QString titel;
    HalfJaar periode;
    RapportBereik bereik;
    QString bereikNaam; // RapportBereik::omschrijving, set by RapportService
    QDate gemaaktOp;
    QList<RapportTabel> tabellen; // the first is the main table
    std::optional<RapportGrafiek> grafiek;
    QStringList toelichting; // translated notes printed under the parameters (method, norms)
    // The change log's head when the report was made (issue 14), printed on the PDF and written
    // at the end of the CSV so a copy can be matched to the log; seq -1: not read.
    qint64 journaalSeq = -1;
    QByteArray journaalHash;
    std::optional<RapportPublicatie> publicatie; // set: received from the team server

    // "Period: 2025-H1 (…)", "Scope: provincie Utrecht", "Made on: …", "Change log: journaal
    // 12 · 3f2a…" (when read), "Published by …" (when received), translated.
    QStringList parameters() const;
};

} // namespace rd
