#pragma once

#include "regviz/core/moments.h"
#include "regviz/core/objective.h"

#include <Eigen/Core>

namespace regviz {

/// Every curve the article draws, sampled on one grid over w, with the derivative of each.
///
/// Computed from the moments alone: O(grid size), independent of n. Derivatives of |w| use sign(0) = 0.
struct Curves
{
    Eigen::VectorXd w;          ///< the grid, wMin..wMax inclusive
    Eigen::VectorXd mse;        ///< MSE(w)
    Eigen::VectorXd l1;         ///< lambda |w|
    Eigen::VectorXd l2;         ///< lambda w^2
    Eigen::VectorXd elastic;    ///< lambda (alpha |w| + (1 - alpha) w^2)
    Eigen::VectorXd mseL1;      ///< MSE + lambda |w|
    Eigen::VectorXd mseL2;      ///< MSE + lambda w^2
    Eigen::VectorXd mseElastic; ///< MSE + elastic penalty

    Eigen::VectorXd dMse;
    Eigen::VectorXd dL1;
    Eigen::VectorXd dL2;
    Eigen::VectorXd dElastic;
    Eigen::VectorXd dMseL1;
    Eigen::VectorXd dMseL2;
    Eigen::VectorXd dMseElastic;
};

/// Samples every curve on gridSize evenly spaced points from wMin to wMax (gridSize >= 2, wMin < wMax).
[[nodiscard]] Curves computeCurves(const Moments &m, const Regularization &reg, double wMin, double wMax,
                                   Eigen::Index gridSize);

/// The same into existing storage: when `c` already has gridSize points nothing is allocated, which
/// keeps a slider event free of allocations (and of the page faults fresh memory costs).
void computeCurves(const Moments &m, const Regularization &reg, double wMin, double wMax,
                   Eigen::Index gridSize, Curves &c);

/// The smallest sampled value of one curve and where it is.
struct GridMinimum
{
    Eigen::Index index = 0;
    double w = 0.0;
    double value = 0.0;
    /// The smallest value lies at an end of the grid: the curve may fall further beyond it, so this is
    /// not to be reported as its minimum.
    bool atEdge = false;
};

/// The grid point with the smallest value (the first one on ties). values and grid have the same size > 0.
[[nodiscard]] GridMinimum gridMinimum(const Eigen::VectorXd &grid, const Eigen::VectorXd &values);

/// The grid minima of the four losses the article compares.
struct GridMinima
{
    GridMinimum mse;
    GridMinimum mseL1;
    GridMinimum mseL2;
    GridMinimum mseElastic;
};

[[nodiscard]] GridMinima gridMinima(const Curves &curves);

/// Every curve value at one w, for hover read-outs (same definitions as Curves).
struct CurveValues
{
    double w = 0.0;
    double mse = 0.0;
    double l1 = 0.0;
    double l2 = 0.0;
    double elastic = 0.0;
    double mseL1 = 0.0;
    double mseL2 = 0.0;
    double mseElastic = 0.0;
};

[[nodiscard]] CurveValues evaluateCurves(const Moments &m, const Regularization &reg, double w);

} // namespace regviz
