#include "HuishoudenCsvMaker.h"

#include <QDate>
#include <QFile>
#include <QStringList>

#include <random>

namespace rd::crash {

ImportExpectation maakHuishoudensCsv(const QString &path, qint64 eersteVNummer, int huishoudens,
                                     const QString &azc, quint64 seed)
{
    static const QStringList voornamen{"Amina", "Yonas", "Sara", "Karim", "Lina",
                                       "Omar",  "Hewan", "Rami", "Nour",  "Dawit"};
    static const QStringList achternamen{"Tesfay", "Haddad",     "Al-Shami", "Mohammed",
                                         "Bekele", "Sheikhmous", "Ahmadi",   "Yousef"};
    std::mt19937_64 rng(seed);
    const auto kies = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    QByteArray tekst = "huishouden,v_nummer,referent,voornamen,achternaam,geboortedatum,geslacht,"
                       "azc,vergunning_datum\n";
    ImportExpectation verwacht;
    verwacht.eersteVNummer = eersteVNummer;
    qint64 v = eersteVNummer;
    for (int h = 0; h < huishoudens; ++h) {
        const int personen = 1 + kies(4);
        const QString sleutel = QString::number(v).rightJustified(10, QLatin1Char('0'));
        const QString achternaam = achternamen.at(kies(int(achternamen.size())));
        const QDate vergunning = QDate(2026, 10, 1).addDays(kies(30));
        for (int p = 0; p < personen; ++p, ++v) {
            const QDate geboren = p == 0 ? QDate(1970, 1, 1).addDays(kies(12000))
                                         : QDate(2008, 1, 1).addDays(kies(5000));
            const QStringList velden{sleutel,
                                     QString::number(v).rightJustified(10, QLatin1Char('0')),
                                     p == 0 ? QStringLiteral("1") : QStringLiteral("0"),
                                     voornamen.at(kies(int(voornamen.size()))),
                                     achternaam,
                                     geboren.toString(Qt::ISODate),
                                     kies(2) == 0 ? QStringLiteral("M") : QStringLiteral("V"),
                                     azc,
                                     vergunning.toString(Qt::ISODate)};
            tekst += velden.join(QLatin1Char(',')).toUtf8() + '\n';
            ++verwacht.personen;
        }
        ++verwacht.huishoudens;
    }
    verwacht.laatsteVNummer = v - 1;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(tekst) != tekst.size())
        return {};
    return verwacht;
}

} // namespace rd::crash
