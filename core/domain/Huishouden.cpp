#include "core/domain/Huishouden.h"

#include <QCoreApplication>

namespace rd {

const Persoon *Huishouden::referent() const
{
    for (const auto &p : personen) {
        if (p.referent)
            return &p;
    }
    return personen.isEmpty() ? nullptr : &personen.first();
}

namespace categorie {
QString code(Categorie c)
{
    switch (c) {
    case Categorie::Regulier:
        return QStringLiteral("regulier");
    case Categorie::Hervestiging:
        return QStringLiteral("hervestiging");
    case Categorie::B9:
        return QStringLiteral("b9");
    case Categorie::Amv:
        return QStringLiteral("amv");
    }
    return {};
}

std::optional<Categorie> parse(const QString &text)
{
    for (auto c : {Categorie::Regulier, Categorie::Hervestiging, Categorie::B9, Categorie::Amv}) {
        if (code(c) == text.trimmed().toLower())
            return c;
    }
    return std::nullopt;
}

QString naam(Categorie c)
{
    switch (c) {
    case Categorie::Regulier:
        return QCoreApplication::translate("Categorie", "Regular");
    case Categorie::Hervestiging:
        return QCoreApplication::translate("Categorie", "Resettlement (UNHCR)");
    case Categorie::B9:
        return QCoreApplication::translate("Categorie", "B-9 permit");
    case Categorie::Amv:
        return QCoreApplication::translate("Categorie", "Unaccompanied minor (amv)");
    }
    return {};
}
} // namespace categorie

namespace criterium {
QString code(CriteriumSoort s)
{
    switch (s) {
    case CriteriumSoort::Familie:
        return QStringLiteral("familie");
    case CriteriumSoort::Behandeling:
        return QStringLiteral("behandeling");
    case CriteriumSoort::Opleiding:
        return QStringLiteral("opleiding");
    case CriteriumSoort::Werk:
        return QStringLiteral("werk");
    }
    return {};
}

std::optional<CriteriumSoort> parse(const QString &text)
{
    for (auto s : {CriteriumSoort::Familie, CriteriumSoort::Behandeling, CriteriumSoort::Opleiding,
                   CriteriumSoort::Werk}) {
        if (code(s) == text.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

QString naam(CriteriumSoort s)
{
    switch (s) {
    case CriteriumSoort::Familie:
        return QCoreApplication::translate("Criterium", "First-degree family (children under 18)");
    case CriteriumSoort::Behandeling:
        return QCoreApplication::translate("Criterium", "Specialised treatment that cannot move");
    case CriteriumSoort::Opleiding:
        return QCoreApplication::translate("Criterium", "Very specific education");
    case CriteriumSoort::Werk:
        return QCoreApplication::translate("Criterium",
                                           "Employment (at least 6 months, 20 hours a week)");
    }
    return {};
}
} // namespace criterium

} // namespace rd
