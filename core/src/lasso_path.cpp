#include "regviz/core/lasso_path.h"

#include "regviz/core/minimizers.h"

#include <Eigen/Cholesky>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace regviz {

namespace {

/// Coordinate descent state: v and the gradient-like g = xy - gram v, kept up to date by each update.
class CoordinateDescent
{
public:
    CoordinateDescent(const FeatureProblem &problem, const Eigen::VectorXd &start)
        : m_problem(problem),
          m_v(start.size() == problem.features() ? start : Eigen::VectorXd::Zero(problem.features()))
    {
        for (Eigen::Index j = 0; j < m_v.size(); ++j) {
            if (problem.fixedAtZero[static_cast<std::size_t>(j)])
                m_v[j] = 0.0;
            else
                m_free.push_back(j);
        }
    }

    Solution solve(double lambda, double alpha, const SolverSettings &settings)
    {
        const double t1 = l1Threshold(lambda, alpha);
        const double t2 = lambda * (1.0 - alpha);
        const double reference = std::max(m_problem.yy, std::numeric_limits<double>::min());
        refreshGradient();
        Solution s;
        // Warm-started near the answer (a neighbouring grid point, a probe beside an event), the start's
        // active set and signs are usually already right: then no sweep is needed at all.
        if (polish(t1, t2)) {
            s.converged = true;
            s.weights = m_v;
            return s;
        }
        // Coordinate descent finds the active set and the signs long before it has converged; on them
        // the solution solves one linear system, exactly. If that point fails its optimality check (the
        // set or a sign was not yet right), descent goes on, tighter, and only then to the strict end.
        for (const double coarse : {1e-8, 1e-14, 1e-20}) {
            if (coarse <= settings.tolerance)
                break;
            if (descend(t1, t2, coarse * reference, settings.maxSweeps, s) && polish(t1, t2)) {
                s.converged = true;
                s.weights = m_v;
                return s;
            }
        }
        s.converged = descend(t1, t2, settings.tolerance * reference, settings.maxSweeps, s);
        s.weights = m_v;
        return s;
    }

    void reset(const Eigen::VectorXd &v) { m_v = v; }

private:
    /// Cyclic sweeps until a sweep over every feature changes the objective by at most `stop`.
    bool descend(double t1, double t2, double stop, int maxSweeps, Solution &s)
    {
        while (s.sweeps < maxSweeps) {
            ++s.sweeps;
            double change = 0.0;
            for (const Eigen::Index j : m_free)
                change = std::max(change, update(j, t1, t2));
            if (change <= stop)
                return true;
            m_active.clear();
            for (const Eigen::Index j : m_free) {
                if (m_v[j] != 0.0)
                    m_active.push_back(j);
            }
            while (s.sweeps < maxSweeps) {
                ++s.sweeps;
                double activeChange = 0.0;
                for (const Eigen::Index j : m_active)
                    activeChange = std::max(activeChange, update(j, t1, t2));
                if (activeChange <= stop)
                    break;
            }
        }
        return false;
    }

    /// With the active set A and its signs s fixed, the optimum solves
    /// (gram_AA + t2 I) v_A = xy_A - t1 s_A. Takes it when it keeps every sign and satisfies the KKT
    /// conditions of every feature to rounding. A feature outside A that violates its condition joins A
    /// with the sign of its gradient, one whose coefficient crossed 0 leaves it, and the solve is repeated
    /// (a few rounds: a new lambda usually changes one or two); when the rounds run out the state is left
    /// as it was for descent to go on.
    using SignedSet = std::vector<std::pair<Eigen::Index, double>>; ///< feature and sign, in m_free's order

    /// The optimum on a signed active set: (gram_AA + t2 I) v_A = xy_A - t1 s_A; empty when singular.
    [[nodiscard]] std::optional<Eigen::VectorXd> solveOn(const SignedSet &active, double t1, double t2) const
    {
        const auto size = static_cast<Eigen::Index>(active.size());
        if (size == 0)
            return Eigen::VectorXd();
        Eigen::MatrixXd system(size, size);
        Eigen::VectorXd rhs(size);
        for (Eigen::Index a = 0; a < size; ++a) {
            const Eigen::Index j = active[static_cast<std::size_t>(a)].first;
            for (Eigen::Index b = 0; b < size; ++b)
                system(a, b) = m_problem.gram(j, active[static_cast<std::size_t>(b)].first);
            system(a, a) += t2;
            rhs[a] = m_problem.xy[j] - t1 * active[static_cast<std::size_t>(a)].second;
        }
        const Eigen::LLT<Eigen::MatrixXd> factor(system);
        if (factor.info() != Eigen::Success)
            return std::nullopt;
        Eigen::VectorXd solved = factor.solve(rhs);
        if (!solved.allFinite())
            return std::nullopt;
        return solved;
    }

    /// The KKT check of a candidate: false if an active feature's condition fails; otherwise the features
    /// outside A whose condition fails go to `joining`, with the sign of their gradient.
    [[nodiscard]] bool checkConditions(const SignedSet &active, const Eigen::VectorXd &solved,
                                       const Eigen::VectorXd &g, double t1, double t2,
                                       SignedSet &joining) const
    {
        // Rounding in g is about eps max|xy|; beyond that, 1e-12 relative to the threshold, so a margin of
        // 1e-10 t1 (what the event refinement resolves) is still seen even at lambda_max x 1e-4.
        const double slack = 1e-12 * t1 + 4e-15 * m_problem.xy.cwiseAbs().maxCoeff();
        joining.clear();
        std::size_t next = 0;
        for (const Eigen::Index j : m_free) {
            if (next < active.size() && active[next].first == j) {
                const double v = solved[static_cast<Eigen::Index>(next)];
                if (std::abs(g[j] - t2 * v - std::copysign(t1, v)) > slack)
                    return false;
                ++next;
            } else if (std::abs(g[j]) - t1 > slack) {
                joining.emplace_back(j, g[j] > 0.0 ? 1.0 : -1.0);
            }
        }
        return true;
    }

    /// A coefficient that crossed 0 leaves A (it is 0 at the optimum if the next round's KKT check
    /// agrees), as a variable leaves in the lasso modification of LARS. True when one did.
    static bool dropCrossed(SignedSet &active, const Eigen::VectorXd &solved)
    {
        SignedSet kept;
        for (std::size_t a = 0; a < active.size(); ++a) {
            if (solved[static_cast<Eigen::Index>(a)] * active[a].second > 0.0)
                kept.push_back(active[a]);
        }
        const bool dropped = kept.size() != active.size();
        active = std::move(kept);
        return dropped;
    }

    /// Makes the solution on A the state.
    void take(const SignedSet &active, const Eigen::VectorXd &solved, Eigen::VectorXd g)
    {
        for (const Eigen::Index j : m_free)
            m_v[j] = 0.0;
        for (std::size_t a = 0; a < active.size(); ++a)
            m_v[active[a].first] = solved[static_cast<Eigen::Index>(a)];
        m_g = std::move(g);
    }

    bool polish(double t1, double t2)
    {
        constexpr int kRounds = 4;
        SignedSet active;
        for (const Eigen::Index j : m_free) {
            if (m_v[j] != 0.0)
                active.emplace_back(j, m_v[j] > 0.0 ? 1.0 : -1.0);
        }
        SignedSet joining;
        for (int round = 0; round < kRounds; ++round) {
            const std::optional<Eigen::VectorXd> solved = solveOn(active, t1, t2);
            if (!solved)
                return false;
            if (dropCrossed(active, *solved))
                continue;
            Eigen::VectorXd g = m_problem.xy;
            for (std::size_t a = 0; a < active.size(); ++a)
                g.noalias() -= (*solved)[static_cast<Eigen::Index>(a)] * m_problem.gram.col(active[a].first);
            if (!checkConditions(active, *solved, g, t1, t2, joining))
                return false;
            if (joining.empty()) {
                take(active, *solved, std::move(g));
                return true;
            }
            // Many at once (a cold start far below lambda_max) is descent's job, not a guess of signs.
            if (joining.size() > std::max<std::size_t>(8, active.size()))
                return false;
            active.insert(active.end(), joining.begin(), joining.end());
            std::sort(active.begin(), active.end());
        }
        return false;
    }

    void refreshGradient()
    {
        m_g = m_problem.xy;
        for (const Eigen::Index j : m_free) {
            if (m_v[j] != 0.0)
                m_g.noalias() -= m_v[j] * m_problem.gram.col(j);
        }
    }

    /// The 1-D closed form for coordinate j; returns the objective change it makes.
    double update(Eigen::Index j, double t1, double t2)
    {
        const double gjj = m_problem.gram(j, j);
        const double curvature = gjj + t2;
        const double old = m_v[j];
        const double z = m_g[j] + gjj * old;
        // No curvature: the column is all zeros (both options off) and the penalty alone decides.
        const double fresh = curvature > 0.0 ? softThreshold(z, t1) / curvature : 0.0;
        const double delta = fresh - old;
        if (delta == 0.0)
            return 0.0;
        m_v[j] = fresh;
        m_g.noalias() -= delta * m_problem.gram.col(j);
        return curvature * delta * delta;
    }

    const FeatureProblem &m_problem;
    Eigen::VectorXd m_v;
    Eigen::VectorXd m_g;
    std::vector<Eigen::Index> m_free;
    std::vector<Eigen::Index> m_active;
};

} // namespace

double l1Threshold(double lambda, double alpha)
{
    return lambda * alpha / 2.0;
}

double lambdaMax(const FeatureProblem &problem, double alpha)
{
    double largest = 0.0;
    for (Eigen::Index j = 0; j < problem.features(); ++j) {
        if (!problem.fixedAtZero[static_cast<std::size_t>(j)])
            largest = std::max(largest, std::abs(problem.xy[j]));
    }
    if (largest == 0.0)
        return 0.0;
    if (!(alpha > 0.0))
        return std::numeric_limits<double>::infinity();
    double lambda = 2.0 * largest / alpha;
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    while (l1Threshold(lambda, alpha) < largest)
        lambda = std::nextafter(lambda, kInfinity);
    while (l1Threshold(std::nextafter(lambda, 0.0), alpha) >= largest)
        lambda = std::nextafter(lambda, 0.0);
    return lambda;
}

std::vector<double> lambdaGrid(double lambdaMax, Eigen::Index n, Eigen::Index p, int count)
{
    if (!(lambdaMax > 0.0) || !std::isfinite(lambdaMax) || count < 1)
        return {0.0};
    const double ratio = p > n ? 1e-2 : 1e-4;
    std::vector<double> grid(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const double t = count == 1 ? 0.0 : static_cast<double>(i) / static_cast<double>(count - 1);
        grid[static_cast<std::size_t>(i)] = lambdaMax * std::pow(ratio, t);
    }
    grid.front() = lambdaMax;
    grid.back() = lambdaMax * ratio;
    return grid;
}

Solution solveElasticNet(const FeatureProblem &problem, double lambda, double alpha,
                         const Eigen::VectorXd &start, const SolverSettings &settings)
{
    CoordinateDescent descent(problem, start);
    return descent.solve(lambda, alpha, settings);
}

double kktViolation(const FeatureProblem &problem, double lambda, double alpha, const Eigen::VectorXd &v)
{
    const Eigen::VectorXd g = problem.xy - problem.gram * v;
    const double t1 = l1Threshold(lambda, alpha);
    const double t2 = lambda * (1.0 - alpha);
    double worst = 0.0;
    for (Eigen::Index j = 0; j < v.size(); ++j) {
        if (problem.fixedAtZero[static_cast<std::size_t>(j)])
            continue;
        const double violation = v[j] == 0.0 ? std::max(std::abs(g[j]) - t1, 0.0)
                                             : std::abs(g[j] - t2 * v[j] - std::copysign(t1, v[j]));
        worst = std::max(worst, violation);
    }
    return worst;
}

CoefficientPath elasticNetPath(const FeatureProblem &problem, double alpha,
                               const std::vector<double> &lambdas, const SolverSettings &settings)
{
    const Eigen::Index p = problem.features();
    CoefficientPath path;
    path.alpha = alpha;
    path.lambda = lambdas;
    const auto count = static_cast<Eigen::Index>(lambdas.size());
    path.solverWeights.resize(p, count);
    path.weights.resize(p, count);
    path.intercepts.resize(count);
    CoordinateDescent descent(problem, Eigen::VectorXd::Zero(p));
    for (Eigen::Index l = 0; l < count; ++l) {
        const Solution s = descent.solve(lambdas[static_cast<std::size_t>(l)], alpha, settings);
        path.converged = path.converged && s.converged;
        path.solverWeights.col(l) = s.weights;
        const OriginalFit original = toOriginalScale(problem, s.weights);
        path.weights.col(l) = original.weights;
        path.intercepts[l] = original.intercept;
    }
    return path;
}

Refit refitAt(const FeatureProblem &problem, const CoefficientPath &path, double lambda,
              const SolverSettings &settings)
{
    Refit refit;
    refit.lambda = lambda;
    double best = std::numeric_limits<double>::infinity();
    for (Eigen::Index l = 0; l < path.size(); ++l) {
        const double at = path.lambda[static_cast<std::size_t>(l)];
        const double distance =
            lambda > 0.0 && at > 0.0 ? std::abs(std::log(at / lambda)) : std::abs(at - lambda);
        if (distance < best) {
            best = distance;
            refit.warmStart = l;
        }
    }
    const Eigen::VectorXd start =
        path.size() > 0 ? Eigen::VectorXd(path.solverWeights.col(refit.warmStart)) : Eigen::VectorXd();
    refit.solution = solveElasticNet(problem, lambda, path.alpha, start, settings);
    refit.original = toOriginalScale(problem, refit.solution.weights);
    return refit;
}

} // namespace regviz
