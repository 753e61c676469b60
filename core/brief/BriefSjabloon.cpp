#include "core/brief/BriefSjabloon.h"

#include "core/brief/SjabloonMeta.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace rd::briefsjabloon {

namespace {

const QString map = QStringLiteral(":/letters");

QString bestandsnaam(const QString &taal)
{
    return QStringLiteral("koppelingsbrief.%1.html").arg(taal);
}

} // namespace

QStringList talen()
{
    static const QRegularExpression patroon(
        QStringLiteral("^koppelingsbrief\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\\.html$"));
    QStringList uit;
    const QStringList bestanden = QDir(map).entryList(QDir::Files, QDir::Name);
    for (const QString &naam : bestanden) {
        const auto m = patroon.match(naam);
        if (m.hasMatch())
            uit.append(m.captured(1));
    }
    std::sort(uit.begin(), uit.end(), [](const QString &a, const QString &b) {
        const bool aNl = a == QLatin1String("nl");
        const bool bNl = b == QLatin1String("nl");
        if (aNl != bNl)
            return aNl;
        return a < b;
    });
    return uit;
}

Result<BriefSjabloon> laad(const QString &taal)
{
    const QStringList beschikbaar = talen();
    if (!beschikbaar.contains(taal))
        return Error{QCoreApplication::translate("BriefSjabloon", "language"),
                     QCoreApplication::translate("BriefSjabloon",
                                                 "there is no letter template for \"%1\"; "
                                                 "available: %2")
                         .arg(taal, beschikbaar.join(QStringLiteral(", ")))};
    QFile bestand(QDir(map).filePath(bestandsnaam(taal)));
    if (!bestand.open(QIODevice::ReadOnly))
        return Error{bestand.fileName(), bestand.errorString()};
    BriefSjabloon s;
    s.taal = taal;
    s.html = QString::fromUtf8(bestand.readAll());
    s.taalNaam = sjabloonmeta::waarde(s.html, QStringLiteral("taalnaam"));
    s.versie = sjabloonmeta::waarde(s.html, QStringLiteral("versie"));
    static const QRegularExpression rtl(QStringLiteral("<html[^>]*\\bdir\\s*=\\s*\"rtl\""),
                                        QRegularExpression::CaseInsensitiveOption);
    s.richting = rtl.match(s.html).hasMatch() ? Qt::RightToLeft : Qt::LeftToRight;
    if (s.versie.isEmpty())
        return Error{bestand.fileName(),
                     QCoreApplication::translate("BriefSjabloon",
                                                 "the template has no <meta name=\"versie\">")};
    if (s.taalNaam.isEmpty())
        s.taalNaam = taal;
    return s;
}

} // namespace rd::briefsjabloon
