#pragma once

#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/standardize.h"

#include <Eigen/Core>

namespace regviz {

/// The 1-D problem coordinate descent solves for feature j at the current coefficients: the article's
/// picture for one feature of a table.
///
/// On the solver's scale (FeatureProblem): the feature u_j is centred when the intercept is on and
/// scaled to unit variance when standardizing, and the partial residual r_j = t - sum_{k != j} u_k v_k
/// with t the (centred) target. Then F_j(w) = mean((r_j - w u_j)^2) + lambda P(w) has
/// Sxx = mean(u_j^2) = gram_jj, Sxy = mean(u_j r_j) = xy_j - sum_{k != j} gram_jk v_k and
/// Syy = mean(r_j^2), so computeCurves and computeMinimizers draw it. At the lasso solution its L1
/// minimizer is v_j, and it is exactly 0 when |Sxy| <= lambda / 2: the reason the feature is dropped.
struct CoordinateView
{
    Eigen::Index feature = 0;
    double sxx = 0.0;            ///< gram_jj (1 when standardized and centred)
    double sxy = 0.0;            ///< mean(u_j r_j), O(p) from the Gram matrix
    double threshold = 0.0;      ///< lambda / 2: the lasso drops the feature when |sxy| <= threshold
    double weight = 0.0;         ///< v_j, the solver-scale coefficient the view was taken at
    double originalWeight = 0.0; ///< w_j = v_j / s_j
    double scale = 1.0;          ///< s_j
    bool fixedAtZero = false;    ///< a constant column, held at 0
    Moments moments;             ///< sxx, sxy, syy and n (sxe = see = 0) for the 1-D core
    Minimizers minimizers;       ///< computeMinimizers(moments, {lambda, alpha})
};

/// The view of feature j at solver-scale coefficients v (usually a solution at lambda): O(p^2) for Syy,
/// O(p) for the rest.
[[nodiscard]] CoordinateView coordinateView(const FeatureProblem &problem, const Eigen::VectorXd &v,
                                            Eigen::Index j, double lambda, double alpha);

} // namespace regviz
