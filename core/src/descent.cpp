#include "regviz/core/descent.h"

#include "regviz/core/minimizers.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

double signOf(double w)
{
    if (w > 0.0)
        return 1.0;
    return w < 0.0 ? -1.0 : 0.0;
}

class Stepper
{
public:
    Stepper(const Moments &m, Penalty kind, const Regularization &reg, const DescentSettings &settings)
        : m_moments(m), m_kind(kind), m_reg(reg), m_settings(settings), m_l1(l1Weight(kind, reg)),
          m_l2(l2Weight(kind, reg))
    {}

    [[nodiscard]] double smoothGradient(double w) const { return mseGradient(m_moments, w) + 2.0 * m_l2 * w; }

    /// 0 is in the subdifferential of F at w = 0: |dSmooth/dw(0)| <= lambda_l1.
    [[nodiscard]] bool zeroIsOptimal() const { return m_l1 > 0.0 && std::abs(smoothGradient(0.0)) <= m_l1; }

    [[nodiscard]] double next(double w) const
    {
        const double eta = m_settings.eta;
        switch (m_settings.optimizer) {
        case Optimizer::Gradient:
            return w - eta * objectiveGradient(m_moments, m_kind, m_reg, w);
        case Optimizer::Proximal:
            return softThreshold(w - eta * smoothGradient(w), eta * m_l1);
        case Optimizer::Clip:
            return clipStep(w);
        }
        return w;
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

    const Moments &m_moments;
    Penalty m_kind;
    Regularization m_reg;
    DescentSettings m_settings;
    double m_l1;
    double m_l2;
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

/// Decides what a run that used up its steps is: diverging slowly, oscillating, or still converging.
void classifyAtCap(DescentTrace &trace, double bandBound, double tolerance)
{
    const auto &steps = trace.steps;
    if (trace.target) {
        // Moving away from the minimum beyond twice the start distance (plus any L1 band) is divergence.
        const double limit = 2.0 * std::abs(steps.front().w - *trace.target) + bandBound + tolerance;
        const auto far = std::find_if(steps.begin(), steps.end(), [&](const DescentStep &s) {
            return std::abs(s.w - *trace.target) > limit;
        });
        if (far != steps.end() && std::abs(steps.back().w - *trace.target) > limit) {
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
        // Above the stability limit a band that keeps widening diverges, however slowly: a step a hair
        // above the limit grows too little within the cap for the test above to see it.
        if (trace.eta > trace.etaMax && lastWidth > (1.0 + kGrowthMargin) * previousWidth &&
            turnsBack(steps, count - window, count)) {
            trace.status = DescentStatus::Diverged;
            trace.divergedAt = static_cast<int>(count - window);
            return;
        }
        if (lastWidth > tolerance && lastWidth >= 0.5 * previousWidth &&
            turnsBack(steps, count - window, count)) {
            trace.status = DescentStatus::Oscillating;
            trace.band = Band{last.low, last.high};
            return;
        }
    }
    trace.status = DescentStatus::Running;
}

} // namespace

double stabilityLimit(const Moments &m, Penalty kind, const Regularization &reg)
{
    const double curvature = m.sxx + l2Weight(kind, reg);
    return curvature > 0.0 ? 1.0 / curvature : std::numeric_limits<double>::infinity();
}

double subgradientBandBound(const Moments &m, Penalty kind, const Regularization &reg, double eta)
{
    const double l1 = l1Weight(kind, reg);
    return l1 > 0.0 ? eta * (l1 + 2.0 * std::abs(m.sxy)) : 0.0;
}

DescentTrace computeDescent(const Moments &m, Penalty kind, const Regularization &reg,
                            const DescentSettings &settings)
{
    DescentTrace trace;
    trace.penalty = kind;
    trace.optimizer = settings.optimizer;
    trace.eta = settings.eta;
    trace.etaMax = stabilityLimit(m, kind, reg);
    trace.target = minimizer(computeMinimizers(m, reg), kind);

    const Stepper stepper(m, kind, reg, settings);
    const int maxSteps = std::clamp(settings.maxSteps, 0, limits::stepsMax);
    const double hardBound = kHardGrowth * std::max(1.0, std::abs(settings.w0));
    trace.steps.reserve(static_cast<std::size_t>(maxSteps) + 1);

    double w = settings.w0;
    trace.steps.push_back(stepper.record(w));
    if (w == 0.0 && stepper.zeroIsOptimal()) {
        trace.status = DescentStatus::Converged;
        return trace;
    }
    for (int k = 0; k < maxSteps; ++k) {
        const double next = stepper.next(w);
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
        if (stepTiny || (next == 0.0 && stepper.zeroIsOptimal())) {
            trace.status = DescentStatus::Converged;
            return trace;
        }
        w = next;
    }
    classifyAtCap(trace, subgradientBandBound(m, kind, reg, settings.eta), settings.tolerance);
    return trace;
}

std::array<DescentTrace, 4> computeDescents(const Moments &m, const Regularization &reg,
                                            const DescentSettings &settings)
{
    std::array<DescentTrace, 4> traces;
    for (std::size_t i = 0; i < kAllPenalties.size(); ++i)
        traces[i] = computeDescent(m, kAllPenalties[i], reg, settings);
    return traces;
}

const char *optimizerName(Optimizer optimizer)
{
    switch (optimizer) {
    case Optimizer::Gradient:
        return "gd";
    case Optimizer::Proximal:
        return "proximal";
    case Optimizer::Clip:
        return "clip";
    }
    return "gd";
}

std::optional<Optimizer> optimizerFromName(const std::string_view &name)
{
    for (const Optimizer o : {Optimizer::Gradient, Optimizer::Proximal, Optimizer::Clip}) {
        if (name == optimizerName(o))
            return o;
    }
    return std::nullopt;
}

const char *statusName(DescentStatus status)
{
    switch (status) {
    case DescentStatus::Converged:
        return "converged";
    case DescentStatus::Running:
        return "running";
    case DescentStatus::Oscillating:
        return "oscillating";
    case DescentStatus::Diverged:
        return "diverged";
    }
    return "running";
}

} // namespace regviz
