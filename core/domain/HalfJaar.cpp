#include "core/domain/HalfJaar.h"

#include <QRegularExpression>

namespace rd {

HalfJaar::HalfJaar(int jaar, int helft) : m_jaar(jaar), m_helft(helft) {}

std::optional<HalfJaar> HalfJaar::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-[Hh]([12])$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int jaar = match.captured(1).toInt();
    if (jaar < 1900 || jaar > 2999)
        return std::nullopt;
    return HalfJaar(jaar, match.captured(2).toInt());
}

HalfJaar HalfJaar::van(const QDate &datum)
{
    return HalfJaar(datum.year(), datum.month() <= 6 ? 1 : 2);
}

QDate HalfJaar::begin() const
{
    return QDate(m_jaar, m_helft == 1 ? 1 : 7, 1);
}

QDate HalfJaar::eind() const
{
    return m_helft == 1 ? QDate(m_jaar, 6, 30) : QDate(m_jaar, 12, 31);
}

HalfJaar HalfJaar::vorige() const
{
    return m_helft == 1 ? HalfJaar(m_jaar - 1, 2) : HalfJaar(m_jaar, 1);
}

HalfJaar HalfJaar::volgende() const
{
    return m_helft == 1 ? HalfJaar(m_jaar, 2) : HalfJaar(m_jaar + 1, 1);
}

int HalfJaar::verstrekenMaanden(const QDate &datum) const
{
    if (datum < begin())
        return 0;
    if (datum > eind())
        return 6;
    return datum.month() - begin().month() + 1;
}

QString HalfJaar::toString() const
{
    return QStringLiteral("%1-H%2").arg(QString::number(m_jaar), QString::number(m_helft));
}

} // namespace rd
