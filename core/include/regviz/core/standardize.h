#pragma once

#include "regviz/core/feature_moments.h"

#include <Eigen/Core>
#include <vector>

namespace regviz {

/// How a table is fitted: glmnet's defaults (standardize = TRUE, intercept = TRUE).
struct FitOptions
{
    bool standardize = true; ///< scale every feature to unit population variance before penalizing
    bool intercept = true;   ///< fit an unpenalized intercept b (the features and y are centred)

    friend bool operator==(const FitOptions &, const FitOptions &) = default;
};

/// The quadratic the solvers minimize, on the solver's scale.
///
/// With u_j = (x_j - c_j) / s_j (c_j the column mean with an intercept, else 0; s_j the column's
/// population standard deviation when standardizing, else 1) and t = y - c_y:
/// F(v) = (1/n) ||t - U v||^2 + lambda P(v) = yy - 2 xy^T v + v^T gram v + lambda P(v). The original
/// scale follows as w_j = v_j / s_j and b = c_y - c^T w. The penalty applies to v: with standardization
/// on, to the coefficients of the standardized features, as glmnet does.
///
/// A constant column has no information beyond the intercept and cannot be scaled, so whenever the
/// intercept or standardization is on its coefficient is held at exactly 0 (fixedAtZero) and its row
/// and column of gram and its xy are 0. With both off it is an ordinary feature.
struct FeatureProblem
{
    Eigen::Index n = 0;
    FitOptions options;
    Eigen::MatrixXd gram;          ///< p x p: (1/n) U^T U
    Eigen::VectorXd xy;            ///< p: (1/n) U^T t
    double yy = 0.0;               ///< (1/n) t^T t
    Eigen::VectorXd scale;         ///< p: s_j (1 for a fixed or unscaled column)
    Eigen::VectorXd xCentre;       ///< p: c_j
    double yCentre = 0.0;          ///< c_y
    std::vector<bool> constant;    ///< p: every value of the column is the same
    std::vector<bool> fixedAtZero; ///< p: the coefficient is 0 at every lambda (see above)

    [[nodiscard]] Eigen::Index features() const { return xy.size(); }
};

/// The problem for these moments and options: O(p^2).
[[nodiscard]] FeatureProblem makeFeatureProblem(const FeatureMoments &moments,
                                                const FitOptions &options = {});

/// Coefficients on the original scale: y ≈ intercept + X weights.
struct OriginalFit
{
    double intercept = 0.0;
    Eigen::VectorXd weights;
};

/// w_j = v_j / s_j and b = c_y - c^T w, from solver-scale coefficients v.
[[nodiscard]] OriginalFit toOriginalScale(const FeatureProblem &problem,
                                          const Eigen::VectorXd &solverWeights);

} // namespace regviz
