#include "core/brief/BriefTaal.h"

#include "core/brief/BriefSjabloon.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace rd::brieftaal {

namespace {

// Dutch names of languages, as a regievoerder records them at intake, by ISO 639-1 code. Qt
// knows every language's English and native name, not its Dutch one.
const QHash<QString, QString> &nederlandseNamen()
{
    static const QHash<QString, QString> namen{
        {QStringLiteral("arabisch"), QStringLiteral("ar")},
        {QStringLiteral("engels"), QStringLiteral("en")},
        {QStringLiteral("nederlands"), QStringLiteral("nl")},
        {QStringLiteral("frans"), QStringLiteral("fr")},
        {QStringLiteral("duits"), QStringLiteral("de")},
        {QStringLiteral("turks"), QStringLiteral("tr")},
        {QStringLiteral("farsi"), QStringLiteral("fa")},
        {QStringLiteral("perzisch"), QStringLiteral("fa")},
        {QStringLiteral("dari"), QStringLiteral("fa-AF")},
        {QStringLiteral("pasjtoe"), QStringLiteral("ps")},
        {QStringLiteral("tigrinya"), QStringLiteral("ti")},
        {QStringLiteral("amhaars"), QStringLiteral("am")},
        {QStringLiteral("somalisch"), QStringLiteral("so")},
        {QStringLiteral("oekraïens"), QStringLiteral("uk")},
        {QStringLiteral("russisch"), QStringLiteral("ru")},
        {QStringLiteral("koerdisch"), QStringLiteral("ku")},
    };
    return namen;
}

// "Koerdisch (Kurmanji)" -> "koerdisch"; "Nederlands (A1)" -> "nederlands".
QString sleutel(const QString &taal)
{
    static const QRegularExpression haakjes(QStringLiteral("\\s*\\(.*\\)\\s*"));
    return QString(taal).remove(haakjes).trimmed().toLower();
}

} // namespace

QString sjabloonVoor(const QString &taal)
{
    const QString s = sleutel(taal);
    if (s.isEmpty())
        return {};
    const QStringList talen = briefsjabloon::talen();
    const QString code = nederlandseNamen().value(s);
    if (!code.isEmpty())
        return talen.contains(code) ? code : QString();
    for (const QString &t : talen) {
        const QLocale locale(t);
        if (s == t.toLower() || s == QLocale::languageToString(locale.language()).toLower() ||
            s == locale.nativeLanguageName().toLower())
            return t;
        if (auto sjabloon = briefsjabloon::laad(t); sjabloon && s == sjabloon->taalNaam.toLower())
            return t;
    }
    return {};
}

Result<HuishoudenTaal> vanHuishouden(Store &store, qint64 huishoudenId)
{
    const auto db = store.database();
    auto referent = sql::run(db,
                             QStringLiteral("SELECT moedertaal, talen FROM persoon WHERE "
                                            "huishouden = ? ORDER BY referent DESC, id LIMIT 1"),
                             {huishoudenId});
    if (!referent)
        return referent.error();
    HuishoudenTaal uit;
    QStringList kandidaten;
    if (referent->next()) {
        uit.opgegeven = referent->value(0).toString().trimmed();
        kandidaten << uit.opgegeven;
        const QString talen = referent->value(1).toString();
        // Stored '|'-separated (HuishoudenRepository).
        for (const QString &t : talen.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            kandidaten << t.trimmed();
    }
    auto tolk = sql::scalar(
        db, QStringLiteral("SELECT tolk_taal FROM huisvestinggesprek WHERE huishouden = ?"),
        {huishoudenId}, QString());
    if (!tolk)
        return tolk.error();
    kandidaten.insert(qMin<qsizetype>(1, kandidaten.size()), tolk->toString().trimmed());
    for (const QString &k : std::as_const(kandidaten)) {
        const QString code = sjabloonVoor(k);
        if (!code.isEmpty() && code != QLatin1String("nl")) {
            uit.sjabloon = code;
            break;
        }
    }
    return uit;
}

} // namespace rd::brieftaal
