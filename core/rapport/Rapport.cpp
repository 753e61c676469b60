#include "core/rapport/Rapport.h"

#include "core/journaal/Journaal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace rd {

namespace rapport {

QList<RapportSoort> alle()
{
    return {RapportSoort::PerGemeente,     RapportSoort::Huishoudens,
            RapportSoort::TermijnGemeente, RapportSoort::TermijnLocatie,
            RapportSoort::Weigeringen,     RapportSoort::Zelfhuisvesters,
            RapportSoort::Toezicht,        RapportSoort::Doorlooptijden};
}

QString code(RapportSoort s)
{
    switch (s) {
    case RapportSoort::PerGemeente:
        return QStringLiteral("per-gemeente");
    case RapportSoort::Huishoudens:
        return QStringLiteral("huishoudens");
    case RapportSoort::TermijnGemeente:
        return QStringLiteral("termijn-gemeente");
    case RapportSoort::TermijnLocatie:
        return QStringLiteral("termijn-locatie");
    case RapportSoort::Weigeringen:
        return QStringLiteral("weigeringen");
    case RapportSoort::Zelfhuisvesters:
        return QStringLiteral("zelfhuisvesters");
    case RapportSoort::Toezicht:
        return QStringLiteral("toezicht");
    case RapportSoort::Doorlooptijden:
        return QStringLiteral("doorlooptijden");
    }
    return {};
}

std::optional<RapportSoort> parse(const QString &text)
{
    for (const auto s : alle()) {
        if (code(s) == text)
            return s;
    }
    return std::nullopt;
}

QString titel(RapportSoort s)
{
    switch (s) {
    case RapportSoort::PerGemeente:
        return QCoreApplication::translate("Rapport", "Status holders per gemeente");
    case RapportSoort::Huishoudens:
        return QCoreApplication::translate("Rapport", "Distribution of households");
    case RapportSoort::TermijnGemeente:
        return QCoreApplication::translate("Rapport", "Mean days per phase per gemeente");
    case RapportSoort::TermijnLocatie:
        return QCoreApplication::translate("Rapport", "Mean days per phase per AZC location");
    case RapportSoort::Weigeringen:
        return QCoreApplication::translate("Rapport", "Refused dwellings");
    case RapportSoort::Zelfhuisvesters:
        return QCoreApplication::translate("Rapport", "Self-housed status holders");
    case RapportSoort::Toezicht:
        return QCoreApplication::translate("Rapport", "Supervision figures");
    case RapportSoort::Doorlooptijden:
        return QCoreApplication::translate("Rapport", "Lead time per household");
    }
    return {};
}

QString omschrijving(RapportSoort s)
{
    switch (s) {
    case RapportSoort::PerGemeente:
        return QCoreApplication::translate(
            "Rapport", "Households coupled to each gemeente in the period, with every coupling "
                       "and uncoupling.");
    case RapportSoort::Huishoudens:
        return QCoreApplication::translate(
            "Rapport", "Households coupled in the period by number of persons, per gemeente.");
    case RapportSoort::TermijnGemeente:
        return QCoreApplication::translate(
            "Rapport", "Mean days of each phase that ended in the period, per coupled gemeente, "
                       "against the norms of 2, 10 and 2 weeks.");
    case RapportSoort::TermijnLocatie:
        return QCoreApplication::translate(
            "Rapport", "Mean days of each phase that ended in the period, per AZC location.");
    case RapportSoort::Weigeringen:
        return QCoreApplication::translate(
            "Rapport", "Every refusal in the period with its judgement and delay in days, and "
                       "the overview per gemeente for the province.");
    case RapportSoort::Zelfhuisvesters:
        return QCoreApplication::translate(
            "Rapport", "Households that found housing themselves and counted in the period.");
    case RapportSoort::Toezicht:
        return QCoreApplication::translate(
            "Rapport", "Per gemeente: quota met, lead time coupling to move by both methods "
                       "against 12 weeks, backlog against the tolerance, and the pipeline.");
    case RapportSoort::Doorlooptijden:
        return QCoreApplication::translate(
            "Rapport", "Every household housed in the period with its days from coupling to "
                       "move, per gemeente that housed it, against 12 weeks.");
    }
    return {};
}

bool isGetal(KolomSoort soort)
{
    return soort == KolomSoort::Geheel || soort == KolomSoort::Decimaal ||
           soort == KolomSoort::Bedrag;
}

QString celTekst(const QVariant &waarde, KolomSoort soort)
{
    if (waarde.isNull() || !waarde.isValid())
        return {};
    const QLocale locale;
    const auto metMin = [](bool negatief, const QString &tekst) {
        return negatief ? QChar(0x2212) + tekst : tekst;
    };
    switch (soort) {
    case KolomSoort::Geheel: {
        const qint64 n = waarde.toLongLong();
        return metMin(n < 0, locale.toString(n < 0 ? -n : n));
    }
    case KolomSoort::Decimaal: {
        const double d = waarde.toDouble();
        return metMin(d < 0, locale.toString(d < 0 ? -d : d, 'f', 1));
    }
    case KolomSoort::Bedrag: {
        const qint64 cent = waarde.toLongLong();
        return metMin(cent < 0, locale.toString(double(cent < 0 ? -cent : cent) / 100.0, 'f', 2));
    }
    case KolomSoort::Datum:
        return datum(waarde.toDate());
    case KolomSoort::JaNee:
        return waarde.toBool() ? QCoreApplication::translate("Rapport", "Yes")
                               : QCoreApplication::translate("Rapport", "No");
    case KolomSoort::Tekst:
        break;
    }
    return waarde.toString();
}

QString datum(const QDate &datum)
{
    return QLocale().toString(datum, QLocale::ShortFormat);
}

} // namespace rapport

QStringList Rapport::parameters() const
{
    QStringList uit{
        QCoreApplication::translate("Rapport", "Period: %1 (%2 to %3)")
            .arg(periode.toString(), rapport::datum(periode.begin()),
                 rapport::datum(periode.eind())),
        QCoreApplication::translate("Rapport", "Scope: %1").arg(bereikNaam),
        QCoreApplication::translate("Rapport", "Made on: %1").arg(rapport::datum(gemaaktOp))};
    if (journaalSeq >= 0)
        uit << QCoreApplication::translate("Rapport", "Change log: %1")
                   .arg(journaal::kopRegel({journaalSeq, journaalHash}));
    if (publicatie) {
        const QDateTime t =
            QDateTime::fromString(publicatie->tijd, Qt::ISODateWithMs).toLocalTime();
        uit << QCoreApplication::translate("Rapport", "Published by %1 on %2, from the team "
                                                      "server's change log up to entry %3")
                   .arg(publicatie->door,
                        rapport::datum(t.date()) + QLatin1Char(' ') +
                            t.time().toString(QStringLiteral("HH:mm")),
                        QString::number(publicatie->totSeq));
    }
    return uit;
}

} // namespace rd
