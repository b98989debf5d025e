#pragma once

#include "regviz/core/moments.h"
#include "regviz/core/objective.h"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace regviz {

/// How a descent run moves w.
enum class Optimizer
{
    /// w <- w - eta dF/dw. On the |w| part this is subgradient descent with sign(0) = 0: with a fixed step
    /// it bounces around 0 without landing on it.
    Gradient,
    /// ISTA: w <- soft_threshold(w - eta dSmooth/dw, eta lambda_l1). Lands on exactly 0.
    Proximal,
    /// A gradient step that would cross 0 stops at 0, and at 0 the run stays while 0 is optimal (the
    /// minimum-norm subgradient is 0), as some training libraries clip L1 updates.
    Clip
};

/// What a run ended as.
enum class DescentStatus
{
    Converged,   ///< |step| below tolerance, or at w = 0 with 0 in the subdifferential
    Running,     ///< still approaching the minimum when the step cap was reached
    Oscillating, ///< bouncing in a band that no longer shrinks (subgradient L1 around 0, or eta at the limit)
    Diverged     ///< |w| grew without bound or stopped being finite: eta is above the stability limit
};

/// Settings shared by every trace of a scene, so the runs compare.
struct DescentSettings
{
    Optimizer optimizer = Optimizer::Gradient;
    double w0 = 1.0;          ///< start
    double eta = 0.1;         ///< step size
    int maxSteps = 200;       ///< step cap
    double tolerance = 1e-10; ///< |step| below this counts as converged

    friend bool operator==(const DescentSettings &, const DescentSettings &) = default;
};

namespace limits {
inline constexpr double etaMin = 1e-4;
inline constexpr double etaMax = 5.0;
inline constexpr int stepsMin = 1;
inline constexpr int stepsMax = 100'000;
} // namespace limits

/// One recorded iterate. Step 0 is the start; `step` is w_{k+1} - w_k (0 for the last iterate).
struct DescentStep
{
    double w = 0.0;
    double value = 0.0;           ///< F(w)
    double lossGradient = 0.0;    ///< dMSE/dw
    double penaltyGradient = 0.0; ///< d(lambda P)/dw, sign(0) = 0
    double step = 0.0;
};

/// The band a run oscillates in: the smallest and largest w of its last iterates.
struct Band
{
    double low = 0.0;
    double high = 0.0;

    [[nodiscard]] double width() const { return high - low; }
};

/// A whole descent run, computed eagerly so the UI only moves a frame index.
struct DescentTrace
{
    Penalty penalty = Penalty::None;
    Optimizer optimizer = Optimizer::Gradient;
    std::vector<DescentStep> steps; ///< every iterate, all finite; steps.size() - 1 steps were taken
    DescentStatus status = DescentStatus::Running;
    std::optional<Band> band;      ///< set when Oscillating
    std::optional<int> divergedAt; ///< first recorded step judged diverging (always a valid frame)
    double eta = 0.0;              ///< the step size the run used
    double etaMax = 0.0;           ///< the stability limit of the part descended with gradient steps
    std::optional<double> target;  ///< the exact minimizer, when unique

    [[nodiscard]] int stepCount() const { return static_cast<int>(steps.size()) - 1; }
};

/// The step size above which gradient steps on the smooth part diverge: 1 / (Sxx + lambda_l2).
/// For plain gradient descent on L1 this is 1/Sxx; infinite when the smooth part is flat.
[[nodiscard]] double stabilityLimit(const Moments &m, Penalty kind, const Regularization &reg);

/// eta (lambda_l1 + 2 |Sxy|): how far a fixed-step subgradient run can be thrown from 0 at most once it
/// bounces around 0 (the size of one step near 0, from either side).
[[nodiscard]] double subgradientBandBound(const Moments &m, Penalty kind, const Regularization &reg,
                                          double eta);

/// Runs one descent to convergence, divergence or the step cap. Deterministic.
[[nodiscard]] DescentTrace computeDescent(const Moments &m, Penalty kind, const Regularization &reg,
                                          const DescentSettings &settings);

/// The four objectives in a fixed order: None, L1, L2, ElasticNet.
inline constexpr std::array<Penalty, 4> kAllPenalties{Penalty::None, Penalty::L1, Penalty::L2,
                                                      Penalty::ElasticNet};

/// One trace per objective in kAllPenalties order, same w0 and eta for all.
[[nodiscard]] std::array<DescentTrace, 4> computeDescents(const Moments &m, const Regularization &reg,
                                                          const DescentSettings &settings);

[[nodiscard]] const char *optimizerName(Optimizer optimizer); ///< "gd", "proximal", "clip"
[[nodiscard]] const char *statusName(DescentStatus status);   ///< "converged", "running", ...
[[nodiscard]] std::optional<Optimizer> optimizerFromName(const std::string_view &name);

} // namespace regviz
