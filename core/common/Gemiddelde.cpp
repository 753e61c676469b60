#include "core/common/Gemiddelde.h"

namespace rd {

qint64 gemiddeldeInTienden(qint64 som, qint64 aantal)
{
    if (aantal < 0) {
        som = -som;
        aantal = -aantal;
    }
    // round(10 * som / aantal) half away from zero: (20 * |som| + aantal) / (2 * aantal).
    const qint64 absoluut = som < 0 ? -som : som;
    const qint64 tienden = (20 * absoluut + aantal) / (2 * aantal);
    return som < 0 ? -tienden : tienden;
}

std::optional<double> gemiddelde(qint64 som, qint64 aantal)
{
    if (aantal <= 0)
        return std::nullopt;
    return double(gemiddeldeInTienden(som, aantal)) / 10.0;
}

QVariant gemiddeldeCel(qint64 som, qint64 aantal)
{
    const auto g = gemiddelde(som, aantal);
    return g ? QVariant(*g) : QVariant();
}

} // namespace rd
