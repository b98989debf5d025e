#pragma once

// Core maths behind the views beyond the article's five panels: the regularization path, the shrinkage
// operator, the scikit-learn / glmnet conventions, the classic 2-D picture and sampling variability.

#include "regviz/core/moments.h"
#include "regviz/core/objective.h"
#include "regviz/core/params.h"

#include <Eigen/Core>
#include <cstdint>
#include <optional>
#include <vector>

namespace regviz {

// ---------------------------------------------------------------- regularization path

/// The lambda grid of a path: `count` points from 0 (linear) or from lambdaMax * 1e-3 (logarithmic,
/// evenly spaced in log lambda) up to lambdaMax, both ends included. One point is lambdaMax alone; the
/// grid is empty for count < 1, a negative or non-finite lambdaMax, or a logarithmic grid with lambdaMax 0.
struct PathOptions
{
    double lambdaMax = limits::lambda.max;
    int count = 201;
    bool logarithmic = false;
};

/// w*(lambda) for lasso, ridge and elastic net on the grid. Only lambdas with a unique minimizer are
/// included (all of them unless Sxx = 0, where lambda = 0 is dropped), so no entry is ever NaN.
struct RegularizationPath
{
    Eigen::VectorXd lambda;
    Eigen::VectorXd lasso;
    Eigen::VectorXd ridge;
    Eigen::VectorXd elasticNet;
    double lambdaC = 0.0;                 ///< where the lasso path reaches 0 (2 |Sxy|)
    std::optional<double> lambdaCElastic; ///< where the elastic-net path reaches 0, if it does (alpha > 0)
};

[[nodiscard]] RegularizationPath computePath(const Moments &m, double alpha, const PathOptions &options);

// ---------------------------------------------------------------- shrinkage operator

/// The regularized solution as a function of the OLS solution z, for the current Sxx and lambda:
/// lasso(z) = sign(z) max(|z| - lambda/(2 Sxx), 0) (soft threshold with a dead band), ridge(z) =
/// z Sxx/(Sxx + lambda) (a line), elastic net in between. The z grid is `count` evenly spaced points,
/// ends included. Empty when Sxx = 0 or count < 1.
struct Shrinkage
{
    Eigen::VectorXd ols; ///< the grid of OLS values z
    Eigen::VectorXd lasso;
    Eigen::VectorXd ridge;
    Eigen::VectorXd elasticNet;
    double deadBand = 0.0;   ///< lambda / (2 Sxx): |z| below it maps to exactly 0 under L1
    double ridgeSlope = 0.0; ///< Sxx / (Sxx + lambda)
};

[[nodiscard]] Shrinkage computeShrinkage(const Moments &m, const Regularization &reg, double olsMin,
                                         double olsMax, int count);

// ---------------------------------------------------------------- conventions

/// The same objective in scikit-learn's and glmnet's parameters, so a figure can be reproduced there.
/// Lasso: (1/(2n)) ||y - Xw||^2 + a |w|  -> a = lambda / 2.
/// Ridge: ||y - Xw||^2 + a w^2           -> a = n lambda.
/// ElasticNet: (1/(2n)) ||y - Xw||^2 + a r |w| + (a (1 - r) / 2) w^2 -> r = alpha / (2 - alpha),
/// a = lambda (2 - alpha) / 2. glmnet (standardize = FALSE, intercept = FALSE) uses the same a and r as
/// its lambda and alpha, provided y is supplied scaled to unit variance (1/n formula): for the gaussian
/// family glmnet standardizes y internally, which otherwise changes the ridge part of the fit.
struct SklearnMapping
{
    double lassoAlpha = 0.0;
    double ridgeAlpha = 0.0;
    double elasticAlpha = 0.0;
    double elasticL1Ratio = 0.0;
};

[[nodiscard]] SklearnMapping toSklearn(double lambda, double alpha, std::int64_t n);

// ---------------------------------------------------------------- the classic 2-D picture

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

// ---------------------------------------------------------------- sampling variability

/// The lasso and ridge estimates of `draws` fresh datasets: seeds seed + 1, seed + 2, ..., same n, true
/// weight, noise and lambda as params. lassoZeros counts estimates that are exactly 0.
struct Resampling
{
    std::vector<double> lasso;
    std::vector<double> ridge;
    int lassoZeros = 0;
};

[[nodiscard]] Resampling resample(const Params &params, int draws);

} // namespace regviz
