#include "core/huishouden/HuishoudenKolommen.h"

namespace rd {

void bindHuishouden(SqliteStatement &s, int basis, const Huishouden &h)
{
    s.idOrNull(basis + 1, h.azcId);
    s.text(basis + 2, categorie::code(h.categorie));
    s.date(basis + 3, h.vergunning);
    s.date(basis + 4, h.brp);
    s.date(basis + 5, h.tekenen);
    s.date(basis + 6, h.huur);
    s.date(basis + 7, h.verhuizing);
    s.date(basis + 8, h.uitschrijving);
    s.textOrNull(basis + 9, h.huisvestGemeente);
    s.integer(basis + 10, h.eersteHuisvesting ? 1 : 0);
    s.integer(basis + 11, h.zelfhuisvester ? 1 : 0);
    s.date(basis + 12, h.gezinsherenigingVanaf);
}

void bindPersoon(SqliteStatement &s, int basis, const Persoon &p)
{
    s.integer(basis + 2, p.referent ? 1 : 0);
    s.text(basis + 3, p.vNummer);
    s.text(basis + 4, p.voornamen);
    s.text(basis + 5, p.achternaam);
    s.date(basis + 6, p.geboortedatum);
    s.text(basis + 7, p.geslacht);
    s.text(basis + 8, p.landHerkomst);
    s.text(basis + 9, p.moedertaal);
    s.joined(basis + 10, p.talen, QLatin1Char('|'));
    s.text(basis + 11, p.opleiding);
    s.text(basis + 12, p.werkervaring);
    s.textOrNull(basis + 13, p.bsn);
    s.text(basis + 14, p.fysiekeBeperking);
    s.integer(basis + 15, p.nareiziger ? 1 : 0);
}

void bindGesprek(SqliteStatement &s, int basis, qint64 huishouden, const Huisvestinggesprek &g)
{
    s.integer(basis + 1, huishouden);
    s.date(basis + 2, g.datum);
    s.idOrNull(basis + 3, g.azcId);
    s.text(basis + 4, g.tolkTaal);
    s.integer(basis + 5, g.nareizigersVerwacht);
    s.text(basis + 6, g.gezinsherenigingStatus);
    s.text(basis + 7, g.woonbehoefte);
    s.text(basis + 8, g.opleidingswens);
    s.text(basis + 9, g.werkwens);
    s.integer(basis + 10, g.specifiekeHuisvesting ? 1 : 0);
}

void bindCriterium(SqliteStatement &s, int basis, qint64 huishouden, const PlaatsingsCriterium &c)
{
    s.integer(basis + 1, huishouden);
    s.text(basis + 2, criterium::code(c.soort));
    s.textOrNull(basis + 3, c.gemeenteCode);
    s.text(basis + 4, c.plaats);
    s.text(basis + 5, c.toelichting);
}

} // namespace rd
