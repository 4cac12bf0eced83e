#pragma once

#include <cstdint>

// Deterministic PRNG for seeds and fault decisions. Hand-rolled on purpose: std::uniform_*_distribution output differs
// between standard libraries, and a seed must give the same org everywhere.
class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound) (bound > 0); the modulo bias is irrelevant for test data.
    int below(int bound) { return bound <= 0 ? 0 : int(next() % std::uint64_t(bound)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return unit() < probability; }

private:
    std::uint64_t m_state;
};
