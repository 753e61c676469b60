#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace rd {

// A calendar half-year, written "2025-H1". Quotas (taakstelling) are set per half-year.
class HalfJaar
{
public:
    HalfJaar() = default;
    HalfJaar(int jaar, int helft);

    static std::optional<HalfJaar> parse(const QString &text);
    static HalfJaar van(const QDate &datum);

    int jaar() const { return m_jaar; }
    int helft() const { return m_helft; }
    bool isValid() const { return m_jaar > 0 && (m_helft == 1 || m_helft == 2); }

    QDate begin() const;
    QDate eind() const;
    bool bevat(const QDate &datum) const { return datum >= begin() && datum <= eind(); }
    // Art. 28: the population on 1 January of the calendar year before the half-year's year.
    int populatieJaar() const { return m_jaar - 1; }
    HalfJaar vorige() const;
    HalfJaar volgende() const;
    // Months of the half-year that have started by the given date (0..6), for the monthly pace.
    int verstrekenMaanden(const QDate &datum) const;
    QString toString() const;

    auto operator<=>(const HalfJaar &) const = default;

private:
    int m_jaar = 0;
    int m_helft = 0;
};

} // namespace rd
