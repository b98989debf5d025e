#include "regviz/core/dataset.h"
#include "regviz/core/descent.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/objective.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <optional>
#include <ostream>
#include <random>
#include <string_view>
#include <vector>

namespace {

using regviz::DescentStatus;
using regviz::Optimizer;
using regviz::Penalty;

constexpr Optimizer kAllOptimizers[] = {Optimizer::Gradient, Optimizer::Proximal, Optimizer::Clip};

regviz::Moments momentsFor(std::uint64_t seed, Eigen::Index n, double trueWeight, double noise)
{
    return regviz::computeMoments(regviz::generateDataset(seed, n), trueWeight, noise);
}

// The default scene: seed 42, n 200, true weight 0.5, no noise, lambda 0.5 (past lambda_c).
regviz::Moments defaultMoments()
{
    return momentsFor(42, 200, 0.5, 0.0);
}

constexpr regviz::Regularization kDefaultReg{0.5, 0.5};

regviz::DescentSettings settingsWith(Optimizer optimizer, double eta, int maxSteps, double w0 = 1.0)
{
    regviz::DescentSettings s;
    s.optimizer = optimizer;
    s.eta = eta;
    s.maxSteps = maxSteps;
    s.w0 = w0;
    return s;
}

void expectAllFinite(const regviz::DescentTrace &trace)
{
    ASSERT_FALSE(trace.steps.empty());
    for (std::size_t k = 0; k < trace.steps.size(); ++k) {
        const regviz::DescentStep &s = trace.steps[k];
        ASSERT_TRUE(std::isfinite(s.w)) << "step " << k;
        ASSERT_TRUE(std::isfinite(s.value)) << "step " << k;
        ASSERT_TRUE(std::isfinite(s.lossGradient)) << "step " << k;
        ASSERT_TRUE(std::isfinite(s.penaltyGradient)) << "step " << k;
        ASSERT_TRUE(std::isfinite(s.step)) << "step " << k;
    }
    if (trace.band) {
        EXPECT_TRUE(std::isfinite(trace.band->low));
        EXPECT_TRUE(std::isfinite(trace.band->high));
    }
    if (trace.target) {
        EXPECT_TRUE(std::isfinite(*trace.target));
    }
}

// Every field but the optimizer, which differs by design when optimizers are compared.
void expectSameRun(const regviz::DescentTrace &a, const regviz::DescentTrace &b)
{
    EXPECT_EQ(a.penalty, b.penalty);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.divergedAt, b.divergedAt);
    EXPECT_EQ(a.etaMax, b.etaMax);
    EXPECT_EQ(a.target, b.target);
    ASSERT_EQ(a.band.has_value(), b.band.has_value());
    if (a.band) {
        EXPECT_EQ(a.band->low, b.band->low);
        EXPECT_EQ(a.band->high, b.band->high);
    }
    ASSERT_EQ(a.steps.size(), b.steps.size());
    for (std::size_t k = 0; k < a.steps.size(); ++k) {
        ASSERT_EQ(a.steps[k].w, b.steps[k].w) << "step " << k;
        ASSERT_EQ(a.steps[k].value, b.steps[k].value) << "step " << k;
        ASSERT_EQ(a.steps[k].lossGradient, b.steps[k].lossGradient) << "step " << k;
        ASSERT_EQ(a.steps[k].penaltyGradient, b.steps[k].penaltyGradient) << "step " << k;
        ASSERT_EQ(a.steps[k].step, b.steps[k].step) << "step " << k;
    }
}

struct Scene
{
    regviz::Moments moments;
    regviz::Regularization reg;
    double w0 = 1.0;
};

// Random scenes over the slider ranges, seeded so failures reproduce.
std::vector<Scene> randomScenes(int count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::uint64_t> dataSeed(0, 1'000'000);
    std::uniform_int_distribution<Eigen::Index> size(2, 300);
    std::uniform_real_distribution<double> weight(-2.0, 2.0);
    std::uniform_real_distribution<double> noise(0.0, 2.0);
    std::uniform_real_distribution<double> lambda(0.0, 5.0);
    std::uniform_real_distribution<double> alpha(0.0, 1.0);
    std::uniform_real_distribution<double> start(-3.0, 3.0);
    std::vector<Scene> scenes;
    for (int i = 0; i < count; ++i) {
        Scene s;
        s.moments = momentsFor(dataSeed(rng), size(rng), weight(rng), noise(rng));
        s.reg = {lambda(rng), alpha(rng)};
        s.w0 = start(rng);
        scenes.push_back(s);
    }
    return scenes;
}

} // namespace

TEST(Descent, ProximalLandsOnExactlyZeroPastLambdaCAndOnTheLassoBelowIt)
{
    int atZero = 0;
    int offZero = 0;
    std::mt19937_64 rng(8);
    for (Scene s : randomScenes(200, 2718)) {
        const double lambdaC = regviz::computeMinimizers(s.moments, s.reg).lambdaC;
        // Half the scenes below lambda_c, where the lasso is not 0, so both branches are exercised.
        if (offZero < atZero)
            s.reg.lambda = std::uniform_real_distribution<double>(0.0, 0.95)(rng) * lambdaC;
        const regviz::Minimizers exact = regviz::computeMinimizers(s.moments, s.reg);
        // 0.3 of the stability limit contracts by 0.4 per step, so a 1e-10 last step leaves < 1e-10.
        const double eta = 0.3 * regviz::stabilityLimit(s.moments, Penalty::L1, s.reg);
        const regviz::DescentTrace trace = regviz::computeDescent(
            s.moments, Penalty::L1, s.reg, settingsWith(Optimizer::Proximal, eta, 20000, s.w0));
        ASSERT_EQ(trace.status, DescentStatus::Converged)
            << "lambda " << s.reg.lambda << " lambdaC " << lambdaC;
        const double w = trace.steps.back().w;
        if (s.reg.lambda > lambdaC) {
            EXPECT_EQ(w, 0.0) << "lambda " << s.reg.lambda << " lambdaC " << lambdaC;
            EXPECT_FALSE(std::signbit(w));
            ++atZero;
        } else {
            EXPECT_NEAR(w, *exact.lasso, 1e-8) << "lambda " << s.reg.lambda << " lambdaC " << lambdaC;
            EXPECT_NE(w, 0.0);
            ++offZero;
        }
    }
    EXPECT_GE(atZero, 50);
    EXPECT_GE(offZero, 50);
}

TEST(Descent, ProximalLandsOnZeroInTheDefaultSceneWithTheDefaultStep)
{
    const regviz::DescentTrace ista = regviz::computeDescent(defaultMoments(), Penalty::L1, kDefaultReg,
                                                             settingsWith(Optimizer::Proximal, 0.1, 200));
    EXPECT_EQ(ista.status, DescentStatus::Converged);
    EXPECT_EQ(ista.steps.back().w, 0.0);
    EXPECT_LT(ista.stepCount(), 200);
}

namespace {

struct ConvergenceCase
{
    const char *name;
    Penalty penalty;
    Optimizer optimizer;
    double trueWeight;
    double noise;
    double lambda;
    double alpha;
    double w0;
};

std::ostream &operator<<(std::ostream &out, const ConvergenceCase &c)
{
    return out << c.name;
}

class ConvergesToClosedForm : public testing::TestWithParam<ConvergenceCase>
{
};

} // namespace

TEST_P(ConvergesToClosedForm, WithTheDefaultStep)
{
    const ConvergenceCase c = GetParam();
    const regviz::Moments m = momentsFor(42, 200, c.trueWeight, c.noise);
    const regviz::Regularization reg{c.lambda, c.alpha};
    const regviz::DescentTrace trace =
        regviz::computeDescent(m, c.penalty, reg, settingsWith(c.optimizer, 0.1, 20000, c.w0));
    const std::optional<double> exact = regviz::minimizer(regviz::computeMinimizers(m, reg), c.penalty);
    ASSERT_TRUE(exact.has_value());
    EXPECT_EQ(trace.status, DescentStatus::Converged);
    EXPECT_NEAR(trace.steps.back().w, *exact, 1e-8);
    EXPECT_EQ(trace.target, exact);
    EXPECT_FALSE(trace.band.has_value());
    EXPECT_FALSE(trace.divergedAt.has_value());
}

INSTANTIATE_TEST_SUITE_P(Cases, ConvergesToClosedForm,
                         testing::Values(ConvergenceCase{"ridge by gradient descent", Penalty::L2,
                                                         Optimizer::Gradient, 0.5, 0.0, 0.5, 0.5, 1.0},
                                         ConvergenceCase{"ridge, noisy, from below", Penalty::L2,
                                                         Optimizer::Gradient, -1.2, 1.5, 2.0, 0.5, 3.0},
                                         ConvergenceCase{"ols by gradient descent", Penalty::None,
                                                         Optimizer::Gradient, 1.7, 0.6, 0.0, 0.5, -2.0},
                                         ConvergenceCase{"lasso by ista below lambda_c", Penalty::L1,
                                                         Optimizer::Proximal, 1.5, 0.3, 0.4, 0.5, -1.0},
                                         ConvergenceCase{"elastic net by ista", Penalty::ElasticNet,
                                                         Optimizer::Proximal, -1.0, 0.2, 0.8, 0.4, 1.0},
                                         ConvergenceCase{"lasso by clip from the far side", Penalty::L1,
                                                         Optimizer::Clip, 1.5, 0.3, 0.4, 0.5, -1.0},
                                         ConvergenceCase{"lasso by clip to zero", Penalty::L1,
                                                         Optimizer::Clip, -0.5, 0.0, 0.5, 0.5, -1.0},
                                         ConvergenceCase{"elastic net by clip to zero", Penalty::ElasticNet,
                                                         Optimizer::Clip, 0.3, 0.0, 1.0, 0.9, 2.0}));

TEST(Descent, SubgradientL1BouncesInABandAroundZeroWithoutLandingOnIt)
{
    const regviz::Moments m = defaultMoments();
    ASSERT_GT(kDefaultReg.lambda, regviz::computeMinimizers(m, kDefaultReg).lambdaC);
    const double bound = regviz::subgradientBandBound(m, Penalty::L1, kDefaultReg, 0.1);
    EXPECT_DOUBLE_EQ(bound, 0.1 * (kDefaultReg.lambda + 2.0 * std::abs(m.sxy)));
    // The default run, and longer ones: a fixed step never settles, however long it runs.
    for (const int maxSteps : {200, 1000, 5000}) {
        const regviz::DescentTrace trace = regviz::computeDescent(
            m, Penalty::L1, kDefaultReg, settingsWith(Optimizer::Gradient, 0.1, maxSteps));
        ASSERT_EQ(trace.stepCount(), maxSteps);
        const double w = trace.steps.back().w;
        EXPECT_NE(w, 0.0);
        EXPECT_LE(std::abs(w), bound);
        EXPECT_EQ(trace.status, DescentStatus::Oscillating) << regviz::statusName(trace.status);
        ASSERT_TRUE(trace.band.has_value());
        EXPECT_LT(trace.band->low, 0.0);
        EXPECT_GT(trace.band->high, 0.0);
        EXPECT_LE(trace.band->width(), 2.0 * bound);
        EXPECT_LE(std::max(std::abs(trace.band->low), std::abs(trace.band->high)), bound);
        EXPECT_FALSE(trace.divergedAt.has_value());
        // Once it has first crossed 0 it stays within the bound for good.
        const auto firstCross = std::find_if(trace.steps.begin(), trace.steps.end(),
                                             [](const regviz::DescentStep &s) { return s.w < 0.0; });
        ASSERT_NE(firstCross, trace.steps.end());
        for (auto it = firstCross; it != trace.steps.end(); ++it)
            ASSERT_LE(std::abs(it->w), bound);
    }
}

TEST(Descent, SlowMonotoneApproachAtTheCapIsRunningNotOscillating)
{
    // A tiny step creeps towards the ridge minimum without ever turning back: the run is unfinished, and
    // calling it oscillating would tell the user the step is too large when it is too small.
    const regviz::Moments m = defaultMoments();
    for (const double eta : {regviz::limits::etaMin, 0.001, 0.01}) {
        const regviz::DescentTrace trace =
            regviz::computeDescent(m, Penalty::L2, kDefaultReg, settingsWith(Optimizer::Gradient, eta, 200));
        EXPECT_EQ(trace.status, DescentStatus::Running)
            << "eta " << eta << ": " << regviz::statusName(trace.status);
        EXPECT_FALSE(trace.band.has_value());
        EXPECT_EQ(trace.stepCount(), 200);
    }
}

TEST(Descent, StepAtTheStabilityLimitOscillatesWithoutDiverging)
{
    // At eta = 1/(Sxx + lambda) the iteration map is w -> 2 w* - w: a two-cycle that neither shrinks nor
    // grows.
    const regviz::Moments m = defaultMoments();
    const double eta = regviz::stabilityLimit(m, Penalty::L2, kDefaultReg);
    const regviz::DescentTrace trace =
        regviz::computeDescent(m, Penalty::L2, kDefaultReg, settingsWith(Optimizer::Gradient, eta, 400));
    EXPECT_EQ(trace.status, DescentStatus::Oscillating) << regviz::statusName(trace.status);
    ASSERT_TRUE(trace.band.has_value());
    EXPECT_LT(trace.band->low, *trace.target);
    EXPECT_GT(trace.band->high, *trace.target);
}

TEST(Descent, StabilityLimitIsOneOverSmoothCurvature)
{
    const regviz::Moments m = momentsFor(5, 80, 0.7, 0.9);
    const regviz::Regularization reg{1.5, 0.25};
    EXPECT_DOUBLE_EQ(regviz::stabilityLimit(m, Penalty::None, reg), 1.0 / m.sxx);
    EXPECT_DOUBLE_EQ(regviz::stabilityLimit(m, Penalty::L1, reg), 1.0 / m.sxx);
    EXPECT_DOUBLE_EQ(regviz::stabilityLimit(m, Penalty::L2, reg), 1.0 / (m.sxx + 1.5));
    EXPECT_DOUBLE_EQ(regviz::stabilityLimit(m, Penalty::ElasticNet, reg), 1.0 / (m.sxx + 1.5 * 0.75));
    for (const Penalty kind : regviz::kAllPenalties) {
        const regviz::DescentTrace trace = regviz::computeDescent(m, kind, reg, regviz::DescentSettings{});
        EXPECT_EQ(trace.etaMax, regviz::stabilityLimit(m, kind, reg)) << regviz::penaltyName(kind);
    }
    // A flat smooth part (every x zero, no w^2 term) never limits the step.
    regviz::Moments flat;
    flat.syy = 1.0;
    flat.n = 3;
    EXPECT_EQ(regviz::stabilityLimit(flat, Penalty::L1, reg), std::numeric_limits<double>::infinity());
    EXPECT_DOUBLE_EQ(regviz::stabilityLimit(flat, Penalty::L2, reg), 1.0 / 1.5);
}

namespace {

class StabilityLimit : public testing::TestWithParam<int>
{
};

} // namespace

TEST_P(StabilityLimit, StepAboveItDivergesAndRecordsOnlyFiniteIterates)
{
    // maxSteps decides whether the run is stopped by the growth guard or classified at the cap; both
    // must say diverged.
    const int maxSteps = GetParam();
    const regviz::Moments m = defaultMoments();
    for (const Penalty kind : {Penalty::L2, Penalty::None}) {
        const double eta = 1.05 * regviz::stabilityLimit(m, kind, kDefaultReg);
        const regviz::DescentTrace trace =
            regviz::computeDescent(m, kind, kDefaultReg, settingsWith(Optimizer::Gradient, eta, maxSteps));
        EXPECT_EQ(trace.status, DescentStatus::Diverged)
            << regviz::penaltyName(kind) << " maxSteps " << maxSteps;
        ASSERT_TRUE(trace.divergedAt.has_value());
        EXPECT_GE(*trace.divergedAt, 1);
        EXPECT_LE(*trace.divergedAt, trace.stepCount() + 1);
        expectAllFinite(trace);
        // It really grew: the last iterate is much farther from the minimum than the start.
        EXPECT_GT(std::abs(trace.steps.back().w - *trace.target), 2.0 * std::abs(1.0 - *trace.target));
    }
}

INSTANTIATE_TEST_SUITE_P(StepCaps, StabilityLimit, testing::Values(20, 200, 5000));

TEST(Descent, StepJustBelowStabilityLimitConverges)
{
    const regviz::Moments m = defaultMoments();
    for (const Penalty kind : {Penalty::L2, Penalty::None}) {
        const double eta = 0.95 * regviz::stabilityLimit(m, kind, kDefaultReg);
        const regviz::DescentTrace trace =
            regviz::computeDescent(m, kind, kDefaultReg, settingsWith(Optimizer::Gradient, eta, 20000));
        EXPECT_EQ(trace.status, DescentStatus::Converged) << regviz::penaltyName(kind);
        EXPECT_NEAR(trace.steps.back().w, *trace.target, 1e-8) << regviz::penaltyName(kind);
        EXPECT_FALSE(trace.divergedAt.has_value());
    }
}

TEST(Descent, ClipLandsOnExactlyZeroPastLambdaC)
{
    // From either side and for either sign of Sxy; eta 0.1 and 0.5 overshoot 0 at different distances.
    for (const double trueWeight : {0.5, -0.5, 0.1}) {
        const regviz::Moments m = momentsFor(42, 200, trueWeight, 0.0);
        ASSERT_GT(kDefaultReg.lambda, regviz::computeMinimizers(m, kDefaultReg).lambdaC);
        for (const double w0 : {1.0, -1.0, 2.5}) {
            for (const double eta : {0.1, 0.5}) {
                const regviz::DescentTrace trace = regviz::computeDescent(
                    m, Penalty::L1, kDefaultReg, settingsWith(Optimizer::Clip, eta, 200, w0));
                EXPECT_EQ(trace.status, DescentStatus::Converged) << "w0 " << w0 << " eta " << eta;
                EXPECT_EQ(trace.steps.back().w, 0.0) << "w0 " << w0 << " eta " << eta;
                EXPECT_FALSE(std::signbit(trace.steps.back().w));
                // Clipping never crosses 0: every iterate is on the start's side or at 0.
                for (const regviz::DescentStep &s : trace.steps)
                    ASSERT_GE(s.w * w0, 0.0);
            }
        }
    }
}

TEST(Descent, OptimizersAgreeWhenThereIsNoAbsoluteValue)
{
    // Without an |w| term the proximal and clip steps are plain gradient steps, so the traces must be
    // identical, including converging, diverging and capped runs.
    std::vector<Scene> scenes = randomScenes(30, 4242);
    scenes.push_back({defaultMoments(), {0.0, 0.5}, 1.0});
    for (const Scene &s : scenes) {
        for (const Penalty kind : {Penalty::None, Penalty::L2}) {
            const double limit = regviz::stabilityLimit(s.moments, kind, s.reg);
            for (const double eta : {0.1, 0.5 * limit, 1.05 * limit, 5.0}) {
                const regviz::DescentTrace gradient = regviz::computeDescent(
                    s.moments, kind, s.reg, settingsWith(Optimizer::Gradient, eta, 300, s.w0));
                for (const Optimizer other : {Optimizer::Proximal, Optimizer::Clip}) {
                    const regviz::DescentTrace trace =
                        regviz::computeDescent(s.moments, kind, s.reg, settingsWith(other, eta, 300, s.w0));
                    EXPECT_EQ(trace.optimizer, other);
                    expectSameRun(gradient, trace);
                }
            }
        }
    }
}

TEST(Descent, RecomputedTraceIsIdentical)
{
    for (const Scene &s : randomScenes(20, 77)) {
        for (const Penalty kind : regviz::kAllPenalties) {
            for (const Optimizer optimizer : kAllOptimizers) {
                const regviz::DescentSettings settings = settingsWith(optimizer, 0.3, 500, s.w0);
                const regviz::DescentTrace a = regviz::computeDescent(s.moments, kind, s.reg, settings);
                const regviz::DescentTrace b = regviz::computeDescent(s.moments, kind, s.reg, settings);
                EXPECT_EQ(a.optimizer, b.optimizer);
                expectSameRun(a, b);
            }
        }
    }
}

TEST(Descent, RecordedFieldsDescribeEachIterate)
{
    // step k is w_{k+1} - w_k (0 for the last), and value and gradients are those of the recorded w.
    for (const Scene &s : randomScenes(20, 31)) {
        for (const Penalty kind : regviz::kAllPenalties) {
            for (const Optimizer optimizer : kAllOptimizers) {
                for (const double eta : {0.1, 1.5}) {
                    const regviz::DescentTrace trace = regviz::computeDescent(
                        s.moments, kind, s.reg, settingsWith(optimizer, eta, 300, s.w0));
                    EXPECT_EQ(trace.penalty, kind);
                    EXPECT_EQ(trace.optimizer, optimizer);
                    ASSERT_FALSE(trace.steps.empty());
                    EXPECT_EQ(trace.steps.front().w, s.w0);
                    EXPECT_EQ(trace.steps.back().step, 0.0);
                    for (std::size_t k = 0; k < trace.steps.size(); ++k) {
                        const regviz::DescentStep &step = trace.steps[k];
                        if (k + 1 < trace.steps.size()) {
                            ASSERT_EQ(step.step, trace.steps[k + 1].w - step.w) << "step " << k;
                        }
                        ASSERT_EQ(step.value, regviz::objective(s.moments, kind, s.reg, step.w));
                        ASSERT_EQ(step.lossGradient, regviz::mseGradient(s.moments, step.w));
                        ASSERT_EQ(step.penaltyGradient, regviz::penaltyGradient(kind, s.reg, step.w));
                    }
                    EXPECT_EQ(trace.target,
                              regviz::minimizer(regviz::computeMinimizers(s.moments, s.reg), kind));
                    // A band is reported exactly for oscillating runs, a divergence step only for diverged
                    // ones.
                    EXPECT_EQ(trace.band.has_value(), trace.status == DescentStatus::Oscillating);
                    EXPECT_EQ(trace.divergedAt.has_value(), trace.status == DescentStatus::Diverged);
                    if (trace.status == DescentStatus::Converged || trace.status == DescentStatus::Diverged) {
                        EXPECT_LE(trace.stepCount(), 300);
                    } else {
                        EXPECT_EQ(trace.stepCount(), 300);
                    }
                }
            }
        }
    }
}

TEST(Descent, StartingAtZeroPastLambdaCConvergesAtStepZero)
{
    const regviz::Moments m = defaultMoments();
    for (const Optimizer optimizer : kAllOptimizers) {
        const regviz::DescentTrace trace =
            regviz::computeDescent(m, Penalty::L1, kDefaultReg, settingsWith(optimizer, 0.1, 200, 0.0));
        EXPECT_EQ(trace.status, DescentStatus::Converged) << regviz::optimizerName(optimizer);
        EXPECT_EQ(trace.stepCount(), 0) << regviz::optimizerName(optimizer);
        ASSERT_EQ(trace.steps.size(), 1U);
        EXPECT_EQ(trace.steps[0].w, 0.0);
        EXPECT_EQ(trace.steps[0].step, 0.0);
        EXPECT_EQ(trace.steps[0].penaltyGradient, 0.0) << "sign(0) = 0";
    }
}

TEST(Descent, StartingAtZeroBelowLambdaCMovesAway)
{
    // 0 is not optimal below lambda_c, so a start at 0 must not be reported as converged.
    const regviz::Moments m = defaultMoments();
    const regviz::Regularization reg{0.1, 0.5};
    ASSERT_LT(reg.lambda, regviz::computeMinimizers(m, reg).lambdaC);
    for (const Optimizer optimizer : kAllOptimizers) {
        const regviz::DescentTrace trace =
            regviz::computeDescent(m, Penalty::L1, reg, settingsWith(optimizer, 0.1, 2000, 0.0));
        EXPECT_GT(trace.stepCount(), 0) << regviz::optimizerName(optimizer);
        EXPECT_GT(trace.steps.back().w, 0.0) << regviz::optimizerName(optimizer);
    }
}

TEST(Descent, HugeStepNeverRecordsNonFiniteValues)
{
    std::vector<Scene> scenes = randomScenes(30, 555);
    // The harshest corner of the sliders: largest weight, noise and lambda, far start.
    scenes.push_back({momentsFor(1, 1000, 2.0, 2.0), {5.0, 0.0}, -100.0});
    for (const Scene &s : scenes) {
        for (const Penalty kind : regviz::kAllPenalties) {
            for (const Optimizer optimizer : kAllOptimizers) {
                const regviz::DescentTrace trace = regviz::computeDescent(
                    s.moments, kind, s.reg,
                    settingsWith(optimizer, regviz::limits::etaMax, regviz::limits::stepsMax, s.w0));
                SCOPED_TRACE(testing::Message()
                             << regviz::penaltyName(kind) << " " << regviz::optimizerName(optimizer));
                expectAllFinite(trace);
                EXPECT_TRUE(std::isfinite(trace.etaMax));
            }
        }
    }
}

TEST(Descent, ComputeDescentsRunsEveryPenaltyInOrderWithTheSameSettings)
{
    const regviz::Moments m = momentsFor(3, 150, -0.8, 0.5);
    const regviz::Regularization reg{0.7, 0.3};
    const regviz::DescentSettings settings = settingsWith(Optimizer::Proximal, 0.2, 400, -1.5);
    const std::array<regviz::DescentTrace, 4> traces = regviz::computeDescents(m, reg, settings);
    for (std::size_t i = 0; i < traces.size(); ++i) {
        EXPECT_EQ(traces[i].penalty, regviz::kAllPenalties[i]);
        EXPECT_EQ(traces[i].optimizer, Optimizer::Proximal);
        expectSameRun(traces[i], regviz::computeDescent(m, regviz::kAllPenalties[i], reg, settings));
    }
    EXPECT_EQ(regviz::kAllPenalties[0], Penalty::None);
    EXPECT_EQ(regviz::kAllPenalties[1], Penalty::L1);
    EXPECT_EQ(regviz::kAllPenalties[2], Penalty::L2);
    EXPECT_EQ(regviz::kAllPenalties[3], Penalty::ElasticNet);
}

TEST(OptimizerNames, RoundTrip)
{
    EXPECT_STREQ(regviz::optimizerName(Optimizer::Gradient), "gd");
    EXPECT_STREQ(regviz::optimizerName(Optimizer::Proximal), "proximal");
    EXPECT_STREQ(regviz::optimizerName(Optimizer::Clip), "clip");
    for (const Optimizer optimizer : kAllOptimizers)
        EXPECT_EQ(regviz::optimizerFromName(regviz::optimizerName(optimizer)), optimizer);
}

TEST(OptimizerNames, RejectUnknownNames)
{
    // Names are exact: the command line and session files must not silently pick an optimizer.
    for (const std::string_view name : {"", "GD", "Proximal", "ista", "gradient", "clip ", " gd", "prox"})
        EXPECT_EQ(regviz::optimizerFromName(name), std::nullopt) << "'" << name << "'";
}

TEST(StatusNames, AreDistinctWords)
{
    EXPECT_STREQ(regviz::statusName(DescentStatus::Converged), "converged");
    EXPECT_STREQ(regviz::statusName(DescentStatus::Running), "running");
    EXPECT_STREQ(regviz::statusName(DescentStatus::Oscillating), "oscillating");
    EXPECT_STREQ(regviz::statusName(DescentStatus::Diverged), "diverged");
}
