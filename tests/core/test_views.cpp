#include "regviz/core/dataset.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/objective.h"
#include "regviz/core/params.h"
#include "regviz/core/views.h"

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

// Golden-section search for the minimizer of a convex f on [low, high], run until the bracket stops
// shrinking. Knows nothing of soft thresholds.
double goldenSection(const std::function<double(double)> &f, double low, double high)
{
    const double inverseGolden = (std::sqrt(5.0) - 1.0) / 2.0;
    double a = low;
    double b = high;
    double c = b - inverseGolden * (b - a);
    double d = a + inverseGolden * (b - a);
    double fc = f(c);
    double fd = f(d);
    for (int i = 0; i < 400 && b - a > 0.0; ++i) {
        if (fc <= fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - inverseGolden * (b - a);
            fc = f(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + inverseGolden * (b - a);
            fd = f(d);
        }
    }
    return fc <= fd ? c : d;
}

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

struct TwoDCase
{
    regviz::TwoDProblem problem;
    regviz::Regularization reg;
};

std::ostream &operator<<(std::ostream &out, const TwoDCase &c)
{
    return out << "rho " << c.problem.correlation << " w_true (" << c.problem.trueWeights.transpose()
               << ") noise " << c.problem.noise << " lambda " << c.reg.lambda << " alpha " << c.reg.alpha;
}

// Random problems over the allowed range, with strongly correlated features (rho = +-0.9, +-0.95) often.
std::vector<TwoDCase> randomTwoDCases(int count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const std::array<double, 4> strong{0.9, -0.9, 0.95, -0.95};
    std::vector<TwoDCase> cases;
    for (int i = 0; i < count; ++i) {
        TwoDCase c;
        c.problem.correlation =
            i % 2 == 0 ? strong[static_cast<std::size_t>(i / 2) % 4] : 1.9 * unit(rng) - 0.95;
        c.problem.trueWeights = {4.0 * unit(rng) - 2.0, 4.0 * unit(rng) - 2.0};
        c.problem.noise = unit(rng);
        c.reg = {(i % 3 == 0 ? 5.0 : 1.5) * unit(rng), unit(rng)};
        cases.push_back(c);
    }
    return cases;
}

// Brute-force minimization of a convex F on the plane, knowing nothing of soft thresholds: the best point
// of a grid over a box that must hold the minimizer, then a compass search (axes and diagonals,
// which include Sigma's eigenvectors) that halves its step whenever no direction improves.
Eigen::Vector2d bruteForceMinimizer(const std::function<double(const Eigen::Vector2d &)> &f, double radius)
{
    // F is convex, so the grid only has to land in the right basin; the compass search does the rest.
    constexpr int kGrid = 31;
    const double spacing = 2.0 * radius / (kGrid - 1);
    Eigen::Vector2d best = Eigen::Vector2d::Zero();
    double fBest = f(best);
    for (int i = 0; i < kGrid; ++i) {
        for (int j = 0; j < kGrid; ++j) {
            const Eigen::Vector2d w(-radius + spacing * i, -radius + spacing * j);
            const double fw = f(w);
            if (fw < fBest) {
                best = w;
                fBest = fw;
            }
        }
    }
    const double d = std::sqrt(0.5);
    const std::array<Eigen::Vector2d, 8> directions{
        {{1.0, 0.0}, {-1.0, 0.0}, {0.0, 1.0}, {0.0, -1.0}, {d, d}, {-d, -d}, {d, -d}, {-d, d}}};
    double step = spacing;
    for (int iteration = 0; iteration < 200'000 && step > 1e-15 * (1.0 + best.norm()); ++iteration) {
        bool improved = false;
        for (const Eigen::Vector2d &direction : directions) {
            const Eigen::Vector2d candidate = best + step * direction;
            const double fc = f(candidate);
            if (fc < fBest) {
                best = candidate;
                fBest = fc;
                improved = true;
            }
        }
        if (!improved)
            step /= 2.0;
    }
    return best;
}

// A box around 0 that holds every minimizer: F(w*) <= F(0) gives MSE(w*) <= MSE(0), so
// |w* - ols| <= |ols| sqrt(e_max / e_min) with e = 1 +- |rho| the eigenvalues of Sigma.
double searchRadius(const regviz::TwoDProblem &problem, const Eigen::Vector2d &ols)
{
    const double rho = std::abs(problem.correlation);
    return 1.1 * ols.norm() * (1.0 + std::sqrt((1.0 + rho) / (1.0 - rho))) + 0.1;
}

// The size of the terms summed when F(w) is evaluated: its rounding error is a few eps times this.
double objectiveScale(const TwoDCase &c, Penalty kind, const Eigen::Vector2d &w)
{
    const regviz::TwoDProblem &p = c.problem;
    return p.outputMoment() + 2.0 * std::abs(p.crossMoment().dot(w)) + w.dot(p.sigma() * w) +
           regviz::l1Weight(kind, c.reg) * w.lpNorm<1>() + regviz::l2Weight(kind, c.reg) * w.squaredNorm();
}

// How far a search can end from the minimizer: F(w) - F(w*) >= k |w - w*|^2, k = e_min + lambda_l2, and
// points whose F differ by less than the rounding of F cannot be told apart. At rho = 0.95 this is a few
// 1e-7; a wrong solver is off by O(lambda).
double searchResolution(const TwoDCase &c, Penalty kind, const Eigen::Vector2d &w)
{
    const double k = 1.0 - std::abs(c.problem.correlation) + regviz::l2Weight(kind, c.reg);
    return std::sqrt(32.0 * kEps * objectiveScale(c, kind, w) / k) + 1e-12;
}

void expectMinimizes(const TwoDCase &c, Penalty kind, const Eigen::Vector2d &solution, double radius)
{
    const auto f = [&](const Eigen::Vector2d &w) {
        return regviz::objective2d(c.problem, kind, c.reg, w);
    };
    const Eigen::Vector2d brute = bruteForceMinimizer(f, radius);
    // The solver is never beaten by the search...
    EXPECT_LE(f(solution), f(brute) + 8.0 * kEps * objectiveScale(c, kind, brute))
        << regviz::penaltyName(kind) << " " << c;
    // ...and the search ends where the solver is.
    EXPECT_LE((solution - brute).norm(), searchResolution(c, kind, solution))
        << regviz::penaltyName(kind) << " " << c << " solution (" << solution.transpose() << ") brute ("
        << brute.transpose() << ")";
}

// Optimality of MSE + l1 |w|_1 + l2 |w|^2: with g the gradient of the smooth part, g_j + l1 sign(w_j) = 0
// where w_j != 0 and |g_j| <= l1 where w_j = 0. The coordinate descent stops at changes of a few ulps,
// which leave residuals of ~1e-15; 1e-12 leaves room for the rounding of g itself.
void expectKkt(const TwoDCase &c, Penalty kind, const Eigen::Vector2d &w)
{
    constexpr double kTolerance = 1e-12;
    const double l1 = regviz::l1Weight(kind, c.reg);
    const double l2 = regviz::l2Weight(kind, c.reg);
    const Eigen::Vector2d g = 2.0 * (c.problem.sigma() * w - c.problem.crossMoment()) + 2.0 * l2 * w;
    for (Eigen::Index j = 0; j < 2; ++j) {
        if (w[j] != 0.0) {
            EXPECT_NEAR(g[j] + l1 * std::copysign(1.0, w[j]), 0.0, kTolerance)
                << regviz::penaltyName(kind) << " j " << j << " " << c;
        } else {
            EXPECT_LE(std::abs(g[j]), l1 + kTolerance) << regviz::penaltyName(kind) << " j " << j << " " << c;
        }
    }
}

} // namespace

TEST(ViewTwoD, MomentsOfTheProblem)
{
    regviz::TwoDProblem p;
    p.correlation = -0.4;
    p.trueWeights = {1.5, -0.5};
    p.noise = 0.3;
    const Eigen::Matrix2d sigma = p.sigma();
    EXPECT_EQ(sigma(0, 0), 1.0);
    EXPECT_EQ(sigma(1, 1), 1.0);
    EXPECT_EQ(sigma(0, 1), -0.4);
    EXPECT_EQ(sigma(1, 0), -0.4);
    // b = Sigma w = (1.5 + 0.2, -0.6 - 0.5); E[y^2] = w.b + noise^2 = 2.55 + 0.55 + 0.09.
    EXPECT_NEAR(p.crossMoment()[0], 1.7, 1e-15);
    EXPECT_NEAR(p.crossMoment()[1], -1.1, 1e-15);
    EXPECT_NEAR(p.outputMoment(), 3.19, 4e-15);
    // F at w_true is the noise variance plus the penalty.
    const regviz::Regularization reg{0.8, 0.25};
    EXPECT_NEAR(regviz::objective2d(p, Penalty::None, reg, p.trueWeights), 0.09, 1e-14);
    EXPECT_NEAR(regviz::objective2d(p, Penalty::L1, reg, p.trueWeights), 0.09 + 0.8 * 2.0, 1e-14);
    EXPECT_NEAR(regviz::objective2d(p, Penalty::L2, reg, p.trueWeights), 0.09 + 0.8 * 2.5, 1e-14);
    EXPECT_NEAR(regviz::objective2d(p, Penalty::ElasticNet, reg, p.trueWeights),
                0.09 + 0.8 * (0.25 * 2.0 + 0.75 * 2.5), 1e-14);
}

TEST(ViewTwoD, SolutionsMatchBruteForceMinimization)
{
    int casesWithLassoZero = 0;
    for (const TwoDCase &c : randomTwoDCases(24, 4242)) {
        const regviz::TwoDSolutions s = regviz::solve2d(c.problem, c.reg);
        const double radius = searchRadius(c.problem, s.ols);
        expectMinimizes(c, Penalty::None, s.ols, radius);
        expectMinimizes(c, Penalty::L2, s.ridge, radius);
        expectMinimizes(c, Penalty::L1, s.lasso, radius);
        expectMinimizes(c, Penalty::ElasticNet, s.elasticNet, radius);
        expectKkt(c, Penalty::L1, s.lasso);
        expectKkt(c, Penalty::ElasticNet, s.elasticNet);
        expectKkt(c, Penalty::L2, s.ridge);
        if (s.lassoZeros > 0)
            ++casesWithLassoZero;
    }
    // The random cases include sparse lasso solutions, where the exact zeros are tested by the KKT check.
    EXPECT_GT(casesWithLassoZero, 3);
}

TEST(ViewTwoD, ClosedFormsAndBudgets)
{
    for (const TwoDCase &c : randomTwoDCases(50, 77)) {
        const regviz::TwoDSolutions s = regviz::solve2d(c.problem, c.reg);
        // Population moments: least squares recovers the true weights.
        EXPECT_NEAR((s.ols - c.problem.trueWeights).norm(), 0.0, 1e-13) << c;
        // Ridge by Cramer's rule on (Sigma + lambda I) w = b.
        const double rho = c.problem.correlation;
        const double diagonal = 1.0 + c.reg.lambda;
        const Eigen::Vector2d b = c.problem.crossMoment();
        const double det = diagonal * diagonal - rho * rho;
        EXPECT_NEAR(s.ridge[0], (diagonal * b[0] - rho * b[1]) / det, 1e-14) << c;
        EXPECT_NEAR(s.ridge[1], (diagonal * b[1] - rho * b[0]) / det, 1e-14) << c;
        EXPECT_EQ(s.lassoBudget, std::abs(s.lasso[0]) + std::abs(s.lasso[1])) << c;
        EXPECT_DOUBLE_EQ(s.ridgeBudget, std::hypot(s.ridge[0], s.ridge[1])) << c;
        EXPECT_EQ(s.lassoZeros, (s.lasso[0] == 0.0) + (s.lasso[1] == 0.0)) << c;
    }
}

TEST(ViewTwoD, CorrelatedFeaturesLassoDropsOneRidgeKeepsBoth)
{
    // rho 0.9, w_true (1, 0.2): b = (1.18, 1.1). With w2 = 0, w1 = S(1.18, lambda/2) = 0.68 at lambda 1,
    // and 0 stays optimal for w2 while |2 (0.9 w1 - 1.1)| = 0.076 + 0.9 lambda <= lambda, i.e. lambda >=
    // 0.76.
    regviz::TwoDProblem p;
    p.correlation = 0.9;
    p.trueWeights = {1.0, 0.2};
    const regviz::TwoDSolutions s = regviz::solve2d(p, {1.0, 0.5});
    EXPECT_EQ(s.lassoZeros, 1);
    EXPECT_EQ(s.lasso[1], 0.0);
    EXPECT_NEAR(s.lasso[0], 0.68, 1e-15);
    EXPECT_NEAR(s.lassoBudget, 0.68, 1e-15);
    // Ridge (Sigma + I)^-1 b = ((2.36 - 0.99), (2.2 - 1.062)) / 3.19: both clearly nonzero.
    EXPECT_NEAR(s.ridge[0], 1.37 / 3.19, 1e-15);
    EXPECT_NEAR(s.ridge[1], 1.138 / 3.19, 1e-15);
    // Just below the threshold lambda = 0.76 both lasso weights are nonzero again; w2 is tiny but not 0:
    // solving Sigma w = b - lambda/2 (1, 1) gives w2 = (0.038 - 0.05 lambda) / 0.19 = 0.00005 / 0.19.
    const regviz::TwoDSolutions below = regviz::solve2d(p, {0.759, 0.5});
    EXPECT_EQ(below.lassoZeros, 0);
    EXPECT_NEAR(below.lasso[1], 0.00005 / 0.19, 1e-12);
}

TEST(ViewTwoD, LargePenaltyZeroesEverything)
{
    // lambda >= 2 |b|_inf puts 0 in the subdifferential: the lasso is exactly 0 in both coordinates.
    regviz::TwoDProblem p;
    p.correlation = -0.9;
    p.trueWeights = {1.0, -1.0};
    const double bMax = p.crossMoment().cwiseAbs().maxCoeff(); // 1.9
    const regviz::TwoDSolutions s = regviz::solve2d(p, {2.0 * bMax, 1.0});
    EXPECT_EQ(s.lassoZeros, 2);
    EXPECT_EQ(s.lassoBudget, 0.0);
    EXPECT_TRUE((s.elasticNet.array() == 0.0).all()) << s.elasticNet.transpose();
    EXPECT_GT(s.ridgeBudget, 0.1);
}

// ================================================================ MSE contours

TEST(ViewContour, PointsLieOnTheLevelSetAndClose)
{
    for (const TwoDCase &c : randomTwoDCases(12, 555)) {
        const double minimum = c.problem.noise * c.problem.noise; // MSE at OLS = w_true
        for (const double excess : {1e-3, 0.1, 1.0, 10.0}) {
            const double level = minimum + excess;
            const Eigen::Matrix2Xd contour = regviz::mseContour(c.problem, level, 64);
            ASSERT_EQ(contour.cols(), 65) << c;
            EXPECT_TRUE(contour.col(64) == contour.col(0)) << c;
            for (Eigen::Index k = 0; k < contour.cols(); ++k) {
                // The expansion E[y^2] - 2 b.w + w.Sigma w rounds at ~1e-15 of its largest term (<= ~100
                // here) against a level >= 1e-3: ~1e-13 relative at worst.
                const double mse = regviz::objective2d(c.problem, Penalty::None, c.reg, contour.col(k));
                EXPECT_NEAR(mse, level, 1e-9 * level) << c << " k " << k;
            }
            // An ellipse around OLS: its centroid (without the closing point) is OLS, and its points differ.
            const Eigen::Vector2d centroid = contour.leftCols(64).rowwise().mean();
            EXPECT_NEAR((centroid - c.problem.trueWeights).norm(), 0.0, 1e-12 * (1.0 + std::sqrt(excess)))
                << c;
            EXPECT_GT((contour.col(1) - contour.col(0)).norm(), 0.0) << c;
        }
    }
}

TEST(ViewContour, EmptyBelowTheMinimum)
{
    regviz::TwoDProblem p;
    p.noise = 0.5; // minimum MSE 0.25
    EXPECT_EQ(regviz::mseContour(p, 0.25 - 1e-9, 32).cols(), 0);
    EXPECT_EQ(regviz::mseContour(p, -1.0, 32).cols(), 0);
    EXPECT_EQ(regviz::mseContour(p, 0.25 + 1e-9, 32).cols(), 33);
    EXPECT_EQ(regviz::mseContour(p, 1.0, 0).cols(), 0);
}

// ================================================================ 2-D descent paths

namespace {

// With the smooth part's Hessian 2 (Sigma + l2 I), a gradient step contracts by q = max |1 - 2 eta e| over
// its eigenvalues e; prox steps do not expand. A run that stops at |step| < 1e-12 is then within
// 1e-12 q / (1 - q) of the fixed point.
double stoppingDistance(const regviz::TwoDProblem &p, double l2, double eta)
{
    const double rho = std::abs(p.correlation);
    const double q =
        std::max(std::abs(1.0 - 2.0 * eta * (1.0 - rho + l2)), std::abs(1.0 - 2.0 * eta * (1.0 + rho + l2)));
    return 2.0 * 1e-12 * q / (1.0 - q) + 1e-13;
}

// A step well inside the stability limit 1 / (e_max + l2): the stiffest direction contracts by 0.2.
double stableStep(const regviz::TwoDProblem &p, double l2)
{
    return 0.4 / (1.0 + std::abs(p.correlation) + l2);
}

} // namespace

TEST(ViewDescent2d, GradientPathsEndAtOlsAndRidge)
{
    for (const TwoDCase &c : randomTwoDCases(10, 31)) {
        const regviz::TwoDSolutions s = regviz::solve2d(c.problem, c.reg);
        const Eigen::Vector2d start(1.5, -1.0);
        for (const Penalty kind : {Penalty::None, Penalty::L2}) {
            const double eta = stableStep(c.problem, regviz::l2Weight(kind, c.reg));
            const std::vector<Eigen::Vector2d> path =
                regviz::descentPath2d(c.problem, kind, c.reg, start, eta, 100'000);
            ASSERT_GE(path.size(), 2U);
            EXPECT_TRUE(path.front() == start);
            EXPECT_LT(path.size(), 100'001U) << "did not converge: " << c; // stopped on the step criterion
            const Eigen::Vector2d target = kind == Penalty::L2 ? s.ridge : s.ols;
            EXPECT_LE((path.back() - target).norm(),
                      stoppingDistance(c.problem, regviz::l2Weight(kind, c.reg), eta))
                << regviz::penaltyName(kind) << " " << c;
        }
    }
}

TEST(ViewDescent2d, IstaPathsLandOnTheLassoAndElasticNetZeros)
{
    // The correlated case of ViewTwoD.CorrelatedFeaturesLassoDropsOneRidgeKeepsBoth plus random ones.
    std::vector<TwoDCase> cases = randomTwoDCases(10, 8080);
    TwoDCase correlated;
    correlated.problem.correlation = 0.9;
    correlated.problem.trueWeights = {1.0, 0.2};
    correlated.reg = {1.0, 0.5};
    cases.push_back(correlated);
    int zerosSeen = 0;
    for (const TwoDCase &c : cases) {
        const regviz::TwoDSolutions s = regviz::solve2d(c.problem, c.reg);
        for (const Penalty kind : {Penalty::L1, Penalty::ElasticNet}) {
            const double eta = stableStep(c.problem, regviz::l2Weight(kind, c.reg));
            const Eigen::Vector2d target = kind == Penalty::L1 ? s.lasso : s.elasticNet;
            const std::vector<Eigen::Vector2d> path =
                regviz::descentPath2d(c.problem, kind, c.reg, {-1.0, 2.0}, eta, 100'000);
            ASSERT_LT(path.size(), 100'001U) << c;
            const Eigen::Vector2d end = path.back();
            EXPECT_LE((end - target).norm(), stoppingDistance(c.problem, regviz::l2Weight(kind, c.reg), eta))
                << regviz::penaltyName(kind) << " " << c;
            for (Eigen::Index j = 0; j < 2; ++j) {
                // Proximal steps land on exactly 0 wherever the solution is 0, and only there.
                EXPECT_EQ(end[j] == 0.0, target[j] == 0.0)
                    << regviz::penaltyName(kind) << " j " << j << " " << c;
                zerosSeen += target[j] == 0.0 ? 1 : 0;
            }
        }
    }
    EXPECT_GT(zerosSeen, 2);
    // The correlated case: w2 = 0 exactly, w1 = 0.68.
    const std::vector<Eigen::Vector2d> path =
        regviz::descentPath2d(correlated.problem, Penalty::L1, correlated.reg, {-1.0, 2.0},
                              stableStep(correlated.problem, 0.0), 100'000);
    EXPECT_EQ(path.back()[1], 0.0);
    EXPECT_NEAR(path.back()[0], 0.68, 1e-9);
}

TEST(ViewDescent2d, DivergingRunsStopBeforeNonFinitePoints)
{
    regviz::TwoDProblem p;
    p.correlation = 0.9;
    for (const Penalty kind : {Penalty::None, Penalty::L1, Penalty::L2, Penalty::ElasticNet}) {
        const std::vector<Eigen::Vector2d> path =
            regviz::descentPath2d(p, kind, {0.5, 0.5}, {1.0, 1.0}, 1e3, 100'000);
        ASSERT_GE(path.size(), 2U) << regviz::penaltyName(kind);
        EXPECT_LT(path.size(), 1000U) << regviz::penaltyName(kind); // overflowed long before the cap
        for (const Eigen::Vector2d &w : path)
            ASSERT_TRUE(w.allFinite()) << regviz::penaltyName(kind);
        EXPECT_GT(path.back().norm(), 1e250) << regviz::penaltyName(kind); // it was really diverging
    }
    EXPECT_TRUE(regviz::descentPath2d(p, Penalty::L2, {0.5, 0.5}, {std::nan(""), 0.0}, 0.1, 10).empty());
    EXPECT_EQ(regviz::descentPath2d(p, Penalty::L2, {0.5, 0.5}, {1.0, 1.0}, 0.1, 0).size(), 1U);
}

// ================================================================ sampling variability

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
