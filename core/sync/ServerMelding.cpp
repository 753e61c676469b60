#include "core/sync/ServerMelding.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd::sync {

namespace {

// Every message of the versioned SQL files (001-basis.sql, ...) as the server writes it, its values
// as %1, %2, ...: the exceptions (after "regiedesk: "), regiedesk.mag_schrijven's refusals and
// push's conflict reasons. The English text is both what is recognised and what is translated.
constexpr const char *meldingen[] = {
    QT_TRANSLATE_NOOP("ServerMelding", "%1 has no Regiedesk account on this server"),
    QT_TRANSLATE_NOOP("ServerMelding", "device %1 belongs to another account"),
    QT_TRANSLATE_NOOP("ServerMelding", "device %1 is not joined to account %2"),
    QT_TRANSLATE_NOOP("ServerMelding", "device %1 is not one of this account's"),
    QT_TRANSLATE_NOOP("ServerMelding", "an entry without a sequence number"),
    QT_TRANSLATE_NOOP("ServerMelding", "entry %1 of device %2 differs from the one the server "
                                       "received: the log was cut off or rewritten"),
    QT_TRANSLATE_NOOP("ServerMelding", "the change log of device %1 no longer holds entry %2 as "
                                       "the server saw it: the log was cut off or rewritten"),
    QT_TRANSLATE_NOOP("ServerMelding", "entry %1 of device %2 comes after %3 was pushed"),
    QT_TRANSLATE_NOOP("ServerMelding",
                      "a regievoerder of region %1 changes no household of region %2"),
    QT_TRANSLATE_NOOP("ServerMelding", "a programmabegeleider of %1 changes no household of %2"),
    QT_TRANSLATE_NOOP("ServerMelding", "the role %1 may not make a change of type %2"),
    QT_TRANSLATE_NOOP("ServerMelding", "a herverdeling whose deltas sum to %1 instead of 0"),
    QT_TRANSLATE_NOOP("ServerMelding", "undoes or redoes an entry the server did not apply"),
    QT_TRANSLATE_NOOP("ServerMelding",
                      "%1: made on this device's entry %2, which the server did not apply"),
    QT_TRANSLATE_NOOP("ServerMelding", "%1: changed on the server since this change was made"),
    QT_TRANSLATE_NOOP("ServerMelding", "only a beheerder erases a household's data"),
    QT_TRANSLATE_NOOP("ServerMelding", "a V-nummer has 10 digits"),
    QT_TRANSLATE_NOOP("ServerMelding",
                      "only a regievoerder of its region publishes the figures of province %1"),
    QT_TRANSLATE_NOOP("ServerMelding", "figures up to change %1 of a server that has %2"),
    QT_TRANSLATE_NOOP("ServerMelding", "the figures are not a report of at most 8 MiB"),
    QT_TRANSLATE_NOOP("ServerMelding", "a province receives no table that names persons"),
    QT_TRANSLATE_NOOP("ServerMelding", "only an import of households travels in parts"),
    QT_TRANSLATE_NOOP("ServerMelding", "%1 is not a gemeente code"),
    QT_TRANSLATE_NOOP("ServerMelding",
                      "an entry in parts is filed under its region only, and is no undo"),
    QT_TRANSLATE_NOOP("ServerMelding", "undoes server entry %1, which the server does not hold"),
};

// The server's "(none)" and "(no AZC)" for an entry without a region or AZC.
QString waarde(const QString &tekst)
{
    if (tekst == QLatin1String("(none)"))
        return QCoreApplication::translate("ServerMelding", "(none)");
    if (tekst == QLatin1String("(no AZC)"))
        return QCoreApplication::translate("ServerMelding", "(no AZC)");
    return tekst;
}

} // namespace

QString vertaalServerMelding(const QString &tekst)
{
    struct Patroon
    {
        QRegularExpression uitdrukking;
        QList<int> waarden; // the %-number of each group, in the order they stand
    };
    static const QList<Patroon> patronen = [] {
        static const QRegularExpression plek(QStringLiteral("\\\\%(\\d)"));
        QList<Patroon> lijst;
        for (const char *bron : meldingen) {
            Patroon p;
            QString uitdrukking = QRegularExpression::escape(QLatin1String(bron));
            for (auto it = plek.globalMatch(uitdrukking); it.hasNext();)
                p.waarden << it.next().captured(1).toInt();
            uitdrukking.replace(plek, QStringLiteral("(.+?)"));
            // one line of the text: ours stands alone on the line PostgreSQL gives it
            p.uitdrukking = QRegularExpression(
                QStringLiteral("^(?:ERROR:\\s+)?(?:regiedesk: )?%1\\s*$").arg(uitdrukking),
                QRegularExpression::MultilineOption);
            lijst << p;
        }
        return lijst;
    }();
    for (qsizetype i = 0; i < patronen.size(); ++i) {
        const QRegularExpressionMatch m = patronen.at(i).uitdrukking.match(tekst);
        if (!m.hasMatch())
            continue;
        QStringList waarden(3);
        const QList<int> &nummers = patronen.at(i).waarden;
        for (qsizetype g = 0; g < nummers.size() && nummers.at(g) <= 3; ++g)
            waarden[nummers.at(g) - 1] = waarde(m.captured(int(g) + 1));
        const QString uit = QCoreApplication::translate("ServerMelding", meldingen[i]);
        // in one pass: a value that holds "%2" is not filled in again
        switch (nummers.size()) {
        case 0:
            return uit;
        case 1:
            return uit.arg(waarden.at(0));
        case 2:
            return uit.arg(waarden.at(0), waarden.at(1));
        default:
            return uit.arg(waarden.at(0), waarden.at(1), waarden.at(2));
        }
    }
    return tekst;
}

} // namespace rd::sync
