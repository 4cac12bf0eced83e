#pragma once

#include <QtGlobal>

// A tiny seeded PRNG (Steele, Lea, Flood 2014). The generator uses it instead of <random>
// distributions because those differ between standard libraries, and a seed must give the same
// org on every platform.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound); the modulo bias is far below anything a fixture could notice.
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    // True with the given probability in percent.
    bool percent(int chance) { return below(100) < chance; }
    double unit() { return double(next() >> 11) * (1.0 / double(1ULL << 53)); }

    template<typename Container>
    const auto &pick(const Container &items)
    {
        return items[below(int(std::size(items)))];
    }

private:
    quint64 m_state;
};
