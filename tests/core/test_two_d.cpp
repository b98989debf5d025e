// The classic 2-D picture: its moments, the solver against brute force and KKT, contours and descent paths.
#include "regviz/core/dataset.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/objective.h"
#include "regviz/core/params.h"
#include "regviz/core/two_d.h"

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

using regviz::Penalty;

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

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
            const Eigen::Vector2d &end = path.back();
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

TEST(TwoDPicture, CoordinateDescentWalksAlongTheAxesOntoTheLassoSolution)
{
    regviz::Params params;
    params.lambda = 0.8;
    params.correlation = 0.6;
    params.trueWeight = 0.5;
    params.secondWeight = 0.1;
    const regviz::TwoDPicture picture = regviz::computeTwoDPicture(params, 1.0, 0.1);
    const Eigen::Matrix2Xd &path = picture.coordinatePath;
    ASSERT_GT(path.cols(), 2);
    EXPECT_EQ(path.col(0), Eigen::Vector2d(1.0, 1.0));
    // Each half-step moves one coordinate only: a staircase.
    for (Eigen::Index i = 1; i < path.cols(); ++i) {
        const Eigen::Vector2d step = path.col(i) - path.col(i - 1);
        EXPECT_TRUE(step.x() == 0.0 || step.y() == 0.0) << "step " << i;
    }
    const Eigen::Vector2d end = path.col(path.cols() - 1);
    const Eigen::Vector2d &lasso = picture.solutions.lasso;
    EXPECT_NEAR(end.x(), lasso.x(), 1e-12);
    EXPECT_NEAR(end.y(), lasso.y(), 1e-12);
    // Here the lasso drops w2 (the diamond's corner): coordinate descent lands on exactly 0.
    ASSERT_EQ(lasso.y(), 0.0);
    EXPECT_EQ(end.y(), 0.0);
}
