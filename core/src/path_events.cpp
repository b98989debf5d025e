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

class EventRefiner
{
public:
    EventRefiner(const FeatureProblem &problem, double alpha, double tolerance,
                 const SolverSettings &settings)
        : m_problem(problem), m_alpha(alpha), m_tolerance(tolerance), m_settings(settings)
    {}

    /// hi > lo; the coefficient is zero on exactly one of the two.
    double refine(Eigen::Index j, Probe hi, Probe lo) const
    {
        const bool hiZero = hi.v[j] == 0.0;
        // The margin is linear in lambda on each side of the change for the lasso (with a kink at the
        // change itself), so a line through two points of the same side meets 0 at the change; the
        // earlier point of each side is kept for that line.
        struct Point
        {
            double lambda = 0.0;
            double margin = 0.0;
        };
        std::optional<Point> previousHi;
        std::optional<Point> previousLo;
        bool hiMovedLast = false;
        bool lastWasSecant = false;
        double lastWidth = hi.lambda - lo.lambda;
        for (int iteration = 0; hi.lambda - lo.lambda > m_tolerance * hi.lambda; ++iteration) {
            const double width = hi.lambda - lo.lambda;
            const double nudge = 0.4 * m_tolerance * hi.lambda;
            const auto root = [](const Point &a, const Point &b) {
                return a.margin == b.margin
                           ? std::numeric_limits<double>::quiet_NaN()
                           : a.lambda - a.margin * (b.lambda - a.lambda) / (b.margin - a.margin);
            };
            const Point hiPoint{hi.lambda, hi.margin};
            const Point loPoint{lo.lambda, lo.margin};
            // A secant step that neither halved the bracket nor halved the margin of the end it moved
            // (another change inside the bracket bends the line) gives way to one bisection step.
            const std::optional<Point> &moved = hiMovedLast ? previousHi : previousLo;
            const double movedMargin = hiMovedLast ? hi.margin : lo.margin;
            const bool progress =
                width <= 0.5 * lastWidth || (moved && std::abs(movedMargin) <= 0.5 * std::abs(moved->margin));
            const bool secantAllowed = !lastWasSecant || progress;
            double guess = std::numeric_limits<double>::quiet_NaN();
            if (secantAllowed) {
                if (hiMovedLast && previousHi)
                    guess = root(*previousHi, hiPoint);
                else if (!hiMovedLast && previousLo)
                    guess = root(*previousLo, loPoint);
                if (!(guess >= lo.lambda && guess <= hi.lambda) && iteration == 0)
                    guess = tangentGuess(j, hiZero ? hi : lo);
                if (!(guess >= lo.lambda && guess <= hi.lambda) && iteration == 0)
                    guess = root(loPoint, hiPoint);
            }
            lastWasSecant = guess >= lo.lambda && guess <= hi.lambda; // an end itself can be the change
            if (!lastWasSecant)
                guess = 0.5 * (hi.lambda + lo.lambda);
            lastWidth = width;
            // Far enough inside that both probes fit, so a change at an end of the bracket (lambda_max
            // itself) is closed at once too.
            guess = std::clamp(guess, lo.lambda + 1.5 * nudge, hi.lambda - 1.5 * nudge);
            // A probe just above and just below the guess closes the bracket when the guess is right.
            for (const double at : {guess + nudge, guess - nudge}) {
                if (!(at > lo.lambda && at < hi.lambda))
                    continue;
                // Each probe starts from the end whose side it is aimed at: that end's active set and
                // signs are then already the answer's.
                Probe probe = probeAt(j, at, at - lo.lambda < hi.lambda - at ? lo.v : hi.v);
                const bool replacesHi = (probe.v[j] == 0.0) == hiZero;
                Probe &end = replacesHi ? hi : lo;
                std::optional<Point> &previous = replacesHi ? previousHi : previousLo;
                if (std::abs(end.lambda - probe.lambda) > 10.0 * m_tolerance * hi.lambda)
                    previous = Point{end.lambda, end.margin};
                end = std::move(probe);
                hiMovedLast = replacesHi;
            }
        }
        return 0.5 * (hi.lambda + lo.lambda);
    }

    /// Where the margin of j, followed from the solution at the zero side's end along its tangent, reaches
    /// 0 (the next LARS knot: exact for the lasso when nothing else changes before it). With A the active
    /// set and s its signs there, v_A(lambda) = (gram_AA + t2 I)^-1 (xy_A - (lambda alpha / 2) s_A), so
    /// d g_j / d lambda = (alpha / 2) gram_jA (gram_AA + t2 I)^-1 s_A (t2 held fixed: a guess for alpha < 1).
    double tangentGuess(Eigen::Index j, const Probe &zeroEnd) const
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

    Probe probeAt(Eigen::Index j, double lambda, const Eigen::VectorXd &warm) const
    {
        Probe p;
        p.lambda = lambda;
        p.v = solveElasticNet(m_problem, lambda, m_alpha, warm, m_settings).weights;
        p.margin = marginOf(m_problem, p.v, j, lambda, m_alpha);
        return p;
    }

private:
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
