#include "golden_section.h"
#include "regviz/core/dataset.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/objective.h"

#include <cmath>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <optional>
#include <ostream>
#include <random>
#include <vector>

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

struct Scene
{
    regviz::Moments moments;
    regviz::Regularization reg;
    double trueWeight = 0.0;
    double noise = 0.0;
};

// Random scenes over the full slider ranges with small n, where the closed forms are most exposed
// (few points, Sxx far from 1/3, Sxy of either sign). Seeded, so failures reproduce.
std::vector<Scene> randomScenes(int count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::uint64_t> dataSeed(0, 4'294'967'295ULL);
    std::uniform_int_distribution<Eigen::Index> size(2, 50);
    std::uniform_real_distribution<double> weight(-2.0, 2.0);
    std::uniform_real_distribution<double> noise(0.0, 2.0);
    std::uniform_real_distribution<double> lambda(0.0, 5.0);
    std::uniform_real_distribution<double> alpha(0.0, 1.0);
    std::vector<Scene> scenes;
    for (int i = 0; i < count; ++i) {
        Scene s;
        const regviz::Dataset data = regviz::generateDataset(dataSeed(rng), size(rng));
        s.trueWeight = weight(rng);
        s.noise = noise(rng);
        s.moments = regviz::computeMoments(data, s.trueWeight, s.noise);
        s.reg.lambda = lambda(rng);
        s.reg.alpha = alpha(rng);
        // Some scenes on the edges of the ranges, where formulas with a (1 - alpha) or lambda/2 slip.
        if (i % 10 == 1)
            s.reg.lambda = 0.0;
        if (i % 10 == 2)
            s.reg.alpha = 0.0;
        if (i % 10 == 3)
            s.reg.alpha = 1.0;
        scenes.push_back(s);
    }
    return scenes;
}

// The size of the terms summed when F(w) is evaluated: its rounding error is a few eps times this.
double objectiveScale(const Scene &s, regviz::Penalty kind, double w)
{
    const regviz::Moments &m = s.moments;
    return m.syy + 2.0 * std::abs(w * m.sxy) + w * w * m.sxx + regviz::penalty(kind, s.reg, w);
}

// Brute-force minimization of a convex F that knows nothing of the closed forms: bracket the minimum by
// doubling outwards until F rises (convexity then bounds it), then golden-section search until the
// bracket stops shrinking.
double bruteForceMinimizer(const Scene &s, regviz::Penalty kind)
{
    const auto f = [&](double w) {
        return regviz::objective(s.moments, kind, s.reg, w);
    };
    double high = 1.0;
    while (f(2.0 * high) < f(high))
        high *= 2.0;
    high *= 2.0;
    double low = -1.0;
    while (f(2.0 * low) < f(low))
        low *= 2.0;
    low *= 2.0;

    return regviz::test::goldenSection(f, low, high);
}

// How far from the true minimizer a brute-force search can end: F(w) - F(w*) >= k (w - w*)^2 with k the
// quadratic coefficient Sxx + lambda_l2, and points whose F differs by less than the rounding error of
// F (16 eps times its scale) cannot be told apart. A wrong closed form is off by O(lambda / Sxx).
double searchResolution(const Scene &s, regviz::Penalty kind, double w)
{
    const double k = s.moments.sxx + regviz::l2Weight(kind, s.reg);
    return std::sqrt(16.0 * kEps * objectiveScale(s, kind, w) / k) + 1e-12 * (1.0 + std::abs(w));
}

void expectMinimizes(const Scene &s, regviz::Penalty kind, const std::optional<double> &closedForm)
{
    ASSERT_TRUE(closedForm.has_value()) << regviz::penaltyName(kind);
    const double brute = bruteForceMinimizer(s, kind);
    const double w = *closedForm;
    // The closed form is never beaten by the search...
    EXPECT_LE(regviz::objective(s.moments, kind, s.reg, w),
              regviz::objective(s.moments, kind, s.reg, brute) + 8.0 * kEps * objectiveScale(s, kind, brute))
        << regviz::penaltyName(kind);
    // ...and the search ends where the closed form is.
    EXPECT_NEAR(w, brute, searchResolution(s, kind, w))
        << regviz::penaltyName(kind) << " lambda " << s.reg.lambda << " alpha " << s.reg.alpha << " Sxx "
        << s.moments.sxx << " Sxy " << s.moments.sxy;
}

} // namespace

TEST(Minimizers, ClosedFormsMatchBruteForceMinimization)
{
    for (const Scene &s : randomScenes(300, 20240611)) {
        const regviz::Minimizers all = regviz::computeMinimizers(s.moments, s.reg);
        ASSERT_TRUE(all.identifiable);
        expectMinimizes(s, regviz::Penalty::None, all.ols);
        expectMinimizes(s, regviz::Penalty::L2, all.ridge);
        expectMinimizes(s, regviz::Penalty::L1, all.lasso);
        expectMinimizes(s, regviz::Penalty::ElasticNet, all.elasticNet);
    }
}

TEST(Minimizers, ThresholdsAndZeroFlagsAreConsistent)
{
    for (const Scene &s : randomScenes(300, 77)) {
        const regviz::Minimizers all = regviz::computeMinimizers(s.moments, s.reg);
        EXPECT_EQ(all.lambdaC, 2.0 * std::abs(s.moments.sxy));
        if (s.reg.alpha > 0.0) {
            ASSERT_TRUE(all.lambdaCElastic.has_value());
            EXPECT_DOUBLE_EQ(*all.lambdaCElastic, all.lambdaC / s.reg.alpha);
        } else {
            EXPECT_FALSE(all.lambdaCElastic.has_value());
        }
        EXPECT_EQ(all.lassoAtZero, *all.lasso == 0.0);
        EXPECT_EQ(all.elasticAtZero, *all.elasticNet == 0.0);
        EXPECT_EQ(all.lassoAtZero, s.reg.lambda >= all.lambdaC);
    }
}

TEST(Minimizers, RegularizationShrinksTowardZeroWithoutCrossingIt)
{
    for (const Scene &s : randomScenes(300, 5)) {
        const regviz::Minimizers all = regviz::computeMinimizers(s.moments, s.reg);
        const double ols = *all.ols;
        ASSERT_NE(ols, 0.0);
        for (const double w : {*all.ridge, *all.lasso, *all.elasticNet}) {
            EXPECT_LE(std::abs(w), std::abs(ols));
            EXPECT_GE(w * ols, 0.0) << "a penalty never flips the sign of the fit";
        }
        // Ridge only shrinks: it is never exactly 0 while OLS is not, whatever lambda.
        EXPECT_NE(*all.ridge, 0.0) << "lambda " << s.reg.lambda;
    }
}

TEST(Minimizers, LassoIsExactlyPositiveZeroFromLambdaCOn)
{
    int checked = 0;
    for (Scene s : randomScenes(200, 99)) {
        const double lambdaC = regviz::computeMinimizers(s.moments, s.reg).lambdaC;
        ASSERT_GT(lambdaC, 0.0);
        // The exact threshold, a bit above, and the top of the slider range when it is above.
        for (const double lambda : {lambdaC, 1.5 * lambdaC, std::nextafter(lambdaC, 1e300), 5.0}) {
            if (lambda < lambdaC)
                continue;
            s.reg.lambda = lambda;
            const regviz::Minimizers all = regviz::computeMinimizers(s.moments, s.reg);
            ASSERT_TRUE(all.lasso.has_value());
            EXPECT_EQ(*all.lasso, 0.0) << "lambda " << lambda << " lambdaC " << lambdaC;
            // -0.0 would print as "-0" in read-outs; negative Sxy is where it would come from.
            EXPECT_FALSE(std::signbit(*all.lasso)) << "Sxy " << s.moments.sxy;
            EXPECT_TRUE(all.lassoAtZero);
            ++checked;
        }
        // One ulp below the threshold the lasso has not reached 0 yet, and keeps the sign of Sxy.
        s.reg.lambda = std::nextafter(lambdaC, 0.0);
        const regviz::Minimizers below = regviz::computeMinimizers(s.moments, s.reg);
        EXPECT_NE(*below.lasso, 0.0) << "lambda " << s.reg.lambda << " lambdaC " << lambdaC;
        EXPECT_GT(*below.lasso * s.moments.sxy, 0.0);
        EXPECT_FALSE(below.lassoAtZero);
    }
    EXPECT_GT(checked, 400);
}

TEST(Minimizers, ElasticNetIsZeroFromItsThresholdOn)
{
    for (Scene s : randomScenes(200, 1234)) {
        if (s.reg.alpha == 0.0)
            continue;
        const std::optional<double> threshold = regviz::computeMinimizers(s.moments, s.reg).lambdaCElastic;
        ASSERT_TRUE(threshold.has_value());
        for (const double lambda : {*threshold, 1.25 * *threshold}) {
            s.reg.lambda = lambda;
            const regviz::Minimizers all = regviz::computeMinimizers(s.moments, s.reg);
            EXPECT_EQ(*all.elasticNet, 0.0) << "lambda " << lambda << " alpha " << s.reg.alpha;
            EXPECT_FALSE(std::signbit(*all.elasticNet));
            EXPECT_TRUE(all.elasticAtZero);
        }
        s.reg.lambda = 0.99 * *threshold;
        EXPECT_NE(*regviz::computeMinimizers(s.moments, s.reg).elasticNet, 0.0);
    }
}

TEST(Minimizers, ElasticNetEndpointsAreLassoAndRidge)
{
    for (Scene s : randomScenes(200, 31337)) {
        s.reg.alpha = 1.0;
        const regviz::Minimizers pureL1 = regviz::computeMinimizers(s.moments, s.reg);
        EXPECT_EQ(*pureL1.elasticNet, *pureL1.lasso);
        EXPECT_EQ(pureL1.elasticAtZero, pureL1.lassoAtZero);
        ASSERT_TRUE(pureL1.lambdaCElastic.has_value());
        EXPECT_EQ(*pureL1.lambdaCElastic, pureL1.lambdaC);

        s.reg.alpha = 0.0;
        const regviz::Minimizers pureL2 = regviz::computeMinimizers(s.moments, s.reg);
        EXPECT_EQ(*pureL2.elasticNet, *pureL2.ridge);
        EXPECT_FALSE(pureL2.lambdaCElastic.has_value()) << "ridge never reaches 0";
    }
}

TEST(Minimizers, DefaultSceneShowsTheArticlesLastFigure)
{
    // The default lambda (0.5) is chosen past lambda_c so that the default scene reproduces the
    // article's last figure: L1 at exactly 0 while L2 is only shrunk. Guards the defaults and the
    // formulas together.
    const regviz::Moments m = regviz::computeMoments(regviz::generateDataset(42, 200), 0.5, 0.0);
    const regviz::Minimizers all = regviz::computeMinimizers(m, {0.5, 0.5});
    EXPECT_LT(all.lambdaC, 0.5);
    EXPECT_TRUE(all.lassoAtZero);
    EXPECT_EQ(*all.lasso, 0.0);
    EXPECT_DOUBLE_EQ(*all.ols, 0.5) << "noise-free data are fitted exactly";
    EXPECT_DOUBLE_EQ(*all.ridge, 0.5 * m.sxx / (m.sxx + 0.5));
    EXPECT_GT(*all.ridge, 0.1) << "visibly shrunk, not zeroed";
}

namespace {

class Unidentifiable : public testing::TestWithParam<double>
{
protected:
    // Every x is 0: Sxx = Sxy = 0 exactly, while y (pure noise) still has a spread.
    static regviz::Moments moments()
    {
        regviz::Moments m;
        m.sxx = 0.0;
        m.sxy = 0.0;
        m.sxe = 0.0;
        m.syy = 0.8;
        m.see = 0.2;
        m.n = 5;
        return m;
    }
};

} // namespace

TEST_P(Unidentifiable, HasNoOlsAndZeroRegularizedMinimizers)
{
    const double lambda = GetParam();
    const regviz::Minimizers all = regviz::computeMinimizers(moments(), {lambda, 0.3});
    EXPECT_FALSE(all.identifiable);
    EXPECT_FALSE(all.ols.has_value());
    EXPECT_EQ(all.lambdaC, 0.0);
    for (const std::optional<double> &w : {all.ridge, all.lasso, all.elasticNet}) {
        ASSERT_TRUE(w.has_value());
        EXPECT_EQ(*w, 0.0);
        EXPECT_FALSE(std::signbit(*w));
    }
    EXPECT_TRUE(all.lassoAtZero);
    EXPECT_TRUE(all.elasticAtZero);
}

INSTANTIATE_TEST_SUITE_P(PositiveLambda, Unidentifiable, testing::Values(1e-300, 0.01, 0.5, 5.0));

TEST(UnidentifiableWithoutPenalty, HasNoMinimizerAtAll)
{
    regviz::Moments m;
    m.syy = 0.8;
    m.see = 0.2;
    m.n = 5;
    for (const double alpha : {0.0, 0.5, 1.0}) {
        const regviz::Minimizers all = regviz::computeMinimizers(m, {0.0, alpha});
        EXPECT_FALSE(all.identifiable);
        EXPECT_FALSE(all.ols.has_value());
        EXPECT_FALSE(all.ridge.has_value());
        EXPECT_FALSE(all.lasso.has_value());
        EXPECT_FALSE(all.elasticNet.has_value());
        EXPECT_FALSE(all.lassoAtZero);
        EXPECT_FALSE(all.elasticAtZero);
    }
}

TEST(Minimizers, MinimizerPicksTheFieldOfEachPenalty)
{
    regviz::Minimizers all;
    all.ols = 1.0;
    all.lasso = 2.0;
    all.ridge = 3.0;
    all.elasticNet = 4.0;
    EXPECT_EQ(regviz::minimizer(all, regviz::Penalty::None), 1.0);
    EXPECT_EQ(regviz::minimizer(all, regviz::Penalty::L1), 2.0);
    EXPECT_EQ(regviz::minimizer(all, regviz::Penalty::L2), 3.0);
    EXPECT_EQ(regviz::minimizer(all, regviz::Penalty::ElasticNet), 4.0);
}

namespace {

struct ThresholdCase
{
    double z;
    double t;
    double expected;
};

std::ostream &operator<<(std::ostream &out, const ThresholdCase &c)
{
    return out << "z " << c.z << " t " << c.t;
}

class SoftThreshold : public testing::TestWithParam<ThresholdCase>
{
};

} // namespace

TEST_P(SoftThreshold, ShrinksByTAndZeroesTheDeadBand)
{
    const ThresholdCase c = GetParam();
    const double result = regviz::softThreshold(c.z, c.t);
    EXPECT_EQ(result, c.expected) << "z " << c.z << " t " << c.t;
    EXPECT_EQ(std::signbit(result), std::signbit(c.expected)) << "z " << c.z << " t " << c.t;
}

INSTANTIATE_TEST_SUITE_P(
    Table, SoftThreshold,
    testing::Values(ThresholdCase{3.0, 1.0, 2.0}, ThresholdCase{-3.0, 1.0, -2.0},
                    ThresholdCase{1.0, 1.0, 0.0}, ThresholdCase{-1.0, 1.0, 0.0}, ThresholdCase{0.5, 1.0, 0.0},
                    ThresholdCase{-0.5, 1.0, 0.0}, ThresholdCase{0.0, 1.0, 0.0},
                    ThresholdCase{-0.0, 0.0, 0.0}, ThresholdCase{0.0, 0.0, 0.0}, ThresholdCase{2.5, 0.0, 2.5},
                    ThresholdCase{-2.5, 0.0, -2.5}, ThresholdCase{1.0, 0.25, 0.75},
                    ThresholdCase{-1e-300, 1e-300, 0.0},
                    ThresholdCase{std::nextafter(1.0, 2.0), 1.0, std::nextafter(1.0, 2.0) - 1.0}));
