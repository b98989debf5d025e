#pragma once

#include "regviz/core/lasso_path.h"

#include <Eigen/Core>
#include <optional>
#include <vector>

namespace regviz {

/// Ridge in closed form from one symmetric eigendecomposition of the solver's Gram matrix,
/// gram = Q diag(e) Q^T: the minimizer of yy - 2 xy^T v + v^T gram v + lambda ||v||^2 is
/// v = Q diag(1 / (e + lambda)) Q^T xy, so after the O(p^3) decomposition any lambda costs O(p^2).
/// Fixed (constant) features are left out of the decomposition and stay exactly 0.
class RidgeSolver
{
public:
    explicit RidgeSolver(const FeatureProblem &problem);

    /// v on the solver's scale; empty when lambda = 0 and the Gram matrix is singular (no unique fit).
    [[nodiscard]] std::optional<Eigen::VectorXd> solve(double lambda) const;

    /// The eigenvalues of the Gram matrix of the free features, increasing.
    [[nodiscard]] const Eigen::VectorXd &eigenvalues() const { return m_values; }

private:
    Eigen::Index m_features = 0;
    std::vector<Eigen::Index> m_free;
    Eigen::MatrixXd m_vectors;
    Eigen::VectorXd m_values;
    Eigen::VectorXd m_projected; ///< Q^T xy
};

/// The ridge fits over a lambda grid (alpha = 0 in the path; every lambda must be > 0 unless the Gram
/// matrix is invertible).
[[nodiscard]] CoefficientPath ridgePath(const FeatureProblem &problem, const RidgeSolver &solver,
                                        const std::vector<double> &lambdas);

} // namespace regviz
