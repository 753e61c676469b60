#pragma once

#include "core/werkbestand/Wijziging.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace rd {

// A CSV import as one change with its change-log entry. The entry holds the file's name, its
// SHA-256 and its bytes (zlib-compressed, base64: inhoud()), which is what replay imports again
// (the same bytes give the same rows), and the number of rows it brought. All or nothing, as the
// import itself; undo refuses (an import is taken back by restoring the backup or a new store).
class ImportCommand : public Wijziging
{
public:
    // The households of a file of docs/huishoudens-csv.md (type "import-huishoudens").
    static ImportCommand *huishoudens(Store &store, QByteArray inhoud, const QString &bron,
                                      const QDate &vandaag = QDate::currentDate());
    // The CBS population of 1 January of `jaar` (type "import-inwoners").
    static ImportCommand *inwoners(Store &store, QByteArray inhoud, const QString &bron, int jaar);

    // Households of the file that the store holds already are brought to the file's version
    // instead of refusing the file (BestaandHuishouden::Overnemen); kept in the entry, so a
    // replay does the same. For the server's version of a team member's import (core/sync).
    void setOvernemen(bool overnemen) { m_overnemen = overnemen; }
    // Rows brought in once done: households or gemeenten.
    int aantal() const { return m_aantal; }
    // The file's bytes from an entry's data (for replay); empty when they are not there.
    static QByteArray inhoud(const QJsonObject &data);

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    ImportCommand(Store &store, const QString &soort, QByteArray inhoud, const QString &bron);

    QByteArray m_inhoud;
    QString m_bron;
    bool m_huishoudens = false; // else the population
    bool m_overnemen = false;
    QDate m_vandaag;
    int m_jaar = 0;
    int m_aantal = 0;
};

} // namespace rd
