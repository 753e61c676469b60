#include "core/store/Migrations.h"

namespace rd::migration {

// Version 6 (issue 13, find anyone, know who is open):
// - persoon_zoek: a full-text index of every person's names, so one search finds any household
//   (waiting, coupled, housed or stopped) by a member's name in a few milliseconds at national
//   scale. Case and accents do not matter (unicode61 with remove_diacritics, the same folding
//   as common/ZoekSleutel); words are found by their beginning ("tew" finds "Tewelde"), and the
//   one- and two-letter beginnings have an index of their own so the first keystrokes are fast.
//   The index reads its text from `persoon` (external content) and the triggers keep it in step
//   with every insert, update and delete, whoever writes (the program, an import, the sqlite3
//   CLI). V-nummer and BSN are found through their own unique indexes.
// - huishouden_notitie: the household's free-text note, one row per change (who, when, the
//   text); the latest row is the note in force, the rows before it its history. Plain text, no
//   medical data (see Migrations.cpp, version 1: the COA has no access to the medical file).
//   The notes are not part of the households CSV.
QStringList version6()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE persoon_zoek USING fts5(voornamen, achternaam, "
                       "content='persoon', content_rowid='id', "
                       "tokenize='unicode61 remove_diacritics 2', prefix='1 2')"),
        QStringLiteral("INSERT INTO persoon_zoek(persoon_zoek) VALUES('rebuild')"),
        QStringLiteral(R"(CREATE TRIGGER persoon_zoek_in AFTER INSERT ON persoon BEGIN
            INSERT INTO persoon_zoek(rowid, voornamen, achternaam)
                VALUES (new.id, new.voornamen, new.achternaam);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER persoon_zoek_uit AFTER DELETE ON persoon BEGIN
            INSERT INTO persoon_zoek(persoon_zoek, rowid, voornamen, achternaam)
                VALUES ('delete', old.id, old.voornamen, old.achternaam);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER persoon_zoek_bij AFTER UPDATE OF voornamen, achternaam
            ON persoon BEGIN
            INSERT INTO persoon_zoek(persoon_zoek, rowid, voornamen, achternaam)
                VALUES ('delete', old.id, old.voornamen, old.achternaam);
            INSERT INTO persoon_zoek(rowid, voornamen, achternaam)
                VALUES (new.id, new.voornamen, new.achternaam);
        END)"),
        QStringLiteral(R"(CREATE TABLE huishouden_notitie(
            id            INTEGER PRIMARY KEY,
            huishouden    INTEGER NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
            tekst         TEXT NOT NULL CHECK (length(tekst) <= 2000),
            door          TEXT NOT NULL,
            vastgelegd_op TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX huishouden_notitie_huishouden ON huishouden_notitie("
                       "huishouden, id)"),
    };
}

} // namespace rd::migration
