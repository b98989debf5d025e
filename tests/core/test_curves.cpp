#include "regviz/core/curves.h"
#include "regviz/core/dataset.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/objective.h"

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <ostream>
#include <vector>

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

// A grid with 0 on it (index 1000), so the sign(0) = 0 convention is exercised.
constexpr double kWMin = -1.0;
constexpr double kWMax = 1.0;
constexpr Eigen::Index kGridSize = 2001;
constexpr Eigen::Index kZeroIndex = 1000;

struct CurveCase
{
    std::uint64_t seed;
    Eigen::Index n;
    double trueWeight;
    double noise;
    double lambda;
    double alpha;
};

std::ostream &operator<<(std::ostream &out, const CurveCase &c)
{
    return out << "seed " << c.seed << " n " << c.n << " w " << c.trueWeight << " noise " << c.noise
               << " lambda " << c.lambda << " alpha " << c.alpha;
}

class CurvesOfScene : public testing::TestWithParam<CurveCase>
{
protected:
    void SetUp() override
    {
        const CurveCase c = GetParam();
        m = regviz::computeMoments(regviz::generateDataset(c.seed, c.n), c.trueWeight, c.noise);
        reg = {c.lambda, c.alpha};
        curves = regviz::computeCurves(m, reg, kWMin, kWMax, kGridSize);
    }

    // Curves and the scalar functions may associate products differently (lambda (w w) against
    // (lambda w) w), so they agree to a few ulps of the terms summed, not bit for bit.
    [[nodiscard]] double tolerance(double w) const
    {
        return 8.0 * kEps *
               (m.syy + 2.0 * std::abs(w * m.sxy) + w * w * m.sxx + reg.lambda * (std::abs(w) + w * w));
    }

    regviz::Moments m;
    regviz::Regularization reg;
    regviz::Curves curves;
};

} // namespace

TEST_P(CurvesOfScene, GridRunsEvenlyFromWMinToWMax)
{
    ASSERT_EQ(curves.w.size(), kGridSize);
    EXPECT_EQ(curves.w[0], kWMin);
    EXPECT_EQ(curves.w[kGridSize - 1], kWMax);
    EXPECT_EQ(curves.w[kZeroIndex], 0.0);
    const double spacing = (kWMax - kWMin) / static_cast<double>(kGridSize - 1);
    for (Eigen::Index i = 1; i < kGridSize; ++i)
        ASSERT_NEAR(curves.w[i] - curves.w[i - 1], spacing, 1e-12) << "i " << i;
    for (const Eigen::VectorXd *v :
         {&curves.mse, &curves.l1, &curves.l2, &curves.elastic, &curves.mseL1, &curves.mseL2,
          &curves.mseElastic, &curves.dMse, &curves.dL1, &curves.dL2, &curves.dElastic, &curves.dMseL1,
          &curves.dMseL2, &curves.dMseElastic})
        EXPECT_EQ(v->size(), kGridSize);
}

TEST_P(CurvesOfScene, ValuesEqualObjectiveAndPenaltyAtEachGridPoint)
{
    using regviz::Penalty;
    for (Eigen::Index i = 0; i < kGridSize; ++i) {
        const double w = curves.w[i];
        const double tol = tolerance(w);
        ASSERT_NEAR(curves.mse[i], regviz::mse(m, w), tol) << "w " << w;
        ASSERT_NEAR(curves.mse[i], regviz::objective(m, Penalty::None, reg, w), tol) << "w " << w;
        ASSERT_NEAR(curves.l1[i], regviz::penalty(Penalty::L1, reg, w), tol) << "w " << w;
        ASSERT_NEAR(curves.l2[i], regviz::penalty(Penalty::L2, reg, w), tol) << "w " << w;
        ASSERT_NEAR(curves.elastic[i], regviz::penalty(Penalty::ElasticNet, reg, w), tol) << "w " << w;
        ASSERT_NEAR(curves.mseL1[i], regviz::objective(m, Penalty::L1, reg, w), tol) << "w " << w;
        ASSERT_NEAR(curves.mseL2[i], regviz::objective(m, Penalty::L2, reg, w), tol) << "w " << w;
        ASSERT_NEAR(curves.mseElastic[i], regviz::objective(m, Penalty::ElasticNet, reg, w), tol)
            << "w " << w;
        ASSERT_GE(curves.mse[i], 0.0);
    }
}

TEST_P(CurvesOfScene, DerivativesEqualObjectiveGradientsAtEachGridPoint)
{
    using regviz::Penalty;
    for (Eigen::Index i = 0; i < kGridSize; ++i) {
        const double w = curves.w[i];
        const double tol = tolerance(w);
        ASSERT_NEAR(curves.dMse[i], regviz::mseGradient(m, w), tol) << "w " << w;
        ASSERT_NEAR(curves.dL1[i], regviz::penaltyGradient(Penalty::L1, reg, w), tol) << "w " << w;
        ASSERT_NEAR(curves.dL2[i], regviz::penaltyGradient(Penalty::L2, reg, w), tol) << "w " << w;
        ASSERT_NEAR(curves.dElastic[i], regviz::penaltyGradient(Penalty::ElasticNet, reg, w), tol)
            << "w " << w;
        ASSERT_NEAR(curves.dMseL1[i], regviz::objectiveGradient(m, Penalty::L1, reg, w), tol) << "w " << w;
        ASSERT_NEAR(curves.dMseL2[i], regviz::objectiveGradient(m, Penalty::L2, reg, w), tol) << "w " << w;
        ASSERT_NEAR(curves.dMseElastic[i], regviz::objectiveGradient(m, Penalty::ElasticNet, reg, w), tol)
            << "w " << w;
    }
}

TEST_P(CurvesOfScene, DerivativesMatchCentralDifferencesAwayFromZero)
{
    // A central difference of a quadratic is exact up to rounding (about eps F / h = 1e-12 here), and
    // |w| is linear on either side of 0, so only stencils that straddle 0 are skipped.
    struct Pair
    {
        const Eigen::VectorXd &value;
        const Eigen::VectorXd &derivative;
        const char *name;
    };
    const Pair pairs[] = {{curves.mse, curves.dMse, "mse"},
                          {curves.l1, curves.dL1, "l1"},
                          {curves.l2, curves.dL2, "l2"},
                          {curves.elastic, curves.dElastic, "elastic"},
                          {curves.mseL1, curves.dMseL1, "mse+l1"},
                          {curves.mseL2, curves.dMseL2, "mse+l2"},
                          {curves.mseElastic, curves.dMseElastic, "mse+elastic"}};
    const Eigen::VectorXd &w = curves.w;
    int checked = 0;
    for (Eigen::Index i = 1; i + 1 < kGridSize; ++i) {
        if (w[i - 1] <= 0.0 && w[i + 1] >= 0.0)
            continue;
        for (const Pair &p : pairs) {
            const double difference = (p.value[i + 1] - p.value[i - 1]) / (w[i + 1] - w[i - 1]);
            ASSERT_NEAR(p.derivative[i], difference, 1e-9 * (1.0 + std::abs(difference)))
                << p.name << " at w " << w[i];
        }
        ++checked;
    }
    EXPECT_EQ(checked, kGridSize - 5); // both ends and the three stencils touching w = 0
}

TEST_P(CurvesOfScene, AbsoluteValueHasZeroSlopeAtZero)
{
    // The convention sign(0) = 0: at w = 0 the |w| parts add nothing to any derivative.
    ASSERT_EQ(curves.w[kZeroIndex], 0.0);
    EXPECT_EQ(curves.dL1[kZeroIndex], 0.0);
    EXPECT_EQ(curves.dL2[kZeroIndex], 0.0);
    EXPECT_EQ(curves.dElastic[kZeroIndex], 0.0);
    EXPECT_EQ(curves.dMseL1[kZeroIndex], curves.dMse[kZeroIndex]);
    EXPECT_EQ(curves.dMseL2[kZeroIndex], curves.dMse[kZeroIndex]);
    EXPECT_EQ(curves.dMseElastic[kZeroIndex], curves.dMse[kZeroIndex]);
    EXPECT_EQ(curves.dMse[kZeroIndex], -2.0 * m.sxy);
    // On either side the L1 slope jumps to -lambda and +lambda.
    EXPECT_EQ(curves.dL1[kZeroIndex - 1], -reg.lambda);
    EXPECT_EQ(curves.dL1[kZeroIndex + 1], reg.lambda);
}

TEST_P(CurvesOfScene, GridMinimaLieWithinOneSpacingOfTheClosedForms)
{
    const regviz::Minimizers exact = regviz::computeMinimizers(m, reg);
    const regviz::GridMinima minima = regviz::gridMinima(curves);
    const double spacing = (kWMax - kWMin) / static_cast<double>(kGridSize - 1);
    // A convex curve is smallest on the grid at one of the two grid points around its minimum on the
    // interval, which is the closed form clamped to [wMin, wMax].
    const auto expectNear = [&](const regviz::GridMinimum &found, double closedForm,
                                const Eigen::VectorXd &values, const char *name) {
        EXPECT_NEAR(found.w, std::clamp(closedForm, kWMin, kWMax), spacing * (1.0 + 1e-9)) << name;
        EXPECT_EQ(found.w, curves.w[found.index]) << name;
        EXPECT_EQ(found.value, values[found.index]) << name;
        EXPECT_EQ(found.value, values.minCoeff()) << name;
    };
    expectNear(minima.mse, *exact.ols, curves.mse, "mse");
    expectNear(minima.mseL1, *exact.lasso, curves.mseL1, "mse+l1");
    expectNear(minima.mseL2, *exact.ridge, curves.mseL2, "mse+l2");
    expectNear(minima.mseElastic, *exact.elasticNet, curves.mseElastic, "mse+elastic");
    // Past lambda_c the lasso minimum is 0 itself, which is on the grid: the grid finds it exactly.
    if (exact.lassoAtZero) {
        EXPECT_EQ(minima.mseL1.w, 0.0);
    }
}

TEST_P(CurvesOfScene, EvaluateCurvesAgreesWithComputeCurves)
{
    for (Eigen::Index i = 0; i < kGridSize; i += 7) {
        const double w = curves.w[i];
        const regviz::CurveValues v = regviz::evaluateCurves(m, reg, w);
        const double tol = tolerance(w);
        EXPECT_EQ(v.w, w);
        EXPECT_NEAR(v.mse, curves.mse[i], tol) << "w " << w;
        EXPECT_NEAR(v.l1, curves.l1[i], tol) << "w " << w;
        EXPECT_NEAR(v.l2, curves.l2[i], tol) << "w " << w;
        EXPECT_NEAR(v.elastic, curves.elastic[i], tol) << "w " << w;
        EXPECT_NEAR(v.mseL1, curves.mseL1[i], tol) << "w " << w;
        EXPECT_NEAR(v.mseL2, curves.mseL2[i], tol) << "w " << w;
        EXPECT_NEAR(v.mseElastic, curves.mseElastic[i], tol) << "w " << w;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Scenes, CurvesOfScene,
    testing::Values(CurveCase{42, 200, 0.5, 0.0, 0.5, 0.5},  // the default scene: lambda past lambda_c
                    CurveCase{42, 200, 0.5, 0.0, 0.1, 0.5},  // lambda below lambda_c
                    CurveCase{42, 200, 0.5, 0.0, 0.0, 0.5},  // no penalty: every curve is the MSE
                    CurveCase{7, 50, -1.5, 0.8, 1.2, 0.0},   // negative weight, ridge-only elastic net
                    CurveCase{7, 50, -1.5, 0.8, 1.2, 1.0},   // lasso-only elastic net
                    CurveCase{3, 5, 2.0, 2.0, 5.0, 0.3},     // few noisy points, largest lambda
                    CurveCase{9, 1000, 1.8, 0.1, 0.05, 0.9}, // OLS outside the grid
                    CurveCase{11, 2, -0.2, 1.7, 3.3, 0.65}));

namespace {

struct MinimumCase
{
    std::vector<double> values;
    Eigen::Index expectedIndex;
};

std::ostream &operator<<(std::ostream &out, const MinimumCase &c)
{
    out << "values";
    for (const double v : c.values)
        out << ' ' << v;
    return out;
}

class GridMinimumOf : public testing::TestWithParam<MinimumCase>
{
};

} // namespace

TEST_P(GridMinimumOf, FindsTheFirstSmallestValue)
{
    const MinimumCase c = GetParam();
    const auto size = static_cast<Eigen::Index>(c.values.size());
    const Eigen::VectorXd values = Eigen::Map<const Eigen::VectorXd>(c.values.data(), size);
    const Eigen::VectorXd grid = Eigen::VectorXd::LinSpaced(size, -2.0, 3.0);
    const regviz::GridMinimum found = regviz::gridMinimum(grid, values);
    EXPECT_EQ(found.index, c.expectedIndex);
    EXPECT_EQ(found.w, grid[c.expectedIndex]);
    EXPECT_EQ(found.value, values[c.expectedIndex]);
}

INSTANTIATE_TEST_SUITE_P(Table, GridMinimumOf,
                         testing::Values(MinimumCase{{5.0}, 0}, MinimumCase{{3.0, 1.0, 2.0}, 1},
                                         MinimumCase{{1.0, 2.0, 3.0}, 0}, MinimumCase{{3.0, 2.0, 1.0}, 2},
                                         MinimumCase{{2.0, 0.5, 4.0, 0.5, 1.0}, 1},
                                         MinimumCase{{-1.0, -3.0, -3.0, 0.0}, 1}));
