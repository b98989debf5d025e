#include "regviz/core/dataset.h"
#include "regviz/core/descent.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/objective.h"
#include "regviz/core/two_d.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <numeric>
#include <optional>
#include <string_view>
#include <vector>

namespace {

using regviz::DescentStatus;
using regviz::Optimizer;
using regviz::Penalty;

// The default scene: seed 42, n 200, true weight 0.5, no noise, lambda 0.5 (past lambda_c).
const regviz::Dataset &defaultDraw()
{
    static const regviz::Dataset draw = regviz::generateDataset(42, 200);
    return draw;
}

regviz::Moments defaultMoments()
{
    return regviz::computeMoments(defaultDraw(), 0.5, 0.0);
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

double sgn(double w)
{
    return w > 0.0 ? 1.0 : (w < 0.0 ? -1.0 : 0.0);
}

// dF/dw written out from the moments, independently of objective.cpp.
double gradientOf(const regviz::Moments &m, double l1, double l2, double w)
{
    return 2.0 * (m.sxx * w - m.sxy) + l1 * sgn(w) + 2.0 * l2 * w;
}

double shrink(double z, double t)
{
    return std::abs(z) <= t ? 0.0 : z - t * sgn(z);
}

void expectSameWs(const regviz::DescentTrace &trace, const std::vector<double> &reference, double tolerance)
{
    ASSERT_GE(trace.steps.size(), reference.size());
    for (std::size_t k = 0; k < reference.size(); ++k)
        ASSERT_NEAR(trace.steps[k].w, reference[k], tolerance) << "step " << k;
}

void expectBitwiseSame(const regviz::DescentTrace &a, const regviz::DescentTrace &b)
{
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.divergedAt, b.divergedAt);
    EXPECT_EQ(a.etaMax, b.etaMax);
    EXPECT_EQ(a.target, b.target);
    EXPECT_EQ(a.fixedPoint, b.fixedPoint);
    ASSERT_EQ(a.band.has_value(), b.band.has_value());
    if (a.band) {
        EXPECT_EQ(a.band->low, b.band->low);
        EXPECT_EQ(a.band->high, b.band->high);
    }
    ASSERT_EQ(a.steps.size(), b.steps.size());
    for (std::size_t k = 0; k < a.steps.size(); ++k) {
        ASSERT_EQ(a.steps[k].w, b.steps[k].w) << "step " << k;
        ASSERT_EQ(a.steps[k].value, b.steps[k].value) << "step " << k;
        ASSERT_EQ(a.steps[k].step, b.steps[k].step) << "step " << k;
    }
}

constexpr int kReferenceSteps = 40;

} // namespace

TEST(Optimizers, MomentumFollowsTheHeavyBallLoop)
{
    const regviz::Moments m = defaultMoments();
    for (const Penalty kind : regviz::kAllPenalties) {
        regviz::DescentSettings s = settingsWith(Optimizer::Momentum, 0.1, kReferenceSteps);
        s.beta = 0.8;
        const double l1 = regviz::l1Weight(kind, kDefaultReg);
        const double l2 = regviz::l2Weight(kind, kDefaultReg);
        std::vector<double> ws{s.w0};
        double w = s.w0;
        double v = 0.0;
        for (int k = 0; k < kReferenceSteps; ++k) {
            v = 0.8 * v + gradientOf(m, l1, l2, w);
            w -= 0.1 * v;
            ws.push_back(w);
        }
        SCOPED_TRACE(regviz::penaltyName(kind));
        expectSameWs(regviz::computeDescent(m, kind, kDefaultReg, s), ws, 1e-13);
    }
}

TEST(Optimizers, NesterovFollowsTheLookAheadLoop)
{
    const regviz::Moments m = defaultMoments();
    for (const Penalty kind : regviz::kAllPenalties) {
        regviz::DescentSettings s = settingsWith(Optimizer::Nesterov, 0.2, kReferenceSteps, -1.5);
        s.beta = 0.7;
        const double l1 = regviz::l1Weight(kind, kDefaultReg);
        const double l2 = regviz::l2Weight(kind, kDefaultReg);
        std::vector<double> ws{s.w0};
        double w = s.w0;
        double v = 0.0;
        for (int k = 0; k < kReferenceSteps; ++k) {
            const double g = gradientOf(m, l1, l2, w);
            v = 0.7 * v + g;
            w -= 0.2 * (g + 0.7 * v);
            ws.push_back(w);
        }
        SCOPED_TRACE(regviz::penaltyName(kind));
        expectSameWs(regviz::computeDescent(m, kind, kDefaultReg, s), ws, 1e-13);
    }
}

namespace {

// Adam (Kingma and Ba 2015, algorithm 1) with optional decoupled decay d (Loshchilov and Hutter 2019).
std::vector<double> adamReference(const regviz::Moments &m, double l1, double l2InGradient, double decay,
                                  const regviz::DescentSettings &s)
{
    std::vector<double> ws{s.w0};
    double w = s.w0;
    double first = 0.0;
    double second = 0.0;
    for (int t = 1; t <= s.maxSteps; ++t) {
        const double g = gradientOf(m, l1, l2InGradient, w);
        first = s.beta * first + (1.0 - s.beta) * g;
        second = s.beta2 * second + (1.0 - s.beta2) * g * g;
        const double mHat = first / (1.0 - std::pow(s.beta, t));
        const double vHat = second / (1.0 - std::pow(s.beta2, t));
        w = w - s.eta * (mHat / (std::sqrt(vHat) + s.epsilon) + decay * w);
        ws.push_back(w);
    }
    return ws;
}

} // namespace

TEST(Optimizers, AdamAndAdamWFollowTheirPapersLoops)
{
    const regviz::Moments m = regviz::computeMoments(defaultDraw(), -0.7, 0.4);
    const regviz::Regularization reg{0.3, 0.4};
    for (const Penalty kind : regviz::kAllPenalties) {
        regviz::DescentSettings s = settingsWith(Optimizer::Adam, 0.05, kReferenceSteps, 0.8);
        s.beta = 0.85;
        s.beta2 = 0.99;
        s.epsilon = 1e-6;
        s.weightDecay = 0.25;
        const double l1 = regviz::l1Weight(kind, reg);
        const double l2 = regviz::l2Weight(kind, reg);
        SCOPED_TRACE(regviz::penaltyName(kind));
        // Adam: the whole penalty in the gradient, no decay (weightDecay is AdamW's only).
        expectSameWs(regviz::computeDescent(m, kind, reg, s), adamReference(m, l1, l2, 0.0, s), 1e-13);
        // AdamW: the w^2 part leaves the gradient and comes back as decay 2 lambda_l2 + wd.
        s.optimizer = Optimizer::AdamW;
        expectSameWs(regviz::computeDescent(m, kind, reg, s), adamReference(m, l1, 0.0, 2.0 * l2 + 0.25, s),
                     1e-13);
    }
}

TEST(Optimizers, FistaFollowsBeckAndTeboullesLoop)
{
    const regviz::Moments m = regviz::computeMoments(defaultDraw(), 1.2, 0.3);
    const regviz::Regularization reg{0.4, 0.5};
    for (const Penalty kind : regviz::kAllPenalties) {
        const regviz::DescentSettings s = settingsWith(Optimizer::Fista, 0.3, kReferenceSteps, -2.0);
        const double l1 = regviz::l1Weight(kind, reg);
        const double l2 = regviz::l2Weight(kind, reg);
        std::vector<double> ws{s.w0};
        double x = s.w0;
        double y = s.w0;
        double t = 1.0;
        for (int k = 0; k < kReferenceSteps; ++k) {
            const double next = shrink(y - 0.3 * gradientOf(m, 0.0, l2, y), 0.3 * l1);
            const double tNext = (1.0 + std::sqrt(1.0 + 4.0 * t * t)) / 2.0;
            y = next + (t - 1.0) / tNext * (next - x);
            t = tNext;
            x = next;
            ws.push_back(x);
        }
        const regviz::DescentTrace trace = regviz::computeDescent(m, kind, reg, s);
        SCOPED_TRACE(regviz::penaltyName(kind));
        // A converged run stops early; compare what was recorded.
        ws.resize(std::min(ws.size(), trace.steps.size()));
        expectSameWs(trace, ws, 1e-13);
    }
}

TEST(Optimizers, MinibatchesSplitEveryRowOnceInSortedBatches)
{
    const regviz::Dataset &draw = defaultDraw();
    for (const int b : {1, 7, 20, 199, 200, 500}) {
        const regviz::Minibatches batches = regviz::makeMinibatches(draw, b, 9);
        const int size = std::min(b, 200);
        EXPECT_EQ(batches.batchSize, size);
        EXPECT_EQ(batches.count(), static_cast<std::size_t>((200 + size - 1) / size));
        std::vector<Eigen::Index> seen;
        for (std::size_t i = 0; i < batches.count(); ++i) {
            const auto &rows = batches.rows[i];
            EXPECT_TRUE(std::is_sorted(rows.begin(), rows.end()));
            if (i + 1 < batches.count()) {
                EXPECT_EQ(rows.size(), static_cast<std::size_t>(size));
            }
            double sxx = 0.0;
            for (const Eigen::Index r : rows)
                sxx += draw.x[r] * draw.x[r];
            EXPECT_NEAR(batches.moments[i].sxx, sxx / static_cast<double>(rows.size()), 1e-15);
            seen.insert(seen.end(), rows.begin(), rows.end());
        }
        std::sort(seen.begin(), seen.end());
        std::vector<Eigen::Index> all(200);
        std::iota(all.begin(), all.end(), Eigen::Index{0});
        EXPECT_EQ(seen, all) << "b " << b;
    }
    // A small batch is a real shuffle, not the rows in order.
    EXPECT_NE(regviz::makeMinibatches(draw, 20, 9).rows[0], regviz::makeMinibatches(draw, 20, 10).rows[0]);
}

TEST(Optimizers, SgdFollowsAHandWrittenLoopOverItsSchedule)
{
    const regviz::Dataset &draw = defaultDraw();
    const Eigen::VectorXd y = regviz::responses(draw, 0.5, 0.3);
    const regviz::XYData data{draw.x, y};
    const regviz::Moments m = regviz::computeMoments(data);
    const regviz::Minibatches batches = regviz::makeMinibatches(data, 16, 5);
    const std::vector<std::size_t> schedule = regviz::minibatchSchedule(batches, kReferenceSteps);
    ASSERT_EQ(schedule.size(), static_cast<std::size_t>(kReferenceSteps));
    // Every epoch visits each batch once.
    std::vector<std::size_t> epoch(schedule.begin(), schedule.begin() + 13);
    std::sort(epoch.begin(), epoch.end());
    for (std::size_t i = 0; i < epoch.size(); ++i)
        EXPECT_EQ(epoch[i], i);
    for (const Penalty kind : regviz::kAllPenalties) {
        const double l1 = regviz::l1Weight(kind, kDefaultReg);
        const double l2 = regviz::l2Weight(kind, kDefaultReg);
        for (const Optimizer optimizer : {Optimizer::Sgd, Optimizer::ProximalSgd}) {
            regviz::DescentSettings s = settingsWith(optimizer, 0.2, kReferenceSteps, 1.3);
            std::vector<double> ws{s.w0};
            double w = s.w0;
            for (int k = 0; k < kReferenceSteps; ++k) {
                // The batch's MSE gradient from the raw rows: (2/b) sum x (x w - y).
                double g = 0.0;
                const auto &rows = batches.rows[schedule[static_cast<std::size_t>(k)]];
                for (const Eigen::Index r : rows)
                    g += 2.0 * draw.x[r] * (draw.x[r] * w - y[r]);
                g /= static_cast<double>(rows.size());
                if (optimizer == Optimizer::Sgd)
                    w -= 0.2 * (g + l1 * sgn(w) + 2.0 * l2 * w);
                else
                    w = shrink(w - 0.2 * (g + 2.0 * l2 * w), 0.2 * l1);
                ws.push_back(w);
            }
            const regviz::DescentTrace trace = regviz::computeDescent(m, kind, kDefaultReg, s, batches);
            SCOPED_TRACE(testing::Message()
                         << regviz::penaltyName(kind) << " " << regviz::optimizerName(optimizer));
            EXPECT_EQ(trace.batchSize, 16);
            ws.resize(std::min(ws.size(), trace.steps.size()));
            expectSameWs(trace, ws, 1e-13);
            // The recorded values are those of the whole sample's F, not of the batch.
            EXPECT_EQ(trace.steps.back().value,
                      regviz::objective(m, kind, kDefaultReg, trace.steps.back().w));
        }
    }
}

TEST(Optimizers, FullBatchSgdIsGradientDescentBitForBit)
{
    // b = n: the one batch is the whole sample in its own order, so its moments and every step are the
    // same bits as full-batch gd and ista, for the generated draw (rescaled like the scene) and for data.
    const regviz::Dataset &draw = defaultDraw();
    for (const double noise : {0.0, 0.7}) {
        const regviz::Moments drawMoments = regviz::computeMoments(draw, 0.0, 0.0);
        const regviz::Moments m = regviz::rescaleMoments(drawMoments, 0.5, noise);
        const regviz::Minibatches generated =
            regviz::rescaleMinibatches(regviz::makeMinibatches(draw, 200, 3), 0.5, noise);
        const regviz::XYData data{draw.x, regviz::responses(draw, 0.5, noise)};
        const regviz::Moments dataMoments = regviz::computeMoments(data);
        const regviz::Minibatches measured = regviz::makeMinibatches(data, 200, 3);
        ASSERT_EQ(generated.count(), 1U);
        EXPECT_EQ(generated.moments[0], m);
        EXPECT_EQ(measured.moments[0], dataMoments);
        for (const Penalty kind : regviz::kAllPenalties) {
            for (const double eta : {0.1, 1.0, 3.0, 5.0}) {
                const std::pair<Optimizer, Optimizer> pairs[] = {
                    {Optimizer::Sgd, Optimizer::Gradient}, {Optimizer::ProximalSgd, Optimizer::Proximal}};
                for (const auto &[stochastic, full] : pairs) {
                    SCOPED_TRACE(testing::Message() << regviz::penaltyName(kind) << " eta " << eta << " "
                                                    << regviz::optimizerName(stochastic));
                    const regviz::DescentTrace reference =
                        regviz::computeDescent(m, kind, kDefaultReg, settingsWith(full, eta, 500));
                    expectBitwiseSame(regviz::computeDescent(m, kind, kDefaultReg,
                                                             settingsWith(stochastic, eta, 500), generated),
                                      reference);
                    expectBitwiseSame(
                        regviz::computeDescent(dataMoments, kind, kDefaultReg,
                                               settingsWith(stochastic, eta, 500), measured),
                        regviz::computeDescent(dataMoments, kind, kDefaultReg, settingsWith(full, eta, 500)));
                }
            }
        }
    }
}

TEST(Optimizers, TheSameSeedReplaysTheSameStochasticTrace)
{
    const regviz::Dataset &draw = defaultDraw();
    const regviz::Moments m = regviz::computeMoments(draw, 0.5, 0.5);
    const auto batchesFor = [&](std::uint64_t seed) {
        return regviz::rescaleMinibatches(regviz::makeMinibatches(draw, 10, seed), 0.5, 0.5);
    };
    for (const Optimizer optimizer : {Optimizer::Sgd, Optimizer::ProximalSgd}) {
        const regviz::DescentSettings s = settingsWith(optimizer, 0.3, 2000);
        for (const Penalty kind : regviz::kAllPenalties) {
            const regviz::DescentTrace a = regviz::computeDescent(m, kind, kDefaultReg, s, batchesFor(77));
            expectBitwiseSame(a, regviz::computeDescent(m, kind, kDefaultReg, s, batchesFor(77)));
            const regviz::DescentTrace other =
                regviz::computeDescent(m, kind, kDefaultReg, s, batchesFor(78));
            // Another seed draws other batches: the traces part within a few steps (unless both land on 0).
            if (!(a.steps.back().w == 0.0 && other.steps.back().w == 0.0)) {
                ASSERT_GT(a.steps.size(), 3U);
                ASSERT_GT(other.steps.size(), 3U);
                EXPECT_NE(a.steps[3].w, other.steps[3].w) << regviz::penaltyName(kind);
            }
        }
    }
}

TEST(Optimizers, OnL1PastLambdaCTheSubgradientOnesHoverAndTheProximalOnesLandOnZero)
{
    const regviz::Dataset &draw = defaultDraw();
    const regviz::Moments m = defaultMoments();
    ASSERT_GT(kDefaultReg.lambda, regviz::computeMinimizers(m, kDefaultReg).lambdaC);
    const regviz::Minibatches batches =
        regviz::rescaleMinibatches(regviz::makeMinibatches(draw, 20, 42), 0.5, 0.0);
    for (const int steps : {200, 5000}) {
        for (const Optimizer optimizer :
             {Optimizer::Momentum, Optimizer::Nesterov, Optimizer::Adam, Optimizer::AdamW, Optimizer::Sgd}) {
            const regviz::DescentTrace trace = regviz::computeDescent(
                m, Penalty::L1, kDefaultReg, settingsWith(optimizer, 0.1, steps), batches);
            SCOPED_TRACE(regviz::optimizerName(optimizer));
            EXPECT_EQ(trace.stepCount(), steps);
            for (const regviz::DescentStep &s : trace.steps)
                ASSERT_NE(s.w, 0.0);
            EXPECT_EQ(trace.status, DescentStatus::Oscillating) << regviz::statusName(trace.status);
            ASSERT_TRUE(trace.band.has_value());
            EXPECT_LT(trace.band->low, 0.0);
            EXPECT_GT(trace.band->high, 0.0);
            EXPECT_EQ(trace.fixedPoint, 0.0);
        }
        for (const Optimizer optimizer : {Optimizer::Fista, Optimizer::ProximalSgd}) {
            const regviz::DescentTrace trace = regviz::computeDescent(
                m, Penalty::L1, kDefaultReg, settingsWith(optimizer, 0.1, steps), batches);
            SCOPED_TRACE(regviz::optimizerName(optimizer));
            EXPECT_EQ(trace.status, DescentStatus::Converged);
            EXPECT_EQ(trace.steps.back().w, 0.0);
            EXPECT_FALSE(std::signbit(trace.steps.back().w));
            EXPECT_LT(trace.stepCount(), 50);
        }
    }
}

TEST(Optimizers, AdamWithL2InTheGradientConvergesToTheRidgeMinimizer)
{
    const regviz::Moments m = defaultMoments();
    const double ridge = *regviz::computeMinimizers(m, kDefaultReg).ridge;
    regviz::DescentSettings s = settingsWith(Optimizer::Adam, 0.1, 20000);
    // Its fixed point is where the gradient of F vanishes, whatever epsilon: the ridge minimizer.
    for (const double epsilon : {1e-8, 1e-3, 1.0}) {
        s.epsilon = epsilon;
        const std::optional<double> fixed = regviz::adaptiveFixedPoint(m, Penalty::L2, kDefaultReg, s);
        ASSERT_TRUE(fixed.has_value());
        EXPECT_NEAR(*fixed, ridge, 4.0 * std::numeric_limits<double>::epsilon() * ridge);
    }
    // With a large epsilon Adam's step near the minimum is a damped gradient step: it converges there.
    s.epsilon = 1.0;
    const regviz::DescentTrace settled = regviz::computeDescent(m, Penalty::L2, kDefaultReg, s);
    EXPECT_EQ(settled.status, DescentStatus::Converged) << regviz::statusName(settled.status);
    EXPECT_NEAR(settled.steps.back().w, ridge, 1e-8);
    // With the usual epsilon each step is about eta, so it closes in to within O(eta) of the ridge weight.
    for (const double eta : {0.01, 0.001}) {
        regviz::DescentSettings usual = settingsWith(Optimizer::Adam, eta, 20000);
        const regviz::DescentTrace trace = regviz::computeDescent(m, Penalty::L2, kDefaultReg, usual);
        EXPECT_NE(trace.status, DescentStatus::Diverged);
        EXPECT_LT(std::abs(trace.steps.back().w - ridge), 3.0 * eta) << "eta " << eta;
        EXPECT_EQ(trace.fixedPoint, regviz::adaptiveFixedPoint(m, Penalty::L2, kDefaultReg, usual));
    }
}

TEST(Optimizers, AdamWSettlesOnItsComputedFixedPointWhichIsNotRidge)
{
    const regviz::Moments m = defaultMoments();
    const regviz::Minimizers exact = regviz::computeMinimizers(m, kDefaultReg);
    regviz::DescentSettings s = settingsWith(Optimizer::AdamW, 0.1, 20000);
    s.epsilon = 1.0;
    const std::optional<double> fixed = regviz::adaptiveFixedPoint(m, Penalty::L2, kDefaultReg, s);
    ASSERT_TRUE(fixed.has_value());
    // It solves g/(|g| + eps) + d w = 0 with g the MSE gradient and d = 2 lambda, to the last bit: the
    // left side changes sign between the fixed point's neighbours.
    const double d = 2.0 * kDefaultReg.lambda;
    const auto h = [&](double w) {
        const double g = regviz::mseGradient(m, w);
        return g / (std::abs(g) + 1.0) + d * w;
    };
    EXPECT_LE(h(std::nextafter(*fixed, -1.0)), 0.0);
    EXPECT_GE(h(std::nextafter(*fixed, 2.0)), 0.0);
    EXPECT_GT(std::abs(*fixed - *exact.ridge), 0.01) << "decoupled decay is not an L2 penalty";
    const regviz::DescentTrace trace = regviz::computeDescent(m, Penalty::L2, kDefaultReg, s);
    EXPECT_EQ(trace.status, DescentStatus::Converged) << regviz::statusName(trace.status);
    EXPECT_NEAR(trace.steps.back().w, *fixed, 1e-8);
    EXPECT_EQ(trace.fixedPoint, fixed);
    EXPECT_EQ(trace.target, exact.ridge);
    // With the usual epsilon the normalized step saturates at +-1 unless g is tiny, so the decay only
    // balances it where the MSE gradient nearly vanishes: next to OLS, far from ridge.
    s.epsilon = 1e-8;
    const std::optional<double> usual = regviz::adaptiveFixedPoint(m, Penalty::L2, kDefaultReg, s);
    ASSERT_TRUE(usual.has_value());
    EXPECT_NEAR(*usual, *exact.ols, 1e-6);
    EXPECT_NE(*usual, *exact.ols);
    const regviz::DescentTrace hovering = regviz::computeDescent(m, Penalty::L2, kDefaultReg, s);
    EXPECT_LT(std::abs(hovering.steps.back().w - *usual), 0.3);
    EXPECT_GT(std::abs(hovering.steps.back().w - *exact.ridge), 0.1);
}

TEST(Optimizers, MomentumStaysBoundedBelowItsLimitAndDivergesAboveIt)
{
    const regviz::Moments m = defaultMoments();
    for (const Optimizer optimizer : {Optimizer::Momentum, Optimizer::Nesterov, Optimizer::Fista}) {
        for (const Penalty kind : {Penalty::None, Penalty::L2}) {
            regviz::DescentSettings s = settingsWith(optimizer, 0.1, 3000);
            const double limit = regviz::optimizerStabilityLimit(m, kind, kDefaultReg, s);
            const double plain = regviz::stabilityLimit(m, kind, kDefaultReg);
            SCOPED_TRACE(testing::Message()
                         << regviz::optimizerName(optimizer) << " " << regviz::penaltyName(kind));
            if (optimizer == Optimizer::Momentum) {
                EXPECT_DOUBLE_EQ(limit, 1.9 * plain);
            } else if (optimizer == Optimizer::Nesterov) {
                EXPECT_DOUBLE_EQ(limit, 1.9 / 2.8 * plain);
            } else {
                EXPECT_DOUBLE_EQ(limit, 2.0 / 3.0 * plain);
            }
            s.eta = 0.9 * limit;
            const regviz::DescentTrace below = regviz::computeDescent(m, kind, kDefaultReg, s);
            EXPECT_NE(below.status, DescentStatus::Diverged);
            EXPECT_EQ(below.etaMax, limit);
            s.eta = 1.1 * limit;
            EXPECT_EQ(regviz::computeDescent(m, kind, kDefaultReg, s).status, DescentStatus::Diverged);
        }
    }
}

TEST(Optimizers, ExistingOptimizersIgnoreTheNewSettings)
{
    const regviz::Moments m = defaultMoments();
    for (const Optimizer optimizer : {Optimizer::Gradient, Optimizer::Proximal, Optimizer::Clip}) {
        regviz::DescentSettings changed = settingsWith(optimizer, 0.3, 300);
        changed.beta = 0.5;
        changed.beta2 = 0.9;
        changed.epsilon = 0.1;
        changed.batch = 3;
        changed.batchSeed = 7;
        changed.weightDecay = 2.0;
        for (const Penalty kind : regviz::kAllPenalties)
            expectBitwiseSame(
                regviz::computeDescent(m, kind, kDefaultReg, changed),
                regviz::computeDescent(m, kind, kDefaultReg, settingsWith(optimizer, 0.3, 300)));
    }
}

TEST(Optimizers, CoordinateDescentPathEndsOnTheSolversSolutionAlongTheAxes)
{
    int corners = 0;
    for (const double rho : {-0.9, -0.3, 0.0, 0.6, 0.95}) {
        for (const double lambda : {0.05, 0.3, 0.8, 2.0}) {
            regviz::TwoDProblem problem;
            problem.correlation = rho;
            problem.trueWeights = Eigen::Vector2d(0.5, 0.1);
            const regviz::Regularization reg{lambda, 0.5};
            const regviz::TwoDSolutions solved = regviz::solve2d(problem, reg);
            for (const Penalty kind : {Penalty::L1, Penalty::ElasticNet}) {
                const Eigen::Vector2d expected = kind == Penalty::L1 ? solved.lasso : solved.elasticNet;
                const std::vector<Eigen::Vector2d> path =
                    regviz::coordinateDescentPath2d(problem, kind, reg, Eigen::Vector2d::Zero());
                SCOPED_TRACE(testing::Message()
                             << "rho " << rho << " lambda " << lambda << " " << regviz::penaltyName(kind));
                ASSERT_GE(path.size(), 3U);
                EXPECT_EQ(path.back(), expected) << "bit for bit";
                // Each half-step moves one coordinate, to the minimum of F along that axis.
                for (std::size_t i = 1; i < path.size(); ++i) {
                    const Eigen::Index axis = (i - 1) % 2;
                    EXPECT_EQ(path[i][1 - axis], path[i - 1][1 - axis]);
                    const double f = regviz::objective2d(problem, kind, reg, path[i]);
                    for (const double h : {1e-4, -1e-4}) {
                        Eigen::Vector2d moved = path[i];
                        moved[axis] += h;
                        ASSERT_LE(f, regviz::objective2d(problem, kind, reg, moved) + 1e-15);
                    }
                }
                if (kind == Penalty::L1 && (expected.array() == 0.0).count() == 1) {
                    ++corners;
                    EXPECT_EQ((path.back().array() == 0.0).count(), 1) << "on the diamond's corner";
                }
                // From another start it ends on the same point up to rounding, zeros exactly.
                const std::vector<Eigen::Vector2d> far =
                    regviz::coordinateDescentPath2d(problem, kind, reg, Eigen::Vector2d(1.5, -1.0));
                EXPECT_LT((far.back() - expected).cwiseAbs().maxCoeff(), 1e-13);
                for (Eigen::Index j = 0; j < 2; ++j) {
                    if (expected[j] == 0.0) {
                        EXPECT_EQ(far.back()[j], 0.0);
                    }
                }
            }
        }
    }
    EXPECT_GE(corners, 3) << "the cases must include lasso solutions on a corner";
}

TEST(Optimizers, NamesRoundTripAndUnknownOnesAreRejected)
{
    const char *const expected[] = {"gd",   "proximal", "clip", "momentum", "nesterov",
                                    "adam", "adamw",    "sgd",  "fista",    "proximal-sgd"};
    ASSERT_EQ(std::size(expected), regviz::kAllOptimizers.size());
    for (std::size_t i = 0; i < regviz::kAllOptimizers.size(); ++i) {
        EXPECT_STREQ(regviz::optimizerName(regviz::kAllOptimizers[i]), expected[i]);
        EXPECT_EQ(regviz::optimizerFromName(expected[i]), regviz::kAllOptimizers[i]);
    }
    for (const std::string_view name : {"Adam", "adam-w", "proximal_sgd", "ista", "SGD", "nesterov "})
        EXPECT_EQ(regviz::optimizerFromName(name), std::nullopt) << name;
    EXPECT_TRUE(regviz::isStochastic(Optimizer::Sgd));
    EXPECT_TRUE(regviz::isStochastic(Optimizer::ProximalSgd));
    EXPECT_FALSE(regviz::isStochastic(Optimizer::Fista));
}
