#include "core/suggestie/Suggestie.h"

#include "core/domain/HalfJaar.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace rd {

namespace factor {

const QList<Factor> &alle()
{
    static const QList<Factor> lijst{Factor::Achterstand, Factor::Tempo, Factor::Woning,
                                     Factor::Capaciteit, Factor::Binding};
    return lijst;
}

QString code(Factor f)
{
    switch (f) {
    case Factor::Achterstand:
        return QStringLiteral("achterstand");
    case Factor::Tempo:
        return QStringLiteral("tempo");
    case Factor::Woning:
        return QStringLiteral("woning");
    case Factor::Capaciteit:
        return QStringLiteral("capaciteit");
    case Factor::Binding:
        return QStringLiteral("binding");
    }
    return {};
}

QString naam(Factor f)
{
    switch (f) {
    case Factor::Achterstand:
        return QCoreApplication::translate("Suggestie", "backlog on the forecast");
    case Factor::Tempo:
        return QCoreApplication::translate("Suggestie", "monthly pace");
    case Factor::Woning:
        return QCoreApplication::translate("Suggestie", "housing stock");
    case Factor::Capaciteit:
        return QCoreApplication::translate("Suggestie", "room for the household");
    case Factor::Binding:
        return QCoreApplication::translate("Suggestie", "work or education tie");
    }
    return {};
}

} // namespace factor

double Gewichten::van(Factor f) const
{
    switch (f) {
    case Factor::Achterstand:
        return achterstand;
    case Factor::Tempo:
        return tempo;
    case Factor::Woning:
        return woning;
    case Factor::Capaciteit:
        return capaciteit;
    case Factor::Binding:
        return binding;
    }
    return 0;
}

void Gewichten::zet(Factor f, double gewicht)
{
    switch (f) {
    case Factor::Achterstand:
        achterstand = gewicht;
        break;
    case Factor::Tempo:
        tempo = gewicht;
        break;
    case Factor::Woning:
        woning = gewicht;
        break;
    case Factor::Capaciteit:
        capaciteit = gewicht;
        break;
    case Factor::Binding:
        binding = gewicht;
        break;
    }
}

QString Suggestie::factorTekst() const
{
    return suggestie::factorTekst(factoren);
}

QString suggestie::factorTekst(const QList<FactorWaarde> &factoren)
{
    const QLocale locale;
    QStringList delen;
    for (const FactorWaarde &f : factoren) {
        if (f.gewicht == 0)
            continue;
        delen << QCoreApplication::translate("Suggestie", "%1 %2 × %3 = %4")
                     .arg(factor::naam(f.factor), locale.toString(f.waarde, 'f', 2),
                          locale.toString(f.gewicht, 'f', 2),
                          (f.bijdrage() >= 0 ? QStringLiteral("+") : QString()) +
                              locale.toString(f.bijdrage(), 'f', 2));
    }
    return delen.join(QStringLiteral("; "));
}

QString Suggestie::uitleg() const
{
    if (!geschikt())
        return reden;
    return QCoreApplication::translate("Suggestie", "rank %1, score %2: %3")
        .arg(QString::number(rang), QLocale().toString(score, 'f', 2), factorTekst());
}

namespace suggestie {

namespace {

double begrens(double x, double laag, double hoog)
{
    return std::clamp(x, laag, hoog);
}

double achterstand(const SuggestieDoel &d)
{
    return begrens(double(d.opgave - d.prognose) / double(std::max<qint64>(d.opgave, 1)), -1, 1);
}

double tempo(const SuggestieDoel &d, const QDate &vandaag)
{
    const int maanden = std::max(1, HalfJaar::van(vandaag).verstrekenMaanden(vandaag));
    const double verwacht = double(d.opgave) * maanden / 6.0;
    const double perMaand = std::max(double(d.opgave) / 6.0, 1.0);
    return begrens((verwacht - double(d.prognose)) / perMaand, -3, 3) / 3.0;
}

double woning(const SuggestieHuishouden &h, const SuggestieDoel &d)
{
    if (h.nodig.isEmpty() || d.profiel.isEmpty())
        return 0;
    int heeft = 0;
    for (const QString &code : h.nodig)
        heeft += d.profiel.contains(code) ? 1 : 0;
    const int mist = int(h.nodig.size()) - heeft;
    return double(heeft - mist) / double(h.nodig.size());
}

double capaciteit(const SuggestieHuishouden &h, const SuggestieDoel &d)
{
    const double rest = double(d.opgave - d.prognose);
    return begrens(rest / double(std::max(h.personen, 1)), 0, 1) * 2.0 - 1.0;
}

double binding(const SuggestieHuishouden &h, const SuggestieDoel &d)
{
    return std::any_of(h.plaatsen.cbegin(), h.plaatsen.cend(),
                       [&](const QString &plaats) { return d.plaatsen.contains(plaats); })
               ? 1.0
               : 0.0;
}

} // namespace

QList<FactorWaarde> factoren(const SuggestieHuishouden &h, const SuggestieDoel &doel,
                             const Gewichten &gewichten, const QDate &vandaag)
{
    QList<FactorWaarde> lijst;
    for (const Factor f : factor::alle()) {
        double waarde = 0;
        switch (f) {
        case Factor::Achterstand:
            waarde = achterstand(doel);
            break;
        case Factor::Tempo:
            waarde = tempo(doel, vandaag);
            break;
        case Factor::Woning:
            waarde = woning(h, doel);
            break;
        case Factor::Capaciteit:
            waarde = capaciteit(h, doel);
            break;
        case Factor::Binding:
            waarde = binding(h, doel);
            break;
        }
        lijst.append({f, waarde, gewichten.van(f)});
    }
    return lijst;
}

QString uitgesloten(const SuggestieHuishouden &h, const SuggestieDoel &doel, const QDate &vandaag,
                    QString *reden, const QHash<QString, QString> &namen)
{
    const auto zeg = [reden](const QString &tekst) {
        if (reden)
            *reden = tekst;
    };
    if (h.geblokkeerdTot.isValid() && vandaag < h.geblokkeerdTot) {
        zeg(QCoreApplication::translate("Suggestie", "family reunification blocks it until %1")
                .arg(h.geblokkeerdTot.toString(Qt::ISODate)));
        return QStringLiteral("gezinshereniging");
    }
    if (h.regio != 0 && doel.regio != h.regio) {
        zeg(QCoreApplication::translate("Suggestie", "in region %1, not the AZC's region %2")
                .arg(QString::number(doel.regio), QString::number(h.regio)));
        return QStringLiteral("buiten-regio");
    }
    for (const QString &code : h.gebondenAan) {
        if (!doel.leden.contains(code)) {
            const QString naam = namen.value(code);
            zeg(QCoreApplication::translate("Suggestie", "a mandatory criterion ties it to %1")
                    .arg(naam.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(naam, code)));
            return QStringLiteral("criterium-elders");
        }
    }
    zeg({});
    return {};
}

QList<Suggestie> rangschik(const SuggestieHuishouden &h, const QList<SuggestieDoel> &doelen,
                           const Gewichten &gewichten, const QDate &vandaag)
{
    QHash<QString, QString> namen;
    for (const SuggestieDoel &doel : doelen) {
        if (doel.partnerschapId == 0)
            namen.insert(doel.code, doel.naam);
    }
    QList<Suggestie> lijst;
    lijst.reserve(doelen.size());
    for (const SuggestieDoel &doel : doelen) {
        Suggestie s;
        s.doel = doel;
        s.uitgesloten = uitgesloten(h, doel, vandaag, &s.reden, namen);
        s.factoren = factoren(h, doel, gewichten, vandaag);
        for (const FactorWaarde &f : std::as_const(s.factoren))
            s.score += f.bijdrage();
        lijst.append(std::move(s));
    }
    std::stable_sort(lijst.begin(), lijst.end(), [](const Suggestie &a, const Suggestie &b) {
        if (a.geschikt() != b.geschikt())
            return a.geschikt();
        if (!a.geschikt())
            return a.doel.code < b.doel.code ||
                   (a.doel.code == b.doel.code && a.doel.partnerschapId < b.doel.partnerschapId);
        if (a.score != b.score)
            return a.score > b.score;
        const double aa = a.factoren.value(0).waarde;
        const double ba = b.factoren.value(0).waarde;
        if (aa != ba)
            return aa > ba;
        if (a.doel.code != b.doel.code)
            return a.doel.code < b.doel.code;
        return a.doel.partnerschapId < b.doel.partnerschapId;
    });
    int rang = 0;
    for (Suggestie &s : lijst)
        s.rang = s.geschikt() ? ++rang : 0;
    return lijst;
}

QJsonObject factorenJson(const QList<FactorWaarde> &factoren)
{
    const auto tekst = [](double x) { return QString::number(x, 'f', 4); };
    QJsonObject uit;
    for (const FactorWaarde &f : factoren)
        uit.insert(factor::code(f.factor),
                   QJsonObject{{QStringLiteral("waarde"), tekst(f.waarde)},
                               {QStringLiteral("gewicht"), tekst(f.gewicht)}});
    return uit;
}

QJsonObject alsJson(const Suggestie &s, int geschikt)
{
    return {{QStringLiteral("rang"), s.rang},
            {QStringLiteral("van"), geschikt},
            {QStringLiteral("score"), QString::number(s.score, 'f', 4)},
            {QStringLiteral("factoren"), factorenJson(s.factoren)}};
}

} // namespace suggestie
} // namespace rd
