#pragma once

#include <cstdint>
#include <random>

namespace regviz {

/// A random source that yields the same numbers on every machine and compiler.
///
/// std::mt19937_64's raw output is fixed by the standard, but std::uniform_real_distribution and
/// std::normal_distribution are not, so the transforms to uniform and normal variates live here.
class PortableRandom
{
public:
    explicit PortableRandom(std::uint64_t seed) : m_engine(seed) {}

    /// The engine's next raw 64-bit output.
    std::uint64_t nextRaw() { return m_engine(); }

    /// Uniform on [0, 1) with 53 random bits: every value is a multiple of 2^-53.
    double nextUnit();

    /// Uniform on [low, high).
    double nextUniform(double low, double high) { return low + (high - low) * nextUnit(); }

    /// Standard normal by Marsaglia's polar method (only log and sqrt, no trigonometry).
    double nextNormal();

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace regviz
