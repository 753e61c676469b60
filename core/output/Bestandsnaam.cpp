#include "core/output/Bestandsnaam.h"

namespace rd::output {

namespace {

constexpr qsizetype maxDeel = 60;

bool blijft(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
           c == QLatin1Char('.');
}

bool isRand(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('.');
}

QString zonderRand(QString tekst)
{
    qsizetype begin = 0;
    while (begin < tekst.size() && isRand(tekst.at(begin)))
        ++begin;
    qsizetype eind = tekst.size();
    while (eind > begin && isRand(tekst.at(eind - 1)))
        --eind;
    return tekst.mid(begin, eind - begin);
}

} // namespace

QString veiligDeel(const QString &deel)
{
    QString uit;
    uit.reserve(deel.size());
    bool streep = false; // the last character written is a '-' for a run left out
    for (const QChar c : deel) {
        if (blijft(c)) {
            uit.append(c);
            streep = false;
        } else if (!streep) {
            uit.append(QLatin1Char('-'));
            streep = true;
        }
    }
    // ".." inside stays harmless next to letters, but never as a whole part or at an end.
    uit = zonderRand(uit);
    if (uit.size() > maxDeel)
        uit = zonderRand(uit.left(maxDeel));
    return uit.isEmpty() ? QStringLiteral("_") : uit;
}

QString bestandsnaam(const QStringList &delen, const QString &extensie)
{
    QStringList veilig;
    for (const QString &deel : delen) {
        if (!deel.trimmed().isEmpty())
            veilig << veiligDeel(deel);
    }
    const QString ext = veiligDeel(extensie);
    return veilig.join(QLatin1Char('-')) + QLatin1Char('.') + ext;
}

} // namespace rd::output
