#include "core/brief/SjabloonMeta.h"

#include <QRegularExpression>

namespace rd::sjabloonmeta {

namespace {

QString ontsnapt(QString tekst)
{
    return tekst.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

} // namespace

QString waarde(const QString &html, const QString &naam)
{
    const QRegularExpression patroon(
        QStringLiteral("<meta\\s+name\\s*=\\s*\"%1\"\\s+content\\s*=\\s*\"([^\"]*)\"")
            .arg(QRegularExpression::escape(naam)),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = patroon.match(html);
    return m.hasMatch() ? ontsnapt(m.captured(1)) : QString();
}

QString titel(const QString &html)
{
    static const QRegularExpression patroon(QStringLiteral("<title>([^<]*)</title>"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = patroon.match(html);
    return m.hasMatch() ? ontsnapt(m.captured(1)).trimmed() : QString();
}

} // namespace rd::sjabloonmeta
