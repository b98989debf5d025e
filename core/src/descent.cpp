#include "regviz/core/descent.h"

#include "regviz/core/minimizers.h"
#include "regviz/core/random.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace regviz {

namespace {

// A run is stopped as diverged once |w| passes this many times max(1, |w0|): far beyond any grid, and
// long before doubles overflow.
constexpr double kHardGrowth = 1e8;
// How many of the last iterates decide between "oscillating" and "still running" at the step cap.
constexpr int kTailWindow = 50;
// A band wider than the one before by more than this (relative) is growing, not a two-cycle whose width
// only differs by rounding.
constexpr double kGrowthMargin = 1e-6;
// A deterministic run on a smooth (or proximal) iteration contracts towards its fixed point whenever it is
// stable, so its band is "oscillating" only if it no longer shrinks beyond rounding (eta at the limit).
constexpr double kShrinkMargin = 1e-9;
double signOf(double w)
{
    if (w > 0.0)
        return 1.0;
    return w < 0.0 ? -1.0 : 0.0;
}

/// The settings with every new parameter in its documented range.
DescentSettings sanitized(const DescentSettings &settings)
{
    DescentSettings s = settings;
    const auto clampFinite = [](double v, double low, double high, double fallback) {
        return std::isfinite(v) ? std::clamp(v, low, high) : fallback;
    };
    const DescentSettings defaults;
    s.beta = clampFinite(s.beta, limits::betaMin, limits::betaMax, defaults.beta);
    s.beta2 = clampFinite(s.beta2, limits::beta2Min, limits::beta2Max, defaults.beta2);
    s.epsilon = clampFinite(s.epsilon, limits::epsilonMin, limits::epsilonMax, defaults.epsilon);
    s.weightDecay = clampFinite(s.weightDecay, limits::weightDecayMin, limits::weightDecayMax, 0.0);
    return s;
}

bool usesSubgradient(Optimizer o)
{
    switch (o) {
    case Optimizer::Gradient:
    case Optimizer::Clip:
    case Optimizer::Momentum:
    case Optimizer::Nesterov:
    case Optimizer::Adam:
    case Optimizer::AdamW:
    case Optimizer::Sgd:
        return true;
    case Optimizer::Proximal:
    case Optimizer::Fista:
    case Optimizer::ProximalSgd:
        break;
    }
    return false;
}

bool isAdaptive(Optimizer o)
{
    return o == Optimizer::Adam || o == Optimizer::AdamW;
}

/// AdamW's decoupled decay rate: the w^2 part of the penalty, plus the extra weight decay.
double decayOf(Penalty kind, const Regularization &reg, const DescentSettings &s)
{
    return 2.0 * l2Weight(kind, reg) + s.weightDecay;
}

/// One run's iteration. Stateful for the optimizers that carry momentum or moments.
class Stepper
{
public:
    Stepper(const Moments &m, Penalty kind, const Regularization &reg, const DescentSettings &settings,
            const Minibatches *batches, int maxSteps)
        : m_moments(m), m_kind(kind), m_reg(reg), m_settings(settings), m_batches(batches),
          m_l1(l1Weight(kind, reg)), m_l2(l2Weight(kind, reg)), m_decay(decayOf(kind, reg, settings))
    {
        if (m_batches && isStochastic(settings.optimizer))
            m_schedule = minibatchSchedule(*m_batches, maxSteps);
    }

    [[nodiscard]] double smoothGradient(double w) const { return mseGradient(m_moments, w) + 2.0 * m_l2 * w; }

    /// 0 is in the subdifferential of F at w = 0: |dSmooth/dw(0)| <= lambda_l1.
    [[nodiscard]] bool zeroIsOptimal() const { return m_l1 > 0.0 && std::abs(smoothGradient(0.0)) <= m_l1; }

    /// The same for every minibatch's objective, so a stochastic run that reaches 0 stays there.
    [[nodiscard]] bool zeroIsOptimalForEveryBatch() const
    {
        if (m_schedule.empty())
            return zeroIsOptimal();
        return m_l1 > 0.0 &&
               std::all_of(m_batches->moments.begin(), m_batches->moments.end(),
                           [&](const Moments &b) { return std::abs(mseGradient(b, 0.0)) <= m_l1; });
    }

    /// w_{k+1} from w_k = w for step k.
    [[nodiscard]] double next(double w, int k)
    {
        const double eta = m_settings.eta;
        switch (m_settings.optimizer) {
        case Optimizer::Gradient:
            return w - eta * objectiveGradient(m_moments, m_kind, m_reg, w);
        case Optimizer::Proximal:
            return softThreshold(w - eta * smoothGradient(w), eta * m_l1);
        case Optimizer::Clip:
            return clipStep(w);
        case Optimizer::Momentum: {
            m_velocity = m_settings.beta * m_velocity + objectiveGradient(m_moments, m_kind, m_reg, w);
            return w - eta * m_velocity;
        }
        case Optimizer::Nesterov: {
            const double g = objectiveGradient(m_moments, m_kind, m_reg, w);
            m_velocity = m_settings.beta * m_velocity + g;
            return w - eta * (g + m_settings.beta * m_velocity);
        }
        case Optimizer::Adam:
            return w - eta * adamDirection(objectiveGradient(m_moments, m_kind, m_reg, w));
        case Optimizer::AdamW: {
            const double g = mseGradient(m_moments, w) + m_l1 * signOf(w);
            const double direction = adamDirection(g);
            return w * (1.0 - eta * m_decay) - eta * direction;
        }
        case Optimizer::Sgd: {
            const Moments &b = batchMoments(k);
            return w - eta * (mseGradient(b, w) + penaltyGradient(m_kind, m_reg, w));
        }
        case Optimizer::ProximalSgd: {
            const Moments &b = batchMoments(k);
            return softThreshold(w - eta * (mseGradient(b, w) + 2.0 * m_l2 * w), eta * m_l1);
        }
        case Optimizer::Fista:
            return fistaStep(w);
        }
        return w;
    }

    /// Whether a run that has just moved to w by a tiny step has come to rest there: the move the
    /// optimizer would make from w with no memory (no momentum, m = g and v = g^2 for Adam) is tiny too,
    /// for every batch of a stochastic run. Gd, proximal and clip keep their original rule.
    [[nodiscard]] bool atRest(double w) const
    {
        const double eta = m_settings.eta;
        const double tol = m_settings.tolerance;
        switch (m_settings.optimizer) {
        case Optimizer::Gradient:
        case Optimizer::Proximal:
        case Optimizer::Clip:
            return true;
        case Optimizer::Momentum:
        case Optimizer::Nesterov:
            return std::abs(eta * objectiveGradient(m_moments, m_kind, m_reg, w)) <= tol;
        case Optimizer::Adam: {
            const double g = objectiveGradient(m_moments, m_kind, m_reg, w);
            return std::abs(eta * g / (std::abs(g) + m_settings.epsilon)) <= tol;
        }
        case Optimizer::AdamW: {
            const double g = mseGradient(m_moments, w) + m_l1 * signOf(w);
            return std::abs(eta * (g / (std::abs(g) + m_settings.epsilon) + m_decay * w)) <= tol;
        }
        case Optimizer::Fista:
            return std::abs(softThreshold(w - eta * smoothGradient(w), eta * m_l1) - w) <= tol;
        case Optimizer::Sgd:
        case Optimizer::ProximalSgd:
            return restsOnEveryBatch(w);
        }
        return true;
    }

    [[nodiscard]] DescentStep record(double w) const
    {
        return {w, objective(m_moments, m_kind, m_reg, w), mseGradient(m_moments, w),
                penaltyGradient(m_kind, m_reg, w), 0.0};
    }

private:
    [[nodiscard]] double clipStep(double w) const
    {
        const double eta = m_settings.eta;
        if (w == 0.0) {
            // Leave 0 only along the minimum-norm subgradient, which is 0 while 0 is optimal.
            const double g = smoothGradient(0.0);
            const double pseudo = std::abs(g) <= m_l1 ? 0.0 : g - m_l1 * signOf(g);
            return -eta * pseudo;
        }
        const double moved = w - eta * objectiveGradient(m_moments, m_kind, m_reg, w);
        return (m_l1 > 0.0 && moved * w < 0.0) ? 0.0 : moved;
    }

    /// Adam's bias-corrected m_hat / (sqrt(v_hat) + epsilon) after taking in the gradient g.
    [[nodiscard]] double adamDirection(double g)
    {
        const double b1 = m_settings.beta;
        const double b2 = m_settings.beta2;
        ++m_t;
        m_first = b1 * m_first + (1.0 - b1) * g;
        m_second = b2 * m_second + (1.0 - b2) * g * g;
        m_b1Power *= b1;
        m_b2Power *= b2;
        const double mHat = m_first / (1.0 - m_b1Power);
        const double vHat = m_second / (1.0 - m_b2Power);
        return mHat / (std::sqrt(vHat) + m_settings.epsilon);
    }

    /// Beck and Teboulle's FISTA: x_k = prox(y_k - eta g(y_k)), t_{k+1} = (1 + sqrt(1 + 4 t_k^2)) / 2,
    /// y_{k+1} = x_k + (t_k - 1)/t_{k+1} (x_k - x_{k-1}); y_1 = x_0 = w0, t_1 = 1.
    [[nodiscard]] double fistaStep(double w)
    {
        const double eta = m_settings.eta;
        if (!m_fistaStarted) {
            m_y = w;
            m_fistaStarted = true;
        }
        const double x = softThreshold(m_y - eta * smoothGradient(m_y), eta * m_l1);
        const double t = (1.0 + std::sqrt(1.0 + 4.0 * m_tk * m_tk)) / 2.0;
        m_y = x + ((m_tk - 1.0) / t) * (x - w);
        m_tk = t;
        return x;
    }

    [[nodiscard]] const Moments &batchMoments(int k) const
    {
        if (m_schedule.empty())
            return m_moments; // no minibatches: one batch of every row
        return m_batches->moments[m_schedule[static_cast<std::size_t>(k)]];
    }

    [[nodiscard]] bool restsOnEveryBatch(double w) const
    {
        const double eta = m_settings.eta;
        const auto rests = [&](const Moments &b) {
            const double moved =
                m_settings.optimizer == Optimizer::Sgd
                    ? w - eta * (mseGradient(b, w) + penaltyGradient(m_kind, m_reg, w))
                    : softThreshold(w - eta * (mseGradient(b, w) + 2.0 * m_l2 * w), eta * m_l1);
            return std::abs(moved - w) <= m_settings.tolerance;
        };
        if (m_schedule.empty())
            return rests(m_moments);
        return std::all_of(m_batches->moments.begin(), m_batches->moments.end(), rests);
    }

    const Moments &m_moments;
    Penalty m_kind;
    Regularization m_reg;
    DescentSettings m_settings;
    const Minibatches *m_batches;
    std::vector<std::size_t> m_schedule;
    double m_l1;
    double m_l2;
    double m_decay;
    double m_velocity = 0.0;
    double m_first = 0.0;
    double m_second = 0.0;
    double m_b1Power = 1.0;
    double m_b2Power = 1.0;
    int m_t = 0;
    double m_y = 0.0;
    double m_tk = 1.0;
    bool m_fistaStarted = false;
};

struct Spread
{
    double low = 0.0;
    double high = 0.0;
};

Spread spreadOf(const std::vector<DescentStep> &steps, std::size_t first, std::size_t last)
{
    Spread s{steps[first].w, steps[first].w};
    for (std::size_t i = first + 1; i < last; ++i) {
        s.low = std::min(s.low, steps[i].w);
        s.high = std::max(s.high, steps[i].w);
    }
    return s;
}

/// Whether w changes direction somewhere in steps[first, last): a run that keeps moving the same way is
/// still approaching its limit, however slowly, and is not oscillating.
bool turnsBack(const std::vector<DescentStep> &steps, std::size_t first, std::size_t last)
{
    for (std::size_t i = first + 1; i + 1 < last; ++i) {
        const double before = steps[i].w - steps[i - 1].w;
        const double after = steps[i + 1].w - steps[i].w;
        if ((before > 0.0 && after < 0.0) || (before < 0.0 && after > 0.0))
            return true;
    }
    return false;
}

/// What the classifier needs to know about the iteration besides the trace.
struct RunKind
{
    bool stable = false;    ///< eta below the optimizer's stability limit: the run stays bounded
    bool kinked = false;    ///< |w| handled by subgradient steps (l1 > 0)
    bool noisy = false;     ///< minibatches or an adaptive step: a band that need not shrink
    double bandBound = 0.0; ///< subgradientBandBound
    double tolerance = 0.0;
};

/// Decides what a run that used up its steps is: diverging slowly, oscillating, or still converging.
void classifyAtCap(DescentTrace &trace, const RunKind &run)
{
    const auto &steps = trace.steps;
    const double centre = trace.fixedPoint ? *trace.fixedPoint : trace.target.value_or(0.0);
    // Below the stability limit the linear part contracts and the |w| kicks and batch noise are bounded,
    // so w stays bounded: however far it is thrown (a two-cycle of +-14 at eta 2.2, lambda 5), it has not
    // diverged.
    if (!run.stable && (trace.fixedPoint || trace.target)) {
        // Moving away from the minimum beyond twice the start distance (plus any L1 band) is divergence.
        const double limit = 2.0 * std::abs(steps.front().w - centre) + run.bandBound + run.tolerance;
        const auto far = std::find_if(steps.begin(), steps.end(),
                                      [&](const DescentStep &s) { return std::abs(s.w - centre) > limit; });
        if (far != steps.end() && std::abs(steps.back().w - centre) > limit) {
            trace.status = DescentStatus::Diverged;
            trace.divergedAt = static_cast<int>(far - steps.begin());
            return;
        }
    }
    const auto count = steps.size();
    const std::size_t window = std::min<std::size_t>(kTailWindow, count / 4);
    if (window >= 4) {
        const Spread last = spreadOf(steps, count - window, count);
        const Spread previous = spreadOf(steps, count - 2 * window, count - window);
        const double lastWidth = last.high - last.low;
        const double previousWidth = previous.high - previous.low;
        const bool turns = turnsBack(steps, count - window, count);
        // Above the stability limit a band that keeps widening diverges, however slowly: a step a hair
        // above the limit grows too little within the cap for the test above to see it.
        if (!run.stable && lastWidth > (1.0 + kGrowthMargin) * previousWidth && turns) {
            trace.status = DescentStatus::Diverged;
            trace.divergedAt = static_cast<int>(count - window);
            return;
        }
        // Bouncing across the kink at 0, batch noise and Adam's ~eta steps keep a band that need not
        // shrink; anything else contracts while it is stable, so a band that still shrinks is a run
        // still approaching its limit (L2 at eta 1.28 shrinks by 0.9973 a step and converges later).
        const bool acrossKink = run.kinked && last.low <= 0.0 && last.high >= 0.0;
        const double keep = (run.noisy || acrossKink) ? 0.5 : 1.0 - kShrinkMargin;
        if (lastWidth > run.tolerance && lastWidth >= keep * previousWidth && turns) {
            trace.status = DescentStatus::Oscillating;
            trace.band = Band{last.low, last.high};
            return;
        }
    }
    trace.status = DescentStatus::Running;
}

/// The largest steepness Sxx + lambda_l2 over the batches.
double steepestBatch(const Minibatches &batches, double l2)
{
    double s = 0.0;
    for (const Moments &b : batches.moments)
        s = std::max(s, b.sxx + l2);
    return s;
}

std::optional<double> solveAdaptiveFixedPoint(const Moments &m, double l1, double l2InGradient, double decay,
                                              double epsilon)
{
    const auto phi = [epsilon](double g) {
        return g / (std::abs(g) + epsilon);
    };
    const auto gradient = [&](double w) {
        return mseGradient(m, w) + 2.0 * l2InGradient * w + l1 * signOf(w);
    };
    const auto h = [&](double w) {
        return phi(gradient(w)) + decay * w;
    };
    const double g0 = mseGradient(m, 0.0);
    // h jumps at 0 from phi(g0 - l1) to phi(g0 + l1): 0 is the fixed point when that interval holds 0.
    if (g0 - l1 <= 0.0 && g0 + l1 >= 0.0)
        return 0.0;
    const double side = (g0 + l1 < 0.0) ? 1.0 : -1.0; // the root's sign
    // h grows without bound on the root's side only if there is curvature or decay.
    if (!(m.sxx + l2InGradient > 0.0) && !(decay > 0.0))
        return std::nullopt;
    double inner = 0.0;
    double outer = side;
    for (int i = 0; i < 2100 && side * h(outer) < 0.0; ++i) {
        inner = outer;
        outer *= 2.0;
        if (!std::isfinite(outer))
            return std::nullopt;
    }
    // side * h is nondecreasing along side * w: bisect until the bracket is two adjacent doubles.
    for (int i = 0; i < 4200; ++i) {
        const double mid = inner + (outer - inner) / 2.0;
        if (mid == inner || mid == outer)
            break;
        if (side * h(mid) < 0.0)
            inner = mid;
        else
            outer = mid;
    }
    if (inner == 0.0)
        return outer;
    return std::abs(h(inner)) < std::abs(h(outer)) ? inner : outer;
}

DescentTrace runDescent(const Moments &m, Penalty kind, const Regularization &reg,
                        const DescentSettings &rawSettings, const Minibatches *batches)
{
    const DescentSettings settings = sanitized(rawSettings);
    if (batches && batches->moments.empty())
        batches = nullptr;
    const Minibatches *used = isStochastic(settings.optimizer) ? batches : nullptr;

    DescentTrace trace;
    trace.penalty = kind;
    trace.optimizer = settings.optimizer;
    trace.eta = settings.eta;
    trace.etaMax = used ? std::min(optimizerStabilityLimit(m, kind, reg, settings),
                                   [&] {
                                       const double s = steepestBatch(*used, l2Weight(kind, reg));
                                       return s > 0.0 ? 1.0 / s : std::numeric_limits<double>::infinity();
                                   }())
                        : optimizerStabilityLimit(m, kind, reg, settings);
    trace.target = minimizer(computeMinimizers(m, reg), kind);
    trace.fixedPoint =
        isAdaptive(settings.optimizer) ? adaptiveFixedPoint(m, kind, reg, settings) : trace.target;
    if (isStochastic(settings.optimizer))
        trace.batchSize = used ? used->batchSize : static_cast<int>(m.n);

    const int maxSteps = std::clamp(settings.maxSteps, 0, limits::stepsMax);
    Stepper stepper(m, kind, reg, settings, used, maxSteps);
    const double hardBound = kHardGrowth * std::max(1.0, std::abs(settings.w0));
    trace.steps.reserve(static_cast<std::size_t>(maxSteps) + 1);

    double w = settings.w0;
    trace.steps.push_back(stepper.record(w));
    if (w == 0.0 && stepper.zeroIsOptimal()) {
        trace.status = DescentStatus::Converged;
        return trace;
    }
    for (int k = 0; k < maxSteps; ++k) {
        const double next = stepper.next(w, k);
        if (!std::isfinite(next) || std::abs(next) > hardBound) {
            // The runaway iterate is not recorded (it may not be finite); the last recorded one is where
            // the divergence shows, so divergedAt is always a valid frame.
            trace.status = DescentStatus::Diverged;
            trace.divergedAt = trace.stepCount();
            return trace;
        }
        trace.steps.back().step = next - w;
        trace.steps.push_back(stepper.record(next));
        const bool stepTiny = std::abs(next - w) <= settings.tolerance;
        // FISTA's momentum can carry it off 0 again; it comes to rest by atRest instead.
        const bool landed = next == 0.0 && settings.optimizer != Optimizer::Fista &&
                            (isStochastic(settings.optimizer) ? stepper.zeroIsOptimalForEveryBatch()
                                                              : stepper.zeroIsOptimal());
        if ((stepTiny && stepper.atRest(next)) || landed) {
            trace.status = DescentStatus::Converged;
            return trace;
        }
        w = next;
    }
    const double l1 = l1Weight(kind, reg);
    RunKind run;
    run.stable = settings.eta < trace.etaMax;
    run.kinked = l1 > 0.0 && usesSubgradient(settings.optimizer);
    run.noisy = isAdaptive(settings.optimizer) || (used && used->count() > 1);
    run.bandBound = subgradientBandBound(m, kind, reg, settings.eta);
    run.tolerance = settings.tolerance;
    classifyAtCap(trace, run);
    return trace;
}

} // namespace

double stabilityLimit(const Moments &m, Penalty kind, const Regularization &reg)
{
    const double curvature = m.sxx + l2Weight(kind, reg);
    return curvature > 0.0 ? 1.0 / curvature : std::numeric_limits<double>::infinity();
}

double optimizerStabilityLimit(const Moments &m, Penalty kind, const Regularization &reg,
                               const DescentSettings &rawSettings)
{
    const DescentSettings settings = sanitized(rawSettings);
    const double plain = stabilityLimit(m, kind, reg);
    const double beta = settings.beta;
    switch (settings.optimizer) {
    case Optimizer::Gradient:
    case Optimizer::Proximal:
    case Optimizer::Clip:
    case Optimizer::Sgd:
    case Optimizer::ProximalSgd:
        return plain;
    case Optimizer::Momentum:
        return (1.0 + beta) * plain;
    case Optimizer::Nesterov:
        return (1.0 + beta) / (1.0 + 2.0 * beta) * plain;
    case Optimizer::Fista:
        return 2.0 / 3.0 * plain;
    case Optimizer::Adam:
        return std::numeric_limits<double>::infinity();
    case Optimizer::AdamW: {
        const double d = decayOf(kind, reg, settings);
        return d > 0.0 ? 2.0 / d : std::numeric_limits<double>::infinity();
    }
    }
    return plain;
}

double subgradientBandBound(const Moments &m, Penalty kind, const Regularization &reg, double eta)
{
    const double l1 = l1Weight(kind, reg);
    if (!(l1 > 0.0))
        return 0.0;
    const double oneStep = eta * (l1 + 2.0 * std::abs(m.sxy));
    // Past 2 eta s = 1 each step overshoots: |w'| <= (2 eta s - 1) |w| + oneStep, whose invariant band is
    // oneStep / (2 - 2 eta s).
    const double room = 2.0 - 2.0 * eta * (m.sxx + l2Weight(kind, reg));
    return room > 0.0 ? oneStep / std::min(1.0, room) : oneStep;
}

std::optional<double> adaptiveFixedPoint(const Moments &m, Penalty kind, const Regularization &reg,
                                         const DescentSettings &rawSettings)
{
    const DescentSettings settings = sanitized(rawSettings);
    const double l1 = l1Weight(kind, reg);
    const double l2 = l2Weight(kind, reg);
    switch (settings.optimizer) {
    case Optimizer::Adam:
        return solveAdaptiveFixedPoint(m, l1, l2, 0.0, settings.epsilon);
    case Optimizer::AdamW:
        return solveAdaptiveFixedPoint(m, l1, 0.0, decayOf(kind, reg, settings), settings.epsilon);
    default:
        break;
    }
    return std::nullopt;
}

DescentTrace computeDescent(const Moments &m, Penalty kind, const Regularization &reg,
                            const DescentSettings &settings)
{
    return runDescent(m, kind, reg, settings, nullptr);
}

DescentTrace computeDescent(const Moments &m, Penalty kind, const Regularization &reg,
                            const DescentSettings &settings, const Minibatches &batches)
{
    return runDescent(m, kind, reg, settings, &batches);
}

std::array<DescentTrace, 4> computeDescents(const Moments &m, const Regularization &reg,
                                            const DescentSettings &settings)
{
    std::array<DescentTrace, 4> traces;
    for (std::size_t i = 0; i < kAllPenalties.size(); ++i)
        traces[i] = computeDescent(m, kAllPenalties[i], reg, settings);
    return traces;
}

std::array<DescentTrace, 4> computeDescents(const Moments &m, const Regularization &reg,
                                            const DescentSettings &settings, const Minibatches &batches)
{
    std::array<DescentTrace, 4> traces;
    for (std::size_t i = 0; i < kAllPenalties.size(); ++i)
        traces[i] = computeDescent(m, kAllPenalties[i], reg, settings, batches);
    return traces;
}

bool isStochastic(Optimizer optimizer)
{
    return optimizer == Optimizer::Sgd || optimizer == Optimizer::ProximalSgd;
}

} // namespace regviz
