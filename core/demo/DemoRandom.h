#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <random>

namespace rd::demo {

// Plain integer mapping of mt19937's output, the same on every standard library (the std
// distributions are not). The small modulo bias does not matter for demo data.
class Random
{
public:
    // A draw from many items by 64-bit weights (population, vg), by binary search.
    class Weights
    {
    public:
        void add(qint64 weight)
        {
            m_total += std::max<qint64>(weight, 0);
            m_cumulative.append(m_total);
        }
        bool isEmpty() const { return m_total <= 0; }
        qsizetype pick(Random &random) const
        {
            const auto x = qint64(random.below(quint64(m_total)));
            return std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x) -
                   m_cumulative.cbegin();
        }

    private:
        QList<qint64> m_cumulative;
        qint64 m_total = 0;
    };

    explicit Random(quint32 seed) : m_engine(seed) {}
    quint64 below(quint64 n)
    {
        const quint64 x = (quint64(m_engine()) << 32) | quint64(m_engine());
        return n == 0 ? 0 : x % n;
    }
    int between(int lo, int hi) { return lo + int(below(quint64(hi - lo + 1))); }
    bool chance(int perMille) { return below(1000) < quint64(perMille); }
    const QString &pick(const QStringList &list) { return list.at(qsizetype(below(list.size()))); }
    qsizetype weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int x = int(below(quint64(total)));
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if ((x -= weights.at(i)) < 0)
                return i;
        }
        return weights.size() - 1;
    }

private:
    std::mt19937 m_engine;
};

} // namespace rd::demo
