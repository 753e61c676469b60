#include "core/store/Migrations.h"

namespace rd::migration {

namespace {

// The rule of handbook 3.2/3.4.1 (koppelregels::teltMeeSql, koppelregels::uitzonderingSql) as
// it stood when this version was written: a household's uitschrijving counts for the quota of
// the gemeente that housed it when it was its first housing and either an exception
// (hervestiging, B-9, amv) or housed through a coupling, in force then, to that gemeente or a
// partnership it is a member of. Kept here verbatim: a migration never changes. A test compares
// realisatie_telling with the rule in koppelregels on a changing store, so the two cannot drift.
const char *teltMee =
    "h.eerste_huisvesting = 1 AND (h.categorie <> 'regulier' OR EXISTS (SELECT 1 FROM koppeling "
    "kh WHERE kh.ongedaan = 0 AND kh.huishouden = h.id AND kh.datum <= h.uitschrijving_datum "
    "AND (kh.ontkoppeld_op IS NULL OR kh.ontkoppeld_op >= h.uitschrijving_datum) AND "
    "(kh.gemeente = h.huisvest_gemeente OR EXISTS (SELECT 1 FROM partnerschap_lid pl WHERE "
    "pl.partnerschap = kh.partnerschap AND pl.gemeente = h.huisvest_gemeente))))";

// The statements that recompute realisatie_telling for the households `h.id <welke>`
// (e.g. "= new.id", "IN (SELECT ...)"). An update recomputes the old household only when the
// row moved to another one: otherwise each update would do the work twice.
QString herbereken(const QString &welke)
{
    return QStringLiteral(
               "DELETE FROM realisatie_telling WHERE huishouden %1;\n"
               "INSERT INTO realisatie_telling(huishouden, uitschrijving_datum, gemeente, "
               "personen, uitzondering) "
               "SELECT h.id, h.uitschrijving_datum, h.huisvest_gemeente, "
               "(SELECT count(*) FROM persoon p WHERE p.huishouden = h.id), "
               "h.categorie <> 'regulier' FROM huishouden h "
               "WHERE h.id %1 AND h.uitschrijving_datum IS NOT NULL AND %2;\n")
        .arg(welke, QLatin1String(teltMee));
}

// A trigger on `tabel` that recomputes the households `welke` names; `wanneer` limits it to
// households registered out (the only ones that can count), so an intake or an import of
// waiting households pays one lookup per row.
QString trigger(const QString &naam, const QString &gebeurtenis, const QStringList &welke,
                const QString &wanneer = {})
{
    QString body;
    for (const QString &w : welke)
        body += herbereken(w);
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 %3 BEGIN\n%4END")
        .arg(naam, gebeurtenis,
             wanneer.isEmpty() ? QString() : QStringLiteral("WHEN %1").arg(wanneer), body);
}

QString uitgeschreven(const char *kolom)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM huishouden WHERE id = %1 AND "
                          "uitschrijving_datum IS NOT NULL)")
        .arg(QLatin1String(kolom));
}

} // namespace

// Version 7 (issue 13, the figures within half a second):
// - realisatie_telling: per household registered out whose uitschrijving counts for the quota,
//   the date, the gemeente that housed it, its number of persons and whether it is an exception.
//   The quota's realisation (persons counted per half-year and gemeente, from the first vg on)
//   is then a sum over one narrow index instead of a count of persons and a search of the
//   couplings for every household ever housed. The table is derived, never written by the
//   program: the triggers below keep it in step, in the same transaction, with every change to
//   the households, persons, couplings and partnership members it depends on, whoever writes.
QStringList version7()
{
    const QString gemeentenVan =
        QStringLiteral("IN (SELECT huishouden FROM koppeling WHERE partnerschap = %1)");
    return {
        QStringLiteral(R"(CREATE TABLE realisatie_telling(
            huishouden         INTEGER PRIMARY KEY,
            uitschrijving_datum TEXT NOT NULL,
            gemeente           TEXT,
            personen           INTEGER NOT NULL,
            uitzondering       INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX realisatie_telling_datum ON realisatie_telling("
                       "uitschrijving_datum, gemeente, personen, uitzondering)"),
        QStringLiteral("INSERT INTO realisatie_telling(huishouden, uitschrijving_datum, gemeente, "
                       "personen, uitzondering) "
                       "SELECT h.id, h.uitschrijving_datum, h.huisvest_gemeente, "
                       "(SELECT count(*) FROM persoon p WHERE p.huishouden = h.id), "
                       "h.categorie <> 'regulier' FROM huishouden h "
                       "WHERE h.uitschrijving_datum IS NOT NULL AND %1")
            .arg(QLatin1String(teltMee)),
        trigger(QStringLiteral("realisatie_huishouden_in"),
                QStringLiteral("INSERT ON huishouden FOR EACH ROW"), {QStringLiteral("= new.id")},
                QStringLiteral("new.uitschrijving_datum IS NOT NULL")),
        trigger(QStringLiteral("realisatie_huishouden_bij"),
                QStringLiteral("UPDATE OF id, uitschrijving_datum, huisvest_gemeente, "
                               "eerste_huisvesting, categorie ON huishouden FOR EACH ROW"),
                {QStringLiteral("= old.id AND old.id IS NOT new.id"), QStringLiteral("= new.id")}),
        QStringLiteral("CREATE TRIGGER realisatie_huishouden_uit AFTER DELETE ON huishouden "
                       "FOR EACH ROW BEGIN DELETE FROM realisatie_telling WHERE huishouden = "
                       "old.id; END"),
        // A person in or out changes the number, never whether the household counts.
        QStringLiteral("CREATE TRIGGER realisatie_persoon_in AFTER INSERT ON persoon FOR EACH ROW "
                       "BEGIN UPDATE realisatie_telling SET personen = personen + 1 "
                       "WHERE huishouden = new.huishouden; END"),
        QStringLiteral("CREATE TRIGGER realisatie_persoon_uit AFTER DELETE ON persoon FOR EACH ROW "
                       "BEGIN UPDATE realisatie_telling SET personen = personen - 1 "
                       "WHERE huishouden = old.huishouden; END"),
        QStringLiteral(
            "CREATE TRIGGER realisatie_persoon_bij AFTER UPDATE OF huishouden ON persoon "
            "FOR EACH ROW WHEN old.huishouden IS NOT new.huishouden "
            "BEGIN UPDATE realisatie_telling SET personen = personen - 1 "
            "WHERE huishouden = old.huishouden; "
            "UPDATE realisatie_telling SET personen = personen + 1 "
            "WHERE huishouden = new.huishouden; END"),
        trigger(QStringLiteral("realisatie_koppeling_in"),
                QStringLiteral("INSERT ON koppeling FOR EACH ROW"),
                {QStringLiteral("= new.huishouden")}, uitgeschreven("new.huishouden")),
        trigger(QStringLiteral("realisatie_koppeling_uit"),
                QStringLiteral("DELETE ON koppeling FOR EACH ROW"),
                {QStringLiteral("= old.huishouden")}, uitgeschreven("old.huishouden")),
        trigger(QStringLiteral("realisatie_koppeling_bij"),
                QStringLiteral("UPDATE OF huishouden, gemeente, partnerschap, datum, "
                               "ontkoppeld_op, ongedaan ON koppeling FOR EACH ROW"),
                {QStringLiteral("= old.huishouden AND old.huishouden IS NOT new.huishouden"),
                 QStringLiteral("= new.huishouden")}),
        trigger(QStringLiteral("realisatie_lid_in"),
                QStringLiteral("INSERT ON partnerschap_lid FOR EACH ROW"),
                {gemeentenVan.arg(QStringLiteral("new.partnerschap"))}),
        trigger(QStringLiteral("realisatie_lid_uit"),
                QStringLiteral("DELETE ON partnerschap_lid FOR EACH ROW"),
                {gemeentenVan.arg(QStringLiteral("old.partnerschap"))}),
        trigger(QStringLiteral("realisatie_lid_bij"),
                QStringLiteral("UPDATE ON partnerschap_lid FOR EACH ROW"),
                {gemeentenVan.arg(QStringLiteral("old.partnerschap")),
                 gemeentenVan.arg(QStringLiteral("new.partnerschap"))}),
    };
}

} // namespace rd::migration
