#include "regviz/core/path_events.h"

#include <algorithm>
#include <array>
#include <cmath>

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
        int stale = 0; // Illinois: which end has been kept twice in a row (+1 hi, -1 lo)
        double mHi = hi.margin;
        double mLo = lo.margin;
        for (int iteration = 0; hi.lambda - lo.lambda > m_tolerance * hi.lambda; ++iteration) {
            const double width = hi.lambda - lo.lambda;
            double guess = 0.5 * (hi.lambda + lo.lambda);
            if (iteration < 12 && mHi != mLo)
                guess = lo.lambda + width * (0.0 - mLo) / (mHi - mLo);
            // Just inside the bracket: aim slightly to each side of the root so it closes quickly.
            const double nudge = 0.25 * m_tolerance * hi.lambda;
            guess = std::clamp(guess, lo.lambda + nudge, hi.lambda - nudge);
            const bool closeBoth = iteration < 12;
            const std::array<double, 2> targets{guess + nudge, guess - nudge};
            const int probes = closeBoth ? 2 : 1;
            for (int k = 0; k < probes; ++k) {
                const double at =
                    probes == 1 ? guess
                                : std::clamp(targets[static_cast<std::size_t>(k)], lo.lambda, hi.lambda);
                if (!(at > lo.lambda && at < hi.lambda))
                    continue;
                Probe probe = probeAt(j, at, at - lo.lambda < hi.lambda - at ? lo.v : hi.v);
                if ((probe.v[j] == 0.0) == hiZero) {
                    hi = std::move(probe);
                    mHi = hi.margin;
                    mLo = stale == -1 ? 0.5 * mLo : mLo;
                    stale = -1;
                } else {
                    lo = std::move(probe);
                    mLo = lo.margin;
                    mHi = stale == 1 ? 0.5 * mHi : mHi;
                    stale = 1;
                }
            }
        }
        return 0.5 * (hi.lambda + lo.lambda);
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
