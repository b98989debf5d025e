#include "regviz/core/ridge_path.h"

#include <Eigen/Eigenvalues>
#include <limits>

namespace regviz {

RidgeSolver::RidgeSolver(const FeatureProblem &problem) : m_features(problem.features())
{
    for (Eigen::Index j = 0; j < m_features; ++j) {
        if (!problem.fixedAtZero[static_cast<std::size_t>(j)])
            m_free.push_back(j);
    }
    const auto q = static_cast<Eigen::Index>(m_free.size());
    Eigen::MatrixXd gram(q, q);
    Eigen::VectorXd xy(q);
    for (Eigen::Index a = 0; a < q; ++a) {
        xy[a] = problem.xy[m_free[static_cast<std::size_t>(a)]];
        for (Eigen::Index b = 0; b < q; ++b)
            gram(a, b) =
                problem.gram(m_free[static_cast<std::size_t>(a)], m_free[static_cast<std::size_t>(b)]);
    }
    if (q == 0)
        return;
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(gram);
    m_vectors = eigen.eigenvectors();
    m_values = eigen.eigenvalues();
    m_projected = m_vectors.transpose() * xy;
}

std::optional<Eigen::VectorXd> RidgeSolver::solve(double lambda) const
{
    Eigen::VectorXd v = Eigen::VectorXd::Zero(m_features);
    if (m_free.empty())
        return v;
    const double largest = std::max(m_values.cwiseAbs().maxCoeff(), std::numeric_limits<double>::min());
    if (m_values.minCoeff() + lambda <= 1e-12 * largest)
        return std::nullopt;
    const Eigen::VectorXd free = m_vectors * (m_projected.array() / (m_values.array() + lambda)).matrix();
    for (std::size_t a = 0; a < m_free.size(); ++a)
        v[m_free[a]] = free[static_cast<Eigen::Index>(a)];
    return v;
}

CoefficientPath ridgePath(const FeatureProblem &problem, const RidgeSolver &solver,
                          const std::vector<double> &lambdas)
{
    const Eigen::Index p = problem.features();
    CoefficientPath path;
    path.alpha = 0.0;
    path.lambda = lambdas;
    const auto count = static_cast<Eigen::Index>(lambdas.size());
    path.solverWeights.resize(p, count);
    path.weights.resize(p, count);
    path.intercepts.resize(count);
    for (Eigen::Index l = 0; l < count; ++l) {
        const std::optional<Eigen::VectorXd> v = solver.solve(lambdas[static_cast<std::size_t>(l)]);
        path.converged = path.converged && v.has_value();
        const Eigen::VectorXd weights =
            v.value_or(Eigen::VectorXd::Constant(p, std::numeric_limits<double>::quiet_NaN()));
        path.solverWeights.col(l) = weights;
        const OriginalFit original = toOriginalScale(problem, weights);
        path.weights.col(l) = original.weights;
        path.intercepts[l] = original.intercept;
    }
    return path;
}

} // namespace regviz
