#pragma once

// The shrinkage operator: the regularized solution as a function of the OLS one.

#include "regviz/core/moments.h"
#include "regviz/core/objective.h"

#include <Eigen/Core>

namespace regviz {

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

} // namespace regviz
