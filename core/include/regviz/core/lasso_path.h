#pragma once

#include "regviz/core/standardize.h"

#include <Eigen/Core>
#include <vector>

namespace regviz {

// In scikit-learn's parameters (the 1-D toSklearn mapping holds unchanged for many features, as the
// fixtures in tests/fixtures/sklearn check): Lasso alpha = lambda / 2; ElasticNet l1_ratio =
// alpha / (2 - alpha) and alpha = lambda (2 - alpha) / 2; Ridge alpha = n lambda. scikit-learn has no
// standardize option, so with standardization on these reproduce RegViz's solver-scale coefficients
// when scikit-learn is given X already standardized to unit population variance (numpy std, ddof = 0);
// with it off, they reproduce the original-scale fit (fit_intercept=True for the intercept).

/// When cyclic coordinate descent stops without the exact active-set solve (see solveElasticNet): a
/// sweep over every feature that changes the objective by at most this relative to yy, each update
/// counted as (gram_jj + lambda (1 - alpha)) dv_j^2.
struct SolverSettings
{
    double tolerance = 1e-26;
    int maxSweeps = 200'000; ///< over the active set and over all features together
};

/// One solution on the solver's scale (FeatureProblem).
struct Solution
{
    Eigen::VectorXd weights; ///< v; a dropped feature is exactly 0.0
    int sweeps = 0;
    bool converged = false;
};

/// The soft threshold of one coordinate update, lambda alpha / 2. lambdaMax and the solver both use this
/// one expression, so "every coefficient is 0 at lambdaMax" holds in floating point, not only on paper.
[[nodiscard]] double l1Threshold(double lambda, double alpha);

/// The smallest lambda at which every coefficient is exactly 0: 2 max_j |xy_j| / alpha (xy on the
/// solver's scale, so for the lasso 2 max_j |<x_j, y - ybar>/n| over standardized columns), nudged to the
/// smallest double with l1Threshold(lambdaMax, alpha) >= max_j |xy_j|. Infinite for alpha = 0 (ridge),
/// 0 when y is constant.
[[nodiscard]] double lambdaMax(const FeatureProblem &problem, double alpha = 1.0);

/// count log-spaced values from lambdaMax down to lambdaMax x 1e-4 (x 1e-2 when p > n), lambdaMax and
/// the last one exact. {0} when lambdaMax is 0.
[[nodiscard]] std::vector<double> lambdaGrid(double lambdaMax, Eigen::Index n, Eigen::Index p,
                                             int count = 100);

/// argmin_v yy - 2 xy^T v + v^T gram v + lambda (alpha ||v||_1 + (1 - alpha) ||v||^2) by cyclic
/// coordinate descent on the Gram matrix (covariance updates, as in glmnet): each coordinate update is the
/// 1-D closed form v_j = soft(z_j, lambda alpha / 2) / (gram_jj + lambda (1 - alpha)) with
/// z_j = xy_j - sum_{k != j} gram_jk v_k. Sweeps over all features decide the active set, sweeps over the
/// active set converge it. Once a full sweep changes little, the active set A and signs s it found give
/// the exact optimum (gram_AA + lambda (1 - alpha) I) v_A = xy_A - (lambda alpha / 2) s_A, one Cholesky
/// solve; it is taken only if it keeps every sign and the KKT conditions of every feature hold to 1e-12
/// relative (a violator re-enters: descent resumes, tighter, down to settings.tolerance). Zeros are exact
/// zeros either way. Warm-started from `start` (size p, or empty for 0).
[[nodiscard]] Solution solveElasticNet(const FeatureProblem &problem, double lambda, double alpha,
                                       const Eigen::VectorXd &start, const SolverSettings &settings = {});

/// The largest violation of the optimality (KKT) conditions at v, recomputing the gradient from scratch:
/// |g_j - lambda (1 - alpha) v_j - (lambda alpha / 2) sign(v_j)| for v_j != 0 and
/// max(|g_j| - lambda alpha / 2, 0) for v_j = 0, with g = xy - gram v. Fixed features are skipped.
[[nodiscard]] double kktViolation(const FeatureProblem &problem, double lambda, double alpha,
                                  const Eigen::VectorXd &v);

/// Solutions along a lambda grid, warm-started one from the next.
struct CoefficientPath
{
    double alpha = 1.0;
    std::vector<double> lambda;    ///< decreasing
    Eigen::MatrixXd solverWeights; ///< p x L, the solver's scale
    Eigen::MatrixXd weights;       ///< p x L, the original scale
    Eigen::VectorXd intercepts;    ///< L
    bool converged = true;         ///< every grid point converged

    [[nodiscard]] Eigen::Index size() const { return static_cast<Eigen::Index>(lambda.size()); }
};

/// The elastic-net path (alpha = 1: the lasso) over the given decreasing lambdas.
[[nodiscard]] CoefficientPath elasticNetPath(const FeatureProblem &problem, double alpha,
                                             const std::vector<double> &lambdas,
                                             const SolverSettings &settings = {});

/// An exact fit at any lambda (a drag between grid points), never an interpolation.
struct Refit
{
    double lambda = 0.0;
    Eigen::Index warmStart = 0; ///< the grid point it started from
    Solution solution;
    OriginalFit original;
};

/// Refits at lambda, warm-started from the path's grid point nearest in log lambda.
[[nodiscard]] Refit refitAt(const FeatureProblem &problem, const CoefficientPath &path, double lambda,
                            const SolverSettings &settings = {});

} // namespace regviz
