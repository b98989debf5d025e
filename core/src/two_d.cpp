#include "regviz/core/two_d.h"

#include "regviz/core/descent.h"
#include "regviz/core/minimizers.h"

#include <Eigen/Eigenvalues>
#include <Eigen/LU>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace regviz {

namespace {

// MSE(w) = E[y^2] - 2 b^T w + w^T Sigma w, clamped like regviz::mse() for the same reason.
double mse2d(const TwoDProblem &problem, const Eigen::Vector2d &w)
{
    const double value =
        problem.outputMoment() - 2.0 * problem.crossMoment().dot(w) + w.dot(problem.sigma() * w);
    return std::max(0.0, value);
}

// Cyclic coordinate descent for MSE + l1 |w|_1 + l2 |w|_2^2 from `start`: each update minimizes F exactly
// in one coordinate, w_j = S(b_j - sum_{k != j} Sigma_jk w_k, l1/2) / (Sigma_jj + l2), so a coordinate
// whose partial residual sits in the dead band becomes exactly 0. `visit` sees every half-step's point.
// The solver and the drawn path share this one loop, so the path ends exactly where the solver does.
template <typename Visit>
Eigen::Vector2d runCoordinateDescent(const Eigen::Matrix2d &sigma, const Eigen::Vector2d &b, double l1,
                                     double l2, Eigen::Vector2d w, int maxSweeps, Visit visit)
{
    // Changes of a few ulps can cycle forever, so the tolerance scales with |w| (1e-15 near |w| = 1).
    constexpr double kTolerance = 4.0 * std::numeric_limits<double>::epsilon();
    for (int sweep = 0; sweep < maxSweeps; ++sweep) {
        double largestChange = 0.0;
        for (Eigen::Index j = 0; j < 2; ++j) {
            const Eigen::Index k = 1 - j;
            const double updated = softThreshold(b[j] - sigma(j, k) * w[k], l1 / 2.0) / (sigma(j, j) + l2);
            largestChange = std::max(largestChange, std::abs(updated - w[j]));
            w[j] = updated;
            visit(w);
        }
        if (!(largestChange > kTolerance * std::max(1.0, w.cwiseAbs().maxCoeff())))
            break;
    }
    return w;
}

Eigen::Vector2d coordinateDescent(const Eigen::Matrix2d &sigma, const Eigen::Vector2d &b, double l1,
                                  double l2)
{
    constexpr int kMaxSweeps = 100'000;
    return runCoordinateDescent(sigma, b, l1, l2, Eigen::Vector2d::Zero(), kMaxSweeps,
                                [](const Eigen::Vector2d &) {});
}

} // namespace

Eigen::Matrix2d TwoDProblem::sigma() const
{
    Eigen::Matrix2d s;
    s << 1.0, correlation, correlation, 1.0;
    return s;
}

Eigen::Vector2d TwoDProblem::crossMoment() const
{
    return sigma() * trueWeights;
}

double TwoDProblem::outputMoment() const
{
    return trueWeights.dot(sigma() * trueWeights) + noise * noise;
}

TwoDProblem twoDProblemOf(const Params &params)
{
    TwoDProblem problem;
    problem.correlation = params.correlation;
    problem.trueWeights = Eigen::Vector2d(params.trueWeight, params.secondWeight);
    problem.noise = params.noise;
    return problem;
}

double objective2d(const TwoDProblem &problem, Penalty kind, const Regularization &reg,
                   const Eigen::Vector2d &w)
{
    return mse2d(problem, w) + l1Weight(kind, reg) * w.lpNorm<1>() + l2Weight(kind, reg) * w.squaredNorm();
}

TwoDSolutions solve2d(const TwoDProblem &problem, const Regularization &reg)
{
    const Eigen::Matrix2d sigma = problem.sigma();
    const Eigen::Vector2d b = problem.crossMoment();
    TwoDSolutions s;
    // Sigma has eigenvalues 1 +- rho >= 0.05 on the allowed range, so these inverses are well conditioned.
    s.ols = sigma.inverse() * b;
    s.ridge = (sigma + reg.lambda * Eigen::Matrix2d::Identity()).inverse() * b;
    s.lasso = coordinateDescent(sigma, b, l1Weight(Penalty::L1, reg), l2Weight(Penalty::L1, reg));
    s.elasticNet =
        coordinateDescent(sigma, b, l1Weight(Penalty::ElasticNet, reg), l2Weight(Penalty::ElasticNet, reg));
    s.lassoBudget = s.lasso.lpNorm<1>();
    s.ridgeBudget = s.ridge.norm();
    s.lassoZeros = static_cast<int>((s.lasso.array() == 0.0).count());
    return s;
}

Eigen::Matrix2Xd mseContour(const TwoDProblem &problem, double level, int points)
{
    const Eigen::Matrix2d sigma = problem.sigma();
    const Eigen::Vector2d ols = sigma.inverse() * problem.crossMoment();
    const double minimum = mse2d(problem, ols);
    if (points < 1 || !(level >= minimum))
        return {};
    // MSE(w) = minimum + (w - ols)^T Sigma (w - ols); with Sigma = V diag(e) V^T the level set is
    // w = ols + V (sqrt(r/e1) cos t, sqrt(r/e2) sin t), r = level - minimum.
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eigen(sigma);
    const double excess = level - minimum;
    const Eigen::Vector2d radii = (excess / eigen.eigenvalues().array()).sqrt();
    Eigen::Matrix2Xd contour(2, points + 1);
    for (Eigen::Index k = 0; k < points; ++k) {
        const double t = 2.0 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(points);
        const Eigen::Vector2d local(radii[0] * std::cos(t), radii[1] * std::sin(t));
        contour.col(k) = ols + eigen.eigenvectors() * local;
    }
    contour.col(points) = contour.col(0);
    return contour;
}

std::vector<Eigen::Vector2d> descentPath2d(const TwoDProblem &problem, Penalty kind,
                                           const Regularization &reg, const Eigen::Vector2d &start,
                                           double eta, int maxSteps)
{
    std::vector<Eigen::Vector2d> path;
    if (!start.allFinite())
        return path;
    const Eigen::Matrix2d sigma = problem.sigma();
    const Eigen::Vector2d b = problem.crossMoment();
    const double l1 = l1Weight(kind, reg);
    const double l2 = l2Weight(kind, reg);
    const bool proximal = kind == Penalty::L1 || kind == Penalty::ElasticNet;
    constexpr double kStepTolerance = 1e-12;

    path.push_back(start);
    Eigen::Vector2d w = start;
    for (int step = 0; step < maxSteps; ++step) {
        const Eigen::Vector2d smoothGradient = 2.0 * (sigma * w - b) + 2.0 * l2 * w;
        Eigen::Vector2d next = w - eta * smoothGradient;
        if (proximal)
            next = next.unaryExpr([t = eta * l1](double v) { return softThreshold(v, t); });
        if (!next.allFinite())
            break; // diverged: keep only the points that can be drawn
        const double stepNorm = (next - w).norm();
        path.push_back(next);
        w = next;
        if (stepNorm < kStepTolerance)
            break;
    }
    return path;
}

namespace {
Eigen::Matrix2Xd asColumns(const std::vector<Eigen::Vector2d> &points)
{
    Eigen::Matrix2Xd out(2, static_cast<Eigen::Index>(points.size()));
    for (std::size_t i = 0; i < points.size(); ++i)
        out.col(static_cast<Eigen::Index>(i)) = points[i];
    return out;
}
} // namespace

TwoDPicture computeTwoDPicture(const Params &params, double w0, double eta, int contourPoints,
                               int backgroundContours, int pathSteps)
{
    TwoDPicture picture;
    picture.problem = twoDProblemOf(params);
    const Regularization reg{params.lambda, params.alpha};
    picture.solutions = solve2d(picture.problem, reg);
    const TwoDSolutions &s = picture.solutions;
    const double mseMin = objective2d(picture.problem, Penalty::None, reg, s.ols);
    const double atLasso = objective2d(picture.problem, Penalty::None, reg, s.lasso);
    const double atRidge = objective2d(picture.problem, Penalty::None, reg, s.ridge);
    // Background levels spaced by half the larger rise to a solution, so both solutions' level sets sit
    // among them.
    const double spacing = std::max({atLasso - mseMin, atRidge - mseMin, 1e-3}) / 2.0;
    for (int i = 0; i < backgroundContours; ++i)
        picture.backgroundContours.push_back(
            mseContour(picture.problem, mseMin + spacing * (0.25 + i), contourPoints));
    picture.lassoContour = mseContour(picture.problem, atLasso, contourPoints);
    picture.ridgeContour = mseContour(picture.problem, atRidge, contourPoints);
    const Eigen::Vector2d start(w0, w0);
    picture.lassoPath = asColumns(descentPath2d(picture.problem, Penalty::L1, reg, start, eta, pathSteps));
    picture.ridgePath = asColumns(descentPath2d(picture.problem, Penalty::L2, reg, start, eta, pathSteps));
    picture.coordinatePath =
        asColumns(coordinateDescentPath2d(picture.problem, Penalty::L1, reg, start, pathSteps));
    return picture;
}

std::vector<Eigen::Vector2d> coordinateDescentPath2d(const TwoDProblem &problem, Penalty kind,
                                                     const Regularization &reg, const Eigen::Vector2d &start,
                                                     int maxSweeps)
{
    std::vector<Eigen::Vector2d> path;
    if (!start.allFinite())
        return path;
    // The same loop as solve2d's, so from its start 0 the path ends on its point.
    path.push_back(start);
    runCoordinateDescent(problem.sigma(), problem.crossMoment(), l1Weight(kind, reg), l2Weight(kind, reg),
                         start, maxSweeps, [&path](const Eigen::Vector2d &w) { path.push_back(w); });
    return path;
}

} // namespace regviz
