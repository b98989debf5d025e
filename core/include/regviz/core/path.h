#pragma once

// The regularization path: each minimizer as a function of lambda.

#include "regviz/core/moments.h"
#include "regviz/core/params.h"

#include <Eigen/Core>
#include <optional>

namespace regviz {

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

} // namespace regviz
