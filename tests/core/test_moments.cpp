#include "regviz/core/dataset.h"
#include "regviz/core/moments.h"
#include "regviz/core/objective.h"

#include <Eigen/Core>
#include <cmath>
#include <cstdint>
#include <gtest/gtest.h>
#include <ostream>
#include <random>

namespace {

// Sxy = w Sxx + s Sxe and the direct dot product can cancel, so "relative 1e-12" is taken relative to
// the size of the terms being summed, not to the (possibly tiny) result.
constexpr double kRelative = 1e-12;

struct Draw
{
    std::uint64_t seed;
    Eigen::Index n;
};

std::ostream &operator<<(std::ostream &out, const Draw &d)
{
    return out << "seed " << d.seed << " n " << d.n;
}

class MomentsOfDraw : public testing::TestWithParam<Draw>
{
};

} // namespace

TEST_P(MomentsOfDraw, RescaleEqualsRecomputingFromTheData)
{
    const Draw draw = GetParam();
    const regviz::Dataset data = regviz::generateDataset(draw.seed, draw.n);
    const regviz::Moments base = regviz::computeMoments(data, 0.5, 0.0);
    std::mt19937_64 rng(draw.seed + 17U);
    std::uniform_real_distribution<double> weight(-2.0, 2.0);
    std::uniform_real_distribution<double> noise(0.0, 2.0);
    for (int trial = 0; trial < 200; ++trial) {
        // Include the edges of the slider ranges, where w or s vanish.
        const double w = trial == 0 ? 0.0 : weight(rng);
        const double s = trial == 1 ? 0.0 : noise(rng);
        const regviz::Moments direct = regviz::computeMoments(data, w, s);
        const regviz::Moments rescaled = regviz::rescaleMoments(base, w, s);

        // The parts that do not depend on w and s are carried over untouched.
        EXPECT_EQ(rescaled.n, direct.n);
        EXPECT_EQ(rescaled.sxx, direct.sxx);
        EXPECT_EQ(rescaled.sxe, direct.sxe);
        EXPECT_EQ(rescaled.see, direct.see);

        const double sxyScale = std::abs(w) * direct.sxx + s * std::abs(direct.sxe);
        const double syyScale = w * w * direct.sxx + 2.0 * std::abs(w * s * direct.sxe) + s * s * direct.see;
        EXPECT_NEAR(rescaled.sxy, direct.sxy, kRelative * sxyScale) << "w " << w << " s " << s;
        EXPECT_NEAR(rescaled.syy, direct.syy, kRelative * syyScale) << "w " << w << " s " << s;
    }
}

TEST_P(MomentsOfDraw, MseFromMomentsEqualsMeanSquaredResidual)
{
    const Draw draw = GetParam();
    const regviz::Dataset data = regviz::generateDataset(draw.seed, draw.n);
    std::mt19937_64 rng(draw.seed + 31U);
    std::uniform_real_distribution<double> weight(-2.0, 2.0);
    std::uniform_real_distribution<double> noise(0.0, 2.0);
    std::uniform_real_distribution<double> probe(-3.0, 3.0);
    for (int trial = 0; trial < 50; ++trial) {
        const double trueWeight = weight(rng);
        const double s = trial == 0 ? 0.0 : noise(rng);
        const regviz::Moments m = regviz::computeMoments(data, trueWeight, s);
        const Eigen::VectorXd y = regviz::responses(data, trueWeight, s);
        // Probe random w and the exact fit (trial 0 has no noise, so w = trueWeight gives MSE 0).
        for (const double w : {probe(rng), trueWeight, 0.0}) {
            const double direct = (y - w * data.x).squaredNorm() / static_cast<double>(draw.n);
            const double scale = m.syy + 2.0 * std::abs(w * m.sxy) + w * w * m.sxx;
            EXPECT_NEAR(regviz::mse(m, w), direct, kRelative * scale) << "w " << w;
            EXPECT_GE(regviz::mse(m, w), 0.0);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Draws, MomentsOfDraw,
                         testing::Values(Draw{42, 200}, Draw{1, 2}, Draw{7, 3}, Draw{123, 1000},
                                         Draw{4'294'967'295ULL, 50'000}));

TEST(MomentsOfData, AreTheDocumentedMeans)
{
    // A hand-made data set, so the expected means are known exactly: x = (1, -2), e = (0.5, 1).
    regviz::Dataset data;
    data.x = Eigen::Vector2d(1.0, -2.0);
    data.e = Eigen::Vector2d(0.5, 1.0);
    // y = 3 x + 2 e = (4, -4)
    const regviz::Moments m = regviz::computeMoments(data, 3.0, 2.0);
    EXPECT_EQ(m.n, 2);
    EXPECT_DOUBLE_EQ(m.sxx, 2.5);   // (1 + 4) / 2
    EXPECT_DOUBLE_EQ(m.sxe, -0.75); // (0.5 - 2) / 2
    EXPECT_DOUBLE_EQ(m.see, 0.625); // (0.25 + 1) / 2
    EXPECT_DOUBLE_EQ(m.sxy, 6.0);   // (4 + 8) / 2
    EXPECT_DOUBLE_EQ(m.syy, 16.0);  // (16 + 16) / 2
}

TEST(MomentsOfData, EmptyDataGivesZeroMoments)
{
    const regviz::Moments m = regviz::computeMoments(regviz::generateDataset(1, 0), 1.0, 1.0);
    EXPECT_EQ(m.n, 0);
    EXPECT_EQ(m.sxx, 0.0);
    EXPECT_EQ(m.sxy, 0.0);
    EXPECT_EQ(m.syy, 0.0);
    EXPECT_EQ(m.sxe, 0.0);
    EXPECT_EQ(m.see, 0.0);
}
