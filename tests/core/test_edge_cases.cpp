#include "regviz/core/conventions.h"
#include "regviz/core/curves.h"
#include "regviz/core/dataset.h"
#include "regviz/core/descent.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/params.h"
#include "regviz/core/path.h"
#include "regviz/core/shrinkage.h"
#include "regviz/core/two_d.h"

#include <Eigen/Core>
#include <chrono>
#include <cmath>
#include <gtest/gtest.h>
#include <optional>
#include <ostream>
#include <vector>

// Scenes at the ends of every range and data a user can make degenerate (a file where every x or every y
// is the same, n = 2, a true weight of exactly 0): every number core computes for them must be finite,
// and the closed forms must still be the minimizers. Cases already covered elsewhere are noted there:
// lambda 0 and 5, noise 2, n = 2 in test_curves.cpp; every x zero in test_minimizers.cpp and
// test_views.cpp; eta at and 5 % around the stability limit, w0 = 0 and eta 5 at 100,000 steps in
// test_descent.cpp.

namespace {

using regviz::DescentStatus;
using regviz::Optimizer;
using regviz::Penalty;

regviz::Moments generated(std::uint64_t seed, Eigen::Index n, double trueWeight, double noise)
{
    return regviz::computeMoments(regviz::generateDataset(seed, n), trueWeight, noise);
}

regviz::Moments measured(const std::vector<double> &x, const std::vector<double> &y)
{
    regviz::XYData data;
    data.x = Eigen::Map<const Eigen::VectorXd>(x.data(), static_cast<Eigen::Index>(x.size()));
    data.y = Eigen::Map<const Eigen::VectorXd>(y.data(), static_cast<Eigen::Index>(y.size()));
    return regviz::computeMoments(data);
}

struct EdgeScene
{
    const char *name;
    regviz::Moments moments;
    regviz::Regularization reg;
};

void PrintTo(const EdgeScene &s, std::ostream *os)
{
    *os << s.name;
}

bool allFinite(const Eigen::VectorXd &v)
{
    return v.allFinite();
}

class EdgeCase : public testing::TestWithParam<EdgeScene>
{
};

TEST_P(EdgeCase, EveryNumberCoreComputesIsFinite)
{
    const regviz::Moments &m = GetParam().moments;
    const regviz::Regularization &reg = GetParam().reg;
    ASSERT_TRUE(std::isfinite(m.sxx) && std::isfinite(m.sxy) && std::isfinite(m.syy));

    const regviz::Minimizers all = regviz::computeMinimizers(m, reg);
    for (const std::optional<double> &w : {all.ols, all.ridge, all.lasso, all.elasticNet}) {
        if (w) {
            EXPECT_TRUE(std::isfinite(*w));
        }
    }
    EXPECT_TRUE(std::isfinite(all.lambdaC));
    if (all.lambdaCElastic) {
        EXPECT_TRUE(std::isfinite(*all.lambdaCElastic));
    }

    const regviz::Curves c = regviz::computeCurves(m, reg, -1.0, 1.5, 2001);
    for (const Eigen::VectorXd *v :
         {&c.mse, &c.l1, &c.l2, &c.elastic, &c.mseL1, &c.mseL2, &c.mseElastic, &c.dMse, &c.dL1, &c.dL2,
          &c.dElastic, &c.dMseL1, &c.dMseL2, &c.dMseElastic})
        EXPECT_TRUE(allFinite(*v));
    const regviz::GridMinima minima = regviz::gridMinima(c);
    EXPECT_TRUE(std::isfinite(minima.mseL1.w) && std::isfinite(minima.mseL1.value));

    for (const Optimizer optimizer : {Optimizer::Gradient, Optimizer::Proximal, Optimizer::Clip}) {
        regviz::DescentSettings settings;
        settings.optimizer = optimizer;
        for (const regviz::DescentTrace &trace : regviz::computeDescents(m, reg, settings)) {
            SCOPED_TRACE(regviz::penaltyName(trace.penalty));
            ASSERT_FALSE(trace.steps.empty());
            for (const regviz::DescentStep &s : trace.steps)
                ASSERT_TRUE(std::isfinite(s.w) && std::isfinite(s.value) && std::isfinite(s.lossGradient) &&
                            std::isfinite(s.penaltyGradient) && std::isfinite(s.step));
            if (trace.target) {
                EXPECT_TRUE(std::isfinite(*trace.target));
            }
            // Only a flat smooth part (every x 0, no w^2 term) has no step limit.
            EXPECT_EQ(std::isfinite(trace.etaMax), m.sxx + regviz::l2Weight(trace.penalty, reg) > 0.0);
        }
    }

    const regviz::RegularizationPath path = regviz::computePath(m, reg.alpha, {});
    EXPECT_TRUE(allFinite(path.lambda) && allFinite(path.lasso) && allFinite(path.ridge) &&
                allFinite(path.elasticNet));
    const regviz::Shrinkage shrinkage = regviz::computeShrinkage(m, reg, -2.0, 2.0, 101);
    EXPECT_TRUE(allFinite(shrinkage.lasso) && allFinite(shrinkage.ridge) && allFinite(shrinkage.elasticNet));
    EXPECT_TRUE(std::isfinite(shrinkage.deadBand) && std::isfinite(shrinkage.ridgeSlope));
    const regviz::SklearnMapping sk = regviz::toSklearn(reg.lambda, reg.alpha, m.n);
    EXPECT_TRUE(std::isfinite(sk.lassoAlpha) && std::isfinite(sk.ridgeAlpha) &&
                std::isfinite(sk.elasticAlpha) && std::isfinite(sk.elasticL1Ratio));
}

constexpr double kLambdaMax = regviz::limits::lambda.max;

INSTANTIATE_TEST_SUITE_P(
    Scenes, EdgeCase,
    testing::Values(
        EdgeScene{"twoPoints", generated(42, 2, 0.5, 0.0), {0.5, 0.5}},
        EdgeScene{"twoPointsNoisyLambdaZero", generated(7, 2, -2.0, 2.0), {0.0, 0.0}},
        EdgeScene{"trueWeightZeroNoNoise", generated(42, 200, 0.0, 0.0), {0.5, 0.5}},
        EdgeScene{"trueWeightZeroLambdaZero", generated(42, 200, 0.0, 0.0), {0.0, 1.0}},
        EdgeScene{"trueWeightZeroNoisy", generated(3, 200, 0.0, 2.0), {kLambdaMax, 0.5}},
        EdgeScene{"noiseMaxWeightMax", generated(9, 1000, 2.0, 2.0), {kLambdaMax, 1.0}},
        EdgeScene{"everyXEqual", measured({0.5, 0.5, 0.5, 0.5}, {1.0, -2.0, 0.25, 3.0}), {0.5, 0.5}},
        EdgeScene{"everyXEqualLambdaZero", measured({-3.0, -3.0, -3.0}, {1.0, 2.0, 4.0}), {0.0, 0.5}},
        EdgeScene{"everyXZero", measured({0.0, 0.0, 0.0}, {1.0, 2.0, 4.0}), {0.5, 0.5}},
        EdgeScene{"everyXZeroLambdaZero", measured({0.0, 0.0}, {1.0, -1.0}), {0.0, 0.5}},
        EdgeScene{"everyYEqual", measured({-1.0, 0.0, 0.5, 3.0}, {2.0, 2.0, 2.0, 2.0}), {kLambdaMax, 0.0}},
        EdgeScene{"everyYZero", measured({-1.0, 0.25, 2.0}, {0.0, 0.0, 0.0}), {0.0, 0.5}},
        EdgeScene{"everyPointTheSame", measured({1.5, 1.5}, {-0.5, -0.5}), {0.5, 0.5}},
        EdgeScene{"hugeValues", measured({1e150, -1e150}, {3e150, 1e150}), {kLambdaMax, 0.5}},
        EdgeScene{"tinyValues", measured({1e-150, -2e-150}, {5e-324, 1e-300}), {0.5, 0.5}}),
    [](const testing::TestParamInfo<EdgeScene> &param) { return std::string(param.param.name); });

TEST(EdgeCases, TrueWeightZeroWithoutNoiseFitsExactlyZero)
{
    // y is 0 everywhere, so every fit is exactly 0 and lasso needs no lambda at all to get there.
    for (const double lambda : {0.0, 0.5, kLambdaMax}) {
        const regviz::Minimizers all = regviz::computeMinimizers(generated(42, 200, 0.0, 0.0), {lambda, 0.5});
        EXPECT_EQ(all.ols, 0.0);
        EXPECT_EQ(all.ridge, 0.0);
        EXPECT_EQ(all.lasso, 0.0);
        EXPECT_EQ(all.elasticNet, 0.0);
        EXPECT_EQ(all.lambdaC, 0.0);
        EXPECT_TRUE(all.lassoAtZero) << "lambda " << lambda << " >= lambda_c = 0";
    }
}

TEST(EdgeCases, EveryXEqualStillHasTheClosedForms)
{
    // x = c for all rows: Sxx = c^2 > 0, so w is identifiable and OLS is mean(y) / c.
    const std::vector<double> y{1.0, -2.0, 0.25, 3.0};
    const regviz::Moments m = measured({0.5, 0.5, 0.5, 0.5}, y);
    const regviz::Minimizers all = regviz::computeMinimizers(m, {0.1, 0.5});
    ASSERT_TRUE(all.identifiable);
    EXPECT_DOUBLE_EQ(*all.ols, (1.0 - 2.0 + 0.25 + 3.0) / 4.0 / 0.5);
    EXPECT_DOUBLE_EQ(*all.ridge, m.sxy / (m.sxx + 0.1));
    EXPECT_DOUBLE_EQ(all.lambdaC, 2.0 * std::abs(m.sxy));
}

TEST(EdgeCases, EveryYEqualMakesTheFitFollowMeanX)
{
    const regviz::Moments m = measured({-1.0, 0.0, 0.5, 3.0}, {2.0, 2.0, 2.0, 2.0});
    EXPECT_DOUBLE_EQ(m.syy, 4.0);
    EXPECT_DOUBLE_EQ(m.sxy, 2.0 * 2.5 / 4.0);
    const regviz::Minimizers all = regviz::computeMinimizers(m, {kLambdaMax, 0.5});
    EXPECT_DOUBLE_EQ(*all.ols, m.sxy / m.sxx);
    EXPECT_TRUE(all.lassoAtZero) << "lambda 5 is past lambda_c = " << all.lambdaC;
    EXPECT_EQ(all.lasso, 0.0);
}

TEST(EdgeCases, StartingExactlyAtTheMinimizerStaysThere)
{
    const regviz::Moments m = generated(42, 200, 0.5, 0.3);
    for (const double lambda : {0.1, 0.5}) { // below and past lambda_c: lasso at a kink-free point and at 0
        const regviz::Regularization reg{lambda, 0.5};
        const regviz::Minimizers all = regviz::computeMinimizers(m, reg);
        for (const Penalty kind : regviz::kAllPenalties) {
            for (const Optimizer optimizer : {Optimizer::Gradient, Optimizer::Proximal, Optimizer::Clip}) {
                regviz::DescentSettings settings;
                settings.optimizer = optimizer;
                settings.w0 = *regviz::minimizer(all, kind);
                const regviz::DescentTrace trace = regviz::computeDescent(m, kind, reg, settings);
                SCOPED_TRACE(testing::Message() << regviz::penaltyName(kind) << " "
                                                << regviz::optimizerName(optimizer) << " lambda " << lambda);
                EXPECT_EQ(trace.status, DescentStatus::Converged);
                EXPECT_LE(trace.stepCount(), 1);
                EXPECT_NEAR(trace.steps.back().w, settings.w0, 1e-12);
            }
        }
    }
}

TEST(EdgeCases, StepWithinATenthOfAPercentOfTheStabilityLimit)
{
    // eta = 1/(Sxx + lambda) makes the ridge iteration a two-cycle; a hair below it shrinks, a hair above
    // grows. Over 100,000 steps (the cap) the difference shows; every iterate recorded stays finite.
    const regviz::Moments m = generated(42, 200, 0.5, 0.0);
    const regviz::Regularization reg{0.5, 0.5};
    const double limit = regviz::stabilityLimit(m, Penalty::L2, reg);
    regviz::DescentSettings settings;
    settings.maxSteps = regviz::limits::stepsMax;
    settings.eta = limit * (1.0 - 1e-3);
    const regviz::DescentTrace below = regviz::computeDescent(m, Penalty::L2, reg, settings);
    EXPECT_EQ(below.status, DescentStatus::Converged);
    EXPECT_NEAR(below.steps.back().w, *below.target, 1e-8);
    settings.eta = limit * (1.0 + 1e-3);
    const regviz::DescentTrace above = regviz::computeDescent(m, Penalty::L2, reg, settings);
    EXPECT_EQ(above.status, DescentStatus::Diverged);
    ASSERT_TRUE(above.divergedAt.has_value());
    EXPECT_LE(*above.divergedAt, above.stepCount());
    for (const regviz::DescentStep &s : above.steps)
        ASSERT_TRUE(std::isfinite(s.w) && std::isfinite(s.value));
}

TEST(EdgeCases, StepJustAboveTheLimitIsDivergedEvenWithinTheDefaultCap)
{
    // At 1.001 times the limit the distance to the minimum grows by 0.2 % a step: about 50 % in the
    // default 200 steps, too little for the "twice the start distance" test, yet a divergence all the same.
    const regviz::Moments m = generated(42, 200, 0.5, 0.0);
    const regviz::Regularization reg{0.5, 0.5};
    for (const Penalty kind : {Penalty::None, Penalty::L2}) {
        for (const Optimizer optimizer : {Optimizer::Gradient, Optimizer::Proximal, Optimizer::Clip}) {
            SCOPED_TRACE(testing::Message()
                         << regviz::penaltyName(kind) << " " << regviz::optimizerName(optimizer));
            regviz::DescentSettings settings;
            settings.optimizer = optimizer;
            const double limit = regviz::stabilityLimit(m, kind, reg);
            settings.eta = limit * (1.0 + 1e-3);
            const regviz::DescentTrace above = regviz::computeDescent(m, kind, reg, settings);
            EXPECT_EQ(above.status, DescentStatus::Diverged) << regviz::statusName(above.status);
            ASSERT_TRUE(above.divergedAt.has_value());
            EXPECT_LE(*above.divergedAt, above.stepCount());
            EXPECT_EQ(above.eta, settings.eta);
            EXPECT_GT(above.eta, above.etaMax);
            // At the limit the run is a two-cycle, not a divergence.
            settings.eta = limit;
            EXPECT_EQ(regviz::computeDescent(m, kind, reg, settings).status, DescentStatus::Oscillating);
            // A hair below it each step still shrinks the distance to the minimum (by 0.998): the run is
            // still moving, not oscillating (issue 16), and given the steps it converges.
            settings.eta = limit * (1.0 - 1e-3);
            EXPECT_EQ(regviz::computeDescent(m, kind, reg, settings).status, DescentStatus::Running);
            settings.maxSteps = 20'000;
            EXPECT_EQ(regviz::computeDescent(m, kind, reg, settings).status, DescentStatus::Converged);
            settings.maxSteps = regviz::DescentSettings{}.maxSteps;
        }
    }
}

TEST(EdgeCases, ABoundedTwoCycleAboveTheLimitIsNotCalledDiverged)
{
    // Proximal steps on the elastic net above its limit settle into a two-cycle that the soft threshold
    // keeps bounded: its band does not grow, so it oscillates.
    const regviz::Moments m = generated(42, 200, 0.5, 0.0);
    const regviz::Regularization reg{0.5, 0.5};
    regviz::DescentSettings settings;
    settings.optimizer = Optimizer::Proximal;
    settings.eta = 1.03 * regviz::stabilityLimit(m, Penalty::ElasticNet, reg);
    const regviz::DescentTrace trace = regviz::computeDescent(m, Penalty::ElasticNet, reg, settings);
    EXPECT_EQ(trace.status, DescentStatus::Oscillating) << regviz::statusName(trace.status);
    EXPECT_LT(std::abs(trace.steps.back().w), 1.0);
}

TEST(EdgeCases, AHundredThousandStepsRunInFullAndStayFinite)
{
    // limits::stepsMax is 100,000: a subgradient L1 run never settles, so it really takes every step.
    static_assert(regviz::limits::stepsMax == 100'000);
    const regviz::Moments m = generated(42, 200, 0.5, 0.0);
    const regviz::Regularization reg{0.5, 0.5};
    regviz::DescentSettings settings;
    settings.maxSteps = regviz::limits::stepsMax;
    const auto start = std::chrono::steady_clock::now();
    const std::array<regviz::DescentTrace, 4> traces = regviz::computeDescents(m, reg, settings);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const regviz::DescentTrace &l1 = traces[static_cast<std::size_t>(Penalty::L1)];
    EXPECT_EQ(l1.stepCount(), regviz::limits::stepsMax);
    EXPECT_EQ(l1.status, DescentStatus::Oscillating);
    const double bound = regviz::subgradientBandBound(m, Penalty::L1, reg, settings.eta);
    for (const regviz::DescentTrace &trace : traces) {
        EXPECT_LE(trace.stepCount(), regviz::limits::stepsMax);
        for (const regviz::DescentStep &s : trace.steps)
            ASSERT_TRUE(std::isfinite(s.w) && std::isfinite(s.value));
    }
    EXPECT_LE(std::abs(l1.steps.back().w), bound);
    EXPECT_LT(seconds, 10.0) << "four runs of 100,000 steps are cheap even unoptimised";
    // Asking for more is clamped to the cap.
    settings.maxSteps = regviz::limits::stepsMax + 1;
    EXPECT_EQ(regviz::computeDescent(m, Penalty::L1, reg, settings).stepCount(), regviz::limits::stepsMax);
}

} // namespace
