#pragma once

// The classic 2-D picture: two correlated features, the L1 diamond and the L2 disc.

#include "regviz/core/objective.h"
#include "regviz/core/params.h"

#include <Eigen/Core>
#include <vector>

namespace regviz {

/// Two standardized features with correlation rho and true weights (w1, w2), in population form:
/// E[x x^T] = [[1, rho], [rho, 1]], E[x y] = Sigma w_true, E[y^2] = w_true^T Sigma w_true + sigma^2.
/// F(w) = E[(y - w^T x)^2] + lambda P(w), P = |w1| + |w2| (L1), w1^2 + w2^2 (L2), or the elastic mix.
struct TwoDProblem
{
    double correlation = 0.6; ///< in [-0.95, 0.95]
    Eigen::Vector2d trueWeights{0.5, 0.3};
    double noise = 0.0;

    [[nodiscard]] Eigen::Matrix2d sigma() const;
    [[nodiscard]] Eigen::Vector2d crossMoment() const; ///< E[x y]
    [[nodiscard]] double outputMoment() const;         ///< E[y^2]
};

/// The 2-D problem the sliders describe: w1 is the true weight, w2 the second weight, with the scene's
/// correlation and noise.
[[nodiscard]] TwoDProblem twoDProblemOf(const Params &params);

/// F(w) for the problem (MSE plus the penalty).
[[nodiscard]] double objective2d(const TwoDProblem &problem, Penalty kind, const Regularization &reg,
                                 const Eigen::Vector2d &w);

/// The exact minimizers: OLS and ridge in closed form, lasso and elastic net by cyclic coordinate
/// descent run to machine precision (each coordinate update is a soft threshold).
struct TwoDSolutions
{
    Eigen::Vector2d ols;
    Eigen::Vector2d ridge;
    Eigen::Vector2d lasso;
    Eigen::Vector2d elasticNet;
    double lassoBudget = 0.0; ///< |lasso|_1: the diamond |w1| + |w2| <= t that gives the same solution
    double ridgeBudget = 0.0; ///< |ridge|_2: the disc radius that gives the same solution
    int lassoZeros = 0;       ///< how many lasso coordinates are exactly 0
};

[[nodiscard]] TwoDSolutions solve2d(const TwoDProblem &problem, const Regularization &reg);

/// `points` points on the MSE level set {w : MSE(w) = level} (an ellipse around OLS), then the first
/// one again to close it. Empty when the level is below the minimum MSE or points < 1.
[[nodiscard]] Eigen::Matrix2Xd mseContour(const TwoDProblem &problem, double level, int points);

/// Gradient-descent path on the 2-D objective: plain gradient steps for L2, proximal (ISTA) for L1 and
/// elastic net, from `start`, with step eta, for at most maxSteps steps (stops once a step is below 1e-12).
/// The start is the first point; a diverging run stops before its first non-finite point.
[[nodiscard]] std::vector<Eigen::Vector2d> descentPath2d(const TwoDProblem &problem, Penalty kind,
                                                         const Regularization &reg,
                                                         const Eigen::Vector2d &start, double eta,
                                                         int maxSteps);

/// Everything the 2-D panel draws and the report states, from the scene's parameters: the problem, its
/// exact solutions, MSE level sets (background ones evenly spaced above the minimum, and the two through
/// the lasso and ridge solutions) and the L1, L2 and coordinate-descent paths from (w0, w0).
struct TwoDPicture
{
    TwoDProblem problem;
    TwoDSolutions solutions;
    std::vector<Eigen::Matrix2Xd> backgroundContours;
    Eigen::Matrix2Xd lassoContour;
    Eigen::Matrix2Xd ridgeContour;
    Eigen::Matrix2Xd lassoPath; ///< proximal steps on MSE + lambda |w|_1
    Eigen::Matrix2Xd ridgePath; ///< gradient steps on MSE + lambda |w|_2^2
    /// Cyclic coordinate descent on MSE + lambda |w|_1 from (w0, w0): one point per half-step, each the
    /// article's 1-D problem along one axis, so it lands on the diamond's corner exactly.
    Eigen::Matrix2Xd coordinatePath;
};

/// The picture for these parameters, with `contourPoints` points per level set, `backgroundContours`
/// background levels and at most `pathSteps` descent steps of step eta from (w0, w0).
[[nodiscard]] TwoDPicture computeTwoDPicture(const Params &params, double w0, double eta,
                                             int contourPoints = 160, int backgroundContours = 5,
                                             int pathSteps = 400);

} // namespace regviz
