#include "core/domain/Gebeurtenis.h"

#include <QCoreApplication>

#include <array>

namespace rd {

namespace gebeurtenis {

namespace {
struct Soortcode
{
    GebeurtenisSoort soort;
    const char *code;
};
constexpr std::array<Soortcode, 14> codes{{
    {GebeurtenisSoort::Vergunning, "vergunning"},
    {GebeurtenisSoort::Huisvestinggesprek, "huisvestinggesprek"},
    {GebeurtenisSoort::Brp, "brp"},
    {GebeurtenisSoort::Vergunninghoudergesprek, "vergunninghoudergesprek"},
    {GebeurtenisSoort::Koppeling, "koppeling"},
    {GebeurtenisSoort::MeldingKoppeling, "melding-koppeling"},
    {GebeurtenisSoort::MeldingProfiel, "melding-profiel"},
    {GebeurtenisSoort::Woningaanbod, "woningaanbod"},
    {GebeurtenisSoort::Weigering, "weigering"},
    {GebeurtenisSoort::Tekenen, "tekenen"},
    {GebeurtenisSoort::Huurstart, "huurstart"},
    {GebeurtenisSoort::Verhuizing, "verhuizing"},
    {GebeurtenisSoort::Uitschrijving, "uitschrijving"},
    {GebeurtenisSoort::Notitie, "notitie"},
}};
} // namespace

QString code(GebeurtenisSoort s)
{
    for (const auto &c : codes) {
        if (c.soort == s)
            return QLatin1String(c.code);
    }
    return {};
}

std::optional<GebeurtenisSoort> parse(const QString &code)
{
    for (const auto &c : codes) {
        if (code == QLatin1String(c.code))
            return c.soort;
    }
    return std::nullopt;
}

QString naam(GebeurtenisSoort s)
{
    switch (s) {
    case GebeurtenisSoort::Vergunning:
        return QCoreApplication::translate("Gebeurtenis", "Permit");
    case GebeurtenisSoort::Huisvestinggesprek:
        return QCoreApplication::translate("Gebeurtenis", "Intake interview");
    case GebeurtenisSoort::Brp:
        return QCoreApplication::translate("Gebeurtenis", "BRP registration");
    case GebeurtenisSoort::Vergunninghoudergesprek:
        return QCoreApplication::translate("Gebeurtenis", "Coupling letter handed out");
    case GebeurtenisSoort::Koppeling:
        return QCoreApplication::translate("Gebeurtenis", "Coupling");
    case GebeurtenisSoort::MeldingKoppeling:
        return QCoreApplication::translate("Gebeurtenis", "Gemeente notified of the coupling");
    case GebeurtenisSoort::MeldingProfiel:
        return QCoreApplication::translate("Gebeurtenis", "Gemeente notified: profile complete");
    case GebeurtenisSoort::Woningaanbod:
        return QCoreApplication::translate("Gebeurtenis", "Dwelling offered");
    case GebeurtenisSoort::Weigering:
        return QCoreApplication::translate("Gebeurtenis", "Dwelling refused");
    case GebeurtenisSoort::Tekenen:
        return QCoreApplication::translate("Gebeurtenis", "Lease signed");
    case GebeurtenisSoort::Huurstart:
        return QCoreApplication::translate("Gebeurtenis", "Lease start");
    case GebeurtenisSoort::Verhuizing:
        return QCoreApplication::translate("Gebeurtenis", "Move");
    case GebeurtenisSoort::Uitschrijving:
        return QCoreApplication::translate("Gebeurtenis", "Uitschrijving (B12)");
    case GebeurtenisSoort::Notitie:
        return QCoreApplication::translate("Gebeurtenis", "Note changed");
    }
    return {};
}

bool isDatumKolom(GebeurtenisSoort s)
{
    return s == GebeurtenisSoort::Brp || s == GebeurtenisSoort::Tekenen ||
           s == GebeurtenisSoort::Huurstart || s == GebeurtenisSoort::Verhuizing ||
           s == GebeurtenisSoort::Uitschrijving;
}

bool isRij(GebeurtenisSoort s)
{
    return s == GebeurtenisSoort::Vergunninghoudergesprek || s == GebeurtenisSoort::Woningaanbod;
}

} // namespace gebeurtenis

} // namespace rd
