#include "golden_section.h"
#include "regviz/core/conventions.h"
#include "regviz/core/dataset.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/objective.h"
#include "regviz/core/params.h"
#include "regviz/core/path.h"
#include "regviz/core/resampling.h"
#include "regviz/core/shrinkage.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <gtest/gtest.h>
#include <limits>
#include <optional>
#include <ostream>
#include <random>
#include <vector>

namespace {

using regviz::Penalty;

constexpr double kEps = std::numeric_limits<double>::epsilon();

regviz::Moments momentsFor(std::uint64_t seed, Eigen::Index n, double trueWeight, double noise)
{
    return regviz::computeMoments(regviz::generateDataset(seed, n), trueWeight, noise);
}

struct Scene
{
    regviz::Moments moments;
    double alpha = 0.5;
};

// Random 1-D scenes with small n (Sxx far from 1/3, Sxy of either sign), seeded so failures reproduce.
std::vector<Scene> randomScenes(int count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::uint64_t> dataSeed(0, 4'294'967'295ULL);
    std::uniform_int_distribution<Eigen::Index> size(2, 50);
    std::uniform_real_distribution<double> weight(-2.0, 2.0);
    std::uniform_real_distribution<double> noise(0.0, 2.0);
    std::uniform_real_distribution<double> alpha(0.0, 1.0);
    std::vector<Scene> scenes;
    for (int i = 0; i < count; ++i) {
        Scene s;
        s.moments = momentsFor(dataSeed(rng), size(rng), weight(rng), noise(rng));
        s.alpha = alpha(rng);
        if (i % 5 == 1)
            s.alpha = 0.0; // ridge-only elastic net: never reaches 0
        if (i % 5 == 2)
            s.alpha = 1.0;
        scenes.push_back(s);
    }
    return scenes;
}

using regviz::test::goldenSection;

} // namespace

// ================================================================ regularization path

TEST(ViewPath, EveryPointEqualsTheClosedForms)
{
    for (const bool logarithmic : {false, true}) {
        for (const Scene &s : randomScenes(40, 9001)) {
            const regviz::PathOptions options{5.0, 101, logarithmic};
            const regviz::RegularizationPath path = regviz::computePath(s.moments, s.alpha, options);
            ASSERT_EQ(path.lambda.size(), 101);
            ASSERT_EQ(path.lasso.size(), 101);
            ASSERT_EQ(path.ridge.size(), 101);
            ASSERT_EQ(path.elasticNet.size(), 101);
            const regviz::Minimizers thresholds = regviz::computeMinimizers(s.moments, {0.0, s.alpha});
            EXPECT_EQ(path.lambdaC, 2.0 * std::abs(s.moments.sxy));
            ASSERT_EQ(path.lambdaCElastic.has_value(), thresholds.lambdaCElastic.has_value());
            if (path.lambdaCElastic) {
                EXPECT_EQ(*path.lambdaCElastic, *thresholds.lambdaCElastic);
            }
            for (Eigen::Index i = 0; i < path.lambda.size(); ++i) {
                const regviz::Minimizers all =
                    regviz::computeMinimizers(s.moments, {path.lambda[i], s.alpha});
                // The path is the closed forms themselves, not an approximation of them.
                EXPECT_EQ(path.lasso[i], *all.lasso) << "lambda " << path.lambda[i];
                EXPECT_EQ(path.ridge[i], *all.ridge) << "lambda " << path.lambda[i];
                EXPECT_EQ(path.elasticNet[i], *all.elasticNet) << "lambda " << path.lambda[i];
            }
        }
    }
}

TEST(ViewPath, LassoIsExactlyZeroFromLambdaCOnAndNonzeroBelow)
{
    int zeros = 0;
    int nonzeros = 0;
    for (const Scene &s : randomScenes(40, 31337)) {
        const double lambdaC = 2.0 * std::abs(s.moments.sxy);
        // Grids that reach well past lambda_c, and one whose end is lambda_c itself.
        for (const double lambdaMax : {3.0 * lambdaC, lambdaC}) {
            const regviz::RegularizationPath path =
                regviz::computePath(s.moments, s.alpha, {lambdaMax, 61, false});
            ASSERT_EQ(path.lambda.size(), 61);
            EXPECT_EQ(path.lambda[60], lambdaMax);
            for (Eigen::Index i = 0; i < path.lambda.size(); ++i) {
                if (path.lambda[i] >= lambdaC) {
                    EXPECT_EQ(path.lasso[i], 0.0) << "lambda " << path.lambda[i] << " lambda_c " << lambdaC;
                    ++zeros;
                } else {
                    EXPECT_NE(path.lasso[i], 0.0) << "lambda " << path.lambda[i] << " lambda_c " << lambdaC;
                    ++nonzeros;
                }
                if (path.lambdaCElastic) {
                    EXPECT_EQ(path.elasticNet[i] == 0.0, path.lambda[i] >= *path.lambdaCElastic);
                } else {
                    EXPECT_NE(path.elasticNet[i], 0.0); // alpha = 0: pure ridge never reaches 0
                }
            }
        }
    }
    // Both sides of lambda_c were exercised.
    EXPECT_GT(zeros, 100);
    EXPECT_GT(nonzeros, 100);
}

TEST(ViewPath, GridEndsAndSpacing)
{
    const regviz::Moments m = momentsFor(42, 200, 0.5, 0.3);
    for (const double lambdaMax : {5.0, 0.37, 1e-4}) {
        const int count = 201;
        const regviz::RegularizationPath logPath = regviz::computePath(m, 0.5, {lambdaMax, count, true});
        ASSERT_EQ(logPath.lambda.size(), count);
        EXPECT_EQ(logPath.lambda[0], lambdaMax * 1e-3);
        EXPECT_EQ(logPath.lambda[count - 1], lambdaMax);
        // Geometric: every ratio is 1000^(1/200). exp of arguments up to log(1000) ~ 7 is good to a few
        // ulps of the result, so each ratio is good to ~1e-15 relative; a linear grid misses by ~1e-2.
        const double ratio = std::pow(1000.0, 1.0 / static_cast<double>(count - 1));
        for (Eigen::Index i = 0; i + 1 < count; ++i)
            EXPECT_NEAR(logPath.lambda[i + 1] / logPath.lambda[i], ratio, 1e-13) << "i " << i;

        const regviz::RegularizationPath linPath = regviz::computePath(m, 0.5, {lambdaMax, count, false});
        ASSERT_EQ(linPath.lambda.size(), count);
        EXPECT_EQ(linPath.lambda[0], 0.0);
        EXPECT_EQ(linPath.lambda[count - 1], lambdaMax);
        const double spacing = lambdaMax / (count - 1);
        for (Eigen::Index i = 0; i + 1 < count; ++i)
            EXPECT_NEAR(linPath.lambda[i + 1] - linPath.lambda[i], spacing, 4.0 * kEps * lambdaMax)
                << "i " << i;
    }
}

TEST(ViewPath, DegenerateGridsAreEmptyOrSingle)
{
    const regviz::Moments m = momentsFor(42, 200, 0.5, 0.0);
    EXPECT_EQ(regviz::computePath(m, 0.5, {5.0, 0, false}).lambda.size(), 0);
    EXPECT_EQ(regviz::computePath(m, 0.5, {-1.0, 11, false}).lambda.size(), 0);
    EXPECT_EQ(regviz::computePath(m, 0.5, {0.0, 11, true}).lambda.size(), 0);
    for (const bool logarithmic : {false, true}) {
        const regviz::RegularizationPath single = regviz::computePath(m, 0.5, {2.0, 1, logarithmic});
        ASSERT_EQ(single.lambda.size(), 1);
        EXPECT_EQ(single.lambda[0], 2.0);
    }
}

TEST(ViewPath, UnidentifiableDataDropsOnlyLambdaZero)
{
    regviz::Moments m; // every x is 0: MSE is flat in w
    m.syy = 0.7;
    m.see = 0.7;
    m.n = 10;
    const regviz::RegularizationPath linear = regviz::computePath(m, 0.5, {5.0, 11, false});
    ASSERT_EQ(linear.lambda.size(), 10);
    EXPECT_EQ(linear.lambda[0], 0.5); // the grid's second point
    EXPECT_EQ(linear.lambda[9], 5.0);
    for (Eigen::Index i = 0; i < 10; ++i) {
        // With lambda > 0 the penalty alone decides: every regularized minimizer is exactly 0.
        EXPECT_EQ(linear.lasso[i], 0.0);
        EXPECT_EQ(linear.ridge[i], 0.0);
        EXPECT_EQ(linear.elasticNet[i], 0.0);
    }
    // A logarithmic grid has no lambda = 0, so nothing is dropped.
    EXPECT_EQ(regviz::computePath(m, 0.5, {5.0, 11, true}).lambda.size(), 11);
}

// ================================================================ shrinkage operator

namespace {

struct ShrinkageCase
{
    double lambda;
    double alpha;
    std::uint64_t seed;
    Eigen::Index n;
};

// Strong and weak penalties, both ends of alpha, few and many points.
constexpr std::array<ShrinkageCase, 6> kShrinkageCases{{
    {0.5, 0.5, 42, 200},
    {0.05, 0.0, 7, 5},
    {2.0, 1.0, 11, 30},
    {5.0, 0.3, 3, 2},
    {0.0, 0.5, 42, 200},
    {1.3, 0.9, 99, 17},
}};

std::ostream &operator<<(std::ostream &out, const ShrinkageCase &c)
{
    return out << "lambda " << c.lambda << " alpha " << c.alpha << " seed " << c.seed << " n " << c.n;
}

} // namespace

TEST(ViewShrinkage, LassoIsASoftThresholdWithAnExactDeadBand)
{
    for (const ShrinkageCase &c : kShrinkageCases) {
        const regviz::Moments m = momentsFor(c.seed, c.n, 0.5, 0.2);
        const regviz::Regularization reg{c.lambda, c.alpha};
        const double deadBand = c.lambda / (2.0 * m.sxx);
        const double zMax = c.lambda > 0.0 ? 3.0 * deadBand : 1.0;
        const regviz::Shrinkage s = regviz::computeShrinkage(m, reg, -zMax, zMax, 401);
        ASSERT_EQ(s.ols.size(), 401) << c;
        ASSERT_EQ(s.lasso.size(), 401) << c;
        ASSERT_EQ(s.ridge.size(), 401) << c;
        ASSERT_EQ(s.elasticNet.size(), 401) << c;
        EXPECT_DOUBLE_EQ(s.deadBand, deadBand) << c;
        EXPECT_DOUBLE_EQ(s.ridgeSlope, m.sxx / (m.sxx + c.lambda)) << c;
        EXPECT_EQ(s.ols[0], -zMax) << c;
        EXPECT_EQ(s.ols[400], zMax) << c;
        int inside = 0;
        for (Eigen::Index i = 0; i < s.ols.size(); ++i) {
            const double z = s.ols[i];
            if (std::abs(z) <= s.deadBand) {
                EXPECT_EQ(s.lasso[i], 0.0) << c << " z " << z;
                ++inside;
            } else {
                EXPECT_EQ(s.lasso[i], z - std::copysign(s.deadBand, z)) << c << " z " << z;
            }
            EXPECT_EQ(s.ridge[i], s.ridgeSlope * z) << c << " z " << z;
        }
        if (c.lambda > 0.0) {
            EXPECT_GT(inside, 120) << c; // the dead band spans a third of the grid
        }
    }
}

TEST(ViewShrinkage, AgreesWithTheMinimizersOfMomentsWithThatOls)
{
    for (const ShrinkageCase &c : kShrinkageCases) {
        const regviz::Moments m = momentsFor(c.seed, c.n, 0.5, 0.2);
        const regviz::Regularization reg{c.lambda, c.alpha};
        const regviz::Shrinkage s = regviz::computeShrinkage(m, reg, -4.0, 4.0, 81);
        ASSERT_EQ(s.ols.size(), 81) << c;
        const double elasticBand = c.lambda * c.alpha / (2.0 * m.sxx);
        for (Eigen::Index i = 0; i < s.ols.size(); ++i) {
            const double z = s.ols[i];
            regviz::Moments withOls = m;
            withOls.sxy = z * m.sxx;
            const regviz::Minimizers all = regviz::computeMinimizers(withOls, reg);
            // Thresholding z or z Sxx then dividing by Sxx differ by a few roundings of numbers no larger
            // than |z| + deadBand; a wrong threshold or slope is off by O(lambda / Sxx).
            const double tol = 8.0 * kEps * (std::abs(z) + s.deadBand);
            EXPECT_NEAR(s.lasso[i], *all.lasso, tol) << c << " z " << z;
            EXPECT_NEAR(s.ridge[i], *all.ridge, tol) << c << " z " << z;
            EXPECT_NEAR(s.elasticNet[i], *all.elasticNet, tol) << c << " z " << z;
            // Away from the band edges (where the two roundings may disagree) the zero sets agree exactly.
            if (std::abs(std::abs(z) - s.deadBand) > tol) {
                EXPECT_EQ(s.lasso[i] == 0.0, *all.lasso == 0.0) << c << " z " << z;
            }
            if (std::abs(std::abs(z) - elasticBand) > tol) {
                EXPECT_EQ(s.elasticNet[i] == 0.0, *all.elasticNet == 0.0) << c << " z " << z;
            }
        }
    }
}

TEST(ViewShrinkage, EmptyWithoutSpreadInX)
{
    regviz::Moments m;
    m.n = 5;
    const regviz::Shrinkage s = regviz::computeShrinkage(m, {0.5, 0.5}, -1.0, 1.0, 11);
    EXPECT_EQ(s.ols.size(), 0);
    EXPECT_EQ(s.lasso.size(), 0);
    EXPECT_EQ(s.ridge.size(), 0);
    EXPECT_EQ(s.elasticNet.size(), 0);
}

// ================================================================ conventions

namespace {

// The residual sum of squares straight from the data, independent of Moments.
double residualSumOfSquares(const regviz::Dataset &data, double trueWeight, double noise, double w)
{
    double rss = 0.0;
    for (Eigen::Index i = 0; i < data.size(); ++i) {
        const double r = trueWeight * data.x[i] + noise * data.e[i] - w * data.x[i];
        rss += r * r;
    }
    return rss;
}

} // namespace

TEST(ViewSklearn, LibraryObjectivesArePositiveMultiplesOfOursWithTheSameMinimizer)
{
    std::mt19937_64 rng(2718);
    std::uniform_int_distribution<Eigen::Index> size(2, 60);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int trial = 0; trial < 30; ++trial) {
        const Eigen::Index n = size(rng);
        const regviz::Dataset data = regviz::generateDataset(static_cast<std::uint64_t>(trial) + 500, n);
        const double trueWeight = 4.0 * unit(rng) - 2.0;
        const double noise = 2.0 * unit(rng);
        const regviz::Moments m = regviz::computeMoments(data, trueWeight, noise);
        const regviz::Regularization reg{5.0 * unit(rng), trial % 7 == 0 ? 1.0 : unit(rng)};
        const regviz::SklearnMapping map = regviz::toSklearn(reg.lambda, reg.alpha, n);
        const auto nd = static_cast<double>(n);
        const auto rss = [&](double w) {
            return residualSumOfSquares(data, trueWeight, noise, w);
        };

        // The three objectives exactly as scikit-learn documents them.
        const auto sklearnLasso = [&](double w) {
            return rss(w) / (2.0 * nd) + map.lassoAlpha * std::abs(w);
        };
        const auto sklearnRidge = [&](double w) {
            return rss(w) + map.ridgeAlpha * w * w;
        };
        const auto sklearnElastic = [&](double w) {
            const double a = map.elasticAlpha;
            const double r = map.elasticL1Ratio;
            return rss(w) / (2.0 * nd) + a * r * std::abs(w) + a * (1.0 - r) / 2.0 * w * w;
        };

        // Piecewise quadratics equal at many w of both signs are equal: each is a fixed positive multiple
        // (1/2, n, 1/2) of ours, so the minimizers coincide. Tolerance: rounding of sums of O(n) terms
        // against the size of the terms; a wrong mapping misses by O(lambda |w|).
        for (double w = -3.0; w <= 3.0; w += 0.25) {
            const double scale =
                m.syy + 2.0 * std::abs(w * m.sxy) + w * w * m.sxx + reg.lambda * (std::abs(w) + w * w);
            const double tol = 1e-13 * (1.0 + scale);
            EXPECT_NEAR(sklearnLasso(w), 0.5 * regviz::objective(m, Penalty::L1, reg, w), tol) << w;
            EXPECT_NEAR(sklearnRidge(w) / nd, regviz::objective(m, Penalty::L2, reg, w), tol) << w;
            EXPECT_NEAR(sklearnElastic(w), 0.5 * regviz::objective(m, Penalty::ElasticNet, reg, w), tol) << w;
        }

        // And directly: minimizing the library objective lands on our closed form, to the resolution of
        // a search on a function that is flat to rounding near its minimum: F - F* >= k (w - w*)^2 with
        // k = Sxx + lambda_l2 (times the same factor as F), so points within sqrt(64 eps scale / k) cannot
        // be told apart. A wrong mapping moves the minimizer by O(lambda / Sxx).
        const regviz::Minimizers ours = regviz::computeMinimizers(m, reg);
        const double bound = 2.0 * std::abs(*ours.ols) + 1.0;
        const auto resolution = [&](Penalty kind, double w) {
            const double scale =
                m.syy + 2.0 * std::abs(w * m.sxy) + w * w * m.sxx + regviz::penalty(kind, reg, w);
            return std::sqrt(64.0 * kEps * scale / (m.sxx + regviz::l2Weight(kind, reg))) + 1e-12;
        };
        EXPECT_NEAR(goldenSection(sklearnLasso, -bound, bound), *ours.lasso,
                    resolution(Penalty::L1, *ours.lasso));
        EXPECT_NEAR(goldenSection(sklearnRidge, -bound, bound), *ours.ridge,
                    resolution(Penalty::L2, *ours.ridge));
        EXPECT_NEAR(goldenSection(sklearnElastic, -bound, bound), *ours.elasticNet,
                    resolution(Penalty::ElasticNet, *ours.elasticNet));
    }
}

TEST(ViewSklearn, KnownValuesAndRatioEnds)
{
    struct Case
    {
        double lambda, alpha;
        std::int64_t n;
        regviz::SklearnMapping expected;
    };
    // By hand from the header's formulas: a = lambda/2, n lambda, lambda (2 - alpha)/2, r = alpha/(2 -
    // alpha).
    const std::array<Case, 4> cases{{
        {0.5, 0.5, 200, {0.25, 100.0, 0.375, 1.0 / 3.0}},
        {2.0, 1.0, 10, {1.0, 20.0, 1.0, 1.0}}, // alpha = 1: sklearn's ElasticNet is its Lasso
        {2.0, 0.0, 10, {1.0, 20.0, 2.0, 0.0}}, // alpha = 0: a (1 - r)/2 w^2 = lambda w^2 / 2, half of ours
        {0.0, 0.5, 7, {0.0, 0.0, 0.0, 1.0 / 3.0}},
    }};
    for (const Case &c : cases) {
        const regviz::SklearnMapping s = regviz::toSklearn(c.lambda, c.alpha, c.n);
        EXPECT_DOUBLE_EQ(s.lassoAlpha, c.expected.lassoAlpha) << c.lambda << " " << c.alpha;
        EXPECT_DOUBLE_EQ(s.ridgeAlpha, c.expected.ridgeAlpha) << c.lambda << " " << c.alpha;
        EXPECT_DOUBLE_EQ(s.elasticAlpha, c.expected.elasticAlpha) << c.lambda << " " << c.alpha;
        EXPECT_DOUBLE_EQ(s.elasticL1Ratio, c.expected.elasticL1Ratio) << c.lambda << " " << c.alpha;
    }
}

// ================================================================ the classic 2-D picture

namespace {

regviz::Params resampleParams(double lambda, double noise, std::uint64_t seed, int samples)
{
    regviz::Params params;
    params.lambda = lambda;
    params.trueWeight = 0.2;
    params.noise = noise;
    params.seed = seed;
    params.samples = samples;
    params.alpha = 0.5;
    return params;
}

} // namespace

TEST(ViewResampling, MatchesADirectRecount)
{
    const regviz::Params params = resampleParams(0.15, 0.8, 7, 30);
    const int draws = 60;
    const regviz::Resampling r = regviz::resample(params, draws);

    std::vector<double> lasso;
    std::vector<double> ridge;
    int zeros = 0;
    for (int k = 1; k <= draws; ++k) {
        const regviz::Dataset data =
            regviz::generateDataset(params.seed + static_cast<std::uint64_t>(k), params.samples);
        const regviz::Moments m = regviz::computeMoments(data, params.trueWeight, params.noise);
        const regviz::Minimizers all = regviz::computeMinimizers(m, {params.lambda, params.alpha});
        lasso.push_back(*all.lasso);
        ridge.push_back(*all.ridge);
        zeros += *all.lasso == 0.0 ? 1 : 0;
        // resample() rescales moments drawn at weight 0 and noise 0; moments taken straight from y can
        // differ in the last bits. No draw sits that close to its threshold, so the counts must agree.
        ASSERT_GT(std::abs(std::abs(m.sxy) - params.lambda / 2.0), 1e-9) << "draw " << k;
    }
    ASSERT_EQ(r.lasso.size(), lasso.size());
    ASSERT_EQ(r.ridge.size(), ridge.size());
    for (std::size_t i = 0; i < lasso.size(); ++i) {
        EXPECT_NEAR(r.lasso[i], lasso[i], 1e-12) << i;
        EXPECT_EQ(r.lasso[i] == 0.0, lasso[i] == 0.0) << i;
        EXPECT_NEAR(r.ridge[i], ridge[i], 1e-12) << i;
    }
    EXPECT_EQ(r.lassoZeros, zeros);
    // The scene sits where some draws are zeroed and some are not, so the count is a real test.
    EXPECT_GT(zeros, 0);
    EXPECT_LT(zeros, draws);
}

TEST(ViewResampling, FarPastLambdaCEveryLassoEstimateIsZero)
{
    // lambda_c = 2 |Sxy| ~ 2 * 0.2 * 1/3 with little noise: lambda = 5 is an order of magnitude past it.
    const regviz::Resampling r = regviz::resample(resampleParams(5.0, 0.05, 123, 20), 50);
    ASSERT_EQ(r.lasso.size(), 50U);
    ASSERT_EQ(r.ridge.size(), 50U);
    EXPECT_EQ(r.lassoZeros, 50);
    for (std::size_t k = 0; k < r.lasso.size(); ++k) {
        EXPECT_EQ(r.lasso[k], 0.0) << k;
        EXPECT_GT(r.ridge[k], 0.0) << k; // ridge only shrinks
    }
}

TEST(ViewResampling, DeterministicAndSeeded)
{
    const regviz::Params params = resampleParams(0.3, 0.5, 42, 25);
    const regviz::Resampling a = regviz::resample(params, 20);
    const regviz::Resampling b = regviz::resample(params, 20);
    EXPECT_EQ(a.lasso, b.lasso);
    EXPECT_EQ(a.ridge, b.ridge);
    EXPECT_EQ(a.lassoZeros, b.lassoZeros);
    // Draw k uses seed + k: shifting the seed by one shifts the estimates by one draw.
    const regviz::Resampling shifted = regviz::resample(resampleParams(0.3, 0.5, 43, 25), 19);
    EXPECT_EQ(std::vector<double>(a.ridge.begin() + 1, a.ridge.end()), shifted.ridge);
    EXPECT_TRUE(regviz::resample(params, 0).lasso.empty());
}
