#include "regviz/core/random.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <gtest/gtest.h>
#include <random>

// The reference values below were recorded once with %.17g from this implementation on x86-64/glibc.
// They pin the output so that a data set drawn for a seed looks the same on every machine and after
// every refactoring: a change of transform, bit count or pairing would shift them.

namespace {

constexpr double kTwoToMinus53 = 1.0 / 9007199254740992.0;

} // namespace

TEST(PortableRandom, RawOutputMatchesTheStandardsCheckValue)
{
    // [rand.predef] fixes the 10000th output of a default-constructed mt19937_64 (seed 5489); this
    // does not depend on our recording at all.
    regviz::PortableRandom random(5489);
    std::uint64_t value = 0;
    for (int i = 0; i < 10000; ++i)
        value = random.nextRaw();
    EXPECT_EQ(value, 9981545732273789042ULL);
}

TEST(PortableRandom, KeepsEveryBitOfTheSeed)
{
    // The check value above pins the engine; what PortableRandom adds is how it seeds it. A seed cut to
    // 32 bits (or ignored) would make these streams equal, or differ from the engine seeded directly.
    constexpr std::uint64_t kHigh = std::uint64_t{1} << 40;
    for (const std::uint64_t seed : {std::uint64_t{0}, std::uint64_t{42}, kHigh + 42}) {
        regviz::PortableRandom ours(seed);
        std::mt19937_64 engine(seed);
        for (int i = 0; i < 3; ++i)
            EXPECT_EQ(ours.nextRaw(), engine()) << "seed " << seed;
    }
    regviz::PortableRandom low(42);
    regviz::PortableRandom high(kHigh + 42);
    EXPECT_NE(low.nextRaw(), high.nextRaw());
}

TEST(PortableRandom, FirstUnitValuesMatchRecordedReferenceExactly)
{
    // Exact comparison is right: each value is an integer times 2^-53, no rounding is involved.
    constexpr std::array<double, 5> kExpected{0.75515553295453897, 0.63903139385469743, 0.7521452007480266,
                                              0.13627268363243705, 0.90326896642837828};
    regviz::PortableRandom random(42);
    for (const double expected : kExpected)
        EXPECT_EQ(random.nextUnit(), expected);
}

TEST(PortableRandom, FirstUniformValuesMatchRecordedReferenceExactly)
{
    // -1 + 2 u is exact for u a multiple of 2^-53 in [0, 1), so these are exact too.
    constexpr std::array<double, 5> kExpected{0.51031106590907793, 0.27806278770939485, 0.5042904014960532,
                                              -0.72745463273512589, 0.80653793285675657};
    regviz::PortableRandom random(42);
    for (const double expected : kExpected)
        EXPECT_EQ(random.nextUniform(-1.0, 1.0), expected);
}

TEST(PortableRandom, FirstNormalValuesMatchRecordedReference)
{
    // These go through std::log and std::sqrt, which a different libm may round differently in the last
    // bit; 1e-15 relative allows a few ulps and nothing more.
    constexpr std::array<double, 6> kExpected{1.2938204232729367,   0.70498826642085988, 0.39797739618378869,
                                              -0.57409480672026136, 1.1185550524574781,  -1.9066853448304657};
    regviz::PortableRandom random(42);
    for (const double expected : kExpected)
        EXPECT_NEAR(random.nextNormal(), expected, 1e-15 * std::abs(expected));
}

TEST(PortableRandom, UnitValuesAreTheTop53BitsOfTheRawStream)
{
    // An independent derivation from std::mt19937_64: catches a wrong shift or scale even for values
    // the recorded reference does not cover.
    regviz::PortableRandom random(123456789);
    std::mt19937_64 engine(123456789);
    for (int i = 0; i < 1000; ++i) {
        const double expected = static_cast<double>(engine() >> 11U) * kTwoToMinus53;
        const double u = random.nextUnit();
        ASSERT_EQ(u, expected) << "draw " << i;
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        ASSERT_EQ(std::floor(u / kTwoToMinus53), u / kTwoToMinus53) << "not a multiple of 2^-53";
    }
}

TEST(PortableRandom, SameSeedGivesSameStream)
{
    regviz::PortableRandom a(7);
    regviz::PortableRandom b(7);
    for (int i = 0; i < 100; ++i) {
        ASSERT_EQ(a.nextUnit(), b.nextUnit());
        ASSERT_EQ(a.nextNormal(), b.nextNormal());
    }
}

TEST(PortableRandom, NormalSampleHasUnitMoments)
{
    // n = 200000: the standard error of the mean is 1/sqrt(n) = 0.0022 and of the variance
    // sqrt(2/n) = 0.0032; 5 sigma bounds fail only if the transform is wrong, not by chance.
    constexpr int kCount = 200'000;
    regviz::PortableRandom random(2024);
    double sum = 0.0;
    double sumSquares = 0.0;
    for (int i = 0; i < kCount; ++i) {
        const double z = random.nextNormal();
        ASSERT_TRUE(std::isfinite(z));
        sum += z;
        sumSquares += z * z;
    }
    const double mean = sum / kCount;
    const double variance = sumSquares / kCount - mean * mean;
    EXPECT_NEAR(mean, 0.0, 5.0 / std::sqrt(kCount));
    EXPECT_NEAR(variance, 1.0, 5.0 * std::sqrt(2.0 / kCount));
}
