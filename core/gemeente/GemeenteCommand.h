#pragma once

#include "core/gemeente/GemeenteContact.h"
#include "core/werkbestand/Wijziging.h"

#include <QJsonObject>
#include <QStringList>

namespace rd {

// A gemeente's profile as one undoable step (GemeenteService::werkBij): the housing profile,
// the contact, the contact note and the notes; undo puts back what was stored before. Change-
// log type "gemeente" (Wijziging), filed under no household.
class GemeenteProfielCommand : public Wijziging
{
public:
    // What the step sets, as its entry keeps it (and, under "vorige", what it replaced).
    struct Profiel
    {
        QStringList woningprofiel;
        QString contactpersoon;
        QString notities;
        GemeenteContact contact;

        QJsonObject alsJson() const;
        static Profiel uitJson(const QJsonObject &json);
    };

    GemeenteProfielCommand(Store &store, const QString &code, const QStringList &woningprofiel,
                           const QString &contactpersoon, const QString &notities,
                           const GemeenteContact &contact);

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    Result<JournaalInvoer> zet(const Profiel &profiel);

    QString m_code;
    Profiel m_nieuw;
    Profiel m_vorige;
};

// Joining (lid) or leaving a partnership as one undoable step (GemeenteService::voegLidToe,
// verwijderLid); undo does the opposite. It changes how the quota is counted. Change-log type
// "partnerschap-lid".
class PartnerschapLidCommand : public Wijziging
{
public:
    PartnerschapLidCommand(Store &store, qint64 partnerschapId, const QString &code, bool lid);

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    Result<JournaalInvoer> zet(bool lid);

    qint64 m_partnerschapId;
    QString m_code;
    bool m_lid;
};

} // namespace rd
