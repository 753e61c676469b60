#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <array>

namespace rd {

class Store;

// What the alerts panel shows (issue 4): the deadlines a regievoerder must act on.
enum class SignaalSoort
{
    FaseTeLaat,              // the current phase is past its norm
    FaseBijnaVerlopen,       // the current phase is due within N days
    OordeelWeigering,        // a refusal's COA judgement is due (14 days) or overdue
    NieuweKandidaat,         // a justified refusal: a new candidate is due (2 weeks) or overdue
    HerenigingBlokEindigt,   // a reunification block ends within N days (or has ended, undecided)
    BrpInschrijving,         // BRP registration due within 5 working days of the permit (3.4.3)
    Vergunninghoudergesprek, // due at most 14 days after the huisvestinggesprek (3.2)
};

namespace signaal {
QString code(SignaalSoort s); // "fase-te-laat", "fase-bijna", "oordeel-weigering", ...
QString naam(SignaalSoort s); // translated
} // namespace signaal

struct Signaal
{
    SignaalSoort soort = SignaalSoort::FaseTeLaat;
    qint64 huishoudenId = 0;
    qint64 weigeringId = 0; // for the refusal alerts
    QString vNummer;        // the reference person's
    QString naam;
    QString gemeenteCode; // the coupled gemeente, if any
    QString gemeenteNaam;
    QDate vervaldatum;
    int dagen = 0; // days left; negative: overdue
    QString tekst; // for a person, translated
};

// Alerts for a region (0: all), most urgent first (by due date, then V-nummer).
class SignaalService
{
public:
    explicit SignaalService(Store &store) : m_store(store) {}

    Result<QList<Signaal>> signalen(int regio, int binnenDagen,
                                    const QDate &vandaag = QDate::currentDate()) const;

private:
    // The two deadlines of the first weeks that have no phase of their own: BRP registration and
    // the vergunninghoudergesprek (SignaalGesprekken.cpp). They are read in the same pass over
    // the open households as the phases: the SQL keeps a household for them by
    // gesprekkenVoorselectieSql (with gesprekkenWaarden), voegGesprekkenToe decides.
    struct GesprekDatums
    {
        QDate vergunning;
        QDate brp;
        QDate gesprek; // the huisvestinggesprek
        bool vhgGehouden = false;
    };
    static QString gesprekkenVoorselectieSql();
    static std::array<QVariant, 2> gesprekkenWaarden(const QDate &grens);
    static void voegGesprekkenToe(const Signaal &basis, const GesprekDatums &datums, int n,
                                  const QDate &vandaag, QList<Signaal> &lijst);

    Store &m_store;
};

} // namespace rd
