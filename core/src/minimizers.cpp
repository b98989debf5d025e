#include "regviz/core/minimizers.h"

#include <cmath>
#include <limits>

namespace regviz {

double softThreshold(double z, double t)
{
    if (z > t)
        return z - t;
    if (z < -t)
        return z + t;
    return 0.0;
}

Minimizers computeMinimizers(const Moments &m, const Regularization &reg)
{
    Minimizers s;
    s.identifiable = m.sxx > 0.0 && std::isfinite(m.sxx);
    s.lambdaC = 2.0 * std::abs(m.sxy);
    if (reg.alpha > 0.0) {
        // The elastic-net minimizer is 0 exactly when fl(lambda alpha) / 2 >= |Sxy|, i.e. (halving being
        // exact) when fl(lambda alpha) >= lambdaC, and fl(lambda alpha) is nondecreasing in lambda. The
        // quotient lambdaC / alpha can round either way, so step up while it is too small and down while
        // the double below it still reaches lambdaC: then 0 holds from lambdaCElastic on and not one ulp
        // below it.
        constexpr double kInf = std::numeric_limits<double>::infinity();
        double threshold = s.lambdaC / reg.alpha;
        while (threshold * reg.alpha < s.lambdaC)
            threshold = std::nextafter(threshold, kInf);
        while (threshold > 0.0 && std::nextafter(threshold, 0.0) * reg.alpha >= s.lambdaC)
            threshold = std::nextafter(threshold, 0.0);
        s.lambdaCElastic = threshold;
    }

    if (!s.identifiable) {
        // MSE is flat in w; a positive penalty is then minimized at w = 0 only.
        if (reg.lambda > 0.0) {
            s.ridge = s.lasso = s.elasticNet = 0.0;
            s.lassoAtZero = s.elasticAtZero = true;
        }
        return s;
    }

    s.ols = m.sxy / m.sxx;
    s.ridge = m.sxy / (m.sxx + reg.lambda);
    // Exactly 0 for lambda >= lambdaC: |Sxy| - lambda/2 is then <= 0 with no rounding (halving is exact).
    s.lasso = softThreshold(m.sxy, reg.lambda / 2.0) / m.sxx;
    s.elasticNet =
        softThreshold(m.sxy, reg.lambda * reg.alpha / 2.0) / (m.sxx + reg.lambda * (1.0 - reg.alpha));
    s.lassoAtZero = *s.lasso == 0.0;
    s.elasticAtZero = *s.elasticNet == 0.0;
    return s;
}

std::optional<double> minimizer(const Minimizers &all, Penalty kind)
{
    switch (kind) {
    case Penalty::None:
        return all.ols;
    case Penalty::L1:
        return all.lasso;
    case Penalty::L2:
        return all.ridge;
    case Penalty::ElasticNet:
        return all.elasticNet;
    }
    return std::nullopt;
}

Intercepts computeIntercepts(const Moments &m, const Minimizers &minimizers)
{
    if (!m.centred)
        return {};
    const auto at = [&m](const std::optional<double> &w) {
        return w ? std::optional<double>(interceptAt(m, *w)) : std::nullopt;
    };
    return {at(minimizers.ols), at(minimizers.ridge), at(minimizers.lasso), at(minimizers.elasticNet)};
}

} // namespace regviz
