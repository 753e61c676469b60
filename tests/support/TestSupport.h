#pragma once

#include "core/domain/Huishouden.h"
#include "core/store/Store.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace rd::test {

// A fresh folder per test; removed afterwards.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// A new store in the folder, migrated, with the shipped reference data (342 gemeenten,
// CBS population, AZC locations) when `standaard` is true. Fails the test on error.
std::unique_ptr<Store> openStore(const QString &path, bool standaard = true);

// A plausible household: `personen` persons, the first the reference person, V-nummers
// counting up from `vNummer` (10 digits), permit on `vergunning`, at AZC `azcId`.
Huishouden voorbeeldHuishouden(qint64 vNummer, int personen, const QDate &vergunning, qint64 azcId);
// Stores it through HuishoudenRepository; fails the test and returns 0 on error.
qint64 voegToe(Store &store, const Huishouden &huishouden,
               const QDate &vandaag = QDate(2026, 11, 29));
// The id of an AZC location in the given gemeente (added when missing).
qint64 azcIn(Store &store, const QString &gemeenteCode);

// Every table a change touches, row by row, all columns but the moment a row was written
// (vastgelegd_op: the clock, not the change): two stores with the same dump hold the same state.
QString canoniekeDump(Store &store);

QByteArray fileBytes(const QString &path);
// The text of a PDF through `pdftotext` (poppler-utils), with `arguments` before the file
// (e.g. {"-layout"} or {"-bbox-layout"}); empty and a test failure when it cannot run.
QString pdfText(const QString &path, const QStringList &arguments = {});
void writeFile(const QString &path, const QByteArray &bytes);

// A store as schema `versie` left it, made through a plain connection so Store does not migrate
// it first: the migrations up to `versie`, its user_version and application id, then `extra`
// (its data). A statement that fails fails the test, naming it.
void maakStoreVersie(const QString &path, int versie, const QStringList &extra);

} // namespace rd::test
