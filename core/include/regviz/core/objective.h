#pragma once

#include "regviz/core/moments.h"

namespace regviz {

/// Which penalty P(w) is added to the MSE: F(w) = MSE(w) + lambda P(w).
enum class Penalty
{
    None,      ///< P = 0: plain least squares
    L1,        ///< P = |w| (lasso)
    L2,        ///< P = w^2 (ridge)
    ElasticNet ///< P = alpha |w| + (1 - alpha) w^2
};

/// The penalty strength and mix shared by every objective of a scene.
struct Regularization
{
    double lambda = 0.0;
    double alpha = 0.5; ///< only used by Penalty::ElasticNet
};

/// MSE(w) = Syy - 2 w Sxy + w^2 Sxx, never negative.
[[nodiscard]] double mse(const Moments &m, double w);

/// dMSE/dw = 2 (w Sxx - Sxy).
[[nodiscard]] double mseGradient(const Moments &m, double w);

/// lambda P(w) for the penalty.
[[nodiscard]] double penalty(Penalty kind, const Regularization &reg, double w);

/// d(lambda P)/dw; for |w| at w = 0 the subgradient 0 (sign(0) = 0).
[[nodiscard]] double penaltyGradient(Penalty kind, const Regularization &reg, double w);

/// The weight on |w| in lambda P(w): lambda for L1, lambda alpha for elastic net, else 0.
[[nodiscard]] double l1Weight(Penalty kind, const Regularization &reg);

/// The weight on w^2 in lambda P(w): lambda for L2, lambda (1 - alpha) for elastic net, else 0.
[[nodiscard]] double l2Weight(Penalty kind, const Regularization &reg);

/// F(w) = MSE(w) + lambda P(w).
[[nodiscard]] double objective(const Moments &m, Penalty kind, const Regularization &reg, double w);

/// dF/dw with sign(0) = 0 for the |w| part.
[[nodiscard]] double objectiveGradient(const Moments &m, Penalty kind, const Regularization &reg, double w);

/// Short name of the penalty for labels and reports: "none", "l1", "l2", "elastic".
[[nodiscard]] const char *penaltyName(Penalty kind);

} // namespace regviz
