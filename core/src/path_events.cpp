#include "regviz/core/path_events.h"

#include <Eigen/Cholesky>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace regviz {

namespace {

struct Probe
{
    double lambda = 0.0;
    Eigen::VectorXd v;
    double margin = 0.0; ///< > 0 exactly when v_j != 0
};

double marginOf(const FeatureProblem &problem, const Eigen::VectorXd &v, Eigen::Index j, double lambda,
                double alpha)
{
    const double z = problem.xy[j] - problem.gram.col(j).dot(v) + problem.gram(j, j) * v[j];
    const double margin = std::abs(z) - l1Threshold(lambda, alpha);
    // The solver's zero decides the side; the margin only steers the next probe.
    return v[j] != 0.0 ? std::max(margin, 0.0) : std::min(margin, 0.0);
}

struct Point
{
    double lambda = 0.0;
    double margin = 0.0;
};

/// Where the line through two points meets margin 0 (NaN when it is flat).
double root(const Point &a, const Point &b)
{
    return a.margin == b.margin ? std::numeric_limits<double>::quiet_NaN()
                                : a.lambda - a.margin * (b.lambda - a.lambda) / (b.margin - a.margin);
}

/// One refinement's state: the ends, the earlier point of each side, and how the last step went.
struct Bracket
{
    Probe hi;
    Probe lo;
    bool hiZero = false;
    std::optional<Point> previousHi;
    std::optional<Point> previousLo;
    bool hiMovedLast = false;
    bool lastWasSecant = false;
    double lastWidth = 0.0;

    [[nodiscard]] double width() const { return hi.lambda - lo.lambda; }
};

class EventRefiner
{
public:
    EventRefiner(const FeatureProblem &problem, double alpha, double tolerance,
                 const SolverSettings &settings)
        : m_problem(problem), m_alpha(alpha), m_tolerance(tolerance), m_settings(settings)
    {}

    /// hi > lo; the coefficient is zero on exactly one of the two.
    [[nodiscard]] double refine(Eigen::Index j, Probe hi, Probe lo) const
    {
        Bracket b;
        b.hi = std::move(hi);
        b.lo = std::move(lo);
        b.hiZero = b.hi.v[j] == 0.0;
        b.lastWidth = b.width();
        for (int iteration = 0; b.width() > m_tolerance * b.hi.lambda; ++iteration) {
            const double nudge = 0.4 * m_tolerance * b.hi.lambda;
            // Far enough inside that both probes fit, so a change at an end of the bracket (lambda_max
            // itself) is closed at once too.
            const double guess =
                std::clamp(nextGuess(j, b, iteration), b.lo.lambda + 1.5 * nudge, b.hi.lambda - 1.5 * nudge);
            // A probe just above and just below the guess closes the bracket when the guess is right.
            for (const double at : {guess + nudge, guess - nudge})
                probeInto(j, b, at);
        }
        return 0.5 * (b.hi.lambda + b.lo.lambda);
    }

private:
    /// The next guess: a line through two points of the side that moved last (the margin is linear on
    /// each side of the change for the lasso, kinked at the change itself), first the LARS tangent, and
    /// a bisection step after a secant step that neither halved the bracket nor the margin of the end it
    /// moved (another change inside the bracket bends the line).
    [[nodiscard]] double nextGuess(Eigen::Index j, Bracket &b, int iteration) const
    {
        const double width = b.width();
        const std::optional<Point> &moved = b.hiMovedLast ? b.previousHi : b.previousLo;
        const double movedMargin = b.hiMovedLast ? b.hi.margin : b.lo.margin;
        const bool progress =
            width <= 0.5 * b.lastWidth || (moved && std::abs(movedMargin) <= 0.5 * std::abs(moved->margin));
        b.lastWidth = width;
        const auto inside = [&b](double guess) {
            return guess >= b.lo.lambda && guess <= b.hi.lambda;
        };
        double guess = std::numeric_limits<double>::quiet_NaN();
        if (!b.lastWasSecant || progress) {
            if (moved)
                guess = root(*moved, b.hiMovedLast ? Point{b.hi.lambda, b.hi.margin}
                                                   : Point{b.lo.lambda, b.lo.margin});
            if (!inside(guess) && iteration == 0)
                guess = tangentGuess(j, b.hiZero ? b.hi : b.lo);
            if (!inside(guess) && iteration == 0)
                guess = root({b.lo.lambda, b.lo.margin}, {b.hi.lambda, b.hi.margin});
        }
        b.lastWasSecant = inside(guess); // an end itself can be the change
        return b.lastWasSecant ? guess : 0.5 * (b.hi.lambda + b.lo.lambda);
    }

    /// A warm-started refit at `at` (from the nearer end) replaces the end on its side.
    void probeInto(Eigen::Index j, Bracket &b, double at) const
    {
        if (!(at > b.lo.lambda && at < b.hi.lambda))
            return;
        Probe probe = probeAt(j, at, at - b.lo.lambda < b.hi.lambda - at ? b.lo.v : b.hi.v);
        const bool replacesHi = (probe.v[j] == 0.0) == b.hiZero;
        Probe &end = replacesHi ? b.hi : b.lo;
        // Two probes a nudge apart make a poor line: keep the earlier, farther point.
        if (std::abs(end.lambda - probe.lambda) > 10.0 * m_tolerance * b.hi.lambda)
            (replacesHi ? b.previousHi : b.previousLo) = Point{end.lambda, end.margin};
        end = std::move(probe);
        b.hiMovedLast = replacesHi;
    }

    /// Where the margin of j, followed from the solution at the zero side's end along its tangent, reaches
    /// 0 (the next LARS knot: exact for the lasso when nothing else changes before it). With A the active
    /// set and s its signs there, v_A(lambda) = (gram_AA + t2 I)^-1 (xy_A - (lambda alpha / 2) s_A), so
    /// d g_j / d lambda = (alpha / 2) gram_jA (gram_AA + t2 I)^-1 s_A (t2 held fixed: a guess for alpha < 1).
    [[nodiscard]] double tangentGuess(Eigen::Index j, const Probe &zeroEnd) const
    {
        std::vector<Eigen::Index> active;
        for (Eigen::Index k = 0; k < zeroEnd.v.size(); ++k) {
            if (zeroEnd.v[k] != 0.0)
                active.push_back(k);
        }
        const auto size = static_cast<Eigen::Index>(active.size());
        const double t2 = zeroEnd.lambda * (1.0 - m_alpha);
        double g = m_problem.xy[j];
        double slope = 0.0;
        if (size > 0) {
            Eigen::MatrixXd system(size, size);
            Eigen::VectorXd signs(size);
            Eigen::VectorXd cross(size);
            for (Eigen::Index a = 0; a < size; ++a) {
                const Eigen::Index k = active[static_cast<std::size_t>(a)];
                for (Eigen::Index b = 0; b < size; ++b)
                    system(a, b) = m_problem.gram(k, active[static_cast<std::size_t>(b)]);
                system(a, a) += t2;
                signs[a] = zeroEnd.v[k] > 0.0 ? 1.0 : -1.0;
                cross[a] = m_problem.gram(j, k);
                g -= cross[a] * zeroEnd.v[k];
            }
            const Eigen::LLT<Eigen::MatrixXd> factor(system);
            if (factor.info() != Eigen::Success)
                return std::numeric_limits<double>::quiet_NaN();
            slope = 0.5 * m_alpha * cross.dot(factor.solve(signs));
        }
        // m(lambda) = |g_j(lambda)| - lambda alpha / 2, linear near the end.
        const double marginSlope = (g >= 0.0 ? slope : -slope) - 0.5 * m_alpha;
        const double margin = std::abs(g) - l1Threshold(zeroEnd.lambda, m_alpha);
        return marginSlope == 0.0 ? std::numeric_limits<double>::quiet_NaN()
                                  : zeroEnd.lambda - margin / marginSlope;
    }

    [[nodiscard]] Probe probeAt(Eigen::Index j, double lambda, const Eigen::VectorXd &warm) const
    {
        Probe p;
        p.lambda = lambda;
        p.v = solveElasticNet(m_problem, lambda, m_alpha, warm, m_settings).weights;
        p.margin = marginOf(m_problem, p.v, j, lambda, m_alpha);
        return p;
    }

    const FeatureProblem &m_problem;
    double m_alpha;
    double m_tolerance;
    const SolverSettings &m_settings;
};

} // namespace

const char *pathEventName(PathEventKind kind)
{
    return kind == PathEventKind::Enter ? "enter" : "leave";
}

std::vector<PathEvent> pathEvents(const FeatureProblem &problem, const CoefficientPath &path,
                                  double relativeTolerance, const SolverSettings &settings)
{
    std::vector<PathEvent> events;
    const EventRefiner refiner(problem, path.alpha, relativeTolerance, settings);
    for (Eigen::Index l = 0; l + 1 < path.size(); ++l) {
        const double lambdaHi = path.lambda[static_cast<std::size_t>(l)];
        const double lambdaLo = path.lambda[static_cast<std::size_t>(l + 1)];
        for (Eigen::Index j = 0; j < problem.features(); ++j) {
            const bool zeroHi = path.solverWeights(j, l) == 0.0;
            const bool zeroLo = path.solverWeights(j, l + 1) == 0.0;
            if (zeroHi == zeroLo)
                continue;
            Probe hi;
            hi.lambda = lambdaHi;
            hi.v = path.solverWeights.col(l);
            hi.margin = marginOf(problem, hi.v, j, lambdaHi, path.alpha);
            Probe lo;
            lo.lambda = lambdaLo;
            lo.v = path.solverWeights.col(l + 1);
            lo.margin = marginOf(problem, lo.v, j, lambdaLo, path.alpha);
            PathEvent event;
            event.feature = j;
            event.kind = zeroHi ? PathEventKind::Enter : PathEventKind::Leave;
            event.lambda = refiner.refine(j, std::move(hi), std::move(lo));
            events.push_back(event);
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const PathEvent &a, const PathEvent &b) { return a.lambda > b.lambda; });
    return events;
}

} // namespace regviz
