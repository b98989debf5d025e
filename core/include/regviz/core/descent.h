#pragma once

#include "regviz/core/dataset.h"
#include "regviz/core/moments.h"
#include "regviz/core/objective.h"
#include "regviz/core/two_d.h"

#include <Eigen/Core>
#include <array>
#include <cstdint>
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
    Clip,
    /// Heavy-ball momentum on the (sub)gradient g of F: v <- beta v + g, w <- w - eta v (PyTorch's form).
    /// Hovers around 0 on L1 like plain subgradient descent, with a wider band.
    Momentum,
    /// Nesterov momentum in PyTorch's form: v <- beta v + g, w <- w - eta (g + beta v).
    Nesterov,
    /// Adam with bias correction on the (sub)gradient of F (the penalty is in the gradient). Each step is
    /// about eta whatever |g| is, so it hovers in a band of width ~eta around its fixed point and never
    /// lands on 0.
    Adam,
    /// AdamW: Adam on the MSE and |w| parts, with the w^2 part of the penalty (plus
    /// DescentSettings::weightDecay) applied as decoupled decay w <- w (1 - eta d), d = 2 lambda_l2 + wd.
    /// Its fixed point is not the ridge minimizer (adaptiveFixedPoint).
    AdamW,
    /// Minibatch SGD: plain (sub)gradient steps on one batch's MSE at a time (Minibatches).
    Sgd,
    /// FISTA (Beck and Teboulle 2009): ISTA's proximal step taken from a momentum point. Lands on 0.
    Fista,
    /// Proximal SGD: ISTA's step on one minibatch's smooth part at a time. Lands on 0 once 0 is optimal
    /// for every batch.
    ProximalSgd
};

/// Every optimizer in the order of the enum.
inline constexpr std::array<Optimizer, 10> kAllOptimizers{
    Optimizer::Gradient, Optimizer::Proximal, Optimizer::Clip, Optimizer::Momentum, Optimizer::Nesterov,
    Optimizer::Adam,     Optimizer::AdamW,    Optimizer::Sgd,  Optimizer::Fista,    Optimizer::ProximalSgd};

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
    double beta = 0.9;     ///< momentum and Nesterov coefficient, and Adam's beta1 (clamped to [0, 0.9999])
    double beta2 = 0.999;  ///< Adam's second-moment decay (clamped to [0, 0.999999])
    double epsilon = 1e-8; ///< Adam's denominator guard (clamped to [1e-300, 10])
    int batch = 20;        ///< rows per minibatch for sgd and proximal-sgd, 1..n (clamped)
    std::uint64_t batchSeed = 42; ///< seeds the minibatch split and visiting order, so a run replays
    double weightDecay = 0.0;     ///< extra decoupled decay for AdamW, on top of 2 lambda_l2 (>= 0)

    friend bool operator==(const DescentSettings &, const DescentSettings &) = default;
};

namespace limits {
inline constexpr double etaMin = 1e-4;
inline constexpr double etaMax = 5.0;
inline constexpr int stepsMin = 1;
inline constexpr int stepsMax = 100'000;
inline constexpr double betaMin = 0.0;
inline constexpr double betaMax = 0.9999;
inline constexpr double beta2Min = 0.0;
inline constexpr double beta2Max = 0.999999;
inline constexpr double epsilonMin = 1e-300;
inline constexpr double epsilonMax = 10.0;
inline constexpr int batchMin = 1;
inline constexpr double weightDecayMin = 0.0;
inline constexpr double weightDecayMax = 100.0;
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
    double etaMax = 0.0;           ///< the step size at and above which this optimizer's iteration can
                                   ///< grow without bound (optimizerStabilityLimit); infinite for Adam
    std::optional<double> target;  ///< the exact minimizer of F, when unique
    /// Where the update rule stands still: the target for every optimizer but AdamW (and Adam, whose fixed
    /// point is the target too, computed by adaptiveFixedPoint). A run that hovers hovers around it.
    std::optional<double> fixedPoint;
    int batchSize = 0; ///< rows per minibatch of a stochastic run (n on full moments), else 0

    [[nodiscard]] int stepCount() const { return static_cast<int>(steps.size()) - 1; }
};

/// The step size above which gradient steps on the smooth part diverge: 1 / (Sxx + lambda_l2).
/// For plain gradient descent on L1 this is 1/Sxx; infinite when the smooth part is flat.
[[nodiscard]] double stabilityLimit(const Moments &m, Penalty kind, const Regularization &reg);

/// The step size at and above which the optimizer's linear part stops contracting, with s = Sxx + lambda_l2:
/// 1/s for gd, proximal, clip and minibatch runs (s of the steepest batch for those), (1 + beta)/s for
/// heavy-ball momentum, (1 + beta)/((1 + 2 beta) s) for Nesterov, 2/(3 s) for FISTA (its momentum tends
/// to 1), 2/d for AdamW's decay d and infinity for Adam (its steps are bounded by about eta). Below it a
/// run stays bounded, so it is never reported as diverged.
[[nodiscard]] double optimizerStabilityLimit(const Moments &m, Penalty kind, const Regularization &reg,
                                             const DescentSettings &settings);

/// How far a fixed-step subgradient run past lambda_c can be thrown from 0 at most once it bounces around
/// 0: eta (lambda_l1 + 2 |Sxy|) / min(1, 2 - 2 eta s), s = Sxx + lambda_l2. One step near 0 while
/// 2 eta s <= 1; beyond that each step overshoots and the band grows to about eta lambda / (2 - 2 eta s)
/// (an exact two-cycle for L1). At and above the stability limit there is no band; this returns the
/// one-step size eta (lambda_l1 + 2 |Sxy|) there.
[[nodiscard]] double subgradientBandBound(const Moments &m, Penalty kind, const Regularization &reg,
                                          double eta);

/// Where Adam or AdamW stands still. With m = g and v = g^2 at rest the step is
/// eta (g/(|g| + epsilon) + d w), so the fixed point solves g(w)/(|g(w)| + epsilon) + d w = 0, where
/// g = dMSE/dw + lambda_l1 sign(w) (+ 2 lambda_l2 w for Adam) and d = 0 for Adam, 2 lambda_l2 + wd for
/// AdamW. Solved by bisection to the last bit (the left side is nondecreasing in w); w = 0 when 0 lies in
/// its subdifferential there. For Adam this is the minimizer of F; for AdamW with a small epsilon it sits
/// next to where the MSE gradient vanishes, not at the ridge minimizer. Empty for other optimizers or
/// when there is no root (flat MSE and no decay).
[[nodiscard]] std::optional<double> adaptiveFixedPoint(const Moments &m, Penalty kind,
                                                       const Regularization &reg,
                                                       const DescentSettings &settings);

/// The sample split once into minibatches, for sgd and proximal-sgd.
///
/// The rows are shuffled once from the seed and cut into consecutive batches of batchSize (the last one
/// shorter when batchSize does not divide n); each batch keeps its rows in ascending order and its
/// moments come from computeMoments on those rows, so with batchSize = n the one batch is the whole
/// sample and its moments are bit for bit those of the sample. Each epoch visits the batches in an order
/// drawn from the same seed.
struct Minibatches
{
    int batchSize = 0;
    std::uint64_t seed = 0;
    std::vector<std::vector<Eigen::Index>> rows; ///< the rows of each batch, ascending
    std::vector<Moments> moments;                ///< the moments of each batch

    [[nodiscard]] std::size_t count() const { return moments.size(); }
};

/// Minibatches of measured data (batchSize clamped to [1, n]). O(n).
[[nodiscard]] Minibatches makeMinibatches(const XYData &data, int batchSize, std::uint64_t seed);

/// Minibatches of a generated draw, holding the draw's moments (true weight 0, noise 0: Sxx, Sxe, See);
/// rescaleMinibatches forms any true weight and noise from them in O(batches). O(n).
[[nodiscard]] Minibatches makeMinibatches(const Dataset &data, int batchSize, std::uint64_t seed);

/// rescaleMoments applied to every batch.
[[nodiscard]] Minibatches rescaleMinibatches(const Minibatches &sameDraw, double trueWeight, double noise);

/// The batch that step k (0-based) of a stochastic run uses: epoch k / count, visited in the epoch's
/// seeded order.
[[nodiscard]] std::vector<std::size_t> minibatchSchedule(const Minibatches &batches, int steps);

/// Runs one descent to convergence, divergence or the step cap. Deterministic. Stochastic optimizers run
/// on the full moments here (one batch of n rows: the same steps as gd and proximal); pass Minibatches
/// for real minibatches.
[[nodiscard]] DescentTrace computeDescent(const Moments &m, Penalty kind, const Regularization &reg,
                                          const DescentSettings &settings);

/// The same with the minibatches the stochastic optimizers draw from (m stays the moments of the whole
/// sample: the recorded values and gradients are those of F). Build them with settings.batch and
/// settings.batchSeed; the batches passed decide.
[[nodiscard]] DescentTrace computeDescent(const Moments &m, Penalty kind, const Regularization &reg,
                                          const DescentSettings &settings, const Minibatches &batches);

/// The four objectives in a fixed order: None, L1, L2, ElasticNet.
inline constexpr std::array<Penalty, 4> kAllPenalties{Penalty::None, Penalty::L1, Penalty::L2,
                                                      Penalty::ElasticNet};

/// One trace per objective in kAllPenalties order, same w0 and eta for all.
[[nodiscard]] std::array<DescentTrace, 4> computeDescents(const Moments &m, const Regularization &reg,
                                                          const DescentSettings &settings);

/// The same with minibatches for the stochastic optimizers.
[[nodiscard]] std::array<DescentTrace, 4> computeDescents(const Moments &m, const Regularization &reg,
                                                          const DescentSettings &settings,
                                                          const Minibatches &batches);

/// Whether the optimizer draws minibatches (sgd, proximal-sgd).
[[nodiscard]] bool isStochastic(Optimizer optimizer);

/// Cyclic coordinate descent on the 2-D problem from `start`, the way solve2d runs it: each half-step
/// minimizes F exactly along one axis, w_j = S(b_j - Sigma_jk w_k, lambda_l1 / 2) / (Sigma_jj + lambda_l2),
/// the article's 1-D problem on the partial residual, so a coordinate lands on exactly 0 at the diamond's
/// corner. Returns the start, then one point per half-step (one coordinate moved), until a sweep changes
/// w by at most 4 eps max(1, |w|) (solve2d's rule) or maxSweeps sweeps. From the start 0 it ends bit for
/// bit on solve2d's lasso (L1) or elastic net solution. None and L2 use the same updates with no |w| term.
[[nodiscard]] std::vector<Eigen::Vector2d> coordinateDescentPath2d(const TwoDProblem &problem, Penalty kind,
                                                                   const Regularization &reg,
                                                                   const Eigen::Vector2d &start,
                                                                   int maxSweeps = 10'000);

/// "gd", "proximal", "clip", "momentum", "nesterov", "adam", "adamw", "sgd", "fista", "proximal-sgd"
[[nodiscard]] const char *optimizerName(Optimizer optimizer);
[[nodiscard]] const char *statusName(DescentStatus status); ///< "converged", "running", ...
[[nodiscard]] std::optional<Optimizer> optimizerFromName(const std::string_view &name);

} // namespace regviz
