#include "core/demo/DemoPartnerschappen.h"

#include "core/gemeente/GemeenteService.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QSet>

namespace rd::demo {

namespace {

QStringList groep(std::initializer_list<const char *> namen)
{
    QStringList result;
    for (const char *naam : namen)
        result << QString::fromUtf8(naam);
    return result;
}

QList<QStringList> maakBuurGroepen()
{
    return {
        // Groningen
        groep({"Groningen", "Het Hogeland", "Westerkwartier"}),
        groep({"Stadskanaal", "Veendam", "Pekela"}),
        groep({"Oldambt", "Westerwolde"}),
        groep({"Midden-Groningen", "Eemsdelta"}),
        // Fryslân
        groep({"Leeuwarden", "Waadhoeke", "Tytsjerksteradiel"}),
        groep({"Heerenveen", "Opsterland", "De Fryske Marren"}),
        groep({"Smallingerland", "Achtkarspelen"}),
        groep({"Noardeast-Fryslân", "Dantumadiel"}),
        // Drenthe
        groep({"Assen", "Tynaarlo", "Aa en Hunze"}),
        groep({"Emmen", "Borger-Odoorn", "Coevorden"}),
        groep({"Hoogeveen", "De Wolden", "Midden-Drenthe"}),
        groep({"Meppel", "Westerveld"}),
        // Overijssel
        groep({"Zwolle", "Dalfsen", "Kampen"}),
        groep({"Enschede", "Hengelo (O.)", "Haaksbergen"}),
        groep({"Almelo", "Twenterand", "Wierden"}),
        groep({"Deventer", "Olst-Wijhe", "Rijssen-Holten"}),
        // Flevoland
        groep({"Lelystad", "Dronten"}),
        groep({"Almere", "Zeewolde"}),
        groep({"Noordoostpolder", "Urk"}),
        // Gelderland
        groep({"Arnhem", "Rheden", "Rozendaal"}),
        groep({"Nijmegen", "Berg en Dal", "Beuningen", "Heumen"}),
        groep({"Ede", "Wageningen", "Renkum"}),
        groep({"Apeldoorn", "Epe", "Voorst"}),
        groep({"Doetinchem", "Oude IJsselstreek", "Montferland"}),
        groep({"Harderwijk", "Ermelo"}),
        groep({"Zutphen", "Lochem", "Brummen"}),
        groep({"Tiel", "Neder-Betuwe", "Buren"}),
        // Utrecht
        groep({"Utrecht", "Nieuwegein", "Stichtse Vecht"}),
        groep({"Amersfoort", "Leusden", "Soest"}),
        groep({"Veenendaal", "Rhenen", "Utrechtse Heuvelrug"}),
        groep({"Zeist", "De Bilt", "Bunnik"}),
        // Noord-Holland
        groep({"Amsterdam", "Diemen", "Ouder-Amstel"}),
        groep({"Haarlem", "Heemstede", "Bloemendaal"}),
        groep({"Alkmaar", "Heiloo", "Bergen (NH.)"}),
        groep({"Den Helder", "Schagen"}),
        groep({"Hilversum", "Wijdemeren", "Gooise Meren"}),
        groep({"Hoorn", "Koggenland", "Drechterland"}),
        // Zuid-Holland
        groep({"Rotterdam", "Schiedam", "Capelle aan den IJssel"}),
        groep({"'s-Gravenhage", "Rijswijk (ZH.)", "Leidschendam-Voorburg"}),
        groep({"Leiden", "Leiderdorp", "Oegstgeest"}),
        groep({"Dordrecht", "Zwijndrecht", "Papendrecht"}),
        groep({"Gouda", "Waddinxveen", "Bodegraven-Reeuwijk"}),
        groep({"Delft", "Pijnacker-Nootdorp", "Midden-Delfland"}),
        // Zeeland
        groep({"Middelburg (Z.)", "Vlissingen", "Veere"}),
        groep({"Goes", "Borsele", "Kapelle"}),
        groep({"Terneuzen", "Hulst"}),
        // Noord-Brabant
        groep({"Eindhoven", "Veldhoven", "Best"}),
        groep({"Tilburg", "Goirle", "Oisterwijk"}),
        groep({"Breda", "Oosterhout", "Etten-Leur"}),
        groep({"'s-Hertogenbosch", "Vught", "Heusden"}),
        groep({"Helmond", "Geldrop-Mierlo", "Laarbeek"}),
        groep({"Land van Cuijk", "Maashorst"}),
        // Limburg
        groep({"Maastricht", "Meerssen", "Eijsden-Margraten"}),
        groep({"Heerlen", "Kerkrade", "Landgraaf"}),
        groep({"Venlo", "Beesel", "Horst aan de Maas"}),
        groep({"Roermond", "Roerdalen", "Leudal"}),
        groep({"Sittard-Geleen", "Beek (L.)", "Stein (L.)"}),
    };
}

} // namespace

const QList<QStringList> &buurGroepen()
{
    static const QList<QStringList> all = maakBuurGroepen();
    return all;
}

Status maakPartnerschappen(Store &store, Context &d)
{
    Referentiedata referentie(store);
    auto bestaand = referentie.partnerschappen();
    if (!bestaand)
        return bestaand.error();
    QSet<QString> namen;
    QSet<QString> bezet;
    for (const auto &p : *bestaand) {
        namen.insert(p.naam);
        for (const auto &lid : p.leden)
            bezet.insert(lid);
    }
    QHash<QString, qsizetype> opNaam;
    for (qsizetype i = 0; i < d.gemeenten.size(); ++i)
        opNaam.insert(d.gemeenten.at(i).naam, i);
    for (const QStringList &namenInGroep : buurGroepen()) {
        QList<qsizetype> leden;
        for (const QString &naam : namenInGroep) {
            const qsizetype i = opNaam.value(naam, -1);
            if (i < 0 || bezet.contains(d.gemeenten.at(i).code))
                break;
            leden.append(i);
        }
        if (leden.size() != namenInGroep.size())
            continue; // a reference list without one of them, or already in a partnership
        const int r = d.gemeenten.at(leden.first()).regio;
        const QString provincie = d.gemeenten.at(leden.first()).provincie;
        const bool eenProvincie = std::all_of(leden.cbegin(), leden.cend(), [&](qsizetype i) {
            return d.gemeenten.at(i).provincie == provincie && d.gemeenten.at(i).regio == r;
        });
        if (!eenProvincie || r < 1 || r > regio::aantal)
            continue;
        Partnerschap p;
        for (qsizetype i : leden) {
            p.leden.append(d.gemeenten.at(i).code);
            bezet.insert(p.leden.last());
        }
        p.coordinator = p.leden.first();
        p.naam = QStringLiteral("%1 e.o.").arg(namenInGroep.first());
        if (namen.contains(p.naam))
            continue;
        auto id = referentie.voegPartnerschapToe(p.naam, p.coordinator, p.leden);
        if (!id)
            return id.error();
        p.id = *id;
        namen.insert(p.naam);
        d.partnerschappen[r].append(p);
    }
    return {};
}

namespace {

// Per mille chance of each profile code (woningprofiel::codes(): klein, gezin, ouderen,
// studenten, zorg) by population.
QList<int> kansen(qint64 inwoners)
{
    if (inwoners >= 150000)
        return {1000, 400, 700, 800, 800};
    if (inwoners >= 50000)
        return {850, 750, 700, 200, 500};
    if (inwoners >= 20000)
        return {500, 950, 750, 20, 300};
    return {250, 1000, 600, 0, 150};
}

} // namespace

Status vulWoningprofielen(Store &store, Context &d)
{
    auto update = sql::prepare(
        store.database(), QStringLiteral("UPDATE gemeente SET woningprofiel = ? WHERE code = ?"));
    if (!update)
        return update.error();
    const QStringList &codes = woningprofiel::codes();
    for (qsizetype i = 0; i < d.gemeenten.size(); ++i) {
        const QList<int> kans = kansen(d.inwoners.at(i));
        QStringList profiel;
        for (qsizetype c = 0; c < codes.size() && c < kans.size(); ++c) {
            if (d.random.chance(kans.at(c)))
                profiel << codes.at(c);
        }
        if (profiel.isEmpty())
            profiel << (d.inwoners.at(i) >= 50000 ? codes.at(0) : codes.at(1));
        if (auto s = sql::exec(*update, {woningprofiel::schrijf(profiel), d.gemeenten.at(i).code});
            !s)
            return s;
    }
    return {};
}

} // namespace rd::demo
