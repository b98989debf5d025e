#pragma once

#include "regviz/core/feature_moments.h"
#include "regviz/core/lasso_path.h"

#include <cstdint>
#include <span>
#include <vector>

namespace regviz {

/// Fold ids 0..k-1 for n rows: a Fisher-Yates shuffle of the rows by PortableRandom(seed), then position
/// i of the shuffle goes to fold i mod k, so fold sizes differ by at most one and the same (n, k, seed)
/// gives the same folds on every machine. 1 <= k <= n.
[[nodiscard]] std::vector<int> makeFolds(Eigen::Index n, int k, std::uint64_t seed);

/// k-fold cross-validation of a path over one lambda grid.
struct CrossValidation
{
    int folds = 0;
    double alpha = 1.0;
    std::vector<double> lambda;  ///< decreasing, as given
    Eigen::MatrixXd foldMse;     ///< L x k: test MSE of fold f (its rows, the fit on the others)
    Eigen::VectorXd mse;         ///< L: mean over the folds (unweighted, as scikit-learn's mse_path_)
    Eigen::VectorXd se;          ///< L: sd over the folds (k - 1 in the denominator) / sqrt(k)
    Eigen::Index minIndex = 0;   ///< the smallest mean (the largest lambda on ties)
    Eigen::Index oneSeIndex = 0; ///< the largest lambda whose mean is within one se of the minimum
    double lambdaMin = 0.0;
    double lambda1se = 0.0;
};

/// Cross-validation from the per-fold moments of one pass over the data: the training moments of fold
/// f are the total minus the fold (trainingMoments), so each fold is centred and standardized from its
/// own training sums, and its test MSE follows from the fold's own moments,
/// mean_f((y - b - x^T w)^2) = (ybar_f - b - xbar_f^T w)^2 + C_yy - 2 w^T C_xy + w^T C_xx w: O(k p^2)
/// per lambda, never touching a row again. Folds need at least one row each and k >= 2.
[[nodiscard]] CrossValidation crossValidate(const FoldMoments &moments, const FitOptions &options,
                                            double alpha, const std::vector<double> &lambdas,
                                            const SolverSettings &settings = {});

/// The same from a table and its fold ids (one pass over the rows for every fold's moments).
[[nodiscard]] CrossValidation crossValidate(const Table &table, std::span<const int> fold, int k,
                                            const FitOptions &options, double alpha,
                                            const std::vector<double> &lambdas,
                                            const SolverSettings &settings = {});

/// The mean squared error of y ≈ intercept + X weights over the rows these moments describe.
[[nodiscard]] double meanSquaredError(const FeatureMoments &moments, const OriginalFit &fit);

} // namespace regviz
