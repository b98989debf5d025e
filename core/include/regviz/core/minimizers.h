#pragma once

#include "regviz/core/moments.h"
#include "regviz/core/objective.h"

#include <optional>

namespace regviz {

/// The exact minimizers of F(w) = MSE(w) + lambda P(w), from the closed forms in ARCHITECTURE.md.
///
/// A minimizer is empty when it is not unique: OLS whenever Sxx = 0 (every x is 0, so w is not
/// identifiable), and every regularized one too when in addition lambda = 0. With Sxx = 0 and lambda > 0
/// the penalty alone decides, and every regularized minimizer is 0.
struct Minimizers
{
    bool identifiable = false;        ///< Sxx > 0
    std::optional<double> ols;        ///< Sxy / Sxx
    std::optional<double> ridge;      ///< Sxy / (Sxx + lambda)
    std::optional<double> lasso;      ///< sign(Sxy) max(|Sxy| - lambda/2, 0) / Sxx
    std::optional<double> elasticNet; ///< sign(Sxy) max(|Sxy| - lambda alpha/2, 0) / (Sxx + lambda (1-alpha))
    double lambdaC = 0.0;             ///< 2 |Sxy|: the lasso minimizer is exactly 0 for lambda >= lambdaC
    /// 2 |Sxy| / alpha, to the ulp: the elastic-net minimizer is 0 at and above it and not 0 one double
    /// below it. Empty for alpha = 0 (ridge never reaches 0).
    std::optional<double> lambdaCElastic;
    bool lassoAtZero = false;   ///< the lasso minimizer is exactly 0
    bool elasticAtZero = false; ///< the elastic-net minimizer is exactly 0

    friend bool operator==(const Minimizers &, const Minimizers &) = default;
};

[[nodiscard]] Minimizers computeMinimizers(const Moments &m, const Regularization &reg);

/// The intercept b = mean(y) - w mean(x) of each fit on centred moments (each empty where its weight is,
/// and all empty when the moments are not centred: the fit has no intercept).
struct Intercepts
{
    std::optional<double> ols;
    std::optional<double> ridge;
    std::optional<double> lasso;
    std::optional<double> elasticNet;

    friend bool operator==(const Intercepts &, const Intercepts &) = default;
};
[[nodiscard]] Intercepts computeIntercepts(const Moments &m, const Minimizers &minimizers);

/// sign(z) max(|z| - t, 0) for t >= 0, returning +0.0 (never -0.0) inside the dead band.
[[nodiscard]] double softThreshold(double z, double t);

/// The exact minimizer of F for one penalty kind (OLS for Penalty::None), as above.
[[nodiscard]] std::optional<double> minimizer(const Minimizers &all, Penalty kind);

} // namespace regviz
