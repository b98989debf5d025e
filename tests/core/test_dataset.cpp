#include "regviz/core/dataset.h"
#include "regviz/core/params.h"

#include <Eigen/Core>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <ostream>
#include <utility>

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

// y = w x + s e computed in two places may differ if one of them is contracted into an fma on some
// targets; a few ulps of the terms' magnitude is far below any error a wrong formula would make.
void expectResponse(double actual, double w, double x, double s, double e)
{
    const double scale = std::abs(w * x) + std::abs(s * e);
    EXPECT_NEAR(actual, w * x + s * e, 4.0 * kEps * scale);
}

} // namespace

TEST(Dataset, FirstPointsMatchRecordedReference)
{
    // Recorded once with %.17g. x is exact (a multiple of 2^-52); e goes through log and sqrt, so it
    // gets the few-ulp tolerance a different libm may need.
    constexpr std::array<double, 4> kX{0.51031106590907793, 0.27806278770939485, 0.5042904014960532,
                                       -0.72745463273512589};
    constexpr std::array<double, 4> kE{0.22234525600854571, -0.36599749399856585, -0.38213990522990948,
                                       0.55951734417579346};
    const regviz::Dataset data = regviz::generateDataset(42, 4);
    ASSERT_EQ(data.size(), 4);
    ASSERT_EQ(data.e.size(), 4);
    EXPECT_EQ(data.seed, 42U);
    for (std::size_t k = 0; k < kX.size(); ++k) {
        const auto i = static_cast<Eigen::Index>(k);
        EXPECT_EQ(data.x[i], kX[k]);
        EXPECT_NEAR(data.e[i], kE[k], 1e-15 * std::abs(kE[k]));
    }
}

TEST(Dataset, XLiesInHalfOpenUnitInterval)
{
    const regviz::Dataset data = regviz::generateDataset(3, 100'000);
    EXPECT_GE(data.x.minCoeff(), -1.0);
    EXPECT_LT(data.x.maxCoeff(), 1.0);
    // A sample this large reaches both ends: a draw confined to [0, 1) or scaled wrongly fails here.
    EXPECT_LT(data.x.minCoeff(), -0.999);
    EXPECT_GT(data.x.maxCoeff(), 0.999);
}

TEST(Dataset, SameSeedAndSizeGiveIdenticalData)
{
    const regviz::Dataset a = regviz::generateDataset(11, 500);
    const regviz::Dataset b = regviz::generateDataset(11, 500);
    EXPECT_EQ(a.x, b.x);
    EXPECT_EQ(a.e, b.e);
}

TEST(Dataset, DifferentSeedsGiveDifferentData)
{
    const regviz::Dataset a = regviz::generateDataset(11, 50);
    const regviz::Dataset b = regviz::generateDataset(12, 50);
    // Every coordinate differs: neighbouring seeds must not share any part of either stream.
    EXPECT_TRUE((a.x.array() != b.x.array()).all());
    EXPECT_TRUE((a.e.array() != b.e.array()).all());
}

namespace {

class DatasetPrefix : public testing::TestWithParam<Eigen::Index>
{
};

} // namespace

TEST_P(DatasetPrefix, FirstPointsDoNotDependOnN)
{
    // Growing n must add points, not redraw the cloud; odd k checks the pairwise normal generator.
    const Eigen::Index k = GetParam();
    const regviz::Dataset small = regviz::generateDataset(99, k);
    for (const Eigen::Index n : {k, k + 1, k + 2, 2 * k + 7, Eigen::Index{1000}}) {
        const regviz::Dataset large = regviz::generateDataset(99, n);
        ASSERT_EQ(large.size(), n);
        EXPECT_EQ(large.x.head(k), small.x) << "n = " << n;
        EXPECT_EQ(large.e.head(k), small.e) << "n = " << n;
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, DatasetPrefix, testing::Values(1, 2, 3, 10, 199, 200));

TEST(Dataset, PrefixAcrossBlockBoundariesDoesNotDependOnN)
{
    // Large draws are filled block by block on several threads: the result must not depend on where n
    // ends or on how the blocks were shared out.
    constexpr Eigen::Index kBlock = regviz::kDatasetBlock;
    const regviz::Dataset small = regviz::generateDataset(7, kBlock + 3);
    for (const Eigen::Index n : {kBlock + 3, 2 * kBlock, 3 * kBlock + 11}) {
        const regviz::Dataset large = regviz::generateDataset(7, n);
        EXPECT_EQ(large.x.head(small.size()), small.x) << "n = " << n;
        EXPECT_EQ(large.e.head(small.size()), small.e) << "n = " << n;
    }
    const regviz::Dataset again = regviz::generateDataset(7, 3 * kBlock + 11);
    EXPECT_EQ(again.x, regviz::generateDataset(7, 3 * kBlock + 11).x);
}

TEST(Dataset, BlocksDoNotRepeatEachOther)
{
    // Each block has its own engine: a block that restarted another's stream would repeat its values.
    constexpr Eigen::Index kBlock = regviz::kDatasetBlock;
    const regviz::Dataset data = regviz::generateDataset(42, 3 * kBlock);
    for (Eigen::Index a = 0; a < 3; ++a) {
        for (Eigen::Index b = a + 1; b < 3; ++b) {
            EXPECT_TRUE(
                (data.x.segment(a * kBlock, 64).array() != data.x.segment(b * kBlock, 64).array()).all());
            EXPECT_TRUE(
                (data.e.segment(a * kBlock, 64).array() != data.e.segment(b * kBlock, 64).array()).all());
        }
        // Nor may the x and e engines of one block share a seed.
        EXPECT_TRUE((data.x.segment(a * kBlock, 64).array() != data.e.segment(a * kBlock, 64).array()).all());
    }
}

TEST(Dataset, LargeSampleHasTheDocumentedDistribution)
{
    // n = 100000 and 5 standard errors: mean(e) has SE 1/sqrt(n), var(e) has SE sqrt(2/n), mean(x)
    // has SE sqrt(1/(3n)), mean(x^2) has SE sqrt(4/(45n)), mean(x e) has SE sqrt(1/(3n)) when x and e
    // are independent. A fixed seed makes this deterministic; 5 sigma keeps it meaningful.
    constexpr Eigen::Index kN = 100'000;
    const auto n = static_cast<double>(kN);
    for (const std::uint64_t seed : {std::uint64_t{1}, std::uint64_t{42}, regviz::limits::seed.max}) {
        const regviz::Dataset data = regviz::generateDataset(seed, kN);
        const double meanE = data.e.mean();
        const double varE = (data.e.array() - meanE).square().sum() / (n - 1.0);
        EXPECT_NEAR(meanE, 0.0, 5.0 / std::sqrt(n)) << "seed " << seed;
        EXPECT_NEAR(varE, 1.0, 5.0 * std::sqrt(2.0 / n)) << "seed " << seed;
        EXPECT_NEAR(data.x.mean(), 0.0, 5.0 * std::sqrt(1.0 / (3.0 * n))) << "seed " << seed;
        EXPECT_NEAR(data.x.squaredNorm() / n, 1.0 / 3.0, 5.0 * std::sqrt(4.0 / (45.0 * n)))
            << "seed " << seed;
        EXPECT_NEAR(data.x.dot(data.e) / n, 0.0, 5.0 * std::sqrt(1.0 / (3.0 * n))) << "seed " << seed;
    }
}

TEST(Dataset, ZeroPointsGiveEmptyData)
{
    const regviz::Dataset data = regviz::generateDataset(42, 0);
    EXPECT_EQ(data.size(), 0);
    EXPECT_EQ(data.x.size(), 0);
    EXPECT_EQ(data.e.size(), 0);
    EXPECT_EQ(regviz::responses(data, 0.5, 1.0).size(), 0);
}

TEST(Dataset, ResponsesAreTrueWeightTimesXPlusNoiseTimesE)
{
    const regviz::Dataset data = regviz::generateDataset(5, 300);
    for (const auto &[w, s] : {std::pair{0.5, 0.0}, std::pair{-1.75, 0.3}, std::pair{0.0, 2.0}}) {
        const Eigen::VectorXd y = regviz::responses(data, w, s);
        ASSERT_EQ(y.size(), data.size());
        for (Eigen::Index i = 0; i < y.size(); ++i)
            expectResponse(y[i], w, data.x[i], s, data.e[i]);
    }
}

namespace {

struct SampleCase
{
    Eigen::Index n;
    Eigen::Index maxPoints;
    Eigen::Index expectedSize;
};

std::ostream &operator<<(std::ostream &out, const SampleCase &c)
{
    return out << "n " << c.n << " maxPoints " << c.maxPoints;
}

class DisplaySample : public testing::TestWithParam<SampleCase>
{
};

} // namespace

TEST_P(DisplaySample, ReturnsTheFirstMinNKPointsOnTheLine)
{
    const SampleCase c = GetParam();
    const double w = -1.25;
    const double s = 0.7;
    const regviz::Dataset data = regviz::generateDataset(8, c.n);
    const regviz::PointSample sample = regviz::displaySample(data, w, s, c.maxPoints);
    ASSERT_EQ(sample.x.size(), c.expectedSize);
    ASSERT_EQ(sample.y.size(), c.expectedSize);
    EXPECT_EQ(sample.x, data.x.head(c.expectedSize));
    for (Eigen::Index i = 0; i < c.expectedSize; ++i)
        expectResponse(sample.y[i], w, data.x[i], s, data.e[i]);
}

INSTANTIATE_TEST_SUITE_P(Sizes, DisplaySample,
                         testing::Values(SampleCase{100, 10, 10}, SampleCase{10, 100, 10},
                                         SampleCase{10, 10, 10}, SampleCase{10, 0, 0}, SampleCase{0, 5, 0},
                                         SampleCase{10, -3, 0}));
